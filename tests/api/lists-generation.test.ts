import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlAt, gqlError, gqlOk } from '../helpers/api.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import {
  aListInput,
  aPlace,
  aSettingAt,
  east,
  expectRightsExtension,
  own,
  QUIET_PLACES,
} from '../helpers/lists.js';
import { aNeighbourhood } from '../helpers/neighbourhood.js';
import { CASE_LISTS, GENERATE_LIST } from '../helpers/operations.js';

// Generating a tailored list over the API: ranked and explained, with live capacity, the family's
// named settings first, the statement always, officers of the LA only; and homes given by postcode.

const westSussex = asOfficer('938');
// A table of its own for the list whose nearest three autism settings it counts: on the shared
// table, other tests' autism settings at random Midlands spots could come between.
const isolated = clockedStack('lists-generation', () => new Date());

describe('generateTailoredList', () => {
  it('gives an officer a ranked, explained list with live capacity and what was left off', async () => {
    const { home, willow, rowan, elm, far } = await aNeighbourhood(isolated.ok);
    const response = await gqlAt<any>(
      isolated.stack().url,
      GENERATE_LIST,
      { input: aListInput(home) },
      westSussex,
    );
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
