import type { SignInConfig } from '../../functions/config.js';

// Signing staff in through an OpenID provider: the authorization code flow with PKCE (S256), a
// state and a nonce, by openid-client. The same code serves Cognito's managed login in AWS and
// the standards provider the tests run locally. openid-client is loaded on the first sign-in,
// not at cold start: most requests are pages for people already signed in, or families'.

type OidcConfig = Extract<SignInConfig, { kind: 'oidc' }>;

export interface SignInStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignedInPerson {
  sub: string;
  groups: string[];
  name: string | null;
}

export interface OidcSignIn {
  /** Where to send the person to sign in, and what the callback must check. */
  start(redirectUri: string): Promise<SignInStart>;
  /**
   * Redeems the code the provider sent back to `callbackUrl`. Throws when the state differs, the
   * provider refuses the code (a PKCE verifier that does not match, a code used twice), or the ID
   * token is not for us or not this sign-in's (nonce).
   */
  finish(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<SignedInPerson>;
  /** Where to send someone after their session here is cleared, to end the provider's too. */
  signOutUrl(returnTo: string): Promise<string | null>;
}

export function createOidcSignIn(config: OidcConfig): OidcSignIn {
  let discovered: Promise<{
    lib: typeof import('openid-client');
    server: import('openid-client').Configuration;
  }> | null = null;
  const load = () => {
    discovered ??= (async () => {
      const lib = await import('openid-client');
      const issuer = new URL(config.issuer);
      const insecure = issuer.protocol === 'http:';
      if (insecure && !['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)) {
        throw new Error('An OpenID issuer over plain http is allowed only on this machine.');
      }
      const server = await lib.discovery(issuer, config.clientId, undefined, lib.None(), {
        ...(insecure ? { execute: [lib.allowInsecureRequests] } : {}),
      });
      return { lib, server };
    })().catch((error: unknown) => {
      // Try discovery again on the next sign-in rather than failing every one after a blip.
      discovered = null;
      throw error;
    });
    return discovered;
  };

  return {
    async start(redirectUri) {
      const { lib, server } = await load();
      const codeVerifier = lib.randomPKCECodeVerifier();
      const state = lib.randomState();
      const nonce = lib.randomNonce();
      const url = lib.buildAuthorizationUrl(server, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },
    async finish(callbackUrl, checks) {
      const { lib, server } = await load();
      const tokens = await lib.authorizationCodeGrant(server, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The provider sent no ID token.');
      const groups = claims['cognito:groups'];
      const name = [claims.email, claims.name, claims['cognito:username']].find((v) => typeof v === 'string');
      return {
        sub: claims.sub,
        groups: Array.isArray(groups) ? groups.map(String) : [],
        name: (name as string | undefined) ?? null,
      };
    },
    async signOutUrl(returnTo) {
      if (config.logoutUrl) {
        // Cognito's /logout: its client_id and a logout_uri listed on the web client.
        const url = new URL(config.logoutUrl);
        url.searchParams.set('client_id', config.clientId);
        url.searchParams.set('logout_uri', returnTo);
        return url.href;
      }
      const { lib, server } = await load();
      if (!server.serverMetadata().end_session_endpoint) return null;
      return lib.buildEndSessionUrl(server, {
        client_id: config.clientId,
        post_logout_redirect_uri: returnTo,
      }).href;
    },
  };
}
