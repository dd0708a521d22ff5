import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../functions/core/errors.js';
import {
  REFUSAL_CODES,
  type RefusalCode,
  type RefusalParams,
} from '../../../functions/core/refusal-codes.js';
import { type FieldWords, oneSentence, refusalText } from '../../../web/view/refusal-text.js';

// The pages' one table of words for the core's refusals: every code gives a GOV.UK sentence, made
// from the input's words and the refusal's values, never the core's developer message.

/** The values each code names (refusal-codes.ts), as the core gives them. */
const PARAMS: Readonly<Record<RefusalCode, RefusalParams>> = {
  REQUIRED: {},
  TOO_LONG: { max: 1000 },
  TOO_SHORT: { min: 2 },
  TOO_SMALL: { min: 0 },
  TOO_LARGE: { max: 5000 },
  OUT_OF_RANGE: { min: 1, max: 100 },
  TOO_MANY: { max: 10 },
  TOO_FEW: { min: 1 },
  NOT_WHOLE_NUMBER: {},
  WRONG_TYPE: { expected: 'number' },
  NOT_ONE_OF: { values: ['DAY', 'RESIDENTIAL'] },
  BAD_FORMAT: { format: 'email' },
  NOT_CLEAN_TEXT: {},
  NOT_A_DATE: {},
  DATE_INCOMPLETE: {},
  NOT_AN_ID: { max: 100 },
  GIVEN_TWICE: { value: 'sen@school.example' },
  ONE_OF_FIELDS: { fields: ['age', 'ncYear'] },
  ONLY_WITH: { with: 'ALTERNATIVE_PROVISION' },
  NOT_ALLOWED_HERE: {},
  NOTHING_TO_CHANGE: {},
  BAD_CURSOR: {},
  NO_WORD_TO_SEARCH: { empty: 0 },
  AGE_RANGE_INVERTED: {},
  PROVISION_AGES_OUTSIDE_SETTING: { low: 4, high: 11 },
  SETTING_AGES_EXCLUDE_PROVISION: { name: 'Oak Unit', low: 3, high: 11 },
  NOT_A_POSTCODE: {},
  UNKNOWN_POSTCODE_DISTRICT: { district: 'ZZ99' },
  OUTSIDE_THE_UK: {},
  LOCATION_REQUIRED: {},
  AP_TIERS_REQUIRED: {},
  AP_TIERS_NOT_ALLOWED: {},
  DESIGNATION_REQUIRED: {},
  MAIN_ROLL_TWICE: {},
  SECTION_41_NOT_ALLOWED: {},
  NO_SUCH_PROVISION: { id: 's_1.p_9' },
  VACANCIES_OVER_PLACES: { vacancies: 12, places: 10 },
  YEAR_VACANCIES_DO_NOT_ADD_UP: { vacancies: 20, sum: 1 },
  UNKNOWN_NEED: { value: 'XYZ' },
  DATE_IN_FUTURE: { date: '2031-01-01', today: '2027-06-01' },
  DATE_TOO_OLD: { date: '2020-01-01', earliest: '2026-06-01' },
  DATE_BEFORE_FIRST_LIST: { date: '2027-01-01', firstListOn: '2027-02-01' },
  START_DATE_OUT_OF_RANGE: { latest: 'three years on' },
  REQUEST_WINDOW_TOO_SHORT: { requestWindowEndsOn: '2027-03-14', earliest: '2027-03-15' },
  REQUEST_WINDOW_TOO_LONG: { requestWindowEndsOn: '2027-06-01', latest: '2027-04-30' },
  REFUSAL_GROUNDS_MISSING: { choiceIds: ['fc_1'] },
  REFUSAL_NOT_NEEDED: { choiceId: 'fc_3', rank: 3, namedRank: 2 },
  FAMILY_ORDER_CHANGED: { currentOrder: ['fc_3', 'fc_1'] },
  SECTION_9_GROUND_NOT_ALLOWED: { grounds: ['NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION'] },
  GROUND_NOT_FITTING: {},
  NOT_A_CURRENT_CHOICE: { id: 'fc_9' },
  NAMED_CHOICE_REFUSED: {},
  CHOICE_OF_ANOTHER_SETTING: {},
  NOT_THE_DECISION_IN_FORCE: {},
  TOO_MANY_CHOICES: { max: 10 },
  ALREADY_CONSULTED: {},
  TOO_MANY_OPEN_CONSULTATIONS: { max: 20 },
  NOT_ON_THE_REGISTER: {},
  PERIOD_NOT_STARTED: { startsOn: '2027-09-01', today: '2026-12-05' },
  SETTING_NOT_OPEN: { settingId: 's-1' },
  NO_PLACES_FOR_NEED: { settingId: 's-1', need: 'ASD' },
  NOT_A_MAINSTREAM_SCHOOL: { settingId: 's-1' },
};

const DEVELOPER = 'must be at most 40 characters (developer words)';
const issue = (code: RefusalCode, params: RefusalParams = PARAMS[code]): FieldIssue => ({
  field: 'input.something',
  code,
  params,
  message: DEVELOPER,
});

/** A text box, an input with options, and one belonging to a named thing. */
const WORDS: Readonly<Record<string, FieldWords>> = {
  box: { label: 'Case reference', ask: 'Enter the case reference' },
  options: oneSentence('Phase', 'Select the phase'),
  named: {
    label: 'Ages of provision 2',
    ask: 'Enter the ages of provision 2',
    of: 'provision 2',
    nameOf: (id) => (id === 'fc_3' ? 'Hill School' : 'another choice'),
  },
};

describe('the pages’ words for the core’s refusals', () => {
  it('give every code a sentence, from its values, never the core’s message or a missing value', () => {
    for (const code of REFUSAL_CODES) {
      for (const [kind, words] of Object.entries(WORDS)) {
        for (const params of [PARAMS[code], {}]) {
          const text = refusalText(issue(code, params), words);
          const where = `${code} on ${kind} with ${JSON.stringify(params)}: "${text}"`;
          expect(text.trim().length, where).toBeGreaterThan(10);
          expect(text, where).not.toMatch(/undefined|null|NaN|\[object|\(\)|developer|\s{2}/);
          expect(text, where).toMatch(/^[A-Z0-9]/);
          expect(text, where).not.toMatch(/[.:,]$/);
        }
      }
    }
  });

  it('word the values a refusal names: numbers the British way, dates in words, names by id', () => {
    expect(refusalText(issue('TOO_LONG'), WORDS.box as FieldWords)).toBe(
      'Case reference must be 1,000 characters or fewer',
    );
    expect(refusalText(issue('NOT_CLEAN_TEXT'), WORDS.box as FieldWords)).toBe(
      'Case reference must be ordinary text: remove any unusual characters',
    );
    expect(refusalText(issue('REQUIRED'), WORDS.box as FieldWords)).toBe('Enter the case reference');
    expect(refusalText(issue('NOT_ONE_OF'), WORDS.options as FieldWords)).toBe('Select the phase');
    expect(refusalText(issue('BAD_FORMAT'), WORDS.options as FieldWords)).toBe('Select the phase');
    expect(refusalText(issue('PROVISION_AGES_OUTSIDE_SETTING'), WORDS.named as FieldWords)).toBe(
      'Ages of provision 2 must be within the setting’s ages (4 to 11)',
    );
    expect(refusalText(issue('DESIGNATION_REQUIRED'), WORDS.named as FieldWords)).toBe(
      'Select at least one need provision 2 is designated for: a resourced provision or SEN unit always has one',
    );
    expect(refusalText(issue('UNKNOWN_POSTCODE_DISTRICT'), WORDS.box as FieldWords)).toBe(
      'We do not know postcode district ZZ99. Check the postcode',
    );
  });

  it('keep the journey’s legal words exact, with the form’s name for the date', () => {
    const sentOn: FieldWords = { label: 'The date the plan was sent', ask: 'Enter the date it was sent' };
    expect(refusalText(issue('DATE_IN_FUTURE'), sentOn)).toBe(
      'The date the plan was sent must be today or in the past. If the letter goes tomorrow, record it tomorrow',
    );
    expect(refusalText(issue('DATE_BEFORE_FIRST_LIST'), sentOn)).toBe(
      'The date the plan was sent must be on or after 1 February 2027, when the case’s first list was made',
    );
    const letter: FieldWords = { label: 'The date in the letter', ask: 'Enter the date the letter gives' };
    expect(refusalText(issue('REQUEST_WINDOW_TOO_SHORT'), letter)).toBe(
      'The date in the letter must be on or after 15 March 2027: the family has at least 15 days, beginning with the day the plan was sent',
    );
    expect(refusalText(issue('REFUSAL_NOT_NEEDED'), WORDS.named as FieldWords)).toBe(
      'The council names the family’s choice 2, so it gives no grounds for Hill School, which the family ranked lower. Clear the grounds and the reason for Hill School',
    );
  });

  it('let an input say its own sentence for a code, and state one rule for every refusal of its value', () => {
    const family: FieldWords = {
      label: 'Your choices',
      ask: 'Choose a setting',
      say: { TOO_MANY_CHOICES: 'You can ask for up to 10 settings here at once' },
    };
    expect(refusalText(issue('TOO_MANY_CHOICES'), family)).toBe(
      'You can ask for up to 10 settings here at once',
    );
    expect(refusalText(issue('TOO_MANY_CHOICES'), WORDS.box as FieldWords)).toBe(
      'The case can hold up to 10 of the family’s choices at once. Remove one first',
    );
    const age: FieldWords = {
      label: 'Age',
      ask: 'Enter the child’s age',
      rule: 'Age must be a whole number of years, from 0 to 25',
    };
    for (const code of ['TOO_LARGE', 'TOO_SMALL', 'NOT_WHOLE_NUMBER', 'WRONG_TYPE'] as const) {
      expect(refusalText(issue(code), age)).toBe('Age must be a whole number of years, from 0 to 25');
    }
    expect(refusalText(issue('REQUIRED'), age)).toBe('Enter the child’s age');
  });
});
