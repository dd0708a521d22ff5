import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gqlError, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CASE_JOURNEY,
  consultationInput,
  DRAFT_PLAN_SENT,
  FAMILY_JOURNEY,
  GET_CONSULTATION,
  londonToday,
  RECORD_DECISION,
  SET_FAMILY_CHOICES,
  START_CONSULTATION,
  WITHDRAW_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';

// Who may do what in the journey, over the API: refused across families, settings and LAs, and
// officers of a setting's LA reading the consultations to it.

const officer = asOfficer('938');

describe('who may do what', () => {
  it('refuses across families, settings and LAs', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Guarded Special', at: east(home, 2), designation: ['ASD'] });
    const stranger = await aSettingAt({ name: 'Stranger Special', at: east(home, 9), designation: ['ASD'] });
    const c = await aCase(home);
    const otherLa = asOfficer('936');
    expect(
      (await gqlError(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, otherLa)).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) }, otherLa)).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) }, asStaff(setting.id)))
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) })).extensions.code,
    ).toBe('UNAUTHENTICATED');
    // The council's journey is run by its own officers only: not another LA's, not a school's, not anonymous.
    const draft = {
      caseReference: c.caseReference,
      laCode: '938',
      sentOn: londonToday(),
      kind: 'DRAFT_PLAN',
    };
    expect((await gqlError(DRAFT_PLAN_SENT, draft, otherLa)).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(DRAFT_PLAN_SENT, draft, asStaff(setting.id))).extensions.code).toBe('FORBIDDEN');
    expect(
      (await gqlError(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' })).extensions.code,
    ).toBe('UNAUTHENTICATED');
    const decision = {
      input: {
        caseReference: c.caseReference,
        laCode: '938',
        decidedOn: londonToday(),
        named: { settingId: setting.id },
      },
    };
    expect((await gqlError(RECORD_DECISION, decision, otherLa)).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(RECORD_DECISION, decision, asStaff(setting.id))).extensions.code).toBe(
      'FORBIDDEN',
    );
    const untouched = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(untouched).toMatchObject({ draftPlans: [], decision: null });

    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    // Staff of another setting can neither read nor answer it.
    expect((await gqlError(GET_CONSULTATION, { id: consult.id }, asStaff(stranger.id))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await gqlError(
          ANSWER_CONSULTATION,
          { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
          asStaff(stranger.id),
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');
    // An officer cannot answer for the setting; an officer of another LA cannot withdraw.
    expect(
      (
        await gqlError(
          ANSWER_CONSULTATION,
          { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
          officer,
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(WITHDRAW_CONSULTATION, { id: consult.id, reason: 'x' }, otherLa)).extensions.code,
    ).toBe('FORBIDDEN');
    // A link opens only its own case.
    const another = await aCase(aNorthernPlace());
    const mine = (await gqlOk(FAMILY_JOURNEY, { token: another.token })).familyList;
    expect(mine.consultations).toEqual([]);
    const wrong = await gqlError(FAMILY_JOURNEY, { token: `${another.token.slice(0, -4)}AAAA` });
    expect(wrong.extensions.code).toBe('NOT_FOUND');
    const wrongChange = await gqlError(SET_FAMILY_CHOICES, {
      token: `${another.token.slice(0, -4)}AAAA`,
      input: { add: [{ offRegister: { name: 'X' } }] },
    });
    expect(wrongChange.extensions.code).toBe('NOT_FOUND');
  });

  it('lets officers of the setting’s LA read consultations to it, without the case reference', async () => {
    const home = aNorthernPlace();
    const inOtherLa = await aSettingAt({
      name: 'Cross-border Special',
      at: east(home, 5),
      laCode: '936',
      designation: ['ASD'],
    });
    const c = await aCase(home);
    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, inOtherLa.id) }, officer))
      .startConsultation;
    const seen = (await gqlOk(GET_CONSULTATION, { id: consult.id }, asOfficer('936'))).consultation;
    expect(seen).toMatchObject({ id: consult.id, caseReference: null, laCode: '938' });
  });
});
