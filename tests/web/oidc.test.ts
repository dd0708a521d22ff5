/// <reference lib="dom" />
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import Provider from 'oidc-provider';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadListsConfig, type WebConfig } from '../../functions/config.js';
import { createHttpAdapter, type HttpAdapter } from '../../functions/local/http-adapter.js';
import { parseCaseKeyring } from '../../functions/store/case-keys.js';
import { createSealer } from '../../web/auth/session.js';
import { createWebHandler } from '../../web/handler.js';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from '../../web/view/cookies.js';
import type { PendingSignIn } from '../../web/view/session.js';
import { gqlAt } from '../helpers/api.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import { baseUrl } from './pages.js';
import { signInOverHttp } from './staff.js';

// Signing in through a standards OpenID provider (oidc-provider from npm, as Cognito's managed
// login is in AWS): the pages' own handler, configured with AUTH_MODE=cognito's OpenID settings,
// behind a second local server. The provider's development login page stands in for Cognito's.

const SESSION_KEYS = JSON.stringify({
  currentId: 's1',
  s1: 'a-test-session-key-that-is-long-enough-0123456789',
});
const sealer = createSealer(parseCaseKeyring(SESSION_KEYS));
const ACCOUNTS: Record<string, string[]> = { 'officer-938': ['la-officer-938'], nobody: [] };

let browser: Browser;
let provider: { server: import('node:http').Server; issuer: string };
let web: HttpAdapter;
let webOrigin: string;
/** While set, the pages' server keeps the provider's redirect back (its URL) instead of redeeming it. */
let holdCallbacks = false;
let heldCallback: URL | null = null;

async function listen(server: import('node:http').Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
  const config = (issuer: string): WebConfig => ({
    tableName: inject('tableName'),
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    region: 'eu-west-2',
    lists: loadListsConfig({}),
    caseKeys: { kind: 'inline', json: '' },
    publicBaseUrl: null,
    signIn: { kind: 'oidc', issuer, clientId: 'openplace-web', redirectUri: null, logoutUrl: null },
    sessionKeys: { kind: 'inline', json: SESSION_KEYS },
    sessionHours: 8,
  });
  // The pages first (the provider must know their callback), then the provider they point at.
  let issuer = '';
  let handler: ReturnType<typeof createWebHandler> | null = null;
  web = createHttpAdapter(
    async () => ({ statusCode: 404 }),
    '/graphql',
    async (event) => {
      if (holdCallbacks && event.rawPath === '/auth/callback') {
        heldCallback = new URL(`${webOrigin}/auth/callback?${event.rawQueryString}`);
        return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'held' };
      }
      handler ??= createWebHandler(config(issuer), {
        logger: new Logger({ logLevel: 'SILENT' }),
        client: testClient,
        caseKeys: testCaseKeys,
      });
      return handler(event);
    },
  );
  webOrigin = `http://127.0.0.1:${await listen(web.server)}`;
  const { createServer } = await import('node:http');
  const server = createServer();
  const port = await listen(server);
  issuer = `http://127.0.0.1:${port}`;
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: 'openplace-web',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${webOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${webOrigin}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    // As Cognito's ID tokens do: the groups and email in the ID token itself.
    claims: { openid: ['sub'], email: ['email'], profile: ['cognito:groups'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: `${sub}@council.example`, 'cognito:groups': ACCOUNTS[sub] ?? [] }),
    }),
    cookies: { keys: ['oidc-test-cookie-key'] },
    // Stated, so the provider does not warn about its defaults on every test run.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
  });
  server.on('request', oidc.callback());
  provider = { server, issuer };
});

afterAll(async () => {
  await browser?.close();
  await web?.close(1000);
  provider?.server.close();
});

/**
 * Starts signing in at the pages, logs in at the provider as `account` and consents; the
 * provider's redirect back to /auth/callback is held (not sent) and its URL returned, with the
 * page (whose context holds the sign-in cookie).
 */
async function signInAtProvider(page: Page, account: string): Promise<URL> {
  holdCallbacks = true;
  heldCallback = null;
  await page.goto(`${webOrigin}/staff`);
  await page.fill('input[name="login"]', account);
  await page.fill('input[name="password"]', 'any');
  await Promise.all([page.waitForEvent('load'), page.click('button[type="submit"]')]);
  await page.waitForSelector('button:has-text("Continue")');
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/auth/callback'),
    page.click('button:has-text("Continue")'),
  ]);
  holdCallbacks = false;
  if (!heldCallback) throw new Error('The provider did not send the person back');
  return heldCallback;
}

async function pendingSignIn(page: Page): Promise<PendingSignIn> {
  const cookie = (await page.context().cookies()).find((c) => c.name === SIGN_IN_COOKIE);
  const pending = await sealer.open<PendingSignIn>('sign-in', cookie?.value, new Date());
  if (!pending) throw new Error('No sign-in under way');
  return pending;
}

const callback = (url: URL, signInCookie: string) =>
  fetch(`${webOrigin}${url.pathname}${url.search}`, {
    headers: { cookie: `${SIGN_IN_COOKIE}=${signInCookie}` },
    redirect: 'manual',
  });

describe('signing in through an OpenID provider (authorization code + PKCE)', () => {
  it('sends the person to the provider with an S256 code challenge, a state and a nonce', async () => {
    const response = await fetch(`${webOrigin}/sign-in?returnTo=/consultations`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const to = new URL(response.headers.get('location') ?? '');
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('client_id')).toBe('openplace-web');
    expect(to.searchParams.get('response_type')).toBe('code');
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(`${webOrigin}/auth/callback`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SIGN_IN_COOKIE}=`)) ?? '';
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    // The verifier is sealed in the cookie, not readable in it.
    const pending = await sealer.open<PendingSignIn>('sign-in', /=([^;]+)/.exec(cookie)?.[1], new Date());
    expect(pending?.state).toBe(to.searchParams.get('state'));
    expect(pending?.returnTo).toBe('/consultations');
    expect(cookie).not.toContain(pending?.codeVerifier ?? 'none');
  });

  it('signs an officer in: an HttpOnly, Secure, SameSite=Lax session cookie, and their pages', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const back = await signInAtProvider(page, 'officer-938');
      const response = await page.goto(back.href);
      expect(new URL(page.url()).pathname).toBe('/staff');
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('Your work');
      expect(await page.content()).toContain('officer-938@council.example');
      const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      // The sign-in cookie is spent.
      expect((await context.cookies()).some((c) => c.name === SIGN_IN_COOKIE)).toBe(false);

      // Sign-out ends the session here, then at the provider, which sends the person home.
      await page.click('button:has-text("Sign out")');
      await page.waitForURL((url) => url.origin === provider.issuer);
      expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
      const confirm = page.locator('button[autofocus], button:has-text("Yes")').first();
      if (await confirm.count()) await Promise.all([page.waitForURL(`${webOrigin}/`), confirm.click()]);
      const again = await page.goto(`${webOrigin}/staff`);
      expect(new URL(again?.url() ?? '').origin).toBe(provider.issuer);
    } finally {
      await context.close();
    }
  });

  it('refuses a code redeemed with another PKCE verifier, and starts no session', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const back = await signInAtProvider(page, 'officer-938');
      const pending = await pendingSignIn(page);
      const forged = await sealer.seal('sign-in', { ...pending, codeVerifier: 'x'.repeat(64) });
      const response = await callback(back, forged);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('You are not signed in');
      expect(response.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const back = await signInAtProvider(page, 'officer-938');
      const pending = await pendingSignIn(page);
      const otherState = await sealer.seal('sign-in', { ...pending, state: 'another-state' });
      const response = await callback(back, otherState);
      expect(response.status).toBe(400);
      expect(response.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
      // And with the right cookie but the state in the address changed.
      const tampered = new URL(back);
      tampered.searchParams.set('state', 'tampered');
      const real = await sealer.seal('sign-in', pending);
      const second = await callback(tampered, real);
      expect(second.status).toBe(400);
      expect(second.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('refuses a callback with no sign-in under way in this browser', async () => {
    const response = await fetch(`${webOrigin}/auth/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Sign-in took too long');
  });

  it('has no development sign-in page unless AUTH_MODE=local', async () => {
    expect((await fetch(`${webOrigin}/dev/sign-in`)).status).toBe(404);
    expect((await fetch(`${webOrigin}/dev/sign-in`, { method: 'POST', body: 'role=0' })).status).toBe(404);
  });
});

describe('staff sessions', () => {
  it('never sign anyone in to /graphql: the API takes bearer tokens only', async () => {
    const session = await signInOverHttp(['la-officer-938']);
    const { data } = await gqlAt<{ me: { subject: string | null; roles: string[] } }>(
      `${baseUrl()}/graphql`,
      '{ me { subject roles } }',
      {},
      undefined,
      { cookie: session.cookie },
    );
    expect(data?.me).toEqual({ subject: null, roles: ['ANONYMOUS'] });
  });

  it('refuses a staff form without the session’s form token, and one from another session', async () => {
    const session = await signInOverHttp(['la-officer-938']);
    const other = await signInOverHttp(['la-officer-938']);
    const missing = await fetch(`${baseUrl()}/lists/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
      body: 'action=make',
      redirect: 'manual',
    });
    expect(missing.status).toBe(403);
    const foreign = await fetch(`${baseUrl()}/lists/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
      body: new URLSearchParams({ csrfToken: other.csrfToken, action: 'make' }),
      redirect: 'manual',
    });
    expect(foreign.status).toBe(403);
  });

  it('sends someone not signed in to sign in, and back to the page they asked for', async () => {
    const response = await fetch(`${baseUrl()}/consultations?scope=SENT_BY_MY_LA`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/sign-in?returnTo=${encodeURIComponent('/consultations?scope=SENT_BY_MY_LA')}`,
    );
  });

  it('signs out: the cookie is cleared, and a copy of the old cookie opens nothing any more', async () => {
    const session = await signInOverHttp(['la-officer-938']);
    expect((await session.get('/staff')).status).toBe(200);
    const out = await session.post('/sign-out', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/');
    const cleared = out.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    expect(cleared).toMatch(/Max-Age=0/);
    const replayed = await session.get('/staff');
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toMatch(/^\/sign-in/);
  });
});
