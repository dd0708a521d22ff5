import { type FieldIssue, InvalidInputError } from '../../../functions/core/errors.js';
import { listRequestIssues, offRegisterSettingInput } from '../../../functions/core/lists/request.js';
import type { OutcodeIndex } from '../../../functions/core/postcodes.js';
import type { RefusalCode, RefusalParams } from '../../../functions/core/refusal-codes.js';
import { parseOrThrow } from '../../../functions/core/validation.js';

// The officer's "Make a list" form: what it was sent with, which button sent it, the family's
// choices it carries between round trips, and the generateTailoredList input it stands for.
// Pure: the day is passed in. Its errors are new-list-errors.ts's; the page's model new-list-model.ts's.

/** A family choice carried by the form between its round trips, before the list is made. */
export type CarriedChoice =
  | { settingId: string }
  | { offRegister: { name: string; town: string | null; postcode: string | null; website: string | null } };

/** The "Make a list" form's values as sent (all text), kept to show again. */
export interface NewListValues {
  caseReference: string;
  laCode: string;
  primaryNeed: string;
  secondaryNeeds: string[];
  age: string;
  ncYear: string;
  startDay: string;
  startMonth: string;
  startYear: string;
  homePostcode: string;
  maxTravelKm: string;
  provisionTypes: string[];
  provisionRequired: boolean;
  apTiers: string[];
  boarding: string;
  genderIntake: string;
  religiousCharacter: string;
  preferAvailablePlaces: boolean;
  maxEntries: string;
  officerNotes: string;
  q: string;
  /** The form's own key (request-key.ts): a repeat of "Make the list" returns the list it made. */
  requestKey: string;
  choices: CarriedChoice[];
  other: { name: string; town: string; postcode: string; website: string };
}

export type NewListAction =
  | { kind: 'make' }
  | { kind: 'search' }
  | { kind: 'add'; settingId: string }
  | { kind: 'add-other' }
  | { kind: 'remove'; index: number };

/** Which button sent the form: `action` is make, search, add-other, add:<setting id> or remove:<n>. */
export function newListAction(action: string | undefined): NewListAction {
  if (action === 'search') return { kind: 'search' };
  if (action === 'add-other') return { kind: 'add-other' };
  if (action?.startsWith('add:')) return { kind: 'add', settingId: action.slice(4) };
  // The page's own button values, not a core message.
  const remove = /^remove:(\d{1,2})$/.exec(action ?? '');
  if (remove?.[1]) return { kind: 'remove', index: Number(remove[1]) };
  return { kind: 'make' };
}

/** A carried choice as its hidden field's value: `s:<setting id>`, or `o:` and the setting as JSON. */
export function encodeChoice(choice: CarriedChoice): string {
  return 'settingId' in choice ? `s:${choice.settingId}` : `o:${JSON.stringify(choice.offRegister)}`;
}

/** The choice a hidden field carries, or null for a value this form never wrote. */
export function decodeChoice(value: string): CarriedChoice | null {
  if (value.startsWith('s:') && value.length > 2) return { settingId: value.slice(2) };
  if (!value.startsWith('o:')) return null;
  try {
    const o = JSON.parse(value.slice(2)) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
    const name = text(o.name);
    if (!name) return null;
    return {
      offRegister: { name, town: text(o.town), postcode: text(o.postcode), website: text(o.website) },
    };
  } catch {
    return null;
  }
}

/** An empty form, for the officer's first visit: the LA chosen when they have only one. */
export function emptyNewList(laCodes: readonly string[]): NewListValues {
  return readNewListForm({ laCode: laCodes.length === 1 ? (laCodes[0] ?? '') : '' }, () => []);
}

/** Reads the form's fields (first values, and every value of repeated ones). */
export function readNewListForm(
  form: Readonly<Record<string, string>>,
  all: (name: string) => string[],
): NewListValues {
  const v = (name: string) => form[name] ?? '';
  return {
    caseReference: v('caseReference'),
    laCode: v('laCode'),
    primaryNeed: v('primaryNeed'),
    secondaryNeeds: all('secondaryNeeds'),
    age: v('age'),
    ncYear: v('ncYear'),
    startDay: v('startDate-day'),
    startMonth: v('startDate-month'),
    startYear: v('startDate-year'),
    homePostcode: v('homePostcode'),
    maxTravelKm: v('maxTravelKm'),
    provisionTypes: all('provisionTypes'),
    provisionRequired: v('provisionRequired') === 'yes',
    apTiers: all('apTiers'),
    boarding: v('boarding'),
    genderIntake: v('genderIntake'),
    religiousCharacter: v('religiousCharacter'),
    preferAvailablePlaces: v('preferAvailablePlaces') === 'yes',
    maxEntries: v('maxEntries'),
    officerNotes: v('officerNotes'),
    q: v('q'),
    requestKey: v('requestKey'),
    choices: all('choice').flatMap((c) => decodeChoice(c) ?? []),
    other: {
      name: v('otherName'),
      town: v('otherTown'),
      postcode: v('otherPostcode'),
      website: v('otherWebsite'),
    },
  };
}

/** The values with one more choice carried (an on-register setting once only); the search is kept. */
export function withChoice(values: NewListValues, choice: CarriedChoice): NewListValues {
  if (
    'settingId' in choice &&
    values.choices.some((c) => 'settingId' in c && c.settingId === choice.settingId)
  ) {
    return values;
  }
  return { ...values, choices: [...values.choices, choice] };
}

export function withoutChoice(values: NewListValues, index: number): NewListValues {
  return { ...values, choices: values.choices.filter((_c, i) => i !== index) };
}

/**
 * The off-register setting typed into the form, checked by the core's own rule for one (as
 * generateTailoredList checks it): the choice to carry, or the issues (fields `other.name` …) to show.
 */
export function otherChoice(values: NewListValues): { choice: CarriedChoice } | { issues: FieldIssue[] } {
  const o = values.other;
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  try {
    const d = parseOrThrow(
      offRegisterSettingInput,
      { name: o.name, town: blank(o.town), postcode: blank(o.postcode), website: blank(o.website) },
      'other',
    );
    return {
      choice: {
        offRegister: {
          name: d.name,
          town: d.town ?? null,
          postcode: d.postcode ?? null,
          website: d.website ?? null,
        },
      },
    };
  } catch (error) {
    if (error instanceof InvalidInputError) return { issues: error.issues };
    throw error;
  }
}

/** Whether the officer typed anything into the off-register setting's inputs. */
export function hasOtherTyped(values: NewListValues): boolean {
  return Object.values(values.other).some((s) => s.trim() !== '');
}

// The form's own formats: numbers and a date typed into boxes, which the core takes as numbers and
// "YYYY-MM-DD". Everything else is the core's to check.
const WHOLE = /^\d{1,3}$/;
const DECIMAL = /^\d{1,3}(\.\d{1,2})?$/;
const DAY_OR_MONTH = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;

/**
 * The generateTailoredList input the form stands for, or every issue with it: those only the form
 * can see (a number that is not one, a date missing a part or not made of numbers) and, beside
 * them, those the core's rules find in the rest (listRequestIssues), so the officer sees all at
 * once. With none of its own, the input goes to the service, which checks it all.
 */
export function newListInput(
  values: NewListValues,
  today: Date,
  outcodes?: OutcodeIndex,
): { input: Record<string, unknown>; issues: [] } | { input: null; issues: FieldIssue[] } {
  const own: FieldIssue[] = [];
  const issue = (field: string, code: RefusalCode, params: RefusalParams = {}) =>
    own.push({ field: `input.${field}`, code, params, message: code });
  const input: Record<string, unknown> = {
    caseReference: values.caseReference,
    laCode: values.laCode,
    primaryNeed: values.primaryNeed,
    secondaryNeeds: values.secondaryNeeds,
    homePostcode: values.homePostcode,
    preferAvailablePlaces: values.preferAvailablePlaces,
  };
  const age = values.age.trim();
  if (age && !WHOLE.test(age)) issue('age', 'NOT_WHOLE_NUMBER');
  else if (age) input.age = Number(age);
  if (values.ncYear) input.ncYear = Number(values.ncYear);
  const [day, month, year] = [values.startDay, values.startMonth, values.startYear].map((s) => s.trim());
  if (!day && !month && !year) issue('startDate', 'REQUIRED');
  else if (!day || !month || !year) issue('startDate', 'DATE_INCOMPLETE');
  else if (!DAY_OR_MONTH.test(day) || !DAY_OR_MONTH.test(month) || !YEAR.test(year)) {
    issue('startDate', 'NOT_A_DATE');
  } else {
    // Whether it is in the calendar is the core's to say (NOT_A_DATE).
    input.startDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const km = values.maxTravelKm.trim();
  if (km && !DECIMAL.test(km)) issue('maxTravelKm', 'WRONG_TYPE', { expected: 'number' });
  else if (km) input.maxTravelKm = Number(km);
  const entries = values.maxEntries.trim();
  if (entries && !WHOLE.test(entries)) issue('maxEntries', 'NOT_WHOLE_NUMBER');
  else if (entries) input.maxEntries = Number(entries);
  if (values.provisionTypes.length > 0 || values.apTiers.length > 0 || values.provisionRequired) {
    input.provisionPreference = {
      types: values.provisionTypes,
      apTiers: values.apTiers,
      required: values.provisionRequired,
    };
  }
  if (values.boarding) input.boarding = values.boarding;
  if (values.genderIntake) input.genderIntake = values.genderIntake;
  if (values.religiousCharacter.trim()) input.religiousCharacter = values.religiousCharacter;
  if (values.officerNotes.trim()) input.officerNotes = values.officerNotes;
  const choices = values.choices.map((c) => ({ ...c }));
  if (hasOtherTyped(values)) {
    const other = otherChoice(values);
    if ('issues' in other) own.push(...other.issues);
    else choices.push(other.choice);
  }
  if (choices.length > 0) input.familyChoices = choices;
  if (own.length === 0) return { input, issues: [] };
  // A field the form refused itself is left out of the input: the core's word on it would be about nothing typed.
  const refused = new Set(own.map((i) => i.field));
  const core = listRequestIssues(input, today, outcodes).filter((i) => !refused.has(i.field));
  return { input: null, issues: [...own, ...core] };
}
