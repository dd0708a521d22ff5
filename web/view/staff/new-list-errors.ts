import type { FieldIssue } from '../../../functions/core/errors.js';
import { LIST_LIMITS } from '../../../functions/core/lists/request.js';
import type { FormError } from '../forms.js';
import { type FieldWords, oneSentence, refusalText, searchWords } from '../refusal-text.js';
import { hasOtherTyped, type NewListValues } from './new-list-form.js';

// The "Make a list" form's errors: which input each refused field belongs to, and how the form
// names that input. The words of each refusal are refusal-text.ts's.

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

type InputId = (typeof INPUT_ORDER)[number];

const TIERS = 'To choose tiers, also tick alternative provision as a kind of provision';
const WEBSITE = 'Enter a web address that starts with http:// or https://, or leave it empty';
const OTHER_NAME = 'Enter the name of the school or college (up to 120 characters)';
const TRAVEL = `Travel distance must be a number of kilometres, more than 0 and up to ${LIST_LIMITS.maxTravelKm}, or left empty`;
const ENTRIES = `Number of suggestions must be a whole number from 1 to ${LIST_LIMITS.maxEntries}, or left empty`;
const TOO_MANY_CHOICES = `You can add up to ${LIST_LIMITS.maxFamilyNamed} choices to a list at once. Remove one first`;

/** The inputs of a setting not on the register, by the core's field name. */
const OTHER: Readonly<Record<string, { inputId: InputId; words: FieldWords }>> = {
  name: { inputId: 'otherName', words: oneSentence('Name', OTHER_NAME) },
  town: { inputId: 'otherTown', words: { label: 'Town', ask: 'Enter the town' } },
  postcode: { inputId: 'otherPostcode', words: { label: 'Postcode', ask: 'Enter the postcode' } },
  website: { inputId: 'otherWebsite', words: oneSentence('Web address', WEBSITE) },
};

/** How the form names each input, given what was typed (some words depend on it). */
function wordsFor(values: NewListValues) {
  const bothAges = values.age.trim() !== '' && values.ncYear !== '';
  return {
    caseReference: {
      label: 'Case reference',
      ask: 'Enter the case reference',
      rule: 'Case reference must use only letters, numbers and / _ . - (up to 40 characters)',
    },
    laCode: oneSentence('Council', 'Choose the council the child’s plan is with'),
    primaryNeed: oneSentence('Main need', 'Choose the child’s main need'),
    secondaryNeeds: oneSentence('Other needs', 'Choose other needs from the list'),
    age: {
      label: 'Age',
      ask: bothAges
        ? 'Enter the child’s age or choose their year group, not both'
        : 'Enter the child’s age or choose their year group',
      rule: 'Age must be a whole number of years, from 0 to 25',
    },
    ncYear: oneSentence('Year group', 'Choose a year group from Reception to Year 14'),
    startDate: { label: 'Start date', ask: 'Enter the date the child would start' },
    homePostcode: {
      label: 'Postcode',
      ask: 'Enter the family’s postcode or postcode district',
      rule: 'Enter a real postcode or postcode district, like RH12 2NR or RH12',
    },
    maxTravelKm: oneSentence('Travel distance', TRAVEL),
    provisionTypes: oneSentence(
      'Kinds of provision',
      values.provisionRequired
        ? 'Choose at least one kind of provision, or untick “Only these kinds”'
        : 'Choose at least one kind of provision',
    ),
    apTiers: oneSentence('Tiers', TIERS, { say: { ONLY_WITH: TIERS } }),
    boarding: oneSentence('Boarding', 'Choose day, residential or either'),
    genderIntake: oneSentence('Schools to consider', 'Choose which schools to consider'),
    religiousCharacter: { label: 'Religious character', ask: 'Enter the religious character' },
    maxEntries: oneSentence('Number of suggestions', ENTRIES),
    officerNotes: { label: 'Notes', ask: 'Enter the notes' },
    q: searchWords(
      'Enter a name, town, postcode district or URN to search for, using letters and numbers (up to 100 characters)',
    ),
    choices: oneSentence('Choices', TOO_MANY_CHOICES),
    form: oneSentence('The form', 'Check the details and try again'),
  } satisfies Record<string, FieldWords>;
}

/** The input a refused field belongs to, and its words. */
function placeOf(issue: FieldIssue, values: NewListValues): { inputId: InputId; words: FieldWords } {
  const words = wordsFor(values);
  // Fields are the service's dotted paths ("input.startDate", "input.familyChoices.2.offRegister.website")
  // or the form's own ("other.website", "q").
  const path = issue.field.split('.');
  if (path[0] === 'input') path.shift();
  const [head = '', second = ''] = path;
  switch (head) {
    case 'caseReference':
    case 'laCode':
    case 'primaryNeed':
    case 'secondaryNeeds':
    case 'age':
    case 'ncYear':
    case 'maxTravelKm':
    case 'boarding':
    case 'genderIntake':
    case 'religiousCharacter':
    case 'maxEntries':
    case 'officerNotes':
    case 'q':
      return { inputId: head, words: words[head] };
    case 'startDate':
      return { inputId: 'startDate-day', words: words.startDate };
    case 'home':
    case 'homePostcode':
      return { inputId: 'homePostcode', words: words.homePostcode };
    case 'provisionPreference':
      return second === 'apTiers'
        ? { inputId: 'apTiers', words: words.apTiers }
        : { inputId: 'provisionTypes', words: words.provisionTypes };
    case 'other':
      return OTHER[second] ?? (OTHER.name as (typeof OTHER)[string]);
    case 'familyChoices': {
      const index = second === '' ? Number.NaN : Number(second);
      if (!Number.isInteger(index)) return { inputId: 'choices', words: words.choices };
      // The last choice sent may be the one still in the off-register inputs.
      if (index >= values.choices.length && hasOtherTyped(values)) {
        return OTHER[path.at(-1) ?? ''] ?? (OTHER.name as (typeof OTHER)[string]);
      }
      const unusable = `Choice ${index + 1} could not be used. Remove it and add it again`;
      return {
        inputId: 'choices',
        words: oneSentence(`Choice ${index + 1}`, unusable, {
          say: { NOT_ON_THE_REGISTER: unusable, ONE_OF_FIELDS: unusable, NOT_CLEAN_TEXT: unusable },
        }),
      };
    }
    case 'familyNamedSettingIds':
      return { inputId: 'choices', words: words.choices };
    default:
      return { inputId: 'caseReference', words: words.form };
  }
}

/** The GOV.UK error for one issue: the input it belongs to and what to do, in plain words. */
export function newListError(issue: FieldIssue, values: NewListValues): FormError {
  const { inputId, words } = placeOf(issue, values);
  return { inputId, text: refusalText(issue, words) };
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
