import { describe, expect, it } from 'vitest';
import { CORE_RIGHTS_TEXT, FIND_YOUR_SENDIASS } from '../../functions/core/rights-statement.js';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import {
  aListInput,
  aPlace,
  aSettingAt,
  caseRef,
  east,
  expectRightsExtension,
  own,
  QUIET_PLACES,
} from '../helpers/lists.js';
import {
  CASE_LISTS,
  CREATE_LINK,
  FAMILY_LIST,
  GENERATE_LIST,
  GET_LIST,
  REVOKE_LINKS,
  RIGHTS,
  SET_LOCAL_RIGHTS,
  UPDATE_CAPACITY,
} from '../helpers/operations.js';

const westSussex = asOfficer('938');

/** Four settings around a child's home: two that fit, one for other needs, one too far. */
async function aNeighbourhood() {
  const home = aPlace();
  const willow = await aSettingAt({
    name: 'Willow Special',
    at: east(home, 3),
    designation: ['ASD', 'SLCN'],
    capacity: { places: 60, onRoll: 55, vacancies: 5 },
  });
  const rowan = await aSettingAt({
    name: 'Rowan Special',
    at: east(home, 6),
    laCode: '936',
    designation: ['SLCN'],
    capacity: { places: 40, onRoll: 41, vacancies: 0 },
  });
  const elm = await aSettingAt({ name: 'Elm Sensory', at: east(home, 2), designation: ['VI', 'HI'] });
  const far = await aSettingAt({ name: 'Faraway Special', at: east(home, 19), designation: ['ASD'] });
  return { home, willow, rowan, elm, far };
}

describe('generateTailoredList', () => {
  it('gives an officer a ranked, explained list with live capacity and what was left off', async () => {
    const { home, willow, rowan, elm, far } = await aNeighbourhood();
    const response = await gql<any>(GENERATE_LIST, { input: aListInput(home) }, westSussex);
    expect(response.errors).toBeUndefined();
    expectRightsExtension(response);
    const { list, familyLink } = response.data.generateTailoredList;

    const mine = own(list.entries, willow, rowan, elm, far);
    // Faraway Special is beyond the 15 km travel distance, but one of the nearest three for autism.
    expect(mine.map((e: any) => e.setting.id)).toEqual([willow.id, far.id, rowan.id]);
    expect(mine[1].reasons.map((r: any) => r.code)).toContain('SPECIALIST_REACH');
    expect(list.entries.map((e: any) => e.rank)).toEqual(list.entries.map((_: unknown, i: number) => i + 1));
    const [first, , second] = mine;
    expect(first).toMatchObject({ familyChoice: false, capacity: { status: 'AVAILABLE', vacancies: 5 } });
    expect(first.reasons.map((r: any) => r.code)).toEqual(
      expect.arrayContaining(['PRIMARY_NEED', 'SECONDARY_NEED', 'AGE_FITS', 'DISTANCE', 'VACANCIES']),
    );
    expect(first.distanceKm).toBeCloseTo(3, 0);
    // Full, and still on the list: it fits, and the family may still ask for it.
    expect(second).toMatchObject({ capacity: { status: 'FULL', vacancies: 0 } });
    expect(second.reasons.map((r: any) => r.code)).toContain('OTHER_LA');
    const notDesignated = list.consideredNotListed.find((c: any) => c.reason === 'NOT_DESIGNATED_FOR_NEEDS');
    expect(notDesignated?.count).toBeGreaterThanOrEqual(1);
    expect(list.consideredCount).toBeGreaterThanOrEqual(3);

    expect(list.statement.paragraphs.length).toBeGreaterThan(3);
    expect(list).toMatchObject({
      version: 1,
      laCode: '938',
      matchingVersion: '2.0.0',
      capacityFreshDays: 30,
    });
    expect(list.request).toMatchObject({ age: 9, needs: { primaryNeed: 'ASD', secondaryNeeds: ['SLCN'] } });
    expect(list.familyLinks).toEqual([expect.objectContaining({ active: true })]);
    // The list's id, so the link opens it in one read, and 32 random bytes nobody can guess.
    expect(familyLink.token).toMatch(new RegExp(`^${list.id}\\.[A-Za-z0-9_-]{43}$`));
  });

  it("puts the family's named settings first, even closed ones, and says what is unusual about them", async () => {
    const { home, willow } = await aNeighbourhood();
    const closed = await aSettingAt({
      name: 'Closed Academy',
      at: east(home, 40),
      designation: ['ASD'],
      status: 'CLOSED',
    });
    const data = await gqlOk(
      GENERATE_LIST,
      { input: aListInput(home, { familyNamedSettingIds: [closed.id] }) },
      westSussex,
    );
    const [named, ...rest] = data.generateTailoredList.list.entries;
    expect(named).toMatchObject({ rank: 1, familyChoice: true, setting: { id: closed.id } });
    expect(named.cautions.map((c: any) => c.code)).toEqual(['CLOSED', 'BEYOND_TRAVEL_DISTANCE']);
    expect(own(rest, willow)).toHaveLength(1);
    expect(rest.every((e: any) => !e.familyChoice)).toBe(true);
  });

  it('carries the statement on an empty list and on a list where every setting is full', async () => {
    // Nothing within 5 km: the list holds only the nearest specialist provisions for the need, far away.
    const empty = await gql<any>(
      GENERATE_LIST,
      { input: aListInput(QUIET_PLACES.northSea, { maxTravelKm: 5 }) },
      westSussex,
    );
    expect(
      empty.data.generateTailoredList.list.entries.every((e: any) =>
        e.reasons.some((r: any) => r.code === 'SPECIALIST_REACH'),
      ),
    ).toBe(true);
    expect(empty.data.generateTailoredList.list.statement.text).toContain('does not limit your choice');
    expectRightsExtension(empty);

    const home = QUIET_PLACES.shetland;
    const one = await aSettingAt({
      name: 'Full One',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 8, onRoll: 8, vacancies: 0 },
    });
    const two = await aSettingAt({
      name: 'Full Two',
      at: east(home, 3),
      designation: ['ASD'],
      capacity: { places: 8, onRoll: 9, vacancies: 0 },
    });
    const full = await gql<any>(GENERATE_LIST, { input: aListInput(home, { maxTravelKm: 5 }) }, westSussex);
    const entries = full.data.generateTailoredList.list.entries;
    // Both fit and are full: still listed (with the nearest specialist provision further away).
    expect(own(entries, one, two).map((e: any) => e.capacity.status)).toEqual(['FULL', 'FULL']);
    expect(full.data.generateTailoredList.list.statement.version).toBeTruthy();
    expectRightsExtension(full);
  });

  it('refuses officers of another LA, setting staff and callers with no token', async () => {
    const input = aListInput(aPlace());
    expect((await gqlError(GENERATE_LIST, { input }, asOfficer('846'))).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(GENERATE_LIST, { input }, asStaff('demo-oakfield'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gqlError(GENERATE_LIST, { input })).extensions.code).toBe('UNAUTHENTICATED');
    expect(await gqlOk(CASE_LISTS, { caseReference: input.caseReference }, westSussex)).toEqual({
      tailoredLists: [],
    });
  });

  it.each([
    ['a child with neither age nor year', { age: null }, 'input.age'],
    ['a case reference with a space', { caseReference: 'Jane Smith' }, 'input.caseReference'],
    ['an unknown need', { primaryNeed: 'ADHD' }, 'input.primaryNeed'],
    ['a start date that is not a date', { startDate: '5 January' }, 'input.startDate'],
    ['too many entries', { maxEntries: 500 }, 'input.maxEntries'],
    [
      'a family-named setting that does not exist',
      { familyNamedSettingIds: ['no-such-setting'] },
      'input.familyNamedSettingIds.0',
    ],
  ])('rejects %s with BAD_USER_INPUT and stores nothing', async (_case, overrides, field) => {
    const input = aListInput(aPlace(), overrides);
    const error = await gqlError(GENERATE_LIST, { input }, westSussex);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (!input.caseReference.includes(' ')) {
      expect(
        (await gqlOk(CASE_LISTS, { caseReference: input.caseReference }, westSussex)).tailoredLists,
      ).toEqual([]);
    }
  });
});

describe('home postcodes', () => {
  it('measures from the centre of the postcode district and says so, to officers and the family', async () => {
    const home = { lat: 51.07579, lon: -0.33254 }; // the centre of RH12
    const input = { ...aListInput(home), home: null, homePostcode: 'RH12 2NR', maxTravelKm: 5 };
    const data = await gqlOk(
      `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) {
        familyLink { token } list { distanceNote request { home { lat lon } homeApproximate homePostcodeDistrict } } } }`,
      { input },
      westSussex,
    );
    const { list, familyLink } = data.generateTailoredList;
    expect(list.request).toEqual({
      home: { lat: 51.076, lon: -0.333 },
      homeApproximate: true,
      homePostcodeDistrict: 'RH12',
    });
    expect(list.distanceNote).toContain('postcode district RH12');
    const family = await gqlOk('query($t: String!) { familyList(token: $t) { distanceNote } }', {
      t: familyLink.token,
    });
    expect(family.familyList.distanceNote).toContain('approximate');
  });

  it.each([
    ['an unknown district', 'ZZ99 9ZZ'],
    ['a malformed postcode', '12345'],
  ])('rejects %s with BAD_USER_INPUT on homePostcode', async (_case, homePostcode) => {
    const input = { ...aListInput(aPlace()), home: null, homePostcode };
    const error = await gqlError(GENERATE_LIST, { input }, westSussex);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.homePostcode' });
  });
});

describe('reading lists', () => {
  it('keeps every version immutable: a regenerate makes version 2 and version 1 does not change', async () => {
    const { home, willow } = await aNeighbourhood();
    const input = aListInput(home);
    const v1 = (await gqlOk(GENERATE_LIST, { input }, westSussex)).generateTailoredList.list;
    await gqlOk(
      UPDATE_CAPACITY,
      {
        input: {
          provisionId: willow.provisions[0]?.id,
          expectedVersion: 1,
          places: 60,
          onRoll: 60,
          vacancies: 0,
        },
      },
      asStaff(willow.id),
    );
    const v2 = (await gqlOk(GENERATE_LIST, { input }, westSussex)).generateTailoredList.list;
    expect(v2.version).toBe(2);
    expect(own(v2.entries, willow)[0].capacity.status).toBe('FULL');

    const again = await gql<any>(GET_LIST, { id: v1.id }, westSussex);
    expectRightsExtension(again);
    expect(again.data.tailoredList).toEqual({ ...v1, familyLinks: again.data.tailoredList.familyLinks });
    expect(own(again.data.tailoredList.entries, willow)[0].capacity.status).toBe('AVAILABLE');

    const versions = await gql<any>(CASE_LISTS, { caseReference: input.caseReference }, westSussex);
    expectRightsExtension(versions);
    expect(versions.data.tailoredLists.map((l: any) => l.version)).toEqual([2, 1]);
  });

  it('gives lists generated for one case at the same moment distinct versions, losing none', async () => {
    const input = aListInput(aPlace());
    const made = await Promise.all(
      Array.from({ length: 4 }, () => gqlOk(GENERATE_LIST, { input }, westSussex)),
    );
    const versions = made.map((m) => m.generateTailoredList.list.version).sort();
    expect(versions).toEqual([1, 2, 3, 4]);
    const stored = await gqlOk(CASE_LISTS, { caseReference: input.caseReference }, westSussex);
    expect(stored.tailoredLists.map((l: any) => l.version)).toEqual([4, 3, 2, 1]);
    expect(new Set(stored.tailoredLists.map((l: any) => l.id)).size).toBe(4);
  });

  it("keeps a list to its LA's officers", async () => {
    const list = (await gqlOk(GENERATE_LIST, { input: aListInput(aPlace()) }, westSussex))
      .generateTailoredList.list;
    expect((await gqlError(GET_LIST, { id: list.id }, asOfficer('846'))).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(GET_LIST, { id: list.id }, asStaff('demo-oakfield'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gqlError(GET_LIST, { id: list.id })).extensions.code).toBe('UNAUTHENTICATED');
    // An officer of one LA searches their own LA's cases; of several, must say which.
    expect(
      (await gqlOk(CASE_LISTS, { caseReference: list.caseReference }, asOfficer('846'))).tailoredLists,
    ).toEqual([]);
    expect(
      (await gqlError(CASE_LISTS, { caseReference: list.caseReference }, asOfficer('846', '936'))).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'laCode' });
    expect(
      (await gqlError(CASE_LISTS, { caseReference: list.caseReference, laCode: '938' }, asOfficer('846')))
        .extensions.code,
    ).toBe('FORBIDDEN');
  });
});

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

describe('parentsRightsStatement', () => {
  it('is public, and shows what an LA added under the unchanged core text', async () => {
    const la = `1${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
    const core = await gql<any>(RIGHTS, {});
    expectRightsExtension(core);
    const added = await gqlOk(
      SET_LOCAL_RIGHTS,
      {
        input: {
          laCode: la,
          sendiass: {
            name: 'Test SENDIASS',
            phone: '01234 567890',
            email: 'advice@example.org',
            website: '',
          },
          notes: ['Call us before the 15 days are up.'],
        },
      },
      asOfficer(la),
    );
    expect(added.setLocalRightsInfo.paragraphs).toEqual(core.data.parentsRightsStatement.paragraphs);
    const local = await gqlOk(RIGHTS, { laCode: la });
    // The same core text; the LA's contact replaces the advice on finding a SENDIASS.
    expect(local.parentsRightsStatement.text.startsWith(CORE_RIGHTS_TEXT)).toBe(true);
    expect(core.data.parentsRightsStatement.text).toContain(FIND_YOUR_SENDIASS);
    expect(local.parentsRightsStatement.text).not.toContain(FIND_YOUR_SENDIASS);
    expect(local.parentsRightsStatement.text).toContain('Test SENDIASS');
    expect(local.parentsRightsStatement.localSendiass).toEqual({
      name: 'Test SENDIASS',
      phone: '01234 567890',
      email: 'advice@example.org',
      website: null,
    });

    const refused = await gqlError(
      SET_LOCAL_RIGHTS,
      { input: { laCode: la, notes: ['x'] } },
      asOfficer('846'),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const bad = await gqlError(
      SET_LOCAL_RIGHTS,
      { input: { laCode: la, sendiass: { name: 'S', email: 'not-an-email' } } },
      asOfficer(la),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sendiass.email' });
  });

  it('is carried into lists generated for that LA', async () => {
    await gqlOk(
      SET_LOCAL_RIGHTS,
      { input: { laCode: '845', sendiass: { name: 'East Sussex SENDIASS' }, notes: [] } },
      asOfficer('845'),
    );
    const input = aListInput(aPlace(), { laCode: '845', caseReference: caseRef() });
    const list = (await gqlOk(GENERATE_LIST, { input }, asOfficer('845'))).generateTailoredList.list;
    expect(list.statement.localSendiass.name).toBe('East Sussex SENDIASS');
  });
});
