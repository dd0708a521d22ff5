import { describe, expect, inject, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlOk, tokenFor } from '../helpers/api.js';
import { aCapacityInput, aSettingInput, unique } from '../helpers/builders.js';
import { settingItemsNamed } from '../helpers/database.js';
import { aListInput, aPlace } from '../helpers/lists.js';
import {
  CAPACITY_HISTORY,
  GENERATE_LIST,
  GET_SETTING,
  LIST_SETTINGS,
  ME,
  SET_STATUS,
  UPDATE_CAPACITY,
  UPSERT_SETTING,
} from '../helpers/operations.js';

const officer = asOfficer('938');
const noRole = tokenFor({ role: 'groups', groups: [], subject: 'someone-without-a-role' });
const LONG_ID = 'x'.repeat(3000);

/** Posts a raw body, as a misbehaving client would. */
async function post(body: unknown, token?: string) {
  const response = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as any,
  };
}

/** Every refusal names what happened, carries a correlation id and the status of the README's table. */
function expectRefusal(
  response: { status: number; errors?: any[]; extensions?: any; body?: any },
  code: string,
  status: number,
) {
  const errors = response.errors ?? response.body?.errors;
  const extensions = response.extensions ?? response.body?.extensions;
  expect(response.status).toBe(status);
  expect(errors?.[0]?.extensions?.code).toBe(code);
  const correlationId = extensions?.correlationId ?? errors?.[0]?.extensions?.correlationId;
  expect(correlationId).toMatch(/\S{8,}/);
  return errors?.[0];
}

describe('refusals before execution', () => {
  it('tells caches to keep no answer, refused or not', async () => {
    for (const response of [
      await post({ query: '{ me { roles ' }),
      await post({ query: '{ me { roles } }' }, noRole),
      await post({ query: '{ me { roles } }' }, officer),
    ]) {
      expect(response.cacheControl).toBe('no-store');
    }
  });

  it('answers a syntax error 400 GRAPHQL_PARSE_FAILED', async () => {
    expectRefusal(await post({ query: '{ me { roles ' }), 'GRAPHQL_PARSE_FAILED', 400);
  });

  it('answers a document over the token limit 400 DOCUMENT_TOO_LARGE', async () => {
    const query = `{ ${Array.from({ length: 1200 }, (_, i) => `a${i}: me { roles }`).join(' ')} }`;
    expectRefusal(await post({ query }), 'DOCUMENT_TOO_LARGE', 400);
  });

  it('answers an unknown field 400 GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefusal(await post({ query: '{ nothingHere }' }), 'GRAPHQL_VALIDATION_FAILED', 400);
  });

  it('answers a subscription 400 OPERATION_NOT_SUPPORTED', async () => {
    expectRefusal(await post({ query: 'subscription { me { roles } }' }), 'OPERATION_NOT_SUPPORTED', 400);
  });

  it('answers a persisted query whose hash does not match 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const response = await post({
      query: '{ me { roles } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expectRefusal(response, 'PERSISTED_QUERY_HASH_MISMATCH', 400);
  });

  it('answers a variable of the wrong type 400 BAD_USER_INPUT naming the field', async () => {
    const response = await gql(
      UPDATE_CAPACITY,
      { input: { provisionId: 'p', expectedVersion: 'x' } },
      officer,
    );
    expect(expectRefusal(response, 'BAD_USER_INPUT', 400).extensions.field).toBe('input.expectedVersion');
  });
});

describe('authenticate, then authorise, then validate', () => {
  it('tells a caller with no token to sign in before looking at the input or the id', async () => {
    const name = unique('Never written');
    const bad = await gql(UPSERT_SETTING, { input: aSettingInput({ name, ageRange: { low: 9, high: 4 } }) });
    expectRefusal(bad, 'UNAUTHENTICATED', 401);
    const unknown = await gql(UPSERT_SETTING, { input: aSettingInput({ id: 'no-such-setting' }) });
    const real = await gql(UPSERT_SETTING, { input: aSettingInput({ id: 'demo-oakfield' }) });
    expectRefusal(unknown, 'UNAUTHENTICATED', 401);
    expectRefusal(real, 'UNAUTHENTICATED', 401);
    expectRefusal(await gql(SET_STATUS, { id: LONG_ID, status: 'CLOSED' }), 'UNAUTHENTICATED', 401);
    expect(await settingItemsNamed(name)).toHaveLength(0);
  });

  it('refuses setting staff on officer-only operations before validating', async () => {
    const staff = asStaff('demo-oakfield');
    for (const response of [
      await gql(UPSERT_SETTING, { input: aSettingInput({ ageRange: { low: 9, high: 4 } }) }, staff),
      await gql(GENERATE_LIST, { input: { ...aListInput(aPlace()), age: -1 } }, staff),
      await gql(SET_STATUS, { id: LONG_ID, status: 'CLOSED' }, staff),
    ]) {
      expectRefusal(response, 'FORBIDDEN', 200);
    }
  });

  it('lets an account with no role see who it is, and nothing of the register', async () => {
    const me = await gqlOk(ME, {}, noRole);
    expect(me.me.roles).toEqual(['ANONYMOUS']);
    expectRefusal(await gql(LIST_SETTINGS, { first: 5 }, noRole), 'FORBIDDEN', 200);
    expectRefusal(await gql(GET_SETTING, { id: 'demo-oakfield' }, noRole), 'FORBIDDEN', 200);
  });
});

describe('inputs refused before they reach a key', () => {
  it('answers null for a setting id longer than any real one, and BAD_USER_INPUT elsewhere', async () => {
    const setting = await gql<any>(GET_SETTING, { id: LONG_ID }, officer);
    expect(setting.errors).toBeUndefined();
    expect(setting.data.setting).toBeNull();
    const status = await gql(SET_STATUS, { id: LONG_ID, status: 'CLOSED' }, officer);
    expect(expectRefusal(status, 'BAD_USER_INPUT', 200).extensions.field).toBe('id');
    const history = await gql(CAPACITY_HISTORY, { provisionId: LONG_ID }, officer);
    expect(expectRefusal(history, 'BAD_USER_INPUT', 200).extensions.field).toBe('provisionId');
    const filter = await gql(LIST_SETTINGS, { filter: { laCode: LONG_ID } }, officer);
    expect(expectRefusal(filter, 'BAD_USER_INPUT', 200).extensions.field).toBe('filter.laCode');
    const capacity = await gql(UPDATE_CAPACITY, { input: aCapacityInput(LONG_ID, 0) }, officer);
    expect(expectRefusal(capacity, 'BAD_USER_INPUT', 200).extensions.field).toBe('input.provisionId');
  });

  it('refuses a cursor reused with another filter, or crafted to point elsewhere', async () => {
    const made = [];
    for (let i = 0; i < 2; i++)
      made.push((await gqlOk(UPSERT_SETTING, { input: aSettingInput() }, officer)).upsertSetting);
    const first = await gqlOk(LIST_SETTINGS, { filter: { laCode: '938' }, first: 1 }, officer);
    const cursor = first.settings.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    expect(
      (await gql(LIST_SETTINGS, { filter: { laCode: '938' }, first: 1, after: cursor }, officer)).errors,
    ).toBeUndefined();
    const reused = await gql(LIST_SETTINGS, { filter: { laCode: '846' }, first: 1, after: cursor }, officer);
    expect(expectRefusal(reused, 'BAD_USER_INPUT', 200).extensions.field).toBe('after');
    const crafted = Buffer.from(JSON.stringify({ k: { pk: 'LIST#x', sk: 'V#1' }, q: 'x' })).toString(
      'base64url',
    );
    const provisionId = made[0].provisions[0].id;
    const history = await gql(CAPACITY_HISTORY, { provisionId, after: crafted }, officer);
    expect(expectRefusal(history, 'BAD_USER_INPUT', 200).extensions.field).toBe('after');
  });

  it('refuses control characters and broken characters in free text, and keeps ordinary Unicode', async () => {
    const name = unique('Ysgol Gymraeg — Ffion’s école 🌈');
    const ok = await gqlOk(UPSERT_SETTING, { input: aSettingInput({ name }) }, officer);
    expect(ok.upsertSetting.name).toBe(name);
    for (const bad of [`Bell\u0007School ${Math.random()}`, `Broken \uD800 School ${Math.random()}`]) {
      const response = await gql(UPSERT_SETTING, { input: aSettingInput({ name: bad }) }, officer);
      expect(expectRefusal(response, 'BAD_USER_INPUT', 200).extensions.field).toBe('input.name');
      expect(await settingItemsNamed(bad)).toHaveLength(0);
    }
    const notes = await gql(
      GENERATE_LIST,
      { input: aListInput(aPlace(), { officerNotes: 'line\u0000break' }) },
      officer,
    );
    expect(expectRefusal(notes, 'BAD_USER_INPUT', 200).extensions.field).toBe('input.officerNotes');
  });
});

describe('statuses a client acts on', () => {
  it('answers a throttled source 429 with Retry-After', async () => {
    const headers = {
      'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    let last: Awaited<ReturnType<typeof gql>> | undefined;
    for (let i = 0; i < 21; i++)
      last = await gql(
        `query($t: String!) { familyList(token: $t) { generatedAt } }`,
        { t: `guess-${i}` },
        undefined,
        headers,
      );
    if (!last) throw new Error('no response');
    expectRefusal(last, 'TOO_MANY_REQUESTS', 429);
    const raw = await fetch(inject('apiUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ familyList(token: "guess-again") { generatedAt } }' }),
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
