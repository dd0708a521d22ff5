import { describe, expect, it } from 'vitest';
import { asOfficer, gql, gqlError, gqlOk } from '../helpers/api.js';
import {
  aCase,
  CASE_JOURNEY,
  FAMILY_JOURNEY,
  londonToday,
  RECORD_DECISION,
  SET_FAMILY_CHOICES,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';
import { GENERATE_LIST } from '../helpers/operations.js';

// The family's choices through its link, over the API: history, who may remove what, limits, and
// changes made at once from several devices.

const officer = asOfficer('938');

describe("the family's choices through its link", () => {
  it('are kept with their history; an officer-added choice is removed only by an officer; refused after the decision', async () => {
    const home = aNorthernPlace();
    const a = await aSettingAt({ name: 'Choice A', at: east(home, 3), designation: ['ASD'] });
    const b = await aSettingAt({ name: 'Choice B', at: east(home, 4), designation: ['ASD'] });
    const c = await aCase(home, { familyChoices: [{ settingId: a.id }] });
    const officerChoice = c.list.familyChoices[0];
    expect(officerChoice.addedBy).toBe('OFFICER');

    const refused = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { remove: [{ id: officerChoice.id }] },
    });
    expect(refused.extensions.code).toBe('FORBIDDEN');

    const changed = (
      await gqlOk(SET_FAMILY_CHOICES, {
        token: c.token,
        input: {
          add: [{ settingId: b.id }, { offRegister: { name: 'Hillside Independent School', town: 'Leeds' } }],
        },
      })
    ).setFamilyChoices;
    const [, fromRegister, offRegister] = changed.familyChoices;
    // Re-rank: the off-register school first.
    const ranked = (
      await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { order: [offRegister.id, fromRegister.id] } })
    ).setFamilyChoices;
    expect(ranked.familyChoices.map((x: any) => [x.name, x.rank])).toEqual([
      ['Hillside Independent School', 1],
      [fromRegister.name, 2],
      [officerChoice.name, 3],
    ]);
    // The family removes its own, with no reason needed.
    const removed = (
      await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { remove: [{ id: fromRegister.id }] } })
    ).setFamilyChoices;
    expect(removed.removedFamilyChoices.map((x: any) => x.id)).toContain(fromRegister.id);

    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.choiceHistory.map((h: any) => [h.by, h.kind, h.name])).toEqual([
      ['OFFICER', 'ADDED', officerChoice.name],
      ['FAMILY', 'ADDED', fromRegister.name],
      ['FAMILY', 'ADDED', 'Hillside Independent School'],
      // Only the choices whose rank moved: Choice B stayed second.
      ['FAMILY', 'RERANKED', 'Hillside Independent School'],
      ['FAMILY', 'RERANKED', officerChoice.name],
      // Removing the second moves the third up.
      ['FAMILY', 'REMOVED', fromRegister.name],
      ['FAMILY', 'RERANKED', officerChoice.name],
    ]);

    // A new list version carries the family's choices, made through the link.
    const next = (
      await gqlOk(
        GENERATE_LIST,
        {
          input: {
            caseReference: c.caseReference,
            laCode: '938',
            age: 9,
            startDate: c.list.request.startDate,
            primaryNeed: 'ASD',
            home,
          },
        },
        officer,
      )
    ).generateTailoredList.list;
    expect(next.familyChoices.map((x: any) => x.name)).toEqual([
      'Hillside Independent School',
      officerChoice.name,
    ]);
    const old = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(old).toMatchObject({ version: 1, latestVersion: 2, newerVersionAvailable: true });

    await gqlOk(
      RECORD_DECISION,
      {
        input: {
          caseReference: c.caseReference,
          laCode: '938',
          decidedOn: londonToday(),
          named: { settingId: a.id },
          refusals: [
            {
              choiceId: offRegister.id,
              grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
              explanation: 'The named school meets the needs at a far lower cost.',
            },
          ],
        },
      },
      officer,
    );
    const closed = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'Another School' } }] },
    });
    expect(closed.extensions).toMatchObject({ code: 'DECISION_RECORDED', correlationId: expect.any(String) });
  });

  it('accepts any setting, however far, and at most 10 at once', async () => {
    const c = await aCase(aNorthernPlace());
    const many = Array.from({ length: 10 }, (_, i) => ({ offRegister: { name: `School ${i}` } }));
    await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { add: many } });
    const over = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'One more' } }] },
    });
    expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.add' });
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.familyChoices).toHaveLength(10);
  });

  it('are never lost when changed at once from several devices', async () => {
    const c = await aCase(aNorthernPlace());
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gql(SET_FAMILY_CHOICES, {
          token: c.token,
          input: { add: [{ offRegister: { name: `Parallel ${i}` } }] },
        }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.familyChoices.map((x: any) => x.name).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Parallel ${i}`).sort(),
    );
    expect(family.familyChoices.map((x: any) => x.rank).sort((p: number, q: number) => p - q)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });
});
