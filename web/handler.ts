import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createServicesFromConfig } from '../functions/compose.js';
import type { WebConfig } from '../functions/config.js';
import { isDomainError } from '../functions/core/errors.js';
import { type EmfMetrics, flushingMetrics } from '../functions/metrics/emf-metrics.js';
import type { CaseKeys } from '../functions/store/case-keys.js';
import { parseCaseKeyring } from '../functions/store/case-keys.js';
import type { DocumentClient } from '../functions/store/client.js';
import { type Assets, loadAssets } from './assets.js';
import { createOidcSignIn } from './auth/oidc.js';
import { createSealer, type Sealer } from './auth/session.js';
import { loadDistrictAreasByLa, loadMapAreas } from './boundaries.js';
import { familyForm, familyPage } from './pages/family.js';
import { homePage } from './pages/home.js';
import { htmlResponse, type PageContext } from './pages/page.js';
import { rightsPage } from './pages/rights.js';
import {
  authCallback,
  type DevRole,
  devSignIn,
  type SignInRequest,
  signInPage,
  signOut,
} from './pages/sign-in.js';
import { STAFF_PAGES } from './pages/staff/index.js';
import type { StaffRequest } from './pages/staff/staff-page.js';
import { type WebPaths, webPaths } from './paths.js';
import { createRenderer } from './render.js';
import { readCookies, SESSION_COOKIE } from './view/cookies.js';
import { firstValues, formEntries, parseFormBody } from './view/forms.js';
import { assetHeaders, pageHeaders } from './view/headers.js';
import { type PageProblem, pageProblemOf } from './view/page-problems.js';
import { matchRoute, routeName } from './view/routes.js';
import { callerOf, csrfMatches, type StaffSession } from './view/session.js';
import {
  type NewLinkOnce,
  SHOWN_ONCE_COOKIE,
  type ShownOnce,
  shownOnce,
  shownOnceCookie,
} from './view/shown-once.js';

export type WebHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface WebDeps {
  logger?: Logger;
  client?: DocumentClient;
  caseKeys?: CaseKeys;
  paths?: WebPaths;
  /** The session keyring, read from Secrets Manager by the Lambda entry (inline config otherwise). */
  sessionKeys?: string;
  /** The development sign-in page's demo roles (AUTH_MODE=local only). */
  devRoles?: readonly DevRole[];
  /** Test seam (the local runtime's): the clock. */
  now?: () => Date;
  /** The services' metrics, flushed after every request (web/lambda.ts: EMF; none locally). */
  metrics?: EmfMetrics;
}

/**
 * The pages' handler: services, templates, assets and map outlines are made once per container;
 * each request gets its own CSP nonce. Pages call the services, as the API's resolvers do.
 */
export function createWebHandler(config: WebConfig, deps: WebDeps = {}): WebHandler {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? new Logger({ serviceName: 'openplace-web' });
  const services = createServicesFromConfig(config, {
    now,
    ...(deps.client ? { client: deps.client } : {}),
    ...(deps.caseKeys ? { caseKeys: deps.caseKeys } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const paths = deps.paths ?? webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const assets: Assets = loadAssets(paths.govukFrontend, paths.static);
  const areas = loadMapAreas(paths.boundaries);
  const districtAreas = loadDistrictAreasByLa(paths.districts);
  const family = { services, areas, now };
  const signOutOrigin =
    config.signIn.kind === 'oidc' ? new URL(config.signIn.logoutUrl ?? config.signIn.issuer).origin : null;
  const sealer = createSealer(parseCaseKeyring(sessionKeyring(config, deps.sessionKeys)));
  const signIn = {
    signIn: config.signIn,
    oidc: config.signIn.kind === 'oidc' ? createOidcSignIn(config.signIn) : null,
    sealer,
    sessionHours: config.sessionHours,
    now,
    devRoles: deps.devRoles ?? [],
    logger,
    endSession: services.sessions.endSession,
  };

  return flushingMetrics(deps.metrics, async (event: APIGatewayProxyEventV2) => {
    const method = event.requestContext?.http?.method ?? 'GET';
    const route = matchRoute(method, event.rawPath ?? '/');
    const correlationId = event.requestContext?.requestId ?? 'local';
    const ctx: PageContext = {
      renderer,
      nonce: randomBytes(16).toString('base64'),
      assets: assets.base,
      signOutOrigin,
    };
    const source = event.requestContext?.http?.sourceIp ?? 'unknown';
    const started = Date.now();
    const origin = config.publicBaseUrl ?? requestOrigin(event);
    const form = () => (method === 'POST' ? parseFormBody(event.body, event.isBase64Encoded) : {});
    const signInRequest = (): SignInRequest => ({
      query: (event.queryStringParameters ?? {}) as Record<string, string>,
      cookies: readCookies(event.headers?.cookie, event.cookies),
      form: form(),
      origin,
      rawQueryString: event.rawQueryString ?? '',
    });
    /** A signed-in page: the session, then (for a form) its token, then the page with the session's caller. */
    const staffPage = async (
      name: StaffRequest['name'],
      params: Readonly<Record<string, string>>,
    ): Promise<APIGatewayProxyStructuredResultV2> => {
      const path = `${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
      const cookies = readCookies(event.headers?.cookie, event.cookies);
      const session = await sealer.open<StaffSession>('session', cookies[SESSION_COOKIE], now());
      if (!session || (await services.sessions.hasEnded(session.sid))) {
        return signInFirst(method === 'GET' ? path : '/staff');
      }
      const body = method === 'POST' ? event.body : undefined;
      const all = formEntries(body, event.isBase64Encoded);
      const fields = firstValues(all);
      if (method === 'POST' && !csrfMatches(session, fields.csrfToken)) {
        return htmlResponse(
          ctx,
          'sign-in-problem.njk',
          {
            title: 'Sorry, that did not work',
            heading: 'Sorry, that did not work',
            paragraphs: [
              'The form you sent was from an earlier sign-in, so nothing was changed. Go back, reload the page and try again.',
            ],
          },
          { status: 403, privatePage: true },
        );
      }
      const once = await sealer.open<ShownOnce>('shown-once', cookies[SHOWN_ONCE_COOKIE], now());
      const req: StaffRequest = {
        name,
        method: method === 'POST' ? 'POST' : 'GET',
        caller: callerOf(session),
        session,
        params,
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
        form: fields,
        formAll: (field) => all.getAll(field),
        path,
        // Another session's (an earlier sign-in's in this browser) is never shown.
        shownOnce: once?.sid === session.sid ? once : null,
      };
      const showOnce = async (r: StaffRequest, link: NewLinkOnce) =>
        shownOnceCookie(await sealer.seal('shown-once', shownOnce(link, r.session.sid, now())));
      try {
        return await STAFF_PAGES[name]({ services, now, origin, showOnce, districtAreas }, ctx, req);
      } catch (error) {
        // Every domain error a page did not turn into a form message, by one table (page-problems.ts).
        if (!isDomainError(error)) throw error;
        const problem = pageProblemOf(error);
        if (problem.signIn) return signInFirst(path);
        logger.warn('page refused', {
          correlationId,
          route: routeName(route),
          status: problem.status,
          error: error.name,
        });
        return staffProblem(ctx, problem);
      }
    };

    try {
      const result = await (async (): Promise<APIGatewayProxyStructuredResultV2> => {
        switch (route.page) {
          case 'home':
            return homePage(ctx, readCookies(event.headers?.cookie, event.cookies));
          case 'rights':
            return rightsPage(services, ctx, route.laCode);
          case 'family':
            return familyPage(family, ctx, route.token, route.sub, source, event.queryStringParameters ?? {});
          case 'family-form':
            return familyForm(
              family,
              ctx,
              route.token,
              route.form,
              parseFormBody(event.body, event.isBase64Encoded),
              source,
            );
          case 'asset': {
            const asset = route.fingerprint === assets.fingerprint ? assets.get(route.file) : undefined;
            if (!asset) return notFound(ctx);
            return {
              statusCode: 200,
              headers: assetHeaders(asset.contentType),
              body: asset.body.toString('base64'),
              isBase64Encoded: true,
            };
          }
          case 'sign-in':
            return signInPage(signIn, signInRequest());
          case 'auth-callback':
            return authCallback(signIn, ctx, signInRequest());
          case 'sign-out':
            return signOut(signIn, ctx, signInRequest());
          case 'dev-sign-in':
            return (await devSignIn(signIn, ctx, { ...signInRequest(), method })) ?? notFound(ctx);
          case 'staff':
            return staffPage(route.name, route.params);
          case 'method-not-allowed':
            return {
              statusCode: 405,
              headers: { ...pageHeaders(ctx.nonce, false), allow: route.allow },
              body: 'Method not allowed',
            };
          case 'not-found':
            return notFound(ctx);
          default: {
            const unreachable: never = route;
            return unreachable;
          }
        }
      })();

      // The route's name only: a family page's path holds its token, and never reaches a log.
      logger.info('page', {
        correlationId,
        route: routeName(route),
        status: result.statusCode,
        ms: Date.now() - started,
      });
      return result;
    } catch (error) {
      if (isDomainError(error)) {
        // A family page's refusal that its handler did not word: one table, never a 500.
        const problem = pageProblemOf(error);
        logger.warn('page refused', {
          correlationId,
          route: routeName(route),
          status: problem.status,
          error: error.name,
        });
        return problemPage(ctx, problem, route.page !== 'home' && route.page !== 'rights');
      }
      logger.error('unexpected error', { correlationId, route: routeName(route), error });
      return htmlResponse(
        ctx,
        'error.njk',
        {
          title: 'Sorry, there is a problem',
          heading: 'Sorry, there is a problem with the service',
          paragraphs: [`Try again later. If you contact the council, give this reference: ${correlationId}.`],
        },
        { status: 500, privatePage: route.page !== 'home' && route.page !== 'rights' },
      );
    }
  });
}

function notFound(ctx: PageContext): APIGatewayProxyStructuredResultV2 {
  return htmlResponse(
    ctx,
    'error.njk',
    {
      title: 'Page not found',
      heading: 'Page not found',
      paragraphs: ['If you typed the web address, check it is correct.'],
    },
    { status: 404 },
  );
}

function staffProblem(ctx: PageContext, problem: PageProblem) {
  return htmlResponse(
    ctx,
    'sign-in-problem.njk',
    {
      title: problem.heading,
      heading: problem.heading,
      paragraphs: problem.paragraphs,
      link: { href: '/staff', text: 'Go to your work' },
    },
    { status: problem.status, privatePage: true, headers: retryAfter(problem) },
  );
}

function problemPage(ctx: PageContext, problem: PageProblem, privatePage: boolean) {
  return htmlResponse(
    ctx,
    'error.njk',
    { title: problem.heading, heading: problem.heading, paragraphs: problem.paragraphs },
    { status: problem.status, privatePage, headers: retryAfter(problem) },
  );
}

function retryAfter(problem: PageProblem): Record<string, string> {
  return problem.retryAfterSeconds === undefined
    ? {}
    : { 'retry-after': String(Math.ceil(problem.retryAfterSeconds)) };
}

/** To sign in, then back to `path`. */
function signInFirst(path: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 303,
    headers: { location: `/sign-in?returnTo=${encodeURIComponent(path)}`, 'cache-control': 'no-store' },
    body: '',
  };
}

/** This request's origin: https in AWS (API Gateway answers only https), http for a local server. */
function requestOrigin(event: APIGatewayProxyEventV2): string {
  const host = event.headers?.host ?? event.requestContext?.domainName ?? 'localhost';
  const proto =
    event.headers?.['x-forwarded-proto'] ??
    (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}

function sessionKeyring(config: WebConfig, loaded: string | undefined): string {
  if (loaded) return loaded;
  if (config.sessionKeys.kind !== 'inline') {
    throw new Error('The session keyring is in Secrets Manager: read it first and pass it in.');
  }
  return config.sessionKeys.json;
}

export type { Sealer };
