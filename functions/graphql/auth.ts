import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { AuthConfig } from '../config.js';
import { ANONYMOUS, type Caller, callerFromGroups } from '../core/access.js';
import { UnauthenticatedError } from '../core/errors.js';

export type Authenticate = (authorizationHeader: string | undefined) => Promise<Caller>;

export interface AuthenticatorOptions {
  /**
   * Test seam (the AWS emulator tier's, through the local runtime): the Cognito user pool's
   * signing keys, given up front instead of fetched from Cognito's own address, which an emulator
   * cannot answer for. Never set by a Lambda entry, nor from the environment.
   */
  cognitoJwks?: Jwks;
}

/**
 * Turns an Authorization header into a Caller. No header: anonymous (family links and the
 * rights statement need no account). A header that fails verification: UNAUTHENTICATED,
 * so a client with an expired token is told so rather than silently seeing less.
 */
export function createAuthenticator(auth: AuthConfig, options: AuthenticatorOptions = {}): Authenticate {
  const verify = createVerifier(auth, options);
  return async (header) => {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    let payload: JwtPayload;
    try {
      payload = await verify(match[1]);
    } catch (error) {
      throw new UnauthenticatedError('The bearer token is invalid or has expired.', { cause: error });
    }
    const groups = payload['cognito:groups'];
    return callerFromGroups(String(payload.sub), Array.isArray(groups) ? groups.map(String) : []);
  };
}

function createVerifier(
  auth: AuthConfig,
  options: AuthenticatorOptions,
): (token: string) => Promise<JwtPayload> {
  if (auth.kind === 'cognito') {
    const verifier = CognitoJwtVerifier.create({
      userPoolId: auth.userPoolId,
      tokenUse: 'access',
      clientId: auth.clientIds,
    });
    if (options.cognitoJwks) verifier.cacheJwks(options.cognitoJwks);
    return (token) => verifier.verify(token);
  }
  // Local tokens are shaped like Cognito access tokens and checked the same way.
  const verifier = JwtRsaVerifier.create({
    issuer: auth.issuer,
    audience: null,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'access') throw new Error('not an access token');
      if (typeof payload.client_id !== 'string') throw new Error('no client_id');
    },
  });
  verifier.cacheJwks(auth.jwks as unknown as Jwks);
  return (token) => verifier.verify(token);
}
