import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aListInput, aPlace, expectRightsExtension } from '../helpers/lists.js';
import { aNeighbourhood } from '../helpers/neighbourhood.js';
import { CREATE_LINK, FAMILY_LIST, GENERATE_LIST, GET_LIST, REVOKE_LINKS } from '../helpers/operations.js';

// A list's family link over the API: the family's view without an account, one uniform error for
// a wrong link, the allowance of guesses, and who may share or withdraw it.

const westSussex = asOfficer('938');

describe('family links', () => {
  async function aSharedList() {
    const { home, willow } = await aNeighbourhood();
    const data = await gqlOk(
      GENERATE_LIST,
      { input: aListInput(home, { officerNotes: 'Officer-only note' }) },
      westSussex,
    );
    return { ...data.generateTailoredList, willow };
  }

  it('opens the family view without an account: statement first, reasons in plain English, no scores or notes', async () => {
    const { list, familyLink } = await aSharedList();
    const response = await gql<any>(FAMILY_LIST, { token: familyLink.token });
    expect(response.errors).toBeUndefined();
    expectRightsExtension(response);
    const view = response.data.familyList;
    expect(Object.keys(view)[0]).toBe('statement');
    expect(view.statement).toEqual(list.statement);
    expect(view.entries.map((e: any) => e.setting.name)).toEqual(
      list.entries.map((e: any) => e.setting.name),
    );
    expect(view.entries[0].reasons[0]).toEqual({ code: expect.any(String), text: expect.any(String) });
    expect(JSON.stringify(view)).not.toContain('Officer-only note');

    // Scores and the officer's request are not part of the family's type at all.
    const scores = await gql('query($t: String!) { familyList(token: $t) { entries { score } } }', {
      t: familyLink.token,
    });
    expect(scores.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('sends the statement in extensions even when the app forgot to select it', async () => {
    const { familyLink } = await aSharedList();
    const response = await gql<any>('query($t: String!) { familyList(token: $t) { entries { rank } } }', {
      t: familyLink.token,
    });
    expect(response.data.familyList.entries.length).toBeGreaterThan(0);
    expectRightsExtension(response);
  });

  it('answers wrong, malformed and withdrawn links with one uniform error', async () => {
    const { list, familyLink } = await aSharedList();
    const fakeIp = { 'x-forwarded-for': `10.0.${Math.floor(Math.random() * 250)}.1` };
    const withdrawn = await gqlOk(REVOKE_LINKS, { listId: list.id }, westSussex);
    expect(withdrawn.revokeFamilyLinks).toBe(1);
    const errors = [];
    const [, secret] = familyLink.token.split('.');
    const other = (await gqlOk(GENERATE_LIST, { input: aListInput(aPlace()) }, westSussex))
      .generateTailoredList;
    for (const token of [
      familyLink.token, // withdrawn
      `${list.id}.${'A'.repeat(43)}`, // the right list, a guessed secret
      `${other.list.id}.${secret}`, // another list, this link's secret
      'A'.repeat(43),
      'short',
    ]) {
      const response = await gql(FAMILY_LIST, { token }, undefined, fakeIp);
      errors.push(response.errors?.[0]);
      expectRightsExtension(response);
    }
    // Each error names its own request (correlationId); nothing else may differ.
    const uniform = errors.map((e) => {
      const { correlationId, ...rest } = (e?.extensions ?? {}) as Record<string, unknown>;
      expect(correlationId).toEqual(expect.any(String));
      return JSON.stringify({ m: e?.message, c: rest });
    });
    expect(new Set(uniform)).toHaveProperty('size', 1);
    expect(errors[0]?.extensions.code).toBe('NOT_FOUND');

    const fresh = (await gqlOk(CREATE_LINK, { listId: list.id, days: 7 }, westSussex)).createFamilyLink;
    expect((await gqlOk(FAMILY_LIST, { token: fresh.token })).familyList.entries.length).toBeGreaterThan(0);
    const links = (await gqlOk(GET_LIST, { id: list.id }, westSussex)).tailoredList.familyLinks;
    expect(links.map((l: any) => l.active).sort()).toEqual([false, true]);
  });

  it('answers at most the allowance of wrong guesses from one source, even sent at once, and still opens a right link', async () => {
    const { familyLink } = await aSharedList();
    const guesser = {
      'x-forwarded-for': `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => gql(FAMILY_LIST, { token: `guess-${i}` }, undefined, guesser)),
    );
    const codes = answers.map((r) => r.errors?.[0]?.extensions.code);
    // The default allowance is 20 a window: exactly that many wrong guesses were counted and answered.
    expect(codes.filter((c) => c === 'NOT_FOUND')).toHaveLength(20);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(80);
    // A family behind the same address still opens its own link.
    const family = await gql(FAMILY_LIST, { token: familyLink.token }, undefined, guesser);
    expect(family.errors).toBeUndefined();
    const someoneElse = await gql(FAMILY_LIST, { token: 'guess-x' }, undefined, {
      'x-forwarded-for': '10.2.0.1',
    });
    expect(someoneElse.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it("lets only officers of the list's LA share or withdraw it", async () => {
    const { list } = await aSharedList();
    expect((await gqlError(CREATE_LINK, { listId: list.id }, asOfficer('846'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gqlError(REVOKE_LINKS, { listId: list.id }, asStaff('x'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gqlError(REVOKE_LINKS, { listId: 'l_nope' }, westSussex)).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await gqlError(CREATE_LINK, { listId: list.id, days: 0 }, westSussex)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
    });
  });
});
