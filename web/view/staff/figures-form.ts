import { capacityViewOf } from '../../../functions/core/capacity-view.js';
import type { FieldIssue } from '../../../functions/core/errors.js';
import type { AgeRange, Provision, Setting } from '../../../functions/core/model.js';
import { PROVISION_KIND_WORDS, SOURCE_WORDS } from '../../../functions/core/words.js';
import type { FormError, FormValues } from '../forms.js';
import { type FieldWords, HIDDEN_FIELD, refusalText } from '../refusal-text.js';
import { figuresModel } from './setting-page.js';
import { yearWords } from './words.js';

// A provision's change-figures form: its fields read into an updateCapacity input, the service's
// refusals by input, and the form as plain data. The service validates, by the core's rules; the
// words of each refusal are refusal-text.ts's.

/** The form's inputs, in the order the page shows them (the error summary follows it). */
export const FIGURE_FIELDS = ['places', 'onRoll', 'vacancies', 'pendingConsultations', 'note'] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];

/** A count the form asks for: blank is asked for; anything but a whole number is refused as not one. */
function countField(label: string, ask: string): FieldWords {
  return { label, ask, say: { WRONG_TYPE: `${label} must be a whole number, like 3` } };
}

const FIELD_WORDS: Readonly<Record<Exclude<FigureField, 'note'>, FieldWords>> = {
  places: countField('Number of places', 'Enter the number of places'),
  onRoll: countField('Number on roll', 'Enter the number on roll'),
  vacancies: countField('Free places', 'Enter the number of free places'),
  pendingConsultations: countField(
    'Requests from councils outside OpenPlace',
    'Enter the number of requests from councils outside OpenPlace, or 0',
  ),
};

const NOTE: FieldWords = { label: 'Note', ask: 'Enter a note' };

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
  input: ReturnType<typeof figuresInput>,
): FormError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const [, field, index] = issue.field.split('.');
    const error = figureError(field ?? '', index, issue, input);
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

/** The input a refused field belongs to (`field`, and `index` into vacanciesByYear), and its words. */
function figureError(
  field: string,
  index: string | undefined,
  issue: FieldIssue,
  input: ReturnType<typeof figuresInput>,
): FormError {
  if (field === 'note') return { inputId: 'note', text: refusalText(issue, NOTE) };
  if (field === 'vacanciesByYear') {
    const first = input.vacanciesByYear?.[0];
    // A refusal of the years as a whole (they do not add up) belongs to the first one given.
    const entry = index !== undefined ? input.vacanciesByYear?.[Number(index)] : undefined;
    const year = entry?.year ?? first?.year ?? 0;
    const words = countField(
      `Free places in ${yearWords(year)}`,
      `Enter the free places in ${yearWords(year)}`,
    );
    return { inputId: `year-${year}`, text: refusalText(issue, words) };
  }
  if (field === 'places' || field === 'onRoll' || field === 'vacancies' || field === 'pendingConsultations') {
    return { inputId: field, text: refusalText(issue, FIELD_WORDS[field]) };
  }
  // expectedVersion or provisionId: the page itself is out of date.
  return {
    inputId: 'places',
    text: refusalText(issue, HIDDEN_FIELD),
  };
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
