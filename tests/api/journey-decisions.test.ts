import { describe, expect, it } from 'vitest';
import { addMonths } from '../../functions/core/journey/dates.js';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CASE_JOURNEY,
  consultationInput,
  londonToday,
  RECORD_DECISION,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';

// Settings' answers and the council's decisions over the API: every answer kept, corrections that
// supersede, and the grounds a refusal needs.

const officer = asOfficer('938');

describe('answers and decisions', () => {
  it('keeps every answer until the decision, and decisions only change by a correction that supersedes', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Answering Special', at: east(home, 2), designation: ['ASD'] });
    const c = await aCase(home);
    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const staff = asStaff(setting.id);
    await gqlOk(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: { answer: 'NEED_MORE_INFORMATION', explanation: 'Please send the EP report.' },
      },
      staff,
    );
    const revised = (
      await gqlOk(
        ANSWER_CONSULTATION,
        { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Having read it, yes.' } },
        staff,
      )
    ).answerConsultation;
    expect(revised.answers.map((a: any) => [a.version, a.answer])).toEqual([
      [1, 'NEED_MORE_INFORMATION'],
      [2, 'CAN_MEET_NEEDS'],
    ]);

    const decide = (extra: Record<string, unknown>) =>
      gql<any>(
        RECORD_DECISION,
        {
          input: {
            caseReference: c.caseReference,
            laCode: '938',
            decidedOn: londonToday(),
            named: {
              typeOfSetting: 'SPECIAL_SCHOOL',
              typeDescription: 'A special school for autistic children',
            },
            ...extra,
          },
        },
        officer,
      );
    const first = await decide({});
    expect(first.errors).toBeUndefined();
    expect(first.data.recordPlacementDecision.decision.appealBy).toBe(addMonths(londonToday(), 2));
    const firstId = first.data.recordPlacementDecision.decision.id;
    const again = await decide({});
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DECISION_RECORDED', decisionId: firstId });
    const noReason = await decide({ supersedes: firstId });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.correctionReason',
    });
    const corrected = await decide({
      supersedes: firstId,
      correctionReason: 'The letter was dated wrongly.',
      named: { settingId: setting.id },
    });
    expect(corrected.errors).toBeUndefined();
    const journey = corrected.data.recordPlacementDecision;
    expect(journey.decision).toMatchObject({
      supersedes: firstId,
      named: { settingId: setting.id },
      onList: true,
    });
    expect(journey.decisions.map((d: any) => [d.id === firstId, d.superseded])).toEqual([
      [false, false],
      [true, true],
    ]);
    const late = await gqlError(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
          explanation: 'No.',
        },
      },
      staff,
    );
    expect(late.extensions.code).toBe('DECISION_RECORDED');
  });

  it('requires the grounds for every family choice refused, and the s.9 grounds only for settings the council must consider', async () => {
    const home = aNorthernPlace();
    const maintained = await aSettingAt({
      name: 'Maintained Special',
      at: east(home, 2),
      designation: ['ASD'],
    });
    const other = await aSettingAt({ name: 'Other Special', at: east(home, 3), designation: ['ASD'] });
    const c = await aCase(home, { familyChoices: [{ settingId: maintained.id }] });
    const choice = c.list.familyChoices[0];
    const base = {
      caseReference: c.caseReference,
      laCode: '938',
      decidedOn: londonToday(),
      named: { settingId: other.id },
    };
    const missing = await gqlError(RECORD_DECISION, { input: base }, officer);
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.refusals' });
    const wrongGround = await gqlError(
      RECORD_DECISION,
      {
        input: {
          ...base,
          refusals: [
            { choiceId: choice.id, grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'], explanation: 'Cost.' },
          ],
        },
      },
      officer,
    );
    expect(wrongGround.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.refusals.0.grounds',
    });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.decision).toBeNull();
  });
});
