import { randomBytes } from 'node:crypto';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { groups } from '../../functions/core/access.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { gqlAt, tokenFor } from '../helpers/api.js';
import { ME } from '../helpers/operations.js';
import { awsJson, COGNITO } from './helpers/wire.js';

// Staff tokens from a Cognito user pool (moto) accepted by the API's authenticator as in AWS:
// the pool's groups are the roles, only the ACCESS token of the API's own client of that pool is
// taken, and any other token is answered 401. aws-jwt-verify fetches a pool's keys from AWS's own
// address, so the local runtime is given moto's (its test seam, never the environment's).
// moto does not enforce MFA: the pool requires it, as the stack's does, and the user signs in
// with a password alone.

const PASSWORD = `Aa1!${randomBytes(12).toString('base64url')}`;

interface Pool {
  id: string;
  clientId: string;
  jwks: Jwks;
}

/** A user pool set as the stack's (MFA required, no self sign-up), the groups, and the API's client. */
async function aPool(name: string): Promise<Pool> {
  const { UserPool } = await awsJson<{ UserPool: { Id: string } }>(COGNITO, 'CreateUserPool', {
    PoolName: name,
    MfaConfiguration: 'ON',
    UsernameAttributes: ['email'],
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    Policies: {
      PasswordPolicy: {
        MinimumLength: 12,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
    },
  });
  for (const group of [groups.officer('938'), groups.officer('873'), groups.staff('oakfield')]) {
    await awsJson(COGNITO, 'CreateGroup', { UserPoolId: UserPool.Id, GroupName: group });
  }
  const clientId = await aClient(UserPool.Id, 'WebClient');
  const response = await fetch(`${process.env.AWS_ENDPOINT_URL}/${UserPool.Id}/.well-known/jwks.json`);
  return { id: UserPool.Id, clientId, jwks: (await response.json()) as Jwks };
}

async function aClient(poolId: string, name: string): Promise<string> {
  const { UserPoolClient } = await awsJson<{ UserPoolClient: { ClientId: string } }>(
    COGNITO,
    'CreateUserPoolClient',
    {
      UserPoolId: poolId,
      ClientName: name,
      GenerateSecret: false,
      ExplicitAuthFlows: [
        'ALLOW_ADMIN_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
    },
  );
  return UserPoolClient.ClientId;
}

/** A user made by an administrator (no self sign-up) in `group`, signed in through `clientId`. */
async function signIn(poolId: string, clientId: string, email: string, group: string) {
  await awsJson(COGNITO, 'AdminCreateUser', {
    UserPoolId: poolId,
    Username: email,
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
    ],
    MessageAction: 'SUPPRESS',
  }).catch((error: { code?: string }) => {
    if (error.code !== 'UsernameExistsException') throw error;
  });
  await awsJson(COGNITO, 'AdminSetUserPassword', {
    UserPoolId: poolId,
    Username: email,
    Password: PASSWORD,
    Permanent: true,
  });
  await awsJson(COGNITO, 'AdminAddUserToGroup', { UserPoolId: poolId, Username: email, GroupName: group });
  const { AuthenticationResult } = await awsJson<{
    AuthenticationResult: { AccessToken: string; IdToken: string };
  }>(COGNITO, 'AdminInitiateAuth', {
    UserPoolId: poolId,
    ClientId: clientId,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD },
  });
  const { UserAttributes } = await awsJson<{ UserAttributes: { Name: string; Value: string }[] }>(
    COGNITO,
    'AdminGetUser',
    { UserPoolId: poolId, Username: email },
  );
  return {
    accessToken: AuthenticationResult.AccessToken,
    idToken: AuthenticationResult.IdToken,
    sub: UserAttributes.find((a) => a.Name === 'sub')?.Value,
  };
}

let pool: Pool;
let stack: LocalStack;

beforeAll(async () => {
  pool = await aPool('openplace-staff');
  stack = await startLocalStack({
    port: 0,
    tableName: `aws-cognito-${Date.now()}`,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    logLevel: 'SILENT',
    cognito: { userPoolId: pool.id, clientIds: [pool.clientId], jwks: pool.jwks },
  });
});
afterAll(async () => {
  await stack?.stop();
});

const me = (token: string) => gqlAt<any>(stack.url, ME, {}, token);

describe("Cognito's tokens at the API", () => {
  it('takes the access token of a user in la-officer-938 as that officer', async () => {
    const officer = await signIn(pool.id, pool.clientId, 'officer@westsussex.example', groups.officer('938'));
    const response = await me(officer.accessToken);
    expect(response.status).toBe(200);
    expect(response.data.me).toMatchObject({
      subject: officer.sub,
      roles: ['LA_OFFICER'],
      laCodes: ['938'],
      settingIds: [],
    });
  });

  it("answers 401 to the pool's ID token, a token of another client, and the local issuer's", async () => {
    const other = await aClient(pool.id, 'SomeoneElsesClient');
    const viaOther = await signIn(pool.id, other, 'other-client@westsussex.example', groups.officer('938'));
    const own = await signIn(pool.id, pool.clientId, 'id-token@westsussex.example', groups.officer('938'));
    const local = tokenFor({ role: 'officer', laCodes: ['938'] });
    for (const token of [viaOther.accessToken, own.idToken, local]) {
      const response = await me(token);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 401 to the access token of another user pool, groups and all', async () => {
    const elsewhere = await aPool('someone-elses-pool');
    const outsider = await signIn(
      elsewhere.id,
      elsewhere.clientId,
      'officer@elsewhere.example',
      groups.officer('938'),
    );
    const response = await me(outsider.accessToken);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
