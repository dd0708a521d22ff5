import type { FieldIssue } from '../../../functions/core/errors.js';
import type { FormError } from '../forms.js';
import { type FieldWords, oneSentence, refusalText, searchWords } from '../refusal-text.js';
import type { CaseAction } from './case-page.js';

// The case forms' errors: which input each refused field belongs to, and how the form names that
// input (the dates by what they are the date of, a refusal's grounds by the choice they are for).
// The words of each refusal are refusal-text.ts's, the law's among them.

/** What the form knows of the decision's refusals: the choice each is for, by index, and their names. */
export interface RefusalContext {
  refusalChoiceIds?: readonly string[];
  choiceNames?: ReadonlyMap<string, string>;
}

interface Placed {
  inputId: string;
  words: FieldWords;
}

const SEARCH = searchWords(
  'Enter a name, town, postcode district or URN, using letters and numbers (up to 100 characters)',
);
const CHANGED = 'The family’s choices have changed since this page was loaded. Reload the page and try again';
const GROUNDS = 'Give the grounds for every family choice the council does not name';
const CORRECTED =
  'The decision was corrected since this page was loaded. Go back to the case and start again';

/** The draft-plan form's inputs, by the core's field name (its arguments, so no "input." before them). */
function draftPlanPlace(field: string): Placed {
  if (field === 'kind') {
    return { inputId: 'kind', words: oneSentence('What was sent', 'Select what was sent to the family') };
  }
  if (field === 'requestWindowEndsOn') {
    return {
      inputId: 'requestWindowEndsOn-day',
      words: oneSentence(
        'The date in the letter',
        'Enter the date the letter gives as a real date, for example 27 3 2027, or leave it empty',
      ),
    };
  }
  return {
    inputId: 'sentOn-day',
    words: oneSentence(
      'The date the plan was sent',
      'Enter the date it was sent as a real date, for example 27 3 2027',
    ),
  };
}

const CONSULT: Readonly<Record<string, Placed>> = {
  'input.message': {
    inputId: 'message',
    words: oneSentence('Message', 'Enter a message to the setting in 2,000 characters or fewer'),
  },
  'input.contact.name': {
    inputId: 'contactName',
    words: oneSentence(
      'Who to answer',
      'Enter who at the council the setting should answer, in 120 characters or fewer',
    ),
  },
  'input.contact.email': {
    inputId: 'contactEmail',
    words: oneSentence(
      'Email address',
      'Enter an email address in the correct format, like name@example.com',
    ),
  },
  'input.contact.phone': {
    inputId: 'contactPhone',
    words: oneSentence(
      'Phone number',
      'Enter a phone number of 10 to 13 digits, using only digits, spaces and + ( ) -, like 01632 960 001',
    ),
  },
};

/** A setting not on the register, named in the decision: its inputs by the core's field name. */
const OFF_REGISTER: Readonly<Record<string, Placed>> = {
  name: {
    inputId: 'offName',
    words: oneSentence('Name of the setting', 'Enter the name of the setting, in 120 characters or fewer'),
  },
  town: { inputId: 'offTown', words: oneSentence('Town', 'Enter the town in 80 characters or fewer') },
  postcode: {
    inputId: 'offPostcode',
    words: oneSentence('Postcode', 'Enter a postcode in 10 characters or fewer'),
  },
  urn: { inputId: 'offUrn', words: oneSentence('URN', 'Enter a URN of 5 to 7 digits, or leave it empty') },
};

const NAMED: Placed = {
  inputId: 'named',
  words: oneSentence('What the council names', 'Select what the council names in the plan', {
    say: { ONLY_WITH: 'Select what the council names in the plan' },
  }),
};

/** The decision form's inputs: a refusal's grounds and reasons are the inputs of the choice it is for. */
function decisionPlace(issue: FieldIssue, context: RefusalContext): Placed {
  const path = issue.field.split('.');
  const nameOf = (id: string) => context.choiceNames?.get(id) ?? 'this choice';
  // The choice a refusal names decides its input; else the one refused at that index of the form.
  const named =
    issue.params?.choiceId ?? (Array.isArray(issue.params?.choiceIds) ? issue.params.choiceIds[0] : null);
  if (path[1] === 'refusals') {
    const index = Number(path[2]);
    const choiceId =
      typeof named === 'string'
        ? named
        : Number.isInteger(index)
          ? (context.refusalChoiceIds?.[index] ?? '')
          : null;
    if (choiceId === null) {
      return {
        inputId: 'named',
        words: oneSentence('Grounds', GROUNDS, { say: { GIVEN_TWICE: GROUNDS } }),
      };
    }
    const name = nameOf(choiceId);
    if (path[3] === 'explanation') {
      return {
        inputId: `explanation-${choiceId}`,
        words: oneSentence(
          `The reason for not naming ${name}`,
          `Explain why the council does not name ${name}, in 2,000 characters or fewer`,
        ),
      };
    }
    const ask = path[3] === 'choiceId' ? CHANGED : `Select at least one ground for not naming ${name}`;
    return {
      inputId: `grounds-${choiceId}`,
      words: oneSentence(`Grounds for not naming ${name}`, ask, { of: name, nameOf }),
    };
  }
  switch (issue.field) {
    case 'input.decidedOn':
      return {
        inputId: 'decidedOn-day',
        words: oneSentence(
          'The date of the decision letter',
          'Enter the date of the decision letter as a real date, for example 27 3 2027',
        ),
      };
    case 'input.supersedes':
      return {
        inputId: 'correctionReason',
        words: oneSentence('The decision corrected', CORRECTED, { say: { ONLY_WITH: CORRECTED } }),
      };
    case 'input.correctionReason':
      return {
        inputId: 'correctionReason',
        words: oneSentence(
          'The reason for the correction',
          'Enter why the decision is corrected, in 500 characters or fewer',
        ),
      };
    case 'input.familyOrder':
      return {
        inputId: 'confirmOrder',
        words: oneSentence('The family’s order', 'Confirm that these are the family’s preferences in order'),
      };
    case 'input.named.typeDescription':
      return {
        inputId: 'typeDescription',
        words: oneSentence('Description of the type of setting', 'Describe the type of setting in words'),
      };
    case 'input.named.typeOfSetting':
      return {
        inputId: 'typeOfSetting',
        words: oneSentence('Type of setting', 'Select the type of setting'),
      };
    default:
      if (path[2] === 'offRegister') {
        return (
          OFF_REGISTER[path[3] ?? ''] ?? {
            inputId: 'named',
            words: oneSentence('The setting named', 'Check the details of the setting named'),
          }
        );
      }
      return NAMED;
  }
}

/** The input a refused field belongs to, and its words. */
function placeOf(action: CaseAction, issue: FieldIssue, context: RefusalContext): Placed {
  if (issue.field === 'query') return { inputId: 'q', words: SEARCH };
  switch (action) {
    case 'draft-plan':
      return draftPlanPlace(issue.field);
    case 'consult':
      return (
        CONSULT[issue.field] ?? {
          inputId: 'setting',
          words: oneSentence('Setting', 'Select the setting to consult'),
        }
      );
    case 'withdraw-consultation':
      return {
        inputId: 'reason',
        words: oneSentence(
          'The reason',
          'Enter why the consultation is withdrawn, in 500 characters or fewer',
        ),
      };
    case 'decision':
      return decisionPlace(issue, context);
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/**
 * The errors to show for a form the service refused with BAD_USER_INPUT: each issue's dotted
 * field (e.g. "input.refusals.1.grounds") to its input, in plain words; one message per input.
 */
export function formErrors(
  action: CaseAction,
  issues: readonly FieldIssue[],
  context: RefusalContext = {},
): FormError[] {
  const errors: FormError[] = [];
  for (const issue of issues) {
    const { inputId, words } = placeOf(action, issue, context);
    if (!errors.some((e) => e.inputId === inputId)) errors.push({ inputId, text: refusalText(issue, words) });
  }
  return errors;
}

/** The "Find a case" form's inputs, by the core's field name: other refusals are not about what was typed. */
const FIND: Readonly<Record<string, Placed>> = {
  laCode: {
    inputId: 'case-la',
    words: oneSentence('Council', 'Enter the 3-digit code of the council, for example 938'),
  },
  caseReference: {
    inputId: 'case-ref',
    words: oneSentence('Case reference', 'Enter the case reference: up to 40 letters, numbers and / _ . -'),
  },
};

/** The errors to show on "Find a case" for a case reference or council the service could not read. */
export function findCaseErrors(issues: readonly FieldIssue[]): FormError[] {
  const errors: FormError[] = [];
  for (const issue of issues) {
    const place = FIND[issue.field];
    if (place && !errors.some((e) => e.inputId === place.inputId)) {
      errors.push({ inputId: place.inputId, text: refusalText(issue, place.words) });
    }
  }
  return errors;
}
