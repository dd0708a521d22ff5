import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gqlError, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CASE_JOURNEY,
  consultationInput,
  DRAFT_PLAN_SENT,
  GET_CONSULTATION,
  SET_FAMILY_CHOICES,
  START_CONSULTATION,
  WITHDRAW_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';

// Bad input to the journey's operations, over the API: the field named, nothing written.

const officer = asOfficer('938');

describe('bad input', () => {
  it('names the field and writes nothing', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Input Special', at: east(home, 2), designation: ['ASD'] });
    const c = await aCase(home);
    const badEmail = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, setting.id, { contact: { name: 'Team', email: 'not an email' } }) },
      officer,
    );
    expect(badEmail.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contact.email' });
    const longMessage = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, setting.id, { message: 'x'.repeat(2001) }) },
      officer,
    );
    expect(longMessage.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.message' });
    const noSuchSetting = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, 's_nosuchsetting') },
      officer,
    );
    expect(noSuchSetting.extensions.code).toBe('NOT_FOUND');
    const badDate = await gqlError(
      DRAFT_PLAN_SENT,
      { caseReference: c.caseReference, laCode: '938', sentOn: '2026-02-30', kind: 'DRAFT_PLAN' },
      officer,
    );
    expect(badDate.extensions.code).toBe('BAD_USER_INPUT');
    const longNote = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'X' }, note: 'n'.repeat(1001) }] },
    });
    expect(longNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.add.0.note' });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey).toMatchObject({ consultations: [], draftPlans: [], familyChoices: [] });

    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const noGround = await gqlError(
      ANSWER_CONSULTATION,
      { id: consult.id, input: { answer: 'CANNOT_MEET_NEEDS', explanation: 'No.' } },
      asStaff(setting.id),
    );
    expect(noGround.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const s9 = await gqlError(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: { answer: 'CANNOT_MEET_NEEDS', ground: 'UNREASONABLE_PUBLIC_EXPENDITURE', explanation: 'No.' },
      },
      asStaff(setting.id),
    );
    expect(s9.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const noReason = await gqlError(WITHDRAW_CONSULTATION, { id: consult.id, reason: '   ' }, officer);
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const unanswered = (await gqlOk(GET_CONSULTATION, { id: consult.id }, officer)).consultation;
    expect(unanswered).toMatchObject({ status: 'SENT', answers: [], open: true, withdrawnAt: null });
  });
});
