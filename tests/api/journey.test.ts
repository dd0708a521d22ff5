import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateInWords } from '../../functions/core/journey/dates.js';
import { asOfficer, asStaff, gql, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CASE_JOURNEY,
  consultationInput,
  DRAFT_PLAN_SENT,
  FAMILY_JOURNEY,
  londonToday,
  RECORD_DECISION,
  SET_FAMILY_CHOICES,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east, expectRightsExtension } from '../helpers/lists.js';

// The placement journey through the API, end to end (the family's link, consultations, answers and
// the decision), and the statement that rides with it. Its parts in depth: journey-*.test.ts.

const officer = asOfficer('938');

describe('the placement journey, end to end', () => {
  it('family adds a setting on no list; the council consults it and a list setting; both answer; the decision is recorded; the family sees every step', async () => {
    const home = aNorthernPlace();
    const listed = await aSettingAt({ name: 'Listed Special', at: east(home, 2), designation: ['ASD'] });
    // Far away in another LA: on no list for this child.
    const faraway = await aSettingAt({
      name: 'Faraway Independent',
      at: { lat: 50.3, lon: -5.0 },
      laCode: '391',
      designation: ['SEMH'],
    });
    const c = await aCase(home);
    expect(c.list.entries.map((e: any) => e.setting.id)).toContain(listed.id);
    expect(c.list.entries.map((e: any) => e.setting.id)).not.toContain(faraway.id);

    // The family asks for a setting on no list, through its link.
    const added = (
      await gqlOk(SET_FAMILY_CHOICES, {
        token: c.token,
        input: { add: [{ settingId: faraway.id, note: 'Near grandparents.' }] },
      })
    ).setFamilyChoices;
    expect(added.statement.version).toBeTruthy();
    expect(added.familyChoices).toEqual([
      expect.objectContaining({
        settingId: faraway.id,
        addedBy: 'FAMILY',
        rank: 1,
        note: 'Near grandparents.',
      }),
    ]);
    const choiceId = added.familyChoices[0].id;

    // The council records the draft plan and consults both settings.
    const draft = (
      await gqlOk(
        DRAFT_PLAN_SENT,
        { caseReference: c.caseReference, laCode: c.laCode, sentOn: londonToday(), kind: 'DRAFT_PLAN' },
        officer,
      )
    ).recordDraftPlanSent;
    // 15 days beginning with the day it was sent (reg 13(1)(a)): today and 14 more.
    expect(draft.requestWindowEndsOn).toBe(addDays(londonToday(), 14));
    expect(draft.draftPlans[0]).toMatchObject({ requestWindowGivenByCouncil: false });
    const toFaraway = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, faraway.id) }, officer))
      .startConsultation;
    const toListed = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, listed.id) }, officer))
      .startConsultation;
    expect(toFaraway).toMatchObject({
      status: 'SENT',
      overdue: false,
      open: true,
      caseReference: c.caseReference,
      child: { primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], age: 9, residential: false },
      contact: { email: 'placements@council.example' },
    });
    expect(toFaraway.deliveryNote).toMatch(/usual secure route/);

    // Each setting answers; the one that cannot points to a ground.
    const yes = (
      await gqlOk(
        ANSWER_CONSULTATION,
        { id: toFaraway.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'We have a place in Year 5.' } },
        asStaff(faraway.id),
      )
    ).answerConsultation;
    expect(yes).toMatchObject({ status: 'ANSWERED', answer: { version: 1, answer: 'CAN_MEET_NEEDS' } });
    // The setting sees no case reference: that is the council's.
    expect(yes.caseReference).toBeNull();
    await gqlOk(
      ANSWER_CONSULTATION,
      {
        id: toListed.id,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
          explanation: 'Our classes for this age are at their safe limit.',
        },
      },
      asStaff(listed.id),
    );

    // The council names the family's choice.
    const decided = (
      await gqlOk(
        RECORD_DECISION,
        {
          input: {
            caseReference: c.caseReference,
            laCode: c.laCode,
            decidedOn: londonToday(),
            named: { settingId: faraway.id },
          },
        },
        officer,
      )
    ).recordPlacementDecision;
    expect(decided.decision).toMatchObject({
      named: { kind: 'REGISTER_SETTING', settingId: faraway.id },
      onList: false,
      familyChoiceId: choiceId,
      familyChoiceRank: 1,
      appealBy: addMonths(londonToday(), 2),
      refusals: [],
    });
    expect(decided.consultations.every((x: any) => x.decisionRecorded && !x.open)).toBe(true);

    // The family sees every step, with the statement and how to appeal.
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.statement.summary.length).toBeGreaterThan(0);
    expect(family.requestWindowEndsOn).toBe(addDays(londonToday(), 14));
    expect(family.draftPlan).toMatchObject({ sentOn: londonToday(), requestWindowGivenByCouncil: false });
    expect(family.currentStatement.version).toBe(family.statement.version);
    expect(family.consultationNote).toMatch(/does not decide the matter: the council decides/);
    expect(family.consultations.map((x: any) => [x.settingId, x.status]).sort()).toEqual(
      [
        [faraway.id, 'ANSWERED'],
        [listed.id, 'ANSWERED'],
      ].sort(),
    );
    // Never the setting's own words.
    expect(JSON.stringify(family.consultations)).not.toMatch(/safe limit|place in Year 5/);
    expect(family.decision).toMatchObject({
      onList: false,
      familyChoiceRank: 1,
      appealBy: addMonths(londonToday(), 2),
    });
    expect(family.decision.appealText).toMatch(/SEND Tribunal/);
    expect(family.decision.appealText).toContain(dateInWords(addMonths(londonToday(), 2)));
    expect(family.choicesClosed).toBe(true);
  });
});

describe('the statement', () => {
  it('rides with every journey response that shows a choice, a consultation to the family or a decision', async () => {
    const c = await aCase(aNorthernPlace());
    const changed = await gql(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'X' } }] },
    });
    expectRightsExtension(changed);
    expectRightsExtension(await gql(FAMILY_JOURNEY, { token: c.token }));
    expectRightsExtension(
      await gql(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer),
    );
  });
});
