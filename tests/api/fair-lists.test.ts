import { describe, expect, it } from 'vitest';
import { asOfficer, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aListInput, aPlace, aSettingAt, caseRef, east, expectRightsExtension } from '../helpers/lists.js';
import { FAMILY_LIST, GENERATE_LIST, GET_LIST, RIGHTS } from '../helpers/operations.js';

const westSussex = asOfficer('938');

const generate = async (input: Record<string, unknown>) =>
  (await gqlOk(GENERATE_LIST, { input }, westSussex)).generateTailoredList;

describe('family choices on a list', () => {
  it('takes settings off the register and in other LAs, and shows each with its legal route', async () => {
    const home = aPlace();
    const surrey = await aSettingAt({
      name: 'Surrey Special',
      at: east(home, 70),
      laCode: '936',
      designation: ['PD'],
    });
    const { list, familyLink } = await generate(
      aListInput(home, {
        familyChoices: [
          { settingId: surrey.id, note: 'Where her brother goes' },
          {
            offRegister: {
              name: 'Hillside Independent School',
              town: 'Guildford',
              postcode: 'gu1 1aa',
              website: 'https://hillside.example',
            },
          },
        ],
      }),
    );
    expect(list.familyChoices.map((c: any) => [c.rank, c.onRegister, c.legalRoute, c.addedBy])).toEqual([
      [1, true, 'MUST_NAME_UNLESS_EXCEPTION', 'OFFICER'],
      [2, false, 'TO_BE_CONFIRMED', 'OFFICER'],
    ]);
    expect(list.familyChoices[1]).toMatchObject({
      name: 'Hillside Independent School',
      postcode: 'GU1 1AA',
      settingId: null,
    });
    // The on-register choice is also the first entry, cautioned but never dropped; other LAs by name.
    const [first] = list.entries;
    expect(first).toMatchObject({ familyChoice: true, setting: { id: surrey.id, laName: 'Surrey' } });
    expect(first.cautions.map((c: any) => c.code)).toEqual([
      'BEYOND_TRAVEL_DISTANCE',
      'NOT_DESIGNATED_FOR_NEEDS',
    ]);
    expect(first.reasons.find((r: any) => r.code === 'OTHER_LA').text).toContain('Surrey');
    // Entries stay on-register only.
    expect(list.entries.filter((e: any) => e.familyChoice)).toHaveLength(1);

    const family = (await gqlOk(FAMILY_LIST, { token: familyLink.token })).familyList;
    expect(family.familyChoices.map((c: any) => c.name)).toEqual([
      list.familyChoices[0].name,
      'Hillside Independent School',
    ]);
    expect(family.entries[0].legalRouteReason).toMatch(/must name it unless/);
  });

  it('carries every choice to the next version and removes one only with a recorded reason', async () => {
    const home = aPlace();
    const a = await aSettingAt({ name: 'Choice A', at: east(home, 2), designation: ['ASD'] });
    const b = await aSettingAt({ name: 'Choice B', at: east(home, 4), designation: ['ASD'] });
    const caseReference = caseRef();
    const v1 = await generate(aListInput(home, { caseReference, familyChoices: [{ settingId: a.id }] }));
    const v2 = await generate(aListInput(home, { caseReference, familyChoices: [{ settingId: b.id }] }));
    expect(v2.list.version).toBe(2);
    expect(v2.list.familyChoices.map((c: any) => c.settingId)).toEqual([a.id, b.id]);
    expect(v2.list.familyChoices[0].id).toBe(v1.list.familyChoices[0].id);
    expect(v2.list.request.familyNamedSettingIds).toEqual([a.id, b.id]);

    const noReason = await gqlError(
      GENERATE_LIST,
      {
        input: aListInput(home, {
          caseReference,
          removeFamilyChoices: [{ id: v1.list.familyChoices[0].id, reason: ' ' }],
        }),
      },
      westSussex,
    );
    expect(noReason.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.removeFamilyChoices.0.reason',
    });

    const v3 = await generate(
      aListInput(home, {
        caseReference,
        removeFamilyChoices: [{ id: v1.list.familyChoices[0].id, reason: 'The family chose another school' }],
      }),
    );
    expect(v3.list.version).toBe(3);
    expect(v3.list.familyChoices.map((c: any) => [c.rank, c.settingId])).toEqual([[1, b.id]]);
    expect(v3.list.removedFamilyChoices).toEqual([
      expect.objectContaining({
        settingId: a.id,
        removedReason: 'The family chose another school',
        removedAt: expect.any(String),
      }),
    ]);
    // Earlier versions are unchanged.
    const again = await gqlOk(GET_LIST, { id: v2.list.id }, westSussex);
    expect(again.tailoredList.familyChoices.map((c: any) => c.settingId)).toEqual([a.id, b.id]);
  });

  it('gives twenty officers saving one case at once versions 1 to 20, each holding every choice before it', async () => {
    const home = aPlace();
    const caseReference = caseRef();
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        generate(
          aListInput(home, {
            caseReference,
            maxTravelKm: 3,
            familyChoices: [{ offRegister: { name: `Choice ${i}`, postcode: `RH${i} 1AA` } }],
          }),
        ),
      ),
    );
    const byVersion = made.map((m) => m.list).sort((x: any, y: any) => x.version - y.version);
    expect(byVersion.map((l: any) => l.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let v = 1; v < 20; v++) {
      const before = new Set(byVersion[v - 1].familyChoices.map((c: any) => c.id));
      const after = new Set(byVersion[v].familyChoices.map((c: any) => c.id));
      expect([...before].every((id) => after.has(id))).toBe(true);
      expect(after.size).toBe(before.size + 1);
    }
  }, 60_000);

  it('refuses an unknown setting id and a malformed off-register choice, writing nothing', async () => {
    const home = aPlace();
    const unknown = await gqlError(
      GENERATE_LIST,
      { input: aListInput(home, { familyChoices: [{ settingId: 'no-such-setting' }] }) },
      westSussex,
    );
    expect(unknown.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.familyChoices.0.settingId',
    });
    expect(unknown.message).toMatch(/offRegister/);
    const both = await gqlError(
      GENERATE_LIST,
      { input: aListInput(home, { familyChoices: [{ settingId: 'x', offRegister: { name: 'Y' } }] }) },
      westSussex,
    );
    expect(both.extensions.code).toBe('BAD_USER_INPUT');
    const website = await gqlError(
      GENERATE_LIST,
      {
        input: aListInput(home, {
          familyChoices: [{ offRegister: { name: 'Y', website: 'javascript:alert(1)' } }],
        }),
      },
      westSussex,
    );
    expect(website.extensions.field).toBe('input.familyChoices.0.offRegister.website');
  });
});

describe('what a list shows', () => {
  it('names the specialist settings it weighed and left off, and shows the specialist ones to the family', async () => {
    const home = aPlace();
    const sensory = await aSettingAt({
      name: 'Sensory Special',
      at: east(home, 2),
      designation: ['VI', 'HI'],
    });
    const { list, familyLink } = await generate(aListInput(home));
    const named = list.notListedSettings.find((s: any) => s.settingId === sensory.id);
    expect(named).toMatchObject({
      reason: 'NOT_DESIGNATED_FOR_NEEDS',
      specialist: true,
      rangeKind: 'STATE_SPECIAL',
    });
    expect(named.distanceKm).toBeCloseTo(2, 0);
    expect(list.rangeNote).toMatch(/range/);
    const family = (await gqlOk(FAMILY_LIST, { token: familyLink.token })).familyList;
    expect(family.notListedSettings.some((s: any) => s.settingId === sensory.id)).toBe(true);
    expect(family.notListedSettings.every((s: any) => s.specialist)).toBe(true);
  });

  it('scores capacity only when the officer asks, stores the choice and tells the family', async () => {
    const home = aPlace();
    await aSettingAt({
      name: 'Full near',
      at: east(home, 1),
      designation: ['ASD'],
      capacity: { places: 5, onRoll: 5, vacancies: 0 },
    });
    const neutral = await generate(aListInput(home));
    expect(neutral.list.request.preferAvailablePlaces).toBe(false);
    expect(neutral.list.weights).toMatchObject({ available: 0, limited: 0, unconfirmed: 0 });
    expect(
      neutral.list.entries
        .flatMap((e: any) => e.reasons)
        .filter((r: any) => r.code === 'VACANCIES')
        .every((r: any) => r.points === 0),
    ).toBe(true);
    const preferring = await generate(aListInput(home, { preferAvailablePlaces: true }));
    expect(preferring.list.request.preferAvailablePlaces).toBe(true);
    expect(preferring.list.weights.available).toBeGreaterThan(0);
    const neutralView = (await gqlOk(FAMILY_LIST, { token: neutral.familyLink.token })).familyList;
    const preferringView = (await gqlOk(FAMILY_LIST, { token: preferring.familyLink.token })).familyList;
    expect(neutralView.capacityNote).toMatch(/did not change the order/);
    expect(preferringView.capacityNote).toMatch(/asked for settings with free places/);
  });

  it('carries the statement summary and effective date wherever the statement is', async () => {
    const { list, familyLink } = await generate(aListInput(aPlace()));
    for (const statement of [
      list.statement,
      (await gqlOk(FAMILY_LIST, { token: familyLink.token })).familyList.statement,
      (await gqlOk(RIGHTS, {})).parentsRightsStatement,
    ]) {
      expect(statement.summary.length).toBeGreaterThan(0);
      expect(statement.summary.length).toBeLessThanOrEqual(5);
      expect(statement.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const response = await gql<any>(GET_LIST, { id: list.id }, westSussex);
    expectRightsExtension(response);
    expect(response.extensions?.parentsRights).toMatchObject({
      summary: list.statement.summary,
      effectiveFrom: list.statement.effectiveFrom,
    });
  });
});
