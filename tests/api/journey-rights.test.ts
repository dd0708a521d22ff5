import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateInWords } from '../../functions/core/journey/dates.js';
import { asOfficer, gqlError, gqlOk } from '../helpers/api.js';
import {
  aCase,
  CASE_JOURNEY,
  DRAFT_PLAN_SENT,
  FAMILY_JOURNEY,
  londonToday,
  RECORD_DECISION,
  SET_FAMILY_CHOICES,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';

// What the family is told after the list, and what the council may record, held to the law
// (SEND Regulations 2014 reg 13; CFA 2014 s.39): through HTTP against DynamoDB Local.

const officer = asOfficer('938');

describe("the family's window after a draft plan", () => {
  it("shows the date the council's letter gives; refuses one shorter than the Regulations' or over 60 days, with codes", async () => {
    const c = await aCase(aNorthernPlace());
    const today = londonToday();
    const draft = (sentOn: string, requestWindowEndsOn: string | null, kind = 'DRAFT_PLAN') => ({
      caseReference: c.caseReference,
      laCode: '938',
      sentOn,
      kind,
      requestWindowEndsOn,
    });
    const short = await gqlError(DRAFT_PLAN_SENT, draft(today, addDays(today, 13)), officer);
    expect(short.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestWindowEndsOn',
      issues: [
        expect.objectContaining({
          code: 'REQUEST_WINDOW_TOO_SHORT',
          params: { requestWindowEndsOn: addDays(today, 13), earliest: addDays(today, 14) },
        }),
      ],
    });
    const long = await gqlError(DRAFT_PLAN_SENT, draft(today, addDays(today, 61)), officer);
    expect((long.extensions.issues as unknown[])[0]).toMatchObject({ code: 'REQUEST_WINDOW_TOO_LONG' });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.draftPlans).toEqual([]);

    const given = (
      await gqlOk(DRAFT_PLAN_SENT, draft(today, addDays(today, 21), 'PROPOSED_AMENDMENTS'), officer)
    ).recordDraftPlanSent;
    expect(given.requestWindowEndsOn).toBe(addDays(today, 21));
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.draftPlan).toEqual({
      kind: 'PROPOSED_AMENDMENTS',
      sentOn: today,
      requestWindowEndsOn: addDays(today, 21),
      requestWindowGivenByCouncil: true,
    });
  });

  it("refuses a draft plan dated tomorrow, or before the case's first list, and writes nothing", async () => {
    const c = await aCase(aNorthernPlace());
    const today = londonToday();
    const tomorrow = await gqlError(
      DRAFT_PLAN_SENT,
      { caseReference: c.caseReference, laCode: '938', sentOn: addDays(today, 1), kind: 'DRAFT_PLAN' },
      officer,
    );
    expect(tomorrow.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sentOn',
      issues: [
        expect.objectContaining({ code: 'DATE_IN_FUTURE', params: { date: addDays(today, 1), today } }),
      ],
    });
    const before = await gqlError(
      DRAFT_PLAN_SENT,
      { caseReference: c.caseReference, laCode: '938', sentOn: addDays(today, -1), kind: 'DRAFT_PLAN' },
      officer,
    );
    expect((before.extensions.issues as unknown[])[0]).toMatchObject({
      code: 'DATE_BEFORE_FIRST_LIST',
      params: { date: addDays(today, -1), firstListOn: today },
    });
    const yearAgo = addMonths(today, -13);
    const old = await gqlError(
      DRAFT_PLAN_SENT,
      { caseReference: c.caseReference, laCode: '938', sentOn: yearAgo, kind: 'DRAFT_PLAN' },
      officer,
    );
    expect((old.extensions.issues as unknown[])[0]).toMatchObject({
      code: 'DATE_TOO_OLD',
      params: { date: yearAgo, earliest: addMonths(today, -12) },
    });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.draftPlans).toEqual([]);
  });
});

describe('the phase-transfer date (reg 18)', () => {
  it('is given for a list for Year 7 starting in September, and not for one starting mid-year', async () => {
    const year = Number(londonToday().slice(0, 4)) + 1;
    const moving = await aCase(aNorthernPlace(), { age: undefined, ncYear: 7, startDate: `${year}-09-01` });
    const family = (await gqlOk(FAMILY_JOURNEY, { token: moving.token })).familyList;
    expect(family.phaseTransferNote).toContain(`by 15 February ${year}`);
    const midYear = await aCase(aNorthernPlace(), { age: undefined, ncYear: 7, startDate: `${year}-01-10` });
    expect((await gqlOk(FAMILY_JOURNEY, { token: midYear.token })).familyList.phaseTransferNote).toBeNull();
  });
});

describe('the decision: grounds only where s.39 needs them, and a real date', () => {
  async function aCaseWithThreeChoices() {
    const home = aNorthernPlace();
    const [first, second, third] = await Promise.all(
      ['First Choice Special', 'Second Choice Special', 'Third Choice Special'].map((name, i) =>
        aSettingAt({ name, at: east(home, 2 + i), designation: ['ASD'] }),
      ),
    );
    const c = await aCase(home, {
      familyChoices: [{ settingId: first?.id }, { settingId: second?.id }, { settingId: third?.id }],
    });
    const ids = c.list.familyChoices.map((x: { id: string }) => x.id) as string[];
    return { c, ids, settings: [first, second, third] as { id: string }[] };
  }

  const decision = (c: { caseReference: string }, extra: Record<string, unknown>) => ({
    input: { caseReference: c.caseReference, laCode: '938', decidedOn: londonToday(), ...extra },
  });
  const ground = (choiceId: string) => ({
    choiceId,
    grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
    explanation: 'The second school meets the needs at a far lower cost.',
  });

  it('asks grounds for the preference above the one named, refuses them for one below, and the family sees no refusal of it', async () => {
    const { c, ids, settings } = await aCaseWithThreeChoices();
    const named = { settingId: settings[1]?.id };
    const missing = await gqlError(RECORD_DECISION, decision(c, { named }), officer);
    expect(missing.extensions.issues).toEqual([
      expect.objectContaining({
        field: 'input.refusals',
        code: 'REFUSAL_GROUNDS_MISSING',
        params: { choiceIds: [ids[0]] },
      }),
    ]);
    const below = await gqlError(
      RECORD_DECISION,
      decision(c, { named, refusals: [ground(ids[0] as string), ground(ids[2] as string)] }),
      officer,
    );
    expect(below.extensions.issues).toEqual([
      expect.objectContaining({
        field: 'input.refusals.1.choiceId',
        code: 'REFUSAL_NOT_NEEDED',
        params: { choiceId: ids[2], rank: 3, namedRank: 2 },
      }),
    ]);
    const recorded = (
      await gqlOk(
        RECORD_DECISION,
        decision(c, { named, refusals: [ground(ids[0] as string)], familyOrder: ids }),
        officer,
      )
    ).recordPlacementDecision;
    expect(recorded.decision).toMatchObject({ familyChoiceRank: 2 });
    expect(recorded.decision.refusals.map((r: any) => [r.choiceId, r.groundsNeeded])).toEqual([
      [ids[0], true],
    ]);
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.decision.refusals.map((r: any) => r.choiceId)).toEqual([ids[0]]);
  });

  it('asks no grounds when the first preference is named', async () => {
    const { c, settings } = await aCaseWithThreeChoices();
    const recorded = (
      await gqlOk(RECORD_DECISION, decision(c, { named: { settingId: settings[0]?.id } }), officer)
    ).recordPlacementDecision;
    expect(recorded.decision).toMatchObject({ familyChoiceRank: 1, refusals: [] });
    // A state special school named must admit the child (s.43): the family is told so.
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.decision.admissionText).toMatch(
      /^The council has named First Choice Special[^.]* in the plan\. The law says First Choice Special[^.]* must now admit your child\.$/,
    );
  });

  it('refuses the decision when the family reordered its choices after the officer confirmed them', async () => {
    const { c, ids, settings } = await aCaseWithThreeChoices();
    await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { order: [ids[1], ids[0], ids[2]] } });
    const changed = await gqlError(
      RECORD_DECISION,
      decision(c, { named: { settingId: settings[0]?.id }, familyOrder: ids }),
      officer,
    );
    expect(changed.extensions.issues).toEqual([
      expect.objectContaining({
        code: 'FAMILY_ORDER_CHANGED',
        params: { currentOrder: [ids[1], ids[0], ids[2]] },
      }),
    ]);
  });

  it('refuses a decision letter dated in the future; the family is never told an appeal date from it', async () => {
    const { c, settings } = await aCaseWithThreeChoices();
    const future = await gqlError(
      RECORD_DECISION,
      decision(c, { named: { settingId: settings[0]?.id }, decidedOn: '2031-01-01' }),
      officer,
    );
    expect(future.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.decidedOn',
      issues: [expect.objectContaining({ code: 'DATE_IN_FUTURE' })],
    });
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.decision).toBeNull();
    expect(JSON.stringify(family)).not.toContain(dateInWords('2031-03-01'));
  });
});
