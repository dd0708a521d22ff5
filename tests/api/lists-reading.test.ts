import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aListInput, aPlace, expectRightsExtension, own } from '../helpers/lists.js';
import { aNeighbourhood } from '../helpers/neighbourhood.js';
import { CASE_LISTS, GENERATE_LIST, GET_LIST, UPDATE_CAPACITY } from '../helpers/operations.js';

// Reading lists over the API: every version immutable, none lost when made at once, and a list
// kept to its LA's officers.

const westSussex = asOfficer('938');

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
