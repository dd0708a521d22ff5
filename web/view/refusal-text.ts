import type { FieldIssue } from '../../functions/core/errors.js';
import { dateInWords, isCalendarDate } from '../../functions/core/journey/dates.js';
import type { RefusalCode } from '../../functions/core/refusal-codes.js';

// The pages' words for the core's refusals: one GOV.UK sentence per RefusalCode, made from how the
// form names the input at fault (FieldWords) and the values the refusal names. The table is a
// Record of every code, so a code added to refusal-codes.ts fails the type check until it is worded
// here, and no refusal reaches a person in the core's developer English. Forms say which input an
// issue belongs to and how that input is named; they never word a code themselves, except through
// FieldWords.say, the one way an input's own sentence (a legal form's, a family's) replaces the table's.

/** How a form names one of its inputs: the table makes its sentences from these. */
export interface FieldWords {
  /** The input's name, starting a sentence: "Case reference", "Name of provision 2", "The date in the letter". */
  readonly label: string;
  /**
   * What to do when nothing was given, as a sentence: "Enter the case reference", "Select the phase".
   * For an input with options it is also what any value not among them reads as.
   */
  readonly ask: string;
  /**
   * What a value here must be, in one sentence, for an input with one rule to state: a refusal of
   * the value's length, size, kind or format reads as it ("Age must be a whole number of years,
   * from 0 to 25"). Without it, each of those codes has its own sentence.
   */
  readonly rule?: string;
  /** The thing the input belongs to, for the sentences that name it: "provision 3", "Brook School". */
  readonly of?: string;
  /** What a person may give instead of this input, for the sentences that offer it: "give the latitude and longitude". */
  readonly instead?: string;
  /** The name of a thing a refusal points to by id (a family choice): "this choice" when unknown. */
  readonly nameOf?: (id: string) => string;
  /** The input's own sentence for a code, where its form needs more than the table's (a family's words, not an officer's). */
  readonly say?: Sayings;
}

/** Sentences an input says instead of the table's, by code. */
export type Sayings = { readonly [C in RefusalCode]?: string | ((issue: FieldIssue) => string) };

/**
 * An input with one thing to say about its value, whatever is wrong with it: options to pick from
 * again (radios, a select, checkboxes), or a box with one rule to state. Codes about other things
 * than the value (unusual characters, the register's or the journey's rules) keep their own words.
 */
export function oneSentence(label: string, sentence: string, more: Omit<FieldWords, 'label' | 'ask'> = {}) {
  return { label, ask: sentence, rule: sentence, ...more } satisfies FieldWords;
}

/** A field the form carries but does not show (an id, a version): any refusal of it means the page is out of date. */
export const HIDDEN_FIELD = oneSentence(
  'The form',
  'This form is out of date. Reload the page and try again',
);

/** A search box: whatever the core finds wrong with a search reads as what to type instead. */
export function searchWords(ask: string) {
  return { label: 'Search', ask, rule: ask, say: { NOT_CLEAN_TEXT: ask } } satisfies FieldWords;
}

type Wording = (issue: FieldIssue, field: FieldWords) => string;

const param = (issue: FieldIssue, name: string): string | number | readonly (string | number)[] | undefined =>
  issue.params?.[name];

/** A value the refusal names, as text: numbers in the British way ("1,000"), dates in words. */
function value(issue: FieldIssue, name: string): string {
  const v = param(issue, name);
  if (typeof v === 'number') return v.toLocaleString('en-GB');
  if (typeof v === 'string') return isCalendarDate(v) ? dateInWords(v) : v;
  return Array.isArray(v) ? v.join(', ') : '';
}

/** Says `sentence` with the value named, or `otherwise` when the refusal named none. */
const naming = (issue: FieldIssue, name: string, sentence: (v: string) => string, otherwise: string) => {
  const v = value(issue, name);
  return v ? sentence(v) : otherwise;
};

/** " (12)": a value the refusal names, in brackets after what it qualifies; nothing when it named none. */
const inBrackets = (issue: FieldIssue, name: string) => naming(issue, name, (v) => ` (${v})`, '');

/** " (4 to 11)": the ages a refusal names. */
const ages = (issue: FieldIssue) =>
  value(issue, 'low') && value(issue, 'high') ? ` (${value(issue, 'low')} to ${value(issue, 'high')})` : '';

const OUT_OF_DATE = HIDDEN_FIELD.ask;

/** Every refusal of the core, in GOV.UK words. No default: a new code must be worded here. */
const REFUSAL_TEXT = {
  // ——— Refusals every validator can make ———
  REQUIRED: (_i, f) => f.ask,
  TOO_LONG: (i, f) =>
    f.rule ?? naming(i, 'max', (max) => `${f.label} must be ${max} characters or fewer`, f.ask),
  TOO_SHORT: (i, f) =>
    f.rule ?? naming(i, 'min', (min) => `${f.label} must be ${min} characters or more`, f.ask),
  TOO_SMALL: (i, f) => f.rule ?? naming(i, 'min', (min) => `${f.label} must be ${min} or more`, f.ask),
  TOO_LARGE: (i, f) => f.rule ?? naming(i, 'max', (max) => `${f.label} must be ${max} or fewer`, f.ask),
  OUT_OF_RANGE: (i, f) =>
    f.rule ??
    naming(
      i,
      'max',
      (max) => `${f.label} must be a whole number from ${value(i, 'min') || 1} to ${max}`,
      `${f.label} must be a smaller whole number`,
    ),
  TOO_MANY: (i, f) => f.rule ?? naming(i, 'max', (max) => `${f.label} must be ${max} or fewer`, f.ask),
  TOO_FEW: (i, f) => f.rule ?? naming(i, 'min', (min) => `${f.ask}: at least ${min}`, f.ask),
  NOT_WHOLE_NUMBER: (_i, f) => f.rule ?? `${f.label} must be a whole number, like 3`,
  WRONG_TYPE: (i, f) => f.rule ?? (param(i, 'expected') === 'number' ? `${f.label} must be a number` : f.ask),
  NOT_ONE_OF: (_i, f) => f.rule ?? f.ask,
  BAD_FORMAT: (_i, f) => f.rule ?? `${f.label} must be in the correct format`,
  NOT_CLEAN_TEXT: (_i, f) => `${f.label} must be ordinary text: remove any unusual characters`,
  NOT_A_DATE: (_i, f) => f.rule ?? `${f.label} must be a real date`,
  DATE_INCOMPLETE: (_i, f) => f.rule ?? `${f.label} must include a day, month and year`,
  NOT_AN_ID: (_i, f) => f.rule ?? OUT_OF_DATE,
  GIVEN_TWICE: (i, f) =>
    naming(
      i,
      'value',
      (v) => `${f.label} ${v} is given twice: give it once`,
      `${f.label} is given twice: give each once`,
    ),
  ONE_OF_FIELDS: (_i, f) => f.ask,
  ONLY_WITH: (_i, f) => `${f.label} does not go with the other answers: check them and try again`,
  NOT_ALLOWED_HERE: () => OUT_OF_DATE,
  NOTHING_TO_CHANGE: () => 'Nothing was changed. Make a change, then send it',
  BAD_CURSOR: () => 'That page link is out of date. Search again from the first page',
  NO_WORD_TO_SEARCH: (_i, f) => f.rule ?? f.ask,

  // ——— The register's rules ———
  AGE_RANGE_INVERTED: (_i, f) =>
    f.of
      ? `Youngest age of ${f.of} must not be more than its oldest age`
      : 'Youngest age must not be more than the oldest age',
  PROVISION_AGES_OUTSIDE_SETTING: (i, f) => `${f.label} must be within the setting’s ages${ages(i)}`,
  SETTING_AGES_EXCLUDE_PROVISION: (i) =>
    `The setting’s ages must include the ages of ${value(i, 'name') || 'each provision'}${ages(i)}`,
  NOT_A_POSTCODE: (_i, f) => f.rule ?? 'Enter a real postcode, like RH12 2NR',
  UNKNOWN_POSTCODE_DISTRICT: (i, f) =>
    `${naming(i, 'district', (d) => `We do not know postcode district ${d}`, 'We do not know that postcode district')}. Check the postcode${f.instead ? `, or ${f.instead}` : ''}`,
  OUTSIDE_THE_UK: (_i, f) => `${f.label} must be in the UK`,
  LOCATION_REQUIRED: () => 'Enter the postcode, or the latitude and longitude',
  AP_TIERS_REQUIRED: (_i, f) =>
    `Select at least one tier ${f.of ?? 'the provision'} offers: an alternative provision programme always has one`,
  AP_TIERS_NOT_ALLOWED: (_i, f) =>
    `Only alternative provision programmes have tiers: untick the tiers of ${f.of ?? 'the provision'}, or change its kind`,
  DESIGNATION_REQUIRED: (_i, f) =>
    `Select at least one need ${f.of ?? 'the provision'} is designated for: a resourced provision or SEN unit always has one`,
  MAIN_ROLL_TWICE: () => 'A setting has one main roll: change the kind of the other provision',
  SECTION_41_NOT_ALLOWED: () =>
    'Only independent special schools and special post-16 institutions are approved under section 41: untick it, or change the kind of setting',
  NO_SUCH_PROVISION: () =>
    'That provision is not part of the setting any more. Reload the page and try again',
  VACANCIES_OVER_PLACES: (i, f) =>
    `${f.label} must not be more than the number of places${inBrackets(i, 'places')}`,
  YEAR_VACANCIES_DO_NOT_ADD_UP: (i) =>
    `Free places by year group must add up to the free places${inBrackets(i, 'vacancies')}${naming(i, 'sum', (sum) => `. They add up to ${sum}`, '')}`,
  UNKNOWN_NEED: (_i, f) => f.rule ?? f.ask,

  // ——— The journey's rules (the law's words are the officer's: keep them exact) ———
  DATE_IN_FUTURE: (_i, f) =>
    `${f.label} must be today or in the past. If the letter goes tomorrow, record it tomorrow`,
  DATE_TOO_OLD: (i, f) =>
    naming(
      i,
      'earliest',
      (earliest) => `${f.label} must be on or after ${earliest}, a year ago`,
      `${f.label} must be no more than a year ago`,
    ),
  DATE_BEFORE_FIRST_LIST: (i, f) =>
    `${f.label} must be on or after ${value(i, 'firstListOn') || 'the day'}, when the case’s first list was made`,
  START_DATE_OUT_OF_RANGE: (i, f) =>
    param(i, 'latest') !== undefined
      ? `${f.label} must be within the next three years`
      : `${f.label} must be no more than a year ago`,
  REQUEST_WINDOW_TOO_SHORT: (i, f) =>
    `${f.label} must be on or after ${value(i, 'earliest') || '15 days after the plan was sent'}: the family has at least 15 days, beginning with the day the plan was sent`,
  REQUEST_WINDOW_TOO_LONG: (i, f) =>
    `${f.label} must be on or before ${value(i, 'latest') || 'the day'}, 60 days after the plan was sent. Check the letter`,
  REFUSAL_GROUNDS_MISSING: () =>
    'Give the grounds for each of the family’s choices ranked above the one the council names',
  REFUSAL_NOT_NEEDED: (i, f) => {
    const name = f.nameOf?.(value(i, 'choiceId')) ?? 'this choice';
    const named = naming(i, 'namedRank', (rank) => `the family’s choice ${rank}`, 'a choice ranked higher');
    return `The council names ${named}, so it gives no grounds for ${name}, which the family ranked lower. Clear the grounds and the reason for ${name}`;
  },
  FAMILY_ORDER_CHANGED: () =>
    'The family has changed its choices since this page was loaded. Check their order below again',
  SECTION_9_GROUND_NOT_ALLOWED: (_i, f) =>
    `The council must name ${f.of ?? 'this choice'} unless an exception in s.39(4) applies: the Education Act 1996 s.9 grounds are only for settings the council must consider`,
  GROUND_NOT_FITTING: (_i, f) => f.ask,
  NOT_A_CURRENT_CHOICE: () =>
    'The family’s choices have changed since this page was loaded. Reload the page and try again',
  NAMED_CHOICE_REFUSED: () =>
    'The council cannot both name a choice and give grounds for not naming it. Clear the grounds for the choice it names',
  CHOICE_OF_ANOTHER_SETTING: (_i, f) => `That family choice is of another setting. ${f.ask}`,
  NOT_THE_DECISION_IN_FORCE: () =>
    'The decision was corrected since this page was loaded. Go back to the case and start again',
  TOO_MANY_CHOICES: (i) =>
    naming(
      i,
      'max',
      (max) => `The case can hold up to ${max} of the family’s choices at once. Remove one first`,
      'The case holds as many of the family’s choices as it may. Remove one first',
    ),
  ALREADY_CONSULTED: () =>
    'This setting is already being consulted about this child. Withdraw that consultation first',
  TOO_MANY_OPEN_CONSULTATIONS: () =>
    'This case has as many open consultations as it may have. Withdraw one first',
  NOT_ON_THE_REGISTER: (_i, f) => `That setting is not on the register. ${f.ask}`,
  // ——— The sufficiency picture ———
  SETTING_NOT_OPEN: (_i, f) => `${f.label} must be a setting that is open`,
  NO_PLACES_FOR_NEED: (_i, f) => `${f.label} has no places for that need to take away`,
  NOT_A_MAINSTREAM_SCHOOL: (_i, f) => `${f.label} must be a mainstream school: a base is part of one`,
  PERIOD_NOT_STARTED: (i, f) =>
    naming(
      i,
      'startsOn',
      (startsOn) => `${f.label} starts on ${startsOn}: choose a period that has begun`,
      `${f.label} must be one that has begun`,
    ),
} satisfies Record<RefusalCode, Wording>;

/** The GOV.UK message for a refusal of the core, on the input `field` names. */
export function refusalText(issue: FieldIssue, field: FieldWords): string {
  const own = field.say?.[issue.code];
  if (own !== undefined) return typeof own === 'string' ? own : own(issue);
  return REFUSAL_TEXT[issue.code](issue, field);
}
