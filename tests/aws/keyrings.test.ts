import { randomBytes } from 'node:crypto';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevAuth } from '../../functions/local/dev-auth.js';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import { createSealer } from '../../web/auth/session.js';
import { SESSION_COOKIE } from '../../web/view/cookies.js';
import type { StaffSession } from '../../web/view/session.js';
import { gqlAt } from '../helpers/api.js';
import { aListInput, QUIET_PLACES } from '../helpers/lists.js';
import { GENERATE_LIST } from '../helpers/operations.js';
import { aTable, loadEntry, serve } from './helpers/entries.js';

// Both keyrings as the Lambda entries read them at start: from Secrets Manager (moto), by the ARN
// the stack gives them. The API's entry makes list ids under the case keyring's current key; the
// pages' entry opens staff sessions sealed under the session keyring's. A secret missing or not a
// keyring stops the entry from starting, with one line that says which and why.

const secrets = new SecretsManagerClient({ region: 'eu-west-2' });
const keyring = (currentId: string, older?: string) =>
  JSON.stringify({
    currentId,
    [currentId]: randomBytes(48).toString('base64url'),
    ...(older ? { [older]: randomBytes(48).toString('base64url') } : {}),
  });

async function aSecret(name: string, value: string): Promise<string> {
  const made = await secrets.send(new CreateSecretCommand({ Name: name, SecretString: value }));
  return made.ARN ?? '';
}

const CASE_KEYRING = keyring('aws7', 'aws6');
const SESSION_KEYRING = keyring('s3');
let tableName: string;
let caseKeysArn: string;
let sessionKeysArn: string;
const dev = await loadDevAuth();

/** The environment the stack gives the API's function, with the local token issuer (see below). */
const apiEnv = (caseKeys: string) => ({
  TABLE_NAME: tableName,
  CASE_KEYS: undefined,
  CASE_KEYS_SECRET_ARN: caseKeys,
  // Cognito's keys are fetched from AWS itself (cognito.test.ts preloads moto's instead): the
  // officer's token here is the local issuer's, verified the same way.
  AUTH_MODE: 'local',
  LOCAL_AUTH_ISSUER: dev.config.issuer,
  LOCAL_AUTH_JWKS: JSON.stringify(dev.config.jwks),
});

/** The environment the stack gives the pages' function (managed login for sign-in, not used here). */
const webEnv = (caseKeys: string, sessionKeys: string) => ({
  AWS_LAMBDA_FUNCTION_NAME: 'OpenPlace-Web',
  TABLE_NAME: tableName,
  CASE_KEYS: undefined,
  SESSION_KEYS: undefined,
  CASE_KEYS_SECRET_ARN: caseKeys,
  SESSION_KEYS_SECRET_ARN: sessionKeys,
  AUTH_MODE: undefined,
  OIDC_ISSUER: 'https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Example',
  OIDC_CLIENT_ID: 'pages-client',
  PUBLIC_BASE_URL: 'https://places.example.gov.uk',
});

const loadApi = (caseKeys: string) =>
  loadEntry(() => import('../../functions/graphql/handler.js'), apiEnv(caseKeys));
const loadWeb = (caseKeys: string, sessionKeys: string) =>
  loadEntry(() => import('../../web/lambda.js'), webEnv(caseKeys, sessionKeys));

beforeAll(async () => {
  tableName = await aTable('aws-keyrings');
  caseKeysArn = await aSecret('OpenPlace/case-keys', CASE_KEYRING);
  sessionKeysArn = await aSecret('OpenPlace/session-keys', SESSION_KEYRING);
});
afterAll(() => secrets.destroy());

describe('the keyrings, read from Secrets Manager when an entry starts', () => {
  it("the API's entry makes list ids under the case keyring's current key", async () => {
    const { handler } = await loadApi(caseKeysArn);
    const server = await serve(handler);
    try {
      const input = aListInput(QUIET_PLACES.northSea, { maxTravelKm: 5 });
      const officer = dev.mint({ role: 'officer', laCodes: ['938'] });
      const response = await gqlAt<any>(`${server.baseUrl}/graphql`, GENERATE_LIST, { input }, officer);
      expect(response.errors).toBeUndefined();
      const expected = createCaseKeys(parseCaseKeyring(CASE_KEYRING)).listId('938', input.caseReference, 1);
      expect(response.data.generateTailoredList.list.id).toBe(expected);
      expect(expected).toMatch(/^l2_aws7_/);
    } finally {
      await server.close();
    }
  });

  it("the pages' entry opens a staff session sealed under the session keyring, and no other", async () => {
    const { handler } = await loadWeb(caseKeysArn, sessionKeysArn);
    const session = (ring: string) =>
      createSealer(parseCaseKeyring(ring)).seal<StaffSession>('session', {
        sid: `sid-${randomBytes(6).toString('hex')}`,
        sub: 'officer-938',
        groups: ['la-officer-938'],
        name: 'An Officer',
        csrf: randomBytes(16).toString('base64url'),
        exp: Math.floor(Date.now() / 1000) + 3600,
      });
    const staffHome = async (cookie: string) =>
      handler({
        version: '2.0',
        routeKey: '$default',
        rawPath: '/staff',
        rawQueryString: '',
        headers: { host: 'places.example.gov.uk', cookie: `${SESSION_COOKIE}=${cookie}` },
        requestContext: { http: { method: 'GET', path: '/staff', sourceIp: '127.0.0.1' } },
        isBase64Encoded: false,
      } as never);

    const signedIn = await staffHome(await session(SESSION_KEYRING));
    expect(signedIn.statusCode).toBe(200);
    // Sealed under another keyring (the case keyring's, say): not a session here.
    const other = await staffHome(await session(CASE_KEYRING));
    expect(other.statusCode).toBe(303);
    expect(String(other.headers?.location)).toContain('/sign-in');
  });

  it('stops either entry with one clear line when its secret does not exist', async () => {
    const missing = caseKeysArn.replace('case-keys', 'no-such-keys');
    const api = await loadApi(missing).catch((error: Error) => error);
    expect(api).toBeInstanceOf(Error);
    expectOneClearLine(api as Error, /case keyring/i, missing);
    expect((api as Error).message).toContain('could not be read: ResourceNotFoundException');

    const web = await loadWeb(caseKeysArn, missing).catch((error: Error) => error);
    expect(web).toBeInstanceOf(Error);
    expectOneClearLine(web as Error, /session keyring/i, missing);
  });

  it('stops either entry with one clear line when its secret is not a keyring, never echoing it', async () => {
    const notJson = await aSecret('OpenPlace/case-keys-not-json', 'k1=hunter2hunter2hunter2hunter2hunter2');
    const api = await loadApi(notJson).catch((error: Error) => error);
    expect(api).toBeInstanceOf(Error);
    expectOneClearLine(api as Error, /case keyring/i, notJson);
    expect((api as Error).message).not.toContain('hunter2');

    const noCurrent = await aSecret(
      'OpenPlace/session-keys-no-current',
      JSON.stringify({ s1: 'x'.repeat(48) }),
    );
    const web = await loadWeb(caseKeysArn, noCurrent).catch((error: Error) => error);
    expect(web).toBeInstanceOf(Error);
    expectOneClearLine(web as Error, /session keyring/i, noCurrent);
    expect((web as Error).message).toMatch(/is not a keyring: The keyring has no currentId/);
  });
});

/** A start-up failure Lambda logs as one line: which keyring, which secret, and why. */
function expectOneClearLine(error: Error, keyringName: RegExp, secretArn: string) {
  expect(error.message).not.toContain('\n');
  expect(error.message).toMatch(keyringName);
  expect(error.message).toContain(secretArn);
}
