import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { parseDecision } from '../../../functions/core/journey/decision-input.js';
import {
  FAMILY_MAX_CURRENT_CHOICES,
  parseAnswer,
  parseDraftPlanSent,
  parseSetFamilyChoices,
  parseStartConsultation,
} from '../../../functions/core/journey/input.js';
import { SECTION_9_GROUNDS, SECTION_39_GROUNDS } from '../../../functions/core/journey/model.js';
import { CASE, LA } from './fixtures.js';

/** The fields an input is refused on (fails the test if it is accepted). */
function refusedFields(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((i) => i.field);
  }
  throw new Error('expected the input to be refused');
}

describe('parseAnswer: what a consulted setting may say', () => {
  it('accepts "can meet needs" with an explanation and no ground', () => {
    expect(parseAnswer({ answer: 'CAN_MEET_NEEDS', explanation: ' We have a place. ' })).toEqual({
      answer: 'CAN_MEET_NEEDS',
      ground: null,
      explanation: 'We have a place.',
    });
  });

  it('requires a ground with "cannot meet needs"', () => {
    expect(
      refusedFields(() => parseAnswer({ answer: 'CANNOT_MEET_NEEDS', explanation: 'No room.' })),
    ).toEqual(['input.ground']);
  });

  it.each(SECTION_39_GROUNDS)('accepts "cannot meet needs" on the s.39(4) ground %s', (ground) => {
    expect(parseAnswer({ answer: 'CANNOT_MEET_NEEDS', ground, explanation: 'Because…' }).ground).toBe(ground);
  });

  it.each(['CAN_MEET_NEEDS', 'NEED_MORE_INFORMATION'])('refuses a ground with %s', (answer) => {
    expect(
      refusedFields(() =>
        parseAnswer({
          answer,
          ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
          explanation: 'Because…',
        }),
      ),
    ).toEqual(['input.ground']);
  });

  it.each(SECTION_9_GROUNDS)('refuses the s.9 ground %s from a setting: it is the council’s', (ground) => {
    expect(
      refusedFields(() => parseAnswer({ answer: 'CANNOT_MEET_NEEDS', ground, explanation: 'Too costly.' })),
    ).toEqual(['input.ground']);
  });

  it('requires an explanation', () => {
    expect(refusedFields(() => parseAnswer({ answer: 'CAN_MEET_NEEDS', explanation: '   ' }))).toEqual([
      'input.explanation',
    ]);
  });

  it('refuses an explanation over 2000 characters', () => {
    expect(
      refusedFields(() => parseAnswer({ answer: 'CAN_MEET_NEEDS', explanation: 'x'.repeat(2001) })),
    ).toEqual(['input.explanation']);
  });

  it('refuses an answer it does not know', () => {
    expect(refusedFields(() => parseAnswer({ answer: 'MAYBE', explanation: 'Hmm.' }))).toEqual([
      'input.answer',
    ]);
  });
});

describe('parseStartConsultation', () => {
  const valid = {
    caseReference: CASE,
    laCode: LA,
    settingId: 'sx',
    message: 'Could your setting meet the needs described?',
    contact: { name: 'SEN placements team', email: 'placements@council.example', phone: '01234 567890' },
  };

  it('accepts a consultation request, with no provision named', () => {
    expect(parseStartConsultation(valid)).toEqual({ ...valid, provisionId: null });
  });

  it('treats an empty phone number as none', () => {
    expect(
      parseStartConsultation({ ...valid, contact: { ...valid.contact, phone: '' } }).contact.phone,
    ).toBeNull();
  });

  it.each(['placements', 'placements@council', 'two words@council.example', '@council.example'])(
    'refuses "%s" as the email, naming input.contact.email',
    (email) => {
      expect(
        refusedFields(() => parseStartConsultation({ ...valid, contact: { ...valid.contact, email } })),
      ).toEqual(['input.contact.email']);
    },
  );

  it('refuses an email over 200 characters', () => {
    const email = `${'a'.repeat(190)}@council.example`;
    expect(
      refusedFields(() => parseStartConsultation({ ...valid, contact: { ...valid.contact, email } })),
    ).toEqual(['input.contact.email']);
  });

  it('accepts a message of 2000 characters and refuses one of 2001, naming input.message', () => {
    expect(parseStartConsultation({ ...valid, message: 'x'.repeat(2000) }).message).toHaveLength(2000);
    expect(refusedFields(() => parseStartConsultation({ ...valid, message: 'x'.repeat(2001) }))).toEqual([
      'input.message',
    ]);
  });

  it('requires a message', () => {
    expect(refusedFields(() => parseStartConsultation({ ...valid, message: '' }))).toEqual(['input.message']);
  });

  it('requires a contact name of at most 120 characters', () => {
    expect(
      refusedFields(() =>
        parseStartConsultation({ ...valid, contact: { ...valid.contact, name: 'x'.repeat(121) } }),
      ),
    ).toEqual(['input.contact.name']);
  });

  it('refuses a message with control characters', () => {
    expect(refusedFields(() => parseStartConsultation({ ...valid, message: 'Hello\u0000there' }))).toEqual([
      'input.message',
    ]);
  });
});

describe('parseDecision', () => {
  const base = { caseReference: CASE, laCode: LA, decidedOn: '2027-04-20' };

  it('reads a register setting named, with no refusals', () => {
    expect(parseDecision({ ...base, named: { settingId: 's-a' } })).toEqual({
      ...base,
      named: { kind: 'REGISTER_SETTING', settingId: 's-a', provisionId: null, familyChoiceId: null },
      refusals: [],
      supersedes: null,
      correctionReason: null,
      familyOrder: null,
    });
  });

  it('reads a setting off the register', () => {
    const d = parseDecision({ ...base, named: { offRegister: { name: 'Hilltop School', urn: '123456' } } });
    expect(d.named).toMatchObject({
      kind: 'OFF_REGISTER_SETTING',
      offRegister: { name: 'Hilltop School', urn: '123456' },
    });
  });

  it('reads a type of setting with its description', () => {
    const d = parseDecision({
      ...base,
      named: { typeOfSetting: 'SPECIAL_SCHOOL', typeDescription: 'A special school for autism' },
    });
    expect(d.named).toEqual({
      kind: 'TYPE_OF_SETTING',
      typeOfSetting: 'SPECIAL_SCHOOL',
      description: 'A special school for autism',
    });
  });

  it('requires one of settingId, offRegister or typeOfSetting', () => {
    expect(refusedFields(() => parseDecision({ ...base, named: {} }))).toEqual(['input.named.settingId']);
  });

  it.each([
    ['settingId and offRegister', { settingId: 's-a', offRegister: { name: 'Hilltop School' } }],
    [
      'settingId and typeOfSetting',
      { settingId: 's-a', typeOfSetting: 'MAINSTREAM', typeDescription: 'Any' },
    ],
    [
      'offRegister and typeOfSetting',
      { offRegister: { name: 'Hilltop' }, typeOfSetting: 'MAINSTREAM', typeDescription: 'Any' },
    ],
  ])('refuses more than one named kind: %s', (_case, named) => {
    expect(refusedFields(() => parseDecision({ ...base, named }))).toEqual(['input.named.settingId']);
  });

  it('requires a description in words with a type of setting', () => {
    expect(refusedFields(() => parseDecision({ ...base, named: { typeOfSetting: 'MAINSTREAM' } }))).toEqual([
      'input.named.typeDescription',
    ]);
  });

  it('refuses a family choice with a type of setting', () => {
    expect(
      refusedFields(() =>
        parseDecision({
          ...base,
          named: { typeOfSetting: 'MAINSTREAM', typeDescription: 'Any', familyChoiceId: 'a' },
        }),
      ),
    ).toEqual(['input.named.familyChoiceId']);
  });

  it('refuses a provision without a setting', () => {
    expect(
      refusedFields(() =>
        parseDecision({ ...base, named: { offRegister: { name: 'Hilltop' }, provisionId: 'p1' } }),
      ),
    ).toEqual(['input.named.provisionId']);
  });

  it('requires a reason with a correction', () => {
    expect(
      refusedFields(() => parseDecision({ ...base, named: { settingId: 's-a' }, supersedes: 'd1' })),
    ).toEqual(['input.correctionReason']);
  });

  it('refuses a correction reason without the decision it corrects', () => {
    expect(
      refusedFields(() =>
        parseDecision({ ...base, named: { settingId: 's-a' }, correctionReason: 'Wrong setting.' }),
      ),
    ).toEqual(['input.supersedes']);
  });

  it('reads a correction with its reason', () => {
    const d = parseDecision({
      ...base,
      named: { settingId: 's-a' },
      supersedes: 'd1',
      correctionReason: 'Typo.',
    });
    expect(d).toMatchObject({ supersedes: 'd1', correctionReason: 'Typo.' });
  });

  it('refuses a decision date that is not a real date', () => {
    expect(
      refusedFields(() => parseDecision({ ...base, decidedOn: '2027-02-30', named: { settingId: 's' } })),
    ).toEqual(['input.decidedOn']);
  });

  it('requires at least one ground for each refusal, and names each refusal for errors', () => {
    expect(
      refusedFields(() =>
        parseDecision({
          ...base,
          named: { settingId: 's-a' },
          refusals: [{ choiceId: 'b', grounds: [], explanation: 'Why.' }],
        }),
      ),
    ).toEqual(['input.refusals.0.grounds']);
    const d = parseDecision({
      ...base,
      named: { settingId: 's-a' },
      refusals: [
        {
          choiceId: 'b',
          grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE', 'UNREASONABLE_PUBLIC_EXPENDITURE'],
          explanation: 'Why.',
        },
      ],
    });
    expect(d.refusals).toEqual([
      {
        choiceId: 'b',
        grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'],
        explanation: 'Why.',
        field: 'input.refusals.0',
      },
    ]);
  });

  it('refuses the same choice refused twice', () => {
    const twice = { choiceId: 'b', grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'], explanation: 'Why.' };
    expect(
      refusedFields(() => parseDecision({ ...base, named: { settingId: 's-a' }, refusals: [twice, twice] })),
    ).toEqual(['input.refusals']);
  });
});

describe('parseSetFamilyChoices', () => {
  it('refuses a change that says nothing, naming input', () => {
    expect(refusedFields(() => parseSetFamilyChoices({}))).toEqual(['input']);
    expect(refusedFields(() => parseSetFamilyChoices({ add: [], remove: [], order: [] }))).toEqual(['input']);
  });

  it('reads additions with the field each came from', () => {
    const parsed = parseSetFamilyChoices({
      add: [{ settingId: 's-a', note: 'Near grandparents' }, { offRegister: { name: 'Hilltop School' } }],
    });
    expect(parsed.add).toEqual([
      { input: { settingId: 's-a', note: 'Near grandparents' }, field: 'input.add.0' },
      {
        input: {
          offRegister: {
            name: 'Hilltop School',
            urn: null,
            town: null,
            postcode: null,
            laCode: null,
            website: null,
          },
          note: null,
        },
        field: 'input.add.1',
      },
    ]);
  });

  it('accepts a note of 1000 characters and refuses one of 1001', () => {
    expect(parseSetFamilyChoices({ add: [{ settingId: 's-a', note: 'x'.repeat(1000) }] }).add).toHaveLength(
      1,
    );
    expect(
      refusedFields(() => parseSetFamilyChoices({ add: [{ settingId: 's-a', note: 'x'.repeat(1001) }] })),
    ).toEqual(['input.add.0.note']);
  });

  it('reads a removal without a reason as one with none', () => {
    expect(parseSetFamilyChoices({ remove: [{ id: 'a' }, { id: 'b', reason: '' }] }).remove).toEqual([
      { id: 'a', reason: null },
      { id: 'b', reason: null },
    ]);
  });

  it('refuses a removal reason over 500 characters', () => {
    expect(
      refusedFields(() => parseSetFamilyChoices({ remove: [{ id: 'a', reason: 'x'.repeat(501) }] })),
    ).toEqual(['input.remove.0.reason']);
  });

  it(`refuses more than ${FAMILY_MAX_CURRENT_CHOICES} additions at once`, () => {
    const add = Array.from({ length: FAMILY_MAX_CURRENT_CHOICES + 1 }, (_, i) => ({ settingId: `s${i}` }));
    expect(refusedFields(() => parseSetFamilyChoices({ add }))).toEqual(['input.add']);
  });

  it('refuses an order that names a choice twice', () => {
    expect(refusedFields(() => parseSetFamilyChoices({ order: ['a', 'b', 'a'] }))).toEqual(['input.order']);
  });

  it('refuses a choice with both a setting id and an off-register setting', () => {
    expect(
      refusedFields(() =>
        parseSetFamilyChoices({ add: [{ settingId: 's-a', offRegister: { name: 'Hilltop' } }] }),
      ),
    ).toEqual(['input.add.0.settingId']);
  });
});

describe('parseDraftPlanSent', () => {
  it('reads the date the plan was sent and its kind', () => {
    expect(parseDraftPlanSent('2027-03-01', 'PROPOSED_AMENDMENTS')).toEqual({
      sentOn: '2027-03-01',
      kind: 'PROPOSED_AMENDMENTS',
      requestWindowEndsOn: null,
    });
  });

  it('refuses a date that is not real', () => {
    expect(() => parseDraftPlanSent('2027-02-29', 'DRAFT_PLAN')).toThrow(
      /must be a real date written YYYY-MM-DD/,
    );
    expect(() => parseDraftPlanSent('2027-02-29', 'DRAFT_PLAN')).toThrow(InvalidInputError);
  });

  it('names the argument at fault, as the client sent it', () => {
    try {
      parseDraftPlanSent('2027-02-29', 'DRAFT_PLAN');
    } catch (error) {
      expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['sentOn']);
      return;
    }
    throw new Error('expected a refusal');
  });
});
