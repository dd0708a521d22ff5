import type { FieldIssue } from '../../../functions/core/errors.js';
import { dateInWords } from '../../../functions/core/journey/dates.js';
import type { RefusalCode } from '../../../functions/core/refusal-codes.js';

// The staff case forms' words for the core's coded refusals: one entry per code, made exhaustive by
// the type checker, so a new code cannot reach an officer as a message meant for a developer.

/** The form's name for the date field at fault, in a sentence: "the date the plan was sent". */
export type DateWhat = 'the date the plan was sent' | 'the date of the decision letter';

const asText = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
const dateParam = (issue: FieldIssue, name: string): string => {
  const value = asText(issue.params?.[name]);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateInWords(value) : value;
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The GOV.UK message for a refusal of the journey's rules, in the officer's terms, or null for a
 * code the case forms word by field (cases.ts). `what` names the date field; `choiceName` the
 * family choice a refusal issue is about.
 */
export function codedRefusalText(
  code: RefusalCode,
  issue: FieldIssue,
  context: { what: DateWhat; choiceName: (id: string) => string },
): string | null {
  switch (code) {
    case 'DATE_IN_FUTURE':
      return `${capital(context.what)} must be today or in the past. If the letter goes tomorrow, record it tomorrow`;
    case 'DATE_TOO_OLD':
      return `${capital(context.what)} must be on or after ${dateParam(issue, 'earliest')}, a year ago`;
    case 'DATE_BEFORE_FIRST_LIST':
      return `${capital(context.what)} must be on or after ${dateParam(issue, 'firstListOn')}, when the case’s first list was made`;
    case 'REQUEST_WINDOW_TOO_SHORT':
      return `The date in the letter must be on or after ${dateParam(issue, 'earliest')}: the family has at least 15 days, beginning with the day the plan was sent`;
    case 'REQUEST_WINDOW_TOO_LONG':
      return `The date in the letter must be on or before ${dateParam(issue, 'latest')}, 60 days after the plan was sent. Check the letter`;
    case 'REFUSAL_GROUNDS_MISSING':
      return 'Give the grounds for each of the family’s choices ranked above the one the council names';
    case 'REFUSAL_NOT_NEEDED': {
      const name = context.choiceName(asText(issue.params?.choiceId));
      return `The council names the family’s choice ${asText(issue.params?.namedRank)}, so it gives no grounds for ${name}, which the family ranked lower. Clear the grounds and the reason for ${name}`;
    }
    case 'FAMILY_ORDER_CHANGED':
      return 'The family has changed its choices since this page was loaded. Check their order below again';
    default:
      return null;
  }
}
