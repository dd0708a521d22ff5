import type { FieldIssue } from '../../../functions/core/errors.js';
import { dateInWords, isCalendarDate } from '../../../functions/core/journey/dates.js';
import { familyPageUrl } from '../../../functions/core/lists/family-link.js';
import { capacityNote, distanceNote, isLinkActive } from '../../../functions/core/lists/family-view.js';
import {
  type FamilyChoice,
  type FamilyLinkRecord,
  PLACEMENT_TYPES,
  type TailoredList,
} from '../../../functions/core/lists/model.js';
import {
  defaultTravelKm,
  LIST_LIMITS,
  offRegisterSettingInput,
} from '../../../functions/core/lists/request.js';
import { AP_TIERS } from '../../../functions/core/model.js';
import { NEED_CODES, NEEDS, type NeedCode } from '../../../functions/core/needs.js';
import type { RefusalCode, RefusalParams } from '../../../functions/core/refusal-codes.js';
import type { SearchResult } from '../../../functions/core/search.js';
import { refusalOf } from '../../../functions/core/validation.js';
import {
  AP_TIER_TEXT,
  NOT_LISTED_LABELS,
  PLACEMENT_TYPE_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import { listEntryModel, statementModel } from '../family-page.js';
import { distanceWords, instantInWords } from '../format.js';
import type { FormError } from '../forms.js';

// The officer's list pages as plain data: the "Make a list" form (its fields, how they become a
// generateTailoredList input, and how the service's field issues become GOV.UK error messages),
// and a list as an officer reads it. Pure: no I/O, the clock passed in.

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
 * The off-register setting typed into the form, checked as generateTailoredList would check it:
 * the choice to carry, or the issues (fields named `otherName` …) to show.
 */
export function otherChoice(values: NewListValues): { choice: CarriedChoice } | { issues: FieldIssue[] } {
  const o = values.other;
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  const parsed = offRegisterSettingInput.safeParse({
    name: o.name,
    town: blank(o.town),
    postcode: blank(o.postcode),
    website: blank(o.website),
  });
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({
        field: `other.${String(i.path[0] ?? 'name')}`,
        ...refusalOf(i),
        message: i.message,
      })),
    };
  }
  const d = parsed.data;
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
}

/** Whether the officer typed anything into the off-register setting's inputs. */
export function hasOtherTyped(values: NewListValues): boolean {
  return Object.values(values.other).some((s) => s.trim() !== '');
}

const WHOLE = /^\d{1,3}$/;
const DECIMAL = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * The generateTailoredList input the form stands for, or the issues only the form can see (a
 * number that is not one, a date missing a part or not in the calendar). Everything else the
 * service checks, and its issues come back through `newListErrors`.
 */
export function newListInput(
  values: NewListValues,
): { input: Record<string, unknown>; issues: [] } | { input: null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const issue = (field: string, code: RefusalCode, params: RefusalParams = {}) =>
    issues.push({ field: `input.${field}`, code, params, message: code });
  const input: Record<string, unknown> = {
    caseReference: values.caseReference,
    laCode: values.laCode,
    primaryNeed: values.primaryNeed,
    secondaryNeeds: values.secondaryNeeds,
    homePostcode: values.homePostcode,
    preferAvailablePlaces: values.preferAvailablePlaces,
  };
  if (!values.primaryNeed) issue('primaryNeed', 'REQUIRED');
  const age = values.age.trim();
  if (age && values.ncYear) issue('age', 'ONE_OF_FIELDS', { fields: ['age', 'ncYear'] });
  else if (values.ncYear) input.ncYear = Number(values.ncYear);
  else if (!age) issue('age', 'ONE_OF_FIELDS', { fields: ['age', 'ncYear'] });
  else if (!WHOLE.test(age)) issue('age', 'NOT_WHOLE_NUMBER');
  else input.age = Number(age);
  const [day, month, year] = [values.startDay, values.startMonth, values.startYear].map((s) => s.trim());
  if (!day && !month && !year) issue('startDate', 'REQUIRED');
  else if (!day || !month || !year) issue('startDate', 'DATE_INCOMPLETE');
  else if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    issue('startDate', 'NOT_A_DATE');
  } else {
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!isCalendarDate(date)) issue('startDate', 'NOT_A_DATE');
    else input.startDate = date;
  }
  if (!values.homePostcode.trim()) issue('homePostcode', 'REQUIRED');
  const km = values.maxTravelKm.trim();
  if (km) {
    if (!DECIMAL.test(km)) issue('maxTravelKm', 'WRONG_TYPE', { expected: 'number' });
    else input.maxTravelKm = Number(km);
  }
  const entries = values.maxEntries.trim();
  if (entries) {
    if (!WHOLE.test(entries)) issue('maxEntries', 'NOT_WHOLE_NUMBER');
    else input.maxEntries = Number(entries);
  }
  if (values.provisionTypes.length > 0) {
    input.provisionPreference = {
      types: values.provisionTypes,
      apTiers: values.apTiers,
      required: values.provisionRequired,
    };
  } else if (values.apTiers.length > 0) {
    issue('provisionPreference.apTiers', 'ONLY_WITH', { with: 'ALTERNATIVE_PROVISION' });
  } else if (values.provisionRequired) {
    issue('provisionPreference.types', 'TOO_FEW', { min: 1 });
  }
  if (values.boarding) input.boarding = values.boarding;
  if (values.genderIntake) input.genderIntake = values.genderIntake;
  if (values.religiousCharacter.trim()) input.religiousCharacter = values.religiousCharacter;
  if (values.officerNotes.trim()) input.officerNotes = values.officerNotes;
  const choices = values.choices.map((c) => ({ ...c }));
  if (hasOtherTyped(values)) {
    const other = otherChoice(values);
    if ('issues' in other) issues.push(...other.issues);
    else choices.push(other.choice);
  }
  if (choices.length > 0) input.familyChoices = choices;
  return issues.length > 0 ? { input: null, issues } : { input, issues: [] };
}

/** The form's inputs in page order: the error summary lists problems in this order. */
const INPUT_ORDER = [
  'caseReference',
  'laCode',
  'primaryNeed',
  'secondaryNeeds',
  'age',
  'ncYear',
  'startDate-day',
  'homePostcode',
  'maxTravelKm',
  'provisionTypes',
  'apTiers',
  'boarding',
  'genderIntake',
  'religiousCharacter',
  'maxEntries',
  'officerNotes',
  'q',
  'choices',
  'otherName',
  'otherTown',
  'otherPostcode',
  'otherWebsite',
] as const;

/**
 * The GOV.UK error for one issue: the input it belongs to and what to do, in plain words. Fields
 * are the service's dotted paths ("input.startDate", "input.familyChoices.2.offRegister.website")
 * or the form's own ("other.website", "q").
 */
export function newListError(issue: FieldIssue, values: NewListValues): FormError {
  const path = issue.field.replace(/^input\./, '').split('.');
  const [head = '', second = ''] = path;
  switch (head) {
    case 'caseReference':
      return {
        inputId: 'caseReference',
        text: values.caseReference.trim()
          ? 'Case reference must use only letters, numbers and / _ . - (up to 40 characters)'
          : 'Enter the case reference',
      };
    case 'laCode':
      return { inputId: 'laCode', text: 'Choose the council the child’s plan is with' };
    case 'primaryNeed':
      return { inputId: 'primaryNeed', text: 'Choose the child’s main need' };
    case 'secondaryNeeds':
      return { inputId: 'secondaryNeeds', text: 'Choose other needs from the list' };
    case 'age':
      if (issue.code === 'ONE_OF_FIELDS' && values.age.trim() && values.ncYear) {
        return { inputId: 'age', text: 'Enter the child’s age or choose their year group, not both' };
      }
      if (issue.code === 'ONE_OF_FIELDS' && !values.age.trim()) {
        return { inputId: 'age', text: 'Enter the child’s age or choose their year group' };
      }
      return { inputId: 'age', text: 'Age must be a whole number of years, from 0 to 25' };
    case 'ncYear':
      return { inputId: 'ncYear', text: 'Choose a year group from Reception to Year 14' };
    case 'startDate':
      return { inputId: 'startDate-day', text: startDateText(issue) };
    case 'home':
    case 'homePostcode': {
      const district = issue.code === 'UNKNOWN_POSTCODE_DISTRICT' ? issue.params?.district : undefined;
      return {
        inputId: 'homePostcode',
        text: district
          ? `We do not know postcode district ${district}. Check the postcode`
          : values.homePostcode.trim()
            ? 'Enter a real postcode or postcode district, like RH12 2NR or RH12'
            : 'Enter the family’s postcode or postcode district',
      };
    }
    case 'maxTravelKm':
      return {
        inputId: 'maxTravelKm',
        text: `Travel distance must be a number of kilometres, more than 0 and up to ${LIST_LIMITS.maxTravelKm}, or left empty`,
      };
    case 'provisionPreference':
      return second === 'apTiers'
        ? {
            inputId: 'apTiers',
            text: 'To choose tiers, also tick alternative provision as a kind of provision',
          }
        : {
            inputId: 'provisionTypes',
            text: 'Choose at least one kind of provision, or untick “Only these kinds”',
          };
    case 'boarding':
      return { inputId: 'boarding', text: 'Choose day, residential or either' };
    case 'genderIntake':
      return { inputId: 'genderIntake', text: 'Choose which schools to consider' };
    case 'religiousCharacter':
      return { inputId: 'religiousCharacter', text: 'Religious character must be 80 characters or fewer' };
    case 'maxEntries':
      return {
        inputId: 'maxEntries',
        text: `Number of suggestions must be a whole number from 1 to ${LIST_LIMITS.maxEntries}, or left empty`,
      };
    case 'officerNotes':
      return { inputId: 'officerNotes', text: 'Notes must be 1,000 characters or fewer' };
    case 'q':
      return {
        inputId: 'q',
        text: 'Enter a name, town, postcode district or URN to search for, using letters and numbers (up to 100 characters)',
      };
    case 'other':
      return otherError(second);
    case 'familyChoices': {
      if (!second || !/^\d+$/.test(second)) return tooManyChoices();
      const index = Number(second);
      // The last choice sent may be the one still in the off-register inputs.
      if (index >= values.choices.length && hasOtherTyped(values)) return otherError(path.at(-1) ?? 'name');
      return {
        inputId: 'choices',
        text: `Choice ${index + 1} could not be used. Remove it and add it again`,
      };
    }
    case 'familyNamedSettingIds':
      return tooManyChoices();
    default:
      return { inputId: 'caseReference', text: 'Check the details and try again' };
  }
}

function startDateText(issue: FieldIssue): string {
  switch (issue.code) {
    case 'REQUIRED':
      return 'Enter the date the child would start';
    case 'DATE_INCOMPLETE':
      return 'Start date must include a day, month and year';
    case 'START_DATE_OUT_OF_RANGE':
      return issue.params?.latest
        ? 'Start date must be within the next three years'
        : 'Start date must be no more than a year ago';
    default:
      return 'Start date must be a real date';
  }
}

function otherError(field: string): FormError {
  switch (field) {
    case 'town':
      return { inputId: 'otherTown', text: 'Town must be 80 characters or fewer' };
    case 'postcode':
      return { inputId: 'otherPostcode', text: 'Postcode must be 10 characters or fewer' };
    case 'website':
      return {
        inputId: 'otherWebsite',
        text: 'Enter a web address that starts with http:// or https://, or leave it empty',
      };
    default:
      return { inputId: 'otherName', text: 'Enter the name of the school or college (up to 120 characters)' };
  }
}

function tooManyChoices(): FormError {
  return {
    inputId: 'choices',
    text: `You can add up to ${LIST_LIMITS.maxFamilyNamed} choices to a list at once. Remove one first`,
  };
}

/** Every issue as a GOV.UK error, one per input, in the page's order. */
export function newListErrors(issues: readonly FieldIssue[], values: NewListValues): FormError[] {
  const byInput = new Map<string, FormError>();
  for (const issue of issues) {
    const error = newListError(issue, values);
    if (!byInput.has(error.inputId)) byInput.set(error.inputId, error);
  }
  const rank = (id: string) => {
    const i = (INPUT_ORDER as readonly string[]).indexOf(id);
    return i < 0 ? INPUT_ORDER.length : i;
  };
  return [...byInput.values()].sort((a, b) => rank(a.inputId) - rank(b.inputId));
}

/** A need in words, with its code: "Autistic spectrum disorder (ASD)". */
export function needWords(code: NeedCode): string {
  return `${NEEDS[code].name} (${code})`;
}

/** A national-curriculum year in words: 0 is Reception. */
export function yearWords(ncYear: number): string {
  return ncYear === 0 ? 'Reception' : `Year ${ncYear}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a register setting looks like among the carried choices and search results. */
export interface SettingSummary {
  name: string;
  where: string | null;
}

export interface NewListModelInput {
  values: NewListValues;
  laCodes: readonly string[];
  errors?: readonly FormError[];
  /** The register search's results, when the officer searched. */
  results?: readonly SearchResult[] | null;
  /** Names of the carried on-register choices, by setting id (a choice not found shows its id). */
  settings?: ReadonlyMap<string, SettingSummary>;
}

/** The "Make a list" form as plain data: options with what is chosen, errors by input, carried choices. */
export function newListModel({ values, laCodes, errors = [], results = null, settings }: NewListModelInput) {
  const chosen = new Set(values.choices.flatMap((c) => ('settingId' in c ? [c.settingId] : [])));
  return {
    values,
    errors,
    errorFor: Object.fromEntries(errors.map((e) => [e.inputId, e.text])),
    laCodes,
    needs: NEED_CODES.map((code) => ({
      value: code,
      text: needWords(code),
      primary: values.primaryNeed === code,
      secondary: values.secondaryNeeds.includes(code),
    })),
    years: Array.from({ length: 15 }, (_v, n) => ({
      value: String(n),
      text: yearWords(n),
      selected: values.ncYear === String(n),
    })),
    defaultTravel: [3, 4, 11, 16].map((age) => `${defaultTravelKm(age)} km`),
    placementTypes: PLACEMENT_TYPES.map((t) => ({
      value: t,
      text: PLACEMENT_TYPE_WORDS[t],
      checked: values.provisionTypes.includes(t),
    })),
    apTiers: AP_TIERS.map((t) => ({
      value: t,
      text: capitalise(AP_TIER_TEXT[t]),
      checked: values.apTiers.includes(t),
    })),
    choices: values.choices.map((c, index) => {
      const encoded = encodeChoice(c);
      if ('settingId' in c) {
        const s = settings?.get(c.settingId);
        return {
          index,
          encoded,
          name: s?.name ?? c.settingId,
          where: s?.where ?? null,
          onRegister: true,
        };
      }
      const o = c.offRegister;
      return {
        index,
        encoded,
        name: o.name,
        where: [o.town, o.postcode].filter(Boolean).join(', ') || null,
        onRegister: false,
        website: o.website,
      };
    }),
    maxChoices: LIST_LIMITS.maxFamilyNamed,
    results:
      results?.map((r) => ({
        id: r.id,
        name: r.name,
        kind: SETTING_KIND_WORDS[r.kind],
        where: [r.town, r.postcode].filter(Boolean).join(', ') || null,
        ages: `Ages ${r.ageRange.low} to ${r.ageRange.high}`,
        la: r.laCode,
        alreadyChosen: chosen.has(r.id),
      })) ?? null,
  };
}

export type NewListModel = ReturnType<typeof newListModel>;

/** A family link just made: its address is shown once, as only its hash is kept. */
export interface NewLinkShown {
  token: string;
  expiresAt: string;
}

export interface ListPageInput {
  list: TailoredList;
  /** Every version of the case, newest first (tailoredLists). */
  versions: readonly TailoredList[];
  links: readonly FamilyLinkRecord[];
  now: Date;
  /** The site's public origin, for the family link's address. */
  origin: string;
  /** A link made by this request (the list just made, or "Make a new family link"). */
  newLink?: NewLinkShown | null;
  /** Set after the list was made in this request. */
  justMade?: boolean;
  /** Links withdrawn by the last request, for its notification. */
  withdrawn?: number | null;
}

/** The case's journey page (another page): named by the LA and the reference, which may hold a slash. */
export function casePath(laCode: string, caseReference: string): string {
  return `/case?la=${encodeURIComponent(laCode)}&ref=${encodeURIComponent(caseReference)}`;
}

export function listPath(listId: string): string {
  return `/lists/${encodeURIComponent(listId)}`;
}

function choiceModel(c: FamilyChoice) {
  return {
    rank: c.rank,
    name: c.name,
    where: [c.town, c.postcode].filter(Boolean).join(', ') || null,
    website: c.website && /^https?:\/\//.test(c.website) ? c.website : null,
    onRegister: c.onRegister,
    addedBy: c.addedBy === 'FAMILY' ? 'The family' : 'The council',
    addedOn: instantInWords(c.addedAt),
    legalRouteReason: c.legalRoute.reason,
    legalBasis: c.legalRoute.basis,
    note: c.note,
    removedOn: c.removedAt ? instantInWords(c.removedAt) : null,
    removedReason: c.removedReason,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A list as an officer reads it: what was asked, the statement, every entry with its points, the record. */
export function listPageModel({
  list,
  versions,
  links,
  now,
  origin,
  newLink = null,
  justMade = false,
  withdrawn = null,
}: ListPageInput) {
  const r = list.request;
  const latest = versions.reduce((max, v) => Math.max(max, v.version), list.version);
  const entries = list.entries.map((e, index) => ({
    ...listEntryModel(e, index, now),
    reasons: e.reasons.map((reason) => ({ text: reason.text, points: round(reason.points) })),
    score: round(e.score),
    legalBasis: e.legalRoute.basis,
  }));
  const activeLinks = links.filter((l) => isLinkActive(l, now)).length;
  return {
    id: list.id,
    path: listPath(list.id),
    caseReference: list.caseReference,
    laCode: list.laCode,
    casePath: casePath(list.laCode, list.caseReference),
    version: list.version,
    latestVersion: latest,
    newerVersionAvailable: latest > list.version,
    generatedOn: instantInWords(list.generatedAt),
    generatedBy: list.generatedBy,
    matchingVersion: list.matchingVersion,
    statement: statementModel(list.statement),
    request: {
      primaryNeed: needWords(r.primaryNeed),
      secondaryNeeds: r.secondaryNeeds.map(needWords),
      age: r.ncYear !== null ? `${r.age} (${yearWords(r.ncYear)})` : String(r.age),
      startDate: dateInWords(r.startDate),
      home: r.home.postcodeDistrict
        ? `Postcode district ${r.home.postcodeDistrict} (distances from its centre)`
        : 'A point given by the council',
      travel: `${r.maxTravelKm} km${r.travelDistanceDefaulted ? ' (the usual distance for this age)' : ''}`,
      provision: r.provisionPreference
        ? `${r.provisionPreference.types.map((t) => PLACEMENT_TYPE_WORDS[t]).join('; ')}${
            r.provisionPreference.apTiers.length
              ? `: ${r.provisionPreference.apTiers.map((t) => AP_TIER_TEXT[t]).join(', ')}`
              : ''
          }${r.provisionPreference.required ? ' (only these kinds)' : ' (preferred, not required)'}`
        : 'Any kind',
      boarding: r.boarding === 'DAY' ? 'Day' : r.boarding === 'RESIDENTIAL' ? 'Residential' : 'Either',
      genderIntake:
        r.genderIntake === 'BOYS'
          ? 'Mixed schools and boys’ schools'
          : r.genderIntake === 'GIRLS'
            ? 'Mixed schools and girls’ schools'
            : 'All schools',
      religiousCharacter: r.religiousCharacter,
      preferAvailablePlaces: r.preferAvailablePlaces,
      maxEntries: r.maxEntries,
    },
    officerNotes: list.officerNotes,
    capacityNote: capacityNote(r),
    distanceNote: distanceNote(r),
    rangeNote: list.rangeNote,
    choices: list.familyChoices.map(choiceModel),
    removedChoices: list.removedFamilyChoices.map(choiceModel),
    entries,
    allFull: entries.length > 0 && entries.every((e) => e.capacityStatus === 'FULL'),
    record: {
      consideredCount: list.consideredCount,
      counts: list.consideredNotListed
        .filter((c) => c.count > 0)
        .map((c) => ({ reason: NOT_LISTED_LABELS[c.reason], count: c.count })),
      notListed:
        list.notListedSettings?.map((s) => ({
          name: s.name,
          place: s.town,
          kind: SETTING_KIND_WORDS[s.kind],
          distance: distanceWords(s.distanceKm),
          reason: NOT_LISTED_LABELS[s.reason],
          specialist: s.specialist,
        })) ?? null,
      search: {
        radius: `${round(list.search.radiusKm)} km`,
        mainstreamRadius: `${round(list.search.mainstreamRadiusKm)} km`,
        specialistReach: `${round(list.search.specialistReachKm)} km`,
      },
      capacityFreshDays: list.capacityFreshDays,
      notListedKnown: list.notListedSettings !== null,
    },
    versions: versions.map((v) => ({
      version: v.version,
      path: listPath(v.id),
      generatedOn: instantInWords(v.generatedAt),
      entries: v.entries.length,
      choices: v.familyChoices.length,
      current: v.id === list.id,
    })),
    links: links.map((l) => ({
      createdOn: instantInWords(l.createdAt),
      expiresOn: instantInWords(l.expiresAt),
      status: l.revokedAt
        ? `Withdrawn on ${instantInWords(l.revokedAt)}`
        : isLinkActive(l, now)
          ? 'Works'
          : 'Expired',
    })),
    activeLinks,
    newLink: newLink
      ? { url: familyPageUrl(origin, newLink.token), expiresOn: instantInWords(newLink.expiresAt) }
      : null,
    justMade,
    withdrawnText: withdrawn === null ? null : withdrawnWords(withdrawn),
  };
}

/** What "Withdraw this list's family links" did. */
export function withdrawnWords(count: number): string {
  if (count === 0) return 'No link was working, so nothing was withdrawn.';
  return count === 1
    ? 'Withdrew 1 family link. It no longer opens this list.'
    : `Withdrew ${count} family links. They no longer open this list.`;
}

export type ListPageModel = ReturnType<typeof listPageModel>;
