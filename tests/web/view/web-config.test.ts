import { describe, expect, it } from 'vitest';
import { ConfigError, loadWebConfig } from '../../../functions/config.js';

// The pages' configuration: how staff sign in, and where the session keys come from.

const base = {
  TABLE_NAME: 'openplace',
  CASE_KEYS_SECRET_ARN: 'arn:case',
  SESSION_KEYS_SECRET_ARN: 'arn:session',
};
const oidc = {
  OIDC_ISSUER: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_abc',
  OIDC_CLIENT_ID: 'pages',
};

describe('the pages’ configuration', () => {
  it('signs staff in through the OpenID provider by default, with session keys from Secrets Manager', () => {
    const config = loadWebConfig({
      ...base,
      ...oidc,
      OIDC_LOGOUT_URL: 'https://x.auth.eu-west-2.amazoncognito.com/logout',
    });
    expect(config.signIn).toEqual({
      kind: 'oidc',
      issuer: oidc.OIDC_ISSUER,
      clientId: 'pages',
      redirectUri: null,
      logoutUrl: 'https://x.auth.eu-west-2.amazoncognito.com/logout',
    });
    expect(config.sessionKeys).toEqual({ kind: 'secret', secretArn: 'arn:session' });
    expect(config.sessionHours).toBe(8);
  });

  it('needs the provider’s issuer and the pages’ client unless AUTH_MODE=local', () => {
    expect(() => loadWebConfig(base)).toThrow(/OIDC_ISSUER/);
    expect(() => loadWebConfig({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadWebConfig({ ...base, ...oidc, OIDC_ISSUER: 'not a url' })).toThrow(ConfigError);
  });

  it('offers the development sign-in page only with AUTH_MODE=local, and never inside Lambda', () => {
    expect(loadWebConfig({ ...base, AUTH_MODE: 'local' }).signIn).toEqual({ kind: 'dev' });
    expect(() => loadWebConfig({ ...base, AUTH_MODE: 'local', AWS_LAMBDA_FUNCTION_NAME: 'web' })).toThrow(
      /refused inside AWS Lambda/,
    );
    expect(() => loadWebConfig({ ...base, AUTH_MODE: 'guest' })).toThrow(/AUTH_MODE/);
  });

  it('takes inline session keys locally only', () => {
    const local = loadWebConfig({ ...base, ...oidc, SESSION_KEYS: '{"currentId":"k1","k1":"x"}' });
    expect(local.sessionKeys).toEqual({ kind: 'inline', json: '{"currentId":"k1","k1":"x"}' });
    expect(() =>
      loadWebConfig({ ...base, ...oidc, SESSION_KEYS: '{}', AWS_LAMBDA_FUNCTION_NAME: 'web' }),
    ).toThrow(/SESSION_KEYS is refused inside AWS Lambda/);
    expect(() => loadWebConfig({ TABLE_NAME: 't', CASE_KEYS_SECRET_ARN: 'a', ...oidc })).toThrow(
      /SESSION_KEYS_SECRET_ARN/,
    );
  });

  it('reads how long a session lasts', () => {
    expect(loadWebConfig({ ...base, ...oidc, SESSION_HOURS: '4' }).sessionHours).toBe(4);
    expect(() => loadWebConfig({ ...base, ...oidc, SESSION_HOURS: '0' })).toThrow(/SESSION_HOURS/);
  });
});
