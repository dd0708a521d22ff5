import type { FieldIssue } from '../../functions/core/errors.js';
import { type FieldWords, oneSentence, refusalText, searchWords } from './refusal-text.js';

// The family page's forms: what each one posts, how its fields are read, and how a service's
// BAD_USER_INPUT (its `field`) becomes a GOV.UK error message next to the right input, in the
// family's words (FAMILY_FORM_WORDS) or refusal-text.ts's.

export const FORMS = ['search', 'add', 'add-other', 'move', 'remove'] as const;
export type FormName = (typeof FORMS)[number];

/** Values a form was sent with, kept to show again when it is refused. */
export type FormValues = Readonly<Record<string, string>>;

export interface FormError {
  /** The id of the input the message belongs to (the error summary links to it). */
  inputId: string;
  text: string;
}

/** The inputs of the form for a setting that is not on the register. */
export const OTHER_FIELDS = ['name', 'town', 'postcode', 'website', 'note'] as const;

/** An application/x-www-form-urlencoded body (a browser's form post), every value of every field. */
export function formEntries(body: string | undefined, isBase64Encoded = false): URLSearchParams {
  if (!body) return new URLSearchParams();
  return new URLSearchParams(isBase64Encoded ? decodeBase64(body) : body);
}

/** Parses a form post into its first values. */
export function parseFormBody(body: string | undefined, isBase64Encoded = false): Record<string, string> {
  return firstValues(formEntries(body, isBase64Encoded));
}

/** Each field's first value. */
export function firstValues(entries: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (!(name in values)) values[name] = value;
  }
  return values;
}

function decodeBase64(body: string): string {
  // atob gives one char per byte; decode the bytes as UTF-8.
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The input of the family's choice form for a setting not on the register, as setFamilyChoices takes it. */
export function otherSettingInput(values: FormValues) {
  const blankToNull = (v: string | undefined) => (v?.trim() ? v : null);
  return {
    add: [
      {
        offRegister: {
          name: values.name ?? '',
          town: blankToNull(values.town),
          postcode: blankToNull(values.postcode),
          website: blankToNull(values.website),
        },
        note: blankToNull(values.note),
      },
    ],
  };
}

/** The new order of choices after moving one up or down: null when it cannot move that way. */
export function movedOrder(ids: readonly string[], id: string, direction: string): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : direction === 'down' ? from + 1 : -1;
  if (to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return order;
}

const SEARCH =
  'Enter a name, town, postcode district or URN, using letters and numbers (up to 100 characters)';
const TOO_MANY = 'You can ask for up to 10 settings here at once. Remove one of your choices first';
const NOT_ADDED = 'That setting could not be added. Search again and choose it from the results';
const NOT_MOVED = 'That choice could not be moved. Try again';
const NOT_REMOVED = 'That choice could not be removed. Try again';

/** The family's words for a choice that could not be changed, whatever the core's reason. */
const couldNot = (label: string, text: string) =>
  oneSentence(label, text, {
    say: {
      NOT_ON_THE_REGISTER: text,
      NOT_A_CURRENT_CHOICE: text,
      NOT_CLEAN_TEXT: text,
      GIVEN_TWICE: text,
      ONE_OF_FIELDS: text,
      NOTHING_TO_CHANGE: text,
      TOO_MANY_CHOICES: TOO_MANY,
      TOO_MANY,
    },
  });

/**
 * How the family's forms name their inputs: plain words of their own for each, as the service's
 * are written for developers. The words of a refusal not said here are refusal-text.ts's.
 */
export const FAMILY_FORM_WORDS = {
  search: searchWords(SEARCH),
  add: couldNot('Setting', NOT_ADDED),
  move: couldNot('Your choices', NOT_MOVED),
  remove: couldNot('Your choices', NOT_REMOVED),
  'add-other': {
    // Too many choices (the field "input.add") is shown by the name, the form's first input.
    name: oneSentence('Name', 'Enter the name of the school or college (up to 120 characters)', {
      say: { TOO_MANY_CHOICES: TOO_MANY, TOO_MANY },
    }),
    town: oneSentence('Town', 'Enter the town in 80 characters or fewer'),
    postcode: oneSentence('Postcode', 'Enter a postcode in 10 characters or fewer'),
    website: oneSentence(
      'Web address',
      'Enter a web address that starts with http:// or https://, or leave it empty',
    ),
    note: oneSentence('Note', 'Enter a note in 1,000 characters or fewer'),
  },
} satisfies Record<Exclude<FormName, 'add-other'>, FieldWords> & {
  'add-other': Record<(typeof OTHER_FIELDS)[number], FieldWords>;
};

/** The input of each form a refusal is shown by, and its words. */
function placeOf(form: FormName, issue: FieldIssue): { inputId: string; words: FieldWords } {
  switch (form) {
    case 'search':
    case 'add':
      return { inputId: 'search-query', words: FAMILY_FORM_WORDS[form] };
    case 'add-other': {
      // `issue.field` is the service's dotted path, e.g. "input.add.0.offRegister.website".
      const last = issue.field.split('.').at(-1) ?? '';
      const field = OTHER_FIELDS.find((f) => f === last) ?? 'name';
      return { inputId: `other-${field}`, words: FAMILY_FORM_WORDS['add-other'][field] };
    }
    case 'move':
    case 'remove':
      return { inputId: 'your-choices', words: FAMILY_FORM_WORDS[form] };
    default: {
      const unreachable: never = form;
      return unreachable;
    }
  }
}

/** The error to show for a form refused with BAD_USER_INPUT: which input it belongs to, in plain words. */
export function formError(form: FormName, issue: FieldIssue): FormError {
  const { inputId, words } = placeOf(form, issue);
  return { inputId, text: refusalText(issue, words) };
}

/** Whether a form name from a path is one of ours. */
export function isFormName(name: string): name is FormName {
  return (FORMS as readonly string[]).includes(name);
}
