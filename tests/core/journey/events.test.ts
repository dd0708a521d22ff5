import { describe, expect, it } from 'vitest';
import { withFamilyChoices } from '../../../functions/core/journey/case.js';
import { answered, withdrawn } from '../../../functions/core/journey/consultation.js';
import { decide } from '../../../functions/core/journey/decision.js';
import { parseDecision } from '../../../functions/core/journey/decision-input.js';
import {
  consultationAnswered,
  consultationOverdue,
  consultationStarted,
  decisionRecorded,
  preferencesChanged,
} from '../../../functions/core/journey/events.js';
import { parseSetFamilyChoices } from '../../../functions/core/journey/input.js';
import type { JourneyEvent } from '../../../functions/core/journey/model.js';
import { aChoice, aConsultation, aListOf, aRecord, CASE, LA, maintained } from './fixtures.js';

// Every piece of free text below is distinctive, so finding any of it in an event means it leaked.
const FREE_TEXT = {
  message: 'Zara finds loud dinner halls very hard; please read the EP report closely.',
  contactName: 'Priya Placements-Officer',
  contactEmail: 'priya.officer@council.example',
  contactPhone: '07700 900123',
  answerExplanation: 'Our Year 4 class already has three children with high sensory needs.',
  withdrawnReason: 'Mum phoned to say the family is moving to Leeds.',
  choiceNote: 'Her cousin Amira is in Year 5 there and walks her in.',
  removalReason: 'Dad says the bus journey made her anxious last time.',
  offRegisterName: 'Little Acorns Forest School by the allotments',
  refusalExplanation: 'Placing Zara there would cost twice the local special school.',
  correctionReason: 'The officer typed the wrong decision date from the letter.',
  typeDescription: 'A small special school with a farm, like the one her sister attends',
};

let n = 0;
const newId = () => `ev-${++n}`;

function expectNoFreeText(event: JourneyEvent) {
  const json = JSON.stringify(event);
  for (const [what, text] of Object.entries(FREE_TEXT)) {
    expect(json, `${event.type} carries the ${what}`).not.toContain(text);
  }
}

const isCode = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

function expectOnlyCodes(event: JourneyEvent) {
  expect(event.detail).toMatchObject({ laCode: LA, caseReference: CASE });
  for (const value of Object.values(event.detail)) {
    expect(Array.isArray(value) ? value.every(isCode) : isCode(value)).toBe(true);
  }
}

/** A consultation full of free text: a message, a contact, an answer with an explanation. */
function aTalkativeConsultation() {
  const sent = aConsultation({
    setting: maintained('sx', 'Oak Tree Primary'),
    request: {
      provisionId: 'sx.p2',
      message: FREE_TEXT.message,
      contact: { name: FREE_TEXT.contactName, email: FREE_TEXT.contactEmail, phone: FREE_TEXT.contactPhone },
    },
  });
  const answer = answered(
    sent,
    {
      answer: 'CANNOT_MEET_NEEDS',
      ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
      explanation: FREE_TEXT.answerExplanation,
    },
    'senco-1',
    '2027-03-05T09:00:00.000Z',
  );
  return { sent, answer };
}

describe('consultation events', () => {
  it('ConsultationStarted carries the case reference and codes, never the message or the contact', () => {
    const event = consultationStarted(aTalkativeConsultation().sent, newId);
    expect(event.type).toBe('ConsultationStarted');
    expect(Object.keys(event.detail).sort()).toEqual(
      [
        'laCode',
        'caseReference',
        'consultationId',
        'settingId',
        'urn',
        'settingLaCode',
        'provisionId',
        'dueOn',
        'sentOn',
      ].sort(),
    );
    expect(event.detail).toMatchObject({ settingId: 'sx', provisionId: 'sx.p2', sentOn: '2027-03-01' });
    expectOnlyCodes(event);
    expectNoFreeText(event);
  });

  it("ConsultationAnswered carries the answer and ground codes, never the setting's explanation", () => {
    const event = consultationAnswered(aTalkativeConsultation().answer, newId);
    expect(event.detail).toMatchObject({
      answer: 'CANNOT_MEET_NEEDS',
      ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
      answerVersion: 1,
    });
    expect(event.occurredAt).toBe('2027-03-05T09:00:00.000Z');
    expectOnlyCodes(event);
    expectNoFreeText(event);
  });

  it("ConsultationOverdue carries the consultation's codes only", () => {
    const event = consultationOverdue(aTalkativeConsultation().answer, '2027-03-17T06:00:00.000Z', newId);
    expect(event).toMatchObject({ type: 'ConsultationOverdue', occurredAt: '2027-03-17T06:00:00.000Z' });
    expect(event.detail.dueOn).toBe('2027-03-16');
    expectOnlyCodes(event);
    expectNoFreeText(event);
  });

  it("never carries the council's reason for withdrawing", () => {
    const c = withdrawn(
      aTalkativeConsultation().answer,
      FREE_TEXT.withdrawnReason,
      'officer-1',
      '2027-03-06',
    );
    for (const event of [consultationStarted(c, newId), consultationAnswered(c, newId)]) {
      expectNoFreeText(event);
    }
  });

  it('never carries anything about the child beyond the case reference', () => {
    const event = consultationStarted(aTalkativeConsultation().sent, newId);
    expect(event.detail).not.toHaveProperty('child');
    expect(JSON.stringify(event)).not.toMatch(/ASD|primaryNeed|startDate|residential/);
  });
});

describe('PreferencesChanged', () => {
  function aTalkativeChange() {
    const record = aRecord([{ ...aChoice('a', 1), note: FREE_TEXT.choiceNote }, aChoice('b', 2)]);
    return withFamilyChoices(
      record,
      parseSetFamilyChoices({
        remove: [{ id: 'a', reason: FREE_TEXT.removalReason }],
        add: [{ offRegister: { name: FREE_TEXT.offRegisterName }, note: FREE_TEXT.choiceNote }],
      }),
      new Map(),
      '2027-03-05T15:00:00.000Z',
      () => 'new-1',
    );
  }

  it('carries the ids of the choices changed and the count, never a note, reason or name typed in', () => {
    const { record, changes } = aTalkativeChange();
    const event = preferencesChanged(
      LA,
      CASE,
      changes,
      record.choices.current.length,
      '2027-03-05T15:00:00Z',
      newId,
    );
    expect(event.detail).toEqual({
      laCode: LA,
      caseReference: CASE,
      changedBy: 'FAMILY',
      added: ['new-1'],
      removed: ['a'],
      reranked: ['b'],
      currentChoices: 2,
    });
    expectNoFreeText(event);
  });

  it("never carries the officer's account", () => {
    const { record, changes } = aTalkativeChange();
    const officerChanges = changes.map((c) => ({
      ...c,
      by: 'OFFICER' as const,
      subject: 'officer-secret-42',
    }));
    const event = preferencesChanged(LA, CASE, officerChanges, record.choices.current.length, 'now', newId);
    expect(event.detail.changedBy).toBe('OFFICER');
    expect(JSON.stringify(event)).not.toContain('officer-secret-42');
  });
});

/** Today and the case's first list: the decisions below, dated 2027-04-20, may be recorded. */
const BOUNDS = { today: '2027-04-21', firstListOn: '2027-02-01' };

describe('DecisionRecorded', () => {
  function aTalkativeDecision() {
    // The council names the family's third preference: grounds for the two ranked above it (s.39).
    const record = aRecord([
      aChoice('b', 1, 'FAMILY', 'MUST_CONSIDER'),
      {
        ...aChoice('c', 2, 'FAMILY', 'TO_BE_CONFIRMED'),
        onRegister: false,
        settingId: null,
        name: FREE_TEXT.offRegisterName,
      },
      aChoice('a', 3),
    ]);
    const input = parseDecision({
      caseReference: CASE,
      laCode: LA,
      decidedOn: '2027-04-20',
      named: { settingId: 's-a' },
      refusals: [
        {
          choiceId: 'b',
          grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'],
          explanation: FREE_TEXT.refusalExplanation,
        },
        {
          choiceId: 'c',
          grounds: ['UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN'],
          explanation: FREE_TEXT.refusalExplanation,
        },
      ],
      supersedes: 'd0',
      correctionReason: FREE_TEXT.correctionReason,
    });
    const d0 = decide(
      record,
      { ...input, supersedes: null, correctionReason: null },
      {
        latest: aListOf('s-a'),
        namedSetting: maintained('s-a'),
        bounds: BOUNDS,
        id: 'd0',
        by: 'officer-1',
        at: '2027-04-20T10:00:00.000Z',
      },
    );
    return decide({ ...record, decisions: [d0] }, input, {
      latest: aListOf('s-a'),
      namedSetting: maintained('s-a'),
      bounds: BOUNDS,
      id: 'd1',
      by: 'officer-1',
      at: '2027-04-21T10:00:00.000Z',
    });
  }

  it('carries the codes of the decision, never an explanation or the correction reason', () => {
    const event = decisionRecorded(LA, CASE, aTalkativeDecision(), newId);
    expect(event.detail).toEqual({
      laCode: LA,
      caseReference: CASE,
      decisionId: 'd1',
      decidedOn: '2027-04-20',
      namedKind: 'REGISTER_SETTING',
      settingId: 's-a',
      urn: null,
      typeOfSetting: null,
      onList: true,
      familyChoiceRank: 3,
      refusedGrounds: ['UNREASONABLE_PUBLIC_EXPENDITURE', 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN'],
      supersedes: 'd0',
      appealBy: '2027-06-20',
    });
    expect(event.occurredAt).toBe('2027-04-21T10:00:00.000Z');
    expectNoFreeText(event);
  });

  const decideAlone = (named: Record<string, unknown>) =>
    decide(aRecord(), parseDecision({ caseReference: CASE, laCode: LA, decidedOn: '2027-04-20', named }), {
      latest: null,
      namedSetting: null,
      bounds: BOUNDS,
      id: 'd1',
      by: 'officer-1',
      at: '2027-04-21T10:00:00.000Z',
    });

  it('never carries the name of a setting off the register', () => {
    const d = decideAlone({ offRegister: { name: FREE_TEXT.offRegisterName, urn: '123456' } });
    const event = decisionRecorded(LA, CASE, d, newId);
    expect(event.detail).toMatchObject({ namedKind: 'OFF_REGISTER_SETTING', urn: '123456', onList: false });
    expectNoFreeText(event);
  });

  it('carries the type of setting as a code, never its description', () => {
    const d = decideAlone({ typeOfSetting: 'SPECIAL_SCHOOL', typeDescription: FREE_TEXT.typeDescription });
    const event = decisionRecorded(LA, CASE, d, newId);
    expect(event.detail).toMatchObject({ namedKind: 'TYPE_OF_SETTING', typeOfSetting: 'SPECIAL_SCHOOL' });
    expectNoFreeText(event);
  });
});
