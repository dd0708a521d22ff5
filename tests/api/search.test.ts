import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, asStaff, gql, gqlError, gqlOk, tokenFor } from '../helpers/api.js';
import { aSettingInput } from '../helpers/builders.js';
import { aListInput, aPlace } from '../helpers/lists.js';
import { GENERATE_LIST, SET_STATUS, UPSERT_SETTING } from '../helpers/operations.js';

const officer = asOfficer('938');
const noRole = tokenFor({ role: 'groups', groups: [], subject: 'searcher-without-a-role' });

const RESULT_FIELDS = 'id urn name kind sector phase ageRange { low high } laCode laName town postcode';
const SEARCH = `query Search($query: String!, $first: Int, $after: String) {
  searchSettings(query: $query, first: $first, after: $after) {
    edges { cursor node { ${RESULT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FAMILY_SEARCH = `query FamilySearch($token: String!, $query: String!, $first: Int) {
  familySearchSettings(token: $token, query: $query, first: $first) { ${RESULT_FIELDS} }
}`;

/** A made-up word no other test's setting has: letters only, like a real name. */
const aWord = () =>
  `zq${randomUUID()
    .replace(/-/g, '')
    .slice(0, 10)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)}`;
const aUrn = () => String(3_000_000 + Math.floor(Math.random() * 6_999_999));

async function aSetting(overrides: Record<string, unknown>) {
  const input = aSettingInput(overrides);
  return (await gqlOk(UPSERT_SETTING, { input }, officer)).upsertSetting as {
    id: string;
    name: string;
    revision: number;
  };
}

async function search(query: string, first = 50, token = officer, after?: string) {
  return (await gqlOk(SEARCH, { query, first, after }, token)).searchSettings as {
    edges: { cursor: string; node: Record<string, any> }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const idsFound = async (query: string) => (await search(query)).edges.map((e) => e.node.id);

async function aFamilyToken(): Promise<string> {
  const generated = await gqlOk(GENERATE_LIST, { input: aListInput(aPlace()) }, officer);
  return generated.generateTailoredList.familyLink.token;
}

describe('searching the register', () => {
  it('finds an open setting by a word of its name, two words, its town, its postcode district and its URN', async () => {
    const [name, town] = [aWord(), aWord()];
    const urn = aUrn();
    const setting = await aSetting({
      name: `${name} Primary School`,
      urn,
      address: { lines: ['1 Lane'], town: `${town} Magna`, postcode: 'TR25 0QR' },
    });
    const node = {
      id: setting.id,
      urn,
      name: `${name} Primary School`,
      kind: 'MAINSTREAM',
      sector: 'LA_MAINTAINED',
      phase: 'PRIMARY',
      ageRange: { low: 4, high: 11 },
      laCode: '938',
      laName: 'West Sussex',
      town: `${town} Magna`,
      postcode: 'TR25 0QR',
    };
    expect((await search(name)).edges.map((e) => e.node)).toEqual([node]);
    // A word's start is enough, in any case, with the common words around it.
    expect(await idsFound(`The ${name.slice(0, 6).toUpperCase()} primary`)).toEqual([setting.id]);
    expect(await idsFound(`${name} ${town}`)).toEqual([setting.id]);
    expect(await idsFound(`${name} brighton`)).toEqual([]);
    expect(await idsFound(town)).toEqual([setting.id]);
    expect(await idsFound('tr25')).toContain(setting.id);
    expect(await idsFound('TR25 0QR')).toContain(setting.id);
    expect(await idsFound(urn)).toEqual([setting.id]);
  });

  it('never finds a closed setting, and still finds one proposed to close', async () => {
    const word = aWord();
    const closed = await aSetting({ name: `${word} Closed School`, status: 'CLOSED' });
    const closing = await aSetting({ name: `${word} Closing School`, status: 'PROPOSED_TO_CLOSE' });
    expect(await idsFound(word)).toEqual([closing.id]);

    await gqlOk(SET_STATUS, { id: closing.id, status: 'CLOSED' }, officer);
    expect(await idsFound(word)).toEqual([]);
    await gqlOk(SET_STATUS, { id: closed.id, status: 'OPEN' }, officer);
    expect(await idsFound(word)).toEqual([closed.id]);
  });

  it('finds a renamed setting by its new name and no longer by its old one', async () => {
    const [before, after] = [aWord(), aWord()];
    const setting = await aSetting({ name: `${before} Infant School` });
    expect(await idsFound(before)).toEqual([setting.id]);

    await gqlOk(
      UPSERT_SETTING,
      { input: aSettingInput({ id: setting.id, name: `${after} Infant School`, provisions: [] }) },
      officer,
    );
    expect(await idsFound(before)).toEqual([]);
    expect((await search(after)).edges.map((e) => [e.node.id, e.node.name])).toEqual([
      [setting.id, `${after} Infant School`],
    ]);
  });

  it('pages with after, each setting once, even one found by two of its words', async () => {
    const word = aWord();
    const made = await Promise.all([
      aSetting({ name: `${word} One School` }),
      aSetting({ name: `${word} Two School` }),
      // Found by "<word>" and "<word>ton": still one result.
      aSetting({ name: `${word} ${word}ton School` }),
      aSetting({ name: `${word}ton Four School` }),
      aSetting({ name: `${word}field Five School` }),
    ]);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await search(word, 2, officer, after);
      pages++;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(2);
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(made.map((s) => s.id)));

    // A cursor belongs to its query.
    const first = await search(word, 2);
    const other = await gqlError(
      SEARCH,
      { query: aWord(), first: 2, after: first.pageInfo.endCursor },
      officer,
    );
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a query with nothing to look up, or a page size out of range, naming the field', async () => {
    for (const query of ['', '   ', 'The Primary School', 'st ce']) {
      const error = await gqlError(SEARCH, { query }, officer);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }
    expect((await gqlError(SEARCH, { query: 'x'.repeat(101) }, officer)).extensions.field).toBe('query');
    for (const first of [0, 51, -1]) {
      const error = await gqlError(SEARCH, { query: 'horsham', first }, officer);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('is for officers and setting staff: anonymous callers sign in, accounts with no role are refused', async () => {
    const word = aWord();
    const setting = await aSetting({ name: `${word} Junior School` });
    const anonymous = await gql(SEARCH, { query: word });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gqlError(SEARCH, { query: word }, noRole)).extensions.code).toBe('FORBIDDEN');
    // Staff of any setting may search the whole register.
    expect((await search(word, 5, asStaff('some-other-setting'))).edges.map((e) => e.node.id)).toEqual([
      setting.id,
    ]);
  });
});

describe("searching the register with a family's link", () => {
  it('finds a setting in any LA, whose id the family can then ask for', async () => {
    const word = aWord();
    const surrey = (
      await gqlOk(
        UPSERT_SETTING,
        { input: aSettingInput({ name: `${word} Surrey School`, laCode: '936' }) },
        asOfficer('936'),
      )
    ).upsertSetting;
    const token = await aFamilyToken();
    const found = (await gqlOk(FAMILY_SEARCH, { token, query: word })).familySearchSettings;
    expect(found).toEqual([expect.objectContaining({ id: surrey.id, laCode: '936', laName: 'Surrey' })]);
    // The id is the one a family choice names (FamilyChoiceInput.settingId).
    expect(found[0].id).toBe(surrey.id);
  });

  it('answers a wrong link with the uniform NOT_FOUND, and bad input naming the field', async () => {
    const guesser = { 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.1` };
    const wrong = await gql(
      FAMILY_SEARCH,
      { token: `x.${'A'.repeat(43)}`, query: 'horsham' },
      undefined,
      guesser,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'FamilyLink' });

    const token = await aFamilyToken();
    expect((await gqlError(FAMILY_SEARCH, { token, query: 'school' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
    expect((await gqlError(FAMILY_SEARCH, { token, query: 'horsham', first: 21 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('allows each link a few searches a window, then answers TOO_MANY_REQUESTS', async () => {
    // A second API on the same database, with an allowance of 3 searches an hour per link.
    const strict = await startLocalStack({
      port: 0,
      tableName: inject('tableName'),
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT',
      familySearchLimit: { searches: 3, windowSeconds: 3600 },
    });
    const send = (token: string) =>
      fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: FAMILY_SEARCH, variables: { token, query: 'horsham', first: 1 } }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    try {
      const [token, other] = await Promise.all([aFamilyToken(), aFamilyToken()]);
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await send(token));
      expect(answers.slice(0, 3).map((a) => a.body.errors)).toEqual([undefined, undefined, undefined]);
      for (const refused of answers.slice(3)) {
        expect(refused.status).toBe(429);
        expect(refused.body.errors[0].extensions).toMatchObject({
          code: 'TOO_MANY_REQUESTS',
          retryAfterSeconds: expect.any(Number),
        });
        expect(refused.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      }
      // Per link: another family's link still searches.
      expect((await send(other)).body.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });
});
