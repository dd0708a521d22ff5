import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCAL_ISSUER } from '../../functions/local/dev-auth.js';
import { gql, gqlError, gqlOk, tokenFor } from '../helpers/api.js';
import { ME } from '../helpers/operations.js';

describe('me', () => {
  it('answers an anonymous caller without a token', async () => {
    const data = await gqlOk(ME);
    expect(data.me).toEqual({
      subject: null,
      roles: ['ANONYMOUS'],
      laCodes: [],
      settingIds: [],
      permissions: ['Sign in to read or change the register.'],
    });
  });

  it('describes an officer of several LAs who is also staff of a setting', async () => {
    const token = tokenFor({
      role: 'groups',
      groups: ['la-officer-938', 'la-officer-936', 'setting-staff-demo-oakfield', 'some-unrelated-group'],
      subject: 'dual-role',
    });
    const data = await gqlOk(ME, {}, token);
    expect(data.me).toMatchObject({
      subject: 'dual-role',
      roles: ['LA_OFFICER', 'SETTING_STAFF'],
      laCodes: ['936', '938'],
      settingIds: ['demo-oakfield'],
    });
  });

  it('refuses an expired token with UNAUTHENTICATED and HTTP 401', async () => {
    const expired = tokenFor({ role: 'groups', groups: ['la-officer-938'], expiresInSeconds: -60 });
    const response = await gql(ME, {}, expired);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by any other key, even with the right issuer and groups', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${part({
      sub: 'intruder',
      iss: LOCAL_ISSUER,
      client_id: 'x',
      token_use: 'access',
      'cognito:groups': ['la-officer-938'],
      iat: now,
      exp: now + 600,
    })}`;
    const forged = `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
    expect((await gqlError(ME, {}, forged)).extensions.code).toBe('UNAUTHENTICATED');
  });
});
