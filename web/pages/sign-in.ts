import { randomBytes } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { SignInConfig } from '../../functions/config.js';
import type { OidcSignIn } from '../auth/oidc.js';
import type { Sealer } from '../auth/session.js';
import {
  clearCookie,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  SIGNED_OUT_COOKIE,
  SIGNED_OUT_SECONDS,
  setCookie,
} from '../view/cookies.js';
import { redirectHeaders } from '../view/headers.js';
import {
  type PendingSignIn,
  type StaffSession,
  safeReturnPath,
  sameInConstantTime,
} from '../view/session.js';
import { htmlResponse, type PageContext } from './page.js';

// Signing in and out. In AWS (and the OpenID tests) through the provider: /sign-in sends the
// person there with PKCE, a state and a nonce kept sealed in a short-lived cookie, and
// /auth/callback checks them and starts a session. With AUTH_MODE=local, /dev/sign-in lets a
// developer pick a demo role; everywhere else it does not exist (404).

/** How long someone has to finish signing in at the provider. */
const SIGN_IN_SECONDS = 10 * 60;

/** A demo role on the development sign-in page. */
export interface DevRole {
  label: string;
  groups: string[];
}

export interface SignInDeps {
  signIn: SignInConfig;
  oidc: OidcSignIn | null;
  sealer: Sealer;
  sessionHours: number;
  now: () => Date;
  devRoles: readonly DevRole[];
  logger: Logger;
  /** Records a session as signed out until its cookie would have expired. */
  endSession(sessionId: string, expiresAtEpochSeconds: number): Promise<void>;
}

export interface SignInRequest {
  query: Readonly<Record<string, string>>;
  cookies: Readonly<Record<string, string>>;
  form: Readonly<Record<string, string>>;
  /** The site's origin, e.g. https://places.example.gov.uk. */
  origin: string;
  rawQueryString: string;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const randomToken = () => randomBytes(32).toString('base64url');

function redirect(location: string, cookies: string[] = []): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 303, headers: redirectHeaders(location), cookies, body: '' };
}

function problem(
  ctx: PageContext,
  status: number,
  heading: string,
  paragraphs: string[],
  cookies: string[] = [],
  link: { href: string; text: string } | null = null,
) {
  return {
    ...htmlResponse(
      ctx,
      'sign-in-problem.njk',
      { title: heading, heading, paragraphs, link },
      { status, privatePage: true },
    ),
    cookies,
  };
}

/** A new session for someone the provider (or the development page) vouched for. */
async function startSession(
  deps: SignInDeps,
  person: { sub: string; groups: string[]; name: string | null },
  returnTo: string,
): Promise<APIGatewayProxyStructuredResultV2> {
  const maxAge = deps.sessionHours * 3600;
  const session: StaffSession = {
    ...person,
    sid: randomToken(),
    csrf: randomToken(),
    exp: seconds(deps.now()) + maxAge,
  };
  const sealed = await deps.sealer.seal('session', session);
  return redirect(safeReturnPath(returnTo), [
    setCookie(SESSION_COOKIE, sealed, maxAge),
    clearCookie(SIGN_IN_COOKIE),
  ]);
}

/** GET /sign-in[?returnTo=/path]: off to the provider, or to the development page locally. */
export async function signInPage(
  deps: SignInDeps,
  req: SignInRequest,
): Promise<APIGatewayProxyStructuredResultV2> {
  const returnTo = safeReturnPath(req.query.returnTo);
  if (deps.signIn.kind === 'dev' || !deps.oidc) {
    return redirect(`/dev/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  }
  const start = await deps.oidc.start(callbackUri(deps.signIn, req.origin));
  const pending: PendingSignIn = {
    state: start.state,
    nonce: start.nonce,
    codeVerifier: start.codeVerifier,
    returnTo,
    exp: seconds(deps.now()) + SIGN_IN_SECONDS,
  };
  const sealed = await deps.sealer.seal('sign-in', pending);
  return redirect(start.url, [setCookie(SIGN_IN_COOKIE, sealed, SIGN_IN_SECONDS)]);
}

function callbackUri(signIn: SignInConfig, origin: string): string {
  return signIn.kind === 'oidc' && signIn.redirectUri ? signIn.redirectUri : `${origin}/auth/callback`;
}

/** GET /auth/callback?code&state: the provider sends people back here. */
export async function authCallback(
  deps: SignInDeps,
  ctx: PageContext,
  req: SignInRequest,
): Promise<APIGatewayProxyStructuredResultV2> {
  const tryAgain = { href: '/sign-in', text: 'Sign in again' };
  if (deps.signIn.kind !== 'oidc' || !deps.oidc) return problem(ctx, 404, 'Page not found', []);
  const pending = await deps.sealer.open<PendingSignIn>('sign-in', req.cookies[SIGN_IN_COOKIE], deps.now());
  if (!pending) {
    return problem(
      ctx,
      400,
      'Sign-in took too long',
      ['Signing in has to be finished in the same browser within 10 minutes.'],
      [],
      tryAgain,
    );
  }
  if (req.query.error) {
    return problem(
      ctx,
      400,
      'You are not signed in',
      ['The sign-in was cancelled or refused.'],
      [clearCookie(SIGN_IN_COOKIE)],
      tryAgain,
    );
  }
  const callback = new URL(callbackUri(deps.signIn, req.origin));
  callback.search = req.rawQueryString;
  try {
    const person = await deps.oidc.finish(callback, pending);
    return await startSession(deps, person, pending.returnTo);
  } catch (error) {
    // Never the URL or the error's whole text: they may hold the code.
    deps.logger.warn('sign-in refused', {
      reason: (error as { code?: string }).code ?? (error as Error).name,
    });
    return problem(
      ctx,
      400,
      'You are not signed in',
      ['We could not check your sign-in.'],
      [clearCookie(SIGN_IN_COOKIE)],
      tryAgain,
    );
  }
}

/** POST /sign-out: the session ends here, then at the provider. */
export async function signOut(
  deps: SignInDeps,
  ctx: PageContext,
  req: SignInRequest,
): Promise<APIGatewayProxyStructuredResultV2> {
  const session = await deps.sealer.open<StaffSession>('session', req.cookies[SESSION_COOKIE], deps.now());
  if (session && !sameInConstantTime(session.csrf, req.form.csrfToken ?? '')) {
    return problem(
      ctx,
      403,
      'Sorry, that did not work',
      ['The page you signed out from was too old. Go to your work and sign out from there.'],
      [],
      { href: '/staff', text: 'Go to your work' },
    );
  }
  if (session) await deps.endSession(session.sid, session.exp);
  const home = `${req.origin}/`;
  const provider = deps.oidc ? await deps.oidc.signOutUrl(home) : null;
  return redirect(provider ?? '/', [
    clearCookie(SESSION_COOKIE),
    clearCookie(SIGN_IN_COOKIE),
    setCookie(SIGNED_OUT_COOKIE, '1', SIGNED_OUT_SECONDS),
  ]);
}

/** GET or POST /dev/sign-in: pick a demo role (AUTH_MODE=local only; 404 otherwise). */
export async function devSignIn(
  deps: SignInDeps,
  ctx: PageContext,
  req: SignInRequest & { method: string },
): Promise<APIGatewayProxyStructuredResultV2 | null> {
  if (deps.signIn.kind !== 'dev') return null;
  const returnTo = safeReturnPath(req.query.returnTo ?? req.form.returnTo);
  if (req.method === 'POST') {
    // The form's token is the one sealed in this browser's sign-in cookie (double submit).
    const pending = await deps.sealer.open<PendingSignIn>('sign-in', req.cookies[SIGN_IN_COOKIE], deps.now());
    if (!pending || !sameInConstantTime(pending.state, req.form.csrfToken ?? '')) {
      return problem(ctx, 403, 'Sorry, that did not work', ['The sign-in page was too old.'], [], {
        href: '/dev/sign-in',
        text: 'Open it again',
      });
    }
    const role = deps.devRoles[Number(req.form.role)];
    const typed = (req.form.groups ?? '').split(/[\s,]+/).filter(Boolean);
    const groups = req.form.role === 'other' ? typed : (role?.groups ?? []);
    if (
      groups.length === 0 ||
      groups.some((g) => !/^(la-officer-\d{3}|setting-staff-[A-Za-z0-9_-]{1,64})$/.test(g))
    ) {
      return devPage(deps, ctx, returnTo, req.form, 'Choose a role, or enter groups such as la-officer-938');
    }
    const label = req.form.role === 'other' ? groups.join(', ') : (role?.label ?? '');
    return startSession(
      deps,
      { sub: `dev:${groups.join('+')}`, groups, name: `${label} (development)` },
      returnTo,
    );
  }
  return devPage(deps, ctx, returnTo, {}, null);
}

async function devPage(
  deps: SignInDeps,
  ctx: PageContext,
  returnTo: string,
  values: Readonly<Record<string, string>>,
  error: string | null,
): Promise<APIGatewayProxyStructuredResultV2> {
  const state = randomToken();
  const sealed = await deps.sealer.seal('sign-in', {
    state,
    nonce: '',
    codeVerifier: '',
    returnTo,
    exp: seconds(deps.now()) + SIGN_IN_SECONDS,
  } satisfies PendingSignIn);
  return {
    ...htmlResponse(
      ctx,
      'dev-sign-in.njk',
      {
        title: error ? 'Error: Sign in for development' : 'Sign in for development',
        roles: deps.devRoles.map((r, i) => ({ value: String(i), text: r.label, hint: r.groups.join(', ') })),
        csrfToken: state,
        returnTo,
        values,
        error,
      },
      { status: error ? 400 : 200, privatePage: true },
    ),
    cookies: [setCookie(SIGN_IN_COOKIE, sealed, SIGN_IN_SECONDS)],
  };
}
