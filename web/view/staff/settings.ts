import { capacityContactsOf } from '../../../functions/core/capacity-contacts.js';
import { CONFIRMABLE_SOURCES } from '../../../functions/core/capacity-input.js';
import { capacityViewOf, pendingConsultationsOf } from '../../../functions/core/capacity-view.js';
import type { FieldIssue } from '../../../functions/core/errors.js';
import { freshUntil, lastConfirmedAtOf } from '../../../functions/core/lists/capacity-status.js';
import type {
  AgeRange,
  Capacity,
  CapacityChange,
  CapacitySource,
  CapacityView,
  Provision,
  Setting,
} from '../../../functions/core/model.js';
import { NEEDS } from '../../../functions/core/needs.js';
import {
  AP_TIER_WORDS,
  CHANGE_KIND_WORDS,
  PROVISION_KIND_WORDS,
  ROLE_WORDS,
  SECTOR_WORDS,
  SETTING_KIND_WORDS,
  SOURCE_WORDS,
  STATUS_WORDS,
} from '../../../functions/core/words.js';
import { instantInWords } from '../format.js';
import type { FormError, FormValues } from '../forms.js';

// A setting's page, its change-figures form and its capacity history, as plain data for the
// templates. Pure: the clock, the freshness window and what the caller may do are passed in.

const DONE_WORDS: Readonly<Record<string, string>> = {
  confirmed: 'You confirmed the figures are still correct.',
  stated: 'The new figures are saved.',
  added: 'The setting is on the register. Give its places below.',
  changed: 'The setting’s details are saved.',
  contacts: 'Who keeps these figures is saved.',
};

/** "Reception" for year 0, else "Year 4". */
export function yearWords(year: number): string {
  return year === 0 ? 'Reception' : `Year ${year}`;
}

/** "1 place" / "3 places". */
function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "22 November 2026 at 3:05pm" (London). */
export function instantWithTime(iso: string): string {
  const time = LONDON_TIME.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
  return `${instantInWords(iso)} at ${time}`;
}

/** How fresh figures are, and until when lists count them as fresh (the lists' own rule). */
export function freshnessModel(capacity: Capacity, now: Date, freshDays: number) {
  const live = (CONFIRMABLE_SOURCES as readonly CapacitySource[]).includes(capacity.source);
  const last = lastConfirmedAtOf(capacity);
  const until = freshUntil(capacity, freshDays);
  const fresh = live && now.getTime() <= Date.parse(until);
  const confirmedLater = last !== capacity.updatedAt;
  const lastText = confirmedLater
    ? `Stated on ${instantInWords(capacity.updatedAt)}. Confirmed as still correct on ${instantInWords(last)}.`
    : `${live ? 'Stated' : 'Imported'} on ${instantInWords(capacity.updatedAt)}.`;
  let listText: string;
  if (!live) {
    listText =
      'Lists show these figures as not confirmed, however recent they are, because they did not come from the setting or the council.';
  } else if (fresh) {
    listText = `Lists count them as up to date until ${instantInWords(until)} (${freshDays} days after they were last stated or confirmed). After that, lists show them as not confirmed.`;
  } else {
    listText = `Lists stopped counting them as up to date on ${instantInWords(until)}, ${freshDays} days after they were last stated or confirmed: lists show them as not confirmed. Confirm them or change them.`;
  }
  return { lastText, listText, fresh, live, freshUntil: until };
}

export interface SettingPageInput {
  setting: Setting;
  laName: string | null;
  now: Date;
  /** The lists' freshness window (LIST_CAPACITY_FRESH_DAYS). */
  freshDays: number;
  /** Whether the caller may change this setting's figures (core/access.ts). */
  canUpdate: boolean;
  /** Whether the caller may read its capacity history (core/access.ts). */
  canReadHistory: boolean;
  /** Whether the caller may change its details (core/access.ts): offers "Change details". */
  canManage?: boolean;
  /** What the last form did (?done=…). */
  done?: string | null;
  /** A refused confirmation, shown in the error summary and by its provision. */
  problem?: { provisionId: string; text: string } | null;
}

function ageRangeWords(range: AgeRange): string {
  return `${range.low} to ${range.high}`;
}

/** A setting's page as plain data. */
export function settingPageModel(input: SettingPageInput) {
  const { setting, now, freshDays, canUpdate, canReadHistory } = input;
  const base = `/settings/${encodeURIComponent(setting.id)}`;
  const provisions = setting.provisions.map((p) =>
    provisionModel(p, { base, now, freshDays, canUpdate, canReadHistory }),
  );
  const problem = input.problem
    ? { ...input.problem, inputId: `provision-${input.problem.provisionId}` }
    : null;
  const address = [...setting.address.lines, setting.address.town, setting.address.postcode].filter(
    (line): line is string => Boolean(line),
  );
  return {
    id: setting.id,
    name: setting.name,
    kind: SETTING_KIND_WORDS[setting.kind],
    sector: SECTOR_WORDS[setting.sector],
    section41Approved: setting.section41Approved,
    ages: ageRangeWords(setting.ageRange),
    la: input.laName ? `${input.laName} (${setting.laCode})` : setting.laCode,
    address,
    urn: setting.urn,
    status: STATUS_WORDS[setting.status],
    sourceNotes: setting.sourceNotes,
    provisions,
    readOnly: !canUpdate,
    editPath: input.canManage ? `${base}/edit` : null,
    /** Who keeps its figures: shown to those who may change them (the same rule as the contacts'). */
    contactsPath: canUpdate ? `${base}/contacts` : null,
    contactNames: canUpdate ? capacityContactsOf(setting).map((c) => c.name) : [],
    done: DONE_WORDS[input.done ?? ''] ?? null,
    problem,
    freshDays,
  };
}

export type SettingPageModel = ReturnType<typeof settingPageModel>;

function provisionModel(
  p: Provision,
  ctx: { base: string; now: Date; freshDays: number; canUpdate: boolean; canReadHistory: boolean },
) {
  const view = capacityViewOf(p);
  const path = `${ctx.base}/provisions/${encodeURIComponent(p.id)}`;
  const figures = view ? figuresModel(view) : null;
  const freshness = view ? freshnessModel(view, ctx.now, ctx.freshDays) : null;
  const confirmable =
    view !== null && (CONFIRMABLE_SOURCES as readonly CapacitySource[]).includes(view.source);
  return {
    id: p.id,
    anchor: `provision-${p.id}`,
    name: p.name,
    kind: PROVISION_KIND_WORDS[p.kind],
    designation: p.designation.map((code) => `${NEEDS[code].name} (${code})`),
    apTiers: p.apTiers.map((t) => AP_TIER_WORDS[t]),
    ages: p.ageRange ? ageRangeWords(p.ageRange) : null,
    figures,
    source: view ? SOURCE_WORDS[view.source] : null,
    freshness,
    version: p.capacityVersion,
    canConfirm: ctx.canUpdate && confirmable,
    canChange: ctx.canUpdate,
    /** Why there is no confirm button, when the caller could otherwise confirm. */
    notConfirmableText:
      ctx.canUpdate && view !== null && !confirmable
        ? 'These figures did not come from the setting or the council, so they cannot be confirmed as still correct. Give your own figures with “Change figures”.'
        : null,
    confirmPath: `${path}/confirm`,
    figuresPath: `${path}/figures`,
    historyPath: ctx.canReadHistory ? `${path}/history` : null,
  };
}

/** The figures as people read them: counts, free places by year, requests under way. */
export function figuresModel(view: CapacityView) {
  const pending = pendingConsultationsOf(view);
  return {
    places: view.places,
    onRoll: view.onRoll,
    vacancies: view.vacancies,
    overNumber: view.onRoll > view.places,
    byYear: view.vacanciesByYear.map((y) => ({
      year: yearWords(y.year),
      vacancies: count(y.vacancies, 'place', 'places'),
    })),
    pendingOutside: pending.outside,
    pendingInOpenPlace: pending.inOpenPlace,
    pendingTotal: pending.total,
    pendingText:
      pending.total === 0
        ? 'None'
        : `${count(pending.total, 'request', 'requests')}: ${pending.outside.toLocaleString('en-GB')} outside OpenPlace, as stated, and ${pending.inOpenPlace.toLocaleString('en-GB')} in OpenPlace, counted by OpenPlace`,
    note: view.note,
  };
}

// ---- The change-figures form ----

/** The form's inputs, in the order the page shows them (the error summary follows it). */
export const FIGURE_FIELDS = ['places', 'onRoll', 'vacancies', 'pendingConsultations', 'note'] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];

const FIELD_NAMES: Readonly<Record<Exclude<FigureField, 'note'>, { name: string; enter: string }>> = {
  places: { name: 'Number of places', enter: 'Enter the number of places' },
  onRoll: { name: 'Number on roll', enter: 'Enter the number on roll' },
  vacancies: { name: 'Free places', enter: 'Enter the number of free places' },
  pendingConsultations: {
    name: 'Requests from councils outside OpenPlace',
    enter: 'Enter the number of requests from councils outside OpenPlace, or 0',
  },
};

/** The year groups a provision's form offers: those its ages cover, and any already given. */
export function yearsFor(ages: AgeRange, given: readonly number[] = []): number[] {
  const from = Math.max(0, ages.low - 5);
  const to = Math.min(14, ages.high - 5);
  const years = new Set(given);
  for (let y = from; y <= to; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** A whole number as typed; blank is null; anything else NaN, so the service refuses it by name. */
function wholeNumber(value: string | undefined): number | null {
  const text = (value ?? '').trim().replace(/,/g, '');
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The form's fields as updateCapacity takes them: the service validates, with its own rules. */
export function figuresInput(provisionId: string, values: FormValues, years: readonly number[]) {
  const byYear = years.flatMap((year) => {
    const v = wholeNumber(values[`year-${year}`]);
    return v === null ? [] : [{ year, vacancies: v }];
  });
  const note = (values.note ?? '').trim();
  return {
    provisionId,
    expectedVersion: wholeNumber(values.expectedVersion),
    places: wholeNumber(values.places),
    onRoll: wholeNumber(values.onRoll),
    vacancies: wholeNumber(values.vacancies),
    vacanciesByYear: byYear.length > 0 ? byYear : null,
    pendingConsultations: wholeNumber(values.pendingConsultations),
    note: note === '' ? null : note,
  };
}

/**
 * The service's refusal of the form, as GOV.UK error messages by input, in the form's order.
 * `input` is what was sent (to find which year an issue about vacanciesByYear.N is).
 */
export function figuresErrors(
  issues: readonly FieldIssue[],
  values: FormValues,
  input: ReturnType<typeof figuresInput>,
): FormError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const [, field, index] = issue.field.split('.');
    const error = figureError(field ?? '', index, issue, values, input);
    if (!errors.has(error.inputId)) errors.set(error.inputId, error.text);
  }
  const order = (id: string) => {
    const i = FIGURE_FIELDS.indexOf(id as FigureField);
    if (i >= 0) return i >= 3 ? 100 + i : i;
    // Year inputs sit between free places and requests.
    return 10 + Number(id.replace('year-', ''));
  };
  return [...errors]
    .map(([inputId, text]) => ({ inputId, text }))
    .sort((a, b) => order(a.inputId) - order(b.inputId));
}

function figureError(
  field: string,
  index: string | undefined,
  issue: FieldIssue,
  values: FormValues,
  input: ReturnType<typeof figuresInput>,
): FormError {
  if (field === 'note') {
    return {
      inputId: 'note',
      text:
        issue.code === 'TOO_LONG'
          ? `Note must be ${Number(issue.params?.max ?? 500).toLocaleString('en-GB')} characters or fewer`
          : 'Note must be ordinary text: remove any unusual characters',
    };
  }
  if (field === 'vacanciesByYear') {
    const entry = index !== undefined ? input.vacanciesByYear?.[Number(index)] : undefined;
    const first = input.vacanciesByYear?.[0];
    if (issue.code === 'YEAR_VACANCIES_DO_NOT_ADD_UP') {
      return {
        inputId: `year-${first?.year ?? 0}`,
        text: `Free places by year group must add up to the free places (${issue.params?.vacancies}). They add up to ${issue.params?.sum}`,
      };
    }
    const year = entry?.year ?? first?.year ?? 0;
    return numberError(
      `year-${year}`,
      `Free places in ${yearWords(year)}`,
      `Enter the free places in ${yearWords(year)}`,
      issue,
      values[`year-${year}`],
    );
  }
  if (field === 'vacancies') {
    if (issue.code === 'VACANCIES_OVER_PLACES') {
      return {
        inputId: 'vacancies',
        text: `Free places must not be more than the number of places (${issue.params?.places})`,
      };
    }
  }
  if (field === 'places' || field === 'onRoll' || field === 'vacancies' || field === 'pendingConsultations') {
    const names = FIELD_NAMES[field];
    return numberError(field, names.name, names.enter, issue, values[field]);
  }
  // expectedVersion or provisionId: the page itself is out of date.
  return { inputId: 'places', text: 'This form is out of date. Reload the page and try again' };
}

function numberError(
  inputId: string,
  name: string,
  enter: string,
  issue: FieldIssue,
  typed: string | undefined,
): FormError {
  if ((typed ?? '').trim() === '') return { inputId, text: enter };
  if (issue.code === 'TOO_LARGE') {
    return { inputId, text: `${name} must be ${Number(issue.params?.max).toLocaleString('en-GB')} or fewer` };
  }
  if (issue.code === 'TOO_SMALL')
    return { inputId, text: `${name} must be ${issue.params?.min ?? 0} or more` };
  return { inputId, text: `${name} must be a whole number, like 3` };
}

export interface FiguresFormInput {
  setting: Pick<Setting, 'id' | 'name' | 'ageRange'>;
  provision: Provision;
  /** Values typed, when the form is shown again after a refusal. */
  values?: FormValues | null;
  errors?: readonly FormError[];
  /** The figures moved since the form was opened: the current ones are shown, and the version is theirs. */
  conflict?: boolean;
}

/** The change-figures form as plain data: current figures as defaults, or what was typed. */
export function figuresFormModel({
  setting,
  provision,
  values,
  errors = [],
  conflict = false,
}: FiguresFormInput) {
  const current = capacityViewOf(provision);
  const typed = values ?? null;
  const from = (field: string, fallback: number | string | null | undefined): string =>
    typed ? (typed[field] ?? '') : fallback === null || fallback === undefined ? '' : String(fallback);
  const givenYears = current?.vacanciesByYear.map((y) => y.year) ?? [];
  const years = yearsFor(provision.ageRange ?? setting.ageRange, givenYears).map((year) => ({
    year,
    id: `year-${year}`,
    label: yearWords(year),
    value: from(`year-${year}`, current?.vacanciesByYear.find((y) => y.year === year)?.vacancies),
    error: errors.find((e) => e.inputId === `year-${year}`)?.text ?? null,
  }));
  const errorOf = (id: string) => errors.find((e) => e.inputId === id)?.text ?? null;
  const base = `/settings/${encodeURIComponent(setting.id)}`;
  return {
    settingName: setting.name,
    settingPath: base,
    provisionName: provision.name,
    provisionKind: PROVISION_KIND_WORDS[provision.kind],
    action: `${base}/provisions/${encodeURIComponent(provision.id)}/figures`,
    // After a conflict the form carries the version now current: sending it again is a deliberate choice.
    expectedVersion: String(conflict || !typed ? provision.capacityVersion : (typed.expectedVersion ?? '')),
    values: {
      places: from('places', current?.places),
      onRoll: from('onRoll', current?.onRoll),
      vacancies: from('vacancies', current?.vacancies),
      pendingConsultations: from('pendingConsultations', current?.pendingConsultations ?? 0),
      note: from('note', current?.note),
    },
    fieldErrors: {
      places: errorOf('places'),
      onRoll: errorOf('onRoll'),
      vacancies: errorOf('vacancies'),
      pendingConsultations: errorOf('pendingConsultations'),
      note: errorOf('note'),
    },
    years,
    yearsOpen: years.some((y) => y.value !== '' || y.error !== null),
    inOpenPlace: provision.openConsultations ?? 0,
    current: current ? figuresModel(current) : null,
    currentSource: current ? SOURCE_WORDS[current.source] : null,
    errors,
    conflict,
  };
}

// ---- The capacity history ----

/** One page of a provision's capacity history as plain data. */
export function historyModel(input: {
  setting: Pick<Setting, 'id' | 'name'>;
  provision: Pick<Provision, 'id' | 'name'>;
  changes: readonly CapacityChange[];
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  const base = `/settings/${encodeURIComponent(input.setting.id)}`;
  const path = `${base}/provisions/${encodeURIComponent(input.provision.id)}/history`;
  return {
    settingName: input.setting.name,
    settingPath: base,
    provisionName: input.provision.name,
    entries: input.changes.map((c) => ({
      version: c.version,
      when: instantWithTime(c.changedAt),
      kind: CHANGE_KIND_WORDS[c.kind],
      who: c.changedByRole
        ? `${ROLE_WORDS[c.changedByRole]} (account ${c.changedBy})`
        : 'An import, not a person',
      before: c.before ? figuresLine(c.before) : 'No figures',
      after: figuresLine(c.after),
      source: SOURCE_WORDS[c.after.source],
      note: c.after.note,
    })),
    nextPath: input.nextCursor ? `${path}?after=${encodeURIComponent(input.nextCursor)}` : null,
    firstPath: input.isFirstPage ? null : path,
  };
}

/** "12 places, 13 on roll, 0 free; Year 3: 1; 2 requests outside OpenPlace". */
export function figuresLine(c: Capacity): string {
  const parts = [
    `${count(c.places, 'place', 'places')}, ${c.onRoll.toLocaleString('en-GB')} on roll, ${c.vacancies.toLocaleString('en-GB')} free`,
  ];
  if (c.vacanciesByYear.length > 0) {
    parts.push(
      `free by year: ${c.vacanciesByYear.map((y) => `${yearWords(y.year)} ${y.vacancies}`).join(', ')}`,
    );
  }
  parts.push(`${count(c.pendingConsultations, 'request', 'requests')} from councils outside OpenPlace`);
  return parts.join('; ');
}
