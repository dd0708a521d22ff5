import { capacityContactsOf, MAX_CAPACITY_CONTACTS } from '../../../functions/core/capacity-contacts.js';
import type { StaleSettingView } from '../../../functions/core/capacity-reminders.js';
import type { FieldIssue } from '../../../functions/core/errors.js';
import type { CapacityContact, Setting } from '../../../functions/core/model.js';
import { instantInWords } from '../format.js';
import type { FormError, FormValues } from '../forms.js';
import { type FieldWords, oneSentence, refusalText } from '../refusal-text.js';

// Who keeps a setting's figures (its capacity contacts), and an LA's settings with stale figures,
// as plain data for the templates. Pure: the services validate and decide who may do what.

/** The form shows this many rows: the contacts there are, and blank ones up to the core's limit. */
export const CONTACT_ROWS = MAX_CAPACITY_CONTACTS;

const settingPath = (id: string) => `/settings/${encodeURIComponent(id)}`;

/**
 * The rows typed, as setCapacityContacts takes them: rows left blank are ignored (that is how a
 * person is removed). `rows[i]` is the form row the i-th contact came from, to put errors back.
 */
export function contactsInput(values: FormValues): { contacts: CapacityContact[]; rows: number[] } {
  const contacts: CapacityContact[] = [];
  const rows: number[] = [];
  for (let row = 0; row < CONTACT_ROWS; row++) {
    const name = values[`name-${row}`] ?? '';
    const email = values[`email-${row}`] ?? '';
    if (name.trim() === '' && email.trim() === '') continue;
    contacts.push({ name, email });
    rows.push(row);
  }
  return { contacts, rows };
}

/** How the form names a row's inputs: a person is given by both, so a blank one is asked for with the other cleared. */
const ROW_WORDS: Readonly<Record<'name' | 'email', FieldWords>> = {
  name: { label: 'Name', ask: 'Enter the person’s name, or clear their email address' },
  email: {
    label: 'Email address',
    ask: 'Enter the person’s work email address, or clear their name',
    say: {
      BAD_FORMAT: 'Enter an email address in the correct format, like name@school.example',
      GIVEN_TWICE: 'This email address is given twice: give each person once',
    },
  },
};

/** The list as a whole: more people than a setting may have. */
const LIST_WORDS = oneSentence('People', `Give at most ${MAX_CAPACITY_CONTACTS} people`);

/** The service's refusal (fields like `contacts.1.email`) as GOV.UK messages by input, in the form's order. */
export function contactsErrors(issues: readonly FieldIssue[], rows: readonly number[]): FormError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const [, index, field] = issue.field.split('.');
    const row = index !== undefined ? (rows[Number(index)] ?? 0) : 0;
    const error =
      field === 'email' || field === 'name'
        ? { inputId: `${field}-${row}`, text: refusalText(issue, ROW_WORDS[field]) }
        : { inputId: 'name-0', text: refusalText(issue, LIST_WORDS) };
    if (!errors.has(error.inputId)) errors.set(error.inputId, error.text);
  }
  const order = (id: string) => {
    const [kind, row] = id.split('-');
    return Number(row) * 2 + (kind === 'email' ? 1 : 0);
  };
  return [...errors]
    .map(([inputId, text]) => ({ inputId, text }))
    .sort((a, b) => order(a.inputId) - order(b.inputId));
}

/** The contacts form as plain data: the contacts there are, or what was typed, and blank rows. */
export function contactsFormModel(input: {
  setting: Pick<Setting, 'id' | 'name' | 'capacityContacts'>;
  values?: FormValues | null;
  errors?: readonly FormError[];
}) {
  const errors = input.errors ?? [];
  const current = capacityContactsOf(input.setting);
  const errorOf = (id: string) => errors.find((e) => e.inputId === id)?.text ?? null;
  const rows = Array.from({ length: CONTACT_ROWS }, (_, row) => {
    const name = input.values ? (input.values[`name-${row}`] ?? '') : (current[row]?.name ?? '');
    const email = input.values ? (input.values[`email-${row}`] ?? '') : (current[row]?.email ?? '');
    return {
      number: row + 1,
      nameId: `name-${row}`,
      emailId: `email-${row}`,
      name,
      email,
      nameError: errorOf(`name-${row}`),
      emailError: errorOf(`email-${row}`),
    };
  });
  const base = settingPath(input.setting.id);
  return {
    settingName: input.setting.name,
    settingPath: base,
    action: `${base}/contacts`,
    current: current.map((c) => ({ name: c.name, email: c.email })),
    max: MAX_CAPACITY_CONTACTS,
    rows,
    errors,
  };
}

/** "Never" / "3 November 2026". */
const dateOrElse = (iso: string | null | undefined, otherwise: string) =>
  iso ? instantInWords(iso) : otherwise;

/** One page of an LA's settings with stale figures as plain data. */
export function staleCapacityModel(input: {
  laCode: string;
  laName: string | null;
  /** The caller's LAs: more than one offers a choice. */
  laCodes: readonly string[];
  laNames: ReadonlyMap<string, string>;
  items: readonly StaleSettingView[];
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  const path = `/stale-capacity?la=${encodeURIComponent(input.laCode)}`;
  return {
    laCode: input.laCode,
    la: input.laName ? `${input.laName} (${input.laCode})` : `LA ${input.laCode}`,
    laChoices:
      input.laCodes.length > 1
        ? input.laCodes.map((code) => ({
            value: code,
            text: input.laNames.has(code) ? `${input.laNames.get(code)} (${code})` : code,
            selected: code === input.laCode,
          }))
        : null,
    settings: input.items.map((s) => ({
      name: s.setting.name,
      path: settingPath(s.setting.id),
      lastStated: dateOrElse(s.lastStatedAt, 'Never'),
      lastReminded: s.lastReminder?.sentAt ? instantInWords(s.lastReminder.sentAt) : 'Not yet',
      staleProvisions: s.staleProvisions.map((p) => p.provision.name),
      hasContacts: s.hasCapacityContacts,
      contactsPath: `${settingPath(s.setting.id)}/contacts`,
    })),
    nextPath: input.nextCursor ? `${path}&after=${encodeURIComponent(input.nextCursor)}` : null,
    firstPath: input.isFirstPage ? null : path,
  };
}

const WEEKS = ['', 'a week', 'two weeks', 'three weeks', 'four weeks', 'five weeks', 'six weeks'];

/** CAPACITY_REMINDER_DAYS in words for the pages: "three weeks" for 21, else "10 days". */
export function staleAfterWords(days: number): string {
  const weeks = days / 7;
  return Number.isInteger(weeks) && WEEKS[weeks] ? (WEEKS[weeks] as string) : `${days} days`;
}
