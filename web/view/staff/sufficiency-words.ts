import type { FieldIssue } from '../../../functions/core/errors.js';
import type { NeedCode } from '../../../functions/core/needs.js';
import type { SufficiencyPhase } from '../../../functions/core/sufficiency/facts.js';
import type { Period } from '../../../functions/core/sufficiency/periods.js';
import { SUFFICIENCY_PHASE_WORDS } from '../../../functions/core/sufficiency/words.js';
import type { FormError } from '../forms.js';
import { oneSentence, refusalText } from '../refusal-text.js';
import { needWords } from './words.js';

// The sufficiency page's own words: a period, a need and phase, and the form's refusals. The enums'
// words are functions/core/words.ts's; these only put them together.

/** A period as a choice ("Autumn term 2026-27") and inside a sentence ("the autumn term 2026-27"). */
export function periodWords(period: Period): { label: string; inSentence: string } {
  if (period.kind === 'ACADEMIC_YEAR') {
    return { label: `${period.id} academic year`, inSentence: `the ${period.id} academic year` };
  }
  const [span, term] = [period.id.slice(0, 7), period.id.slice(8)];
  return {
    label: `${term.charAt(0).toUpperCase()}${term.slice(1)} term ${span}`,
    inSentence: `the ${term} term ${span}`,
  };
}

/** "Autistic spectrum disorder (ASD), primary"; the council's total when both are null. */
export function cellWords(need: NeedCode | null, phase: SufficiencyPhase | null): string {
  if (!need || !phase) return 'All needs and phases';
  return `${needWords(need)}, ${SUFFICIENCY_PHASE_WORDS[phase].toLowerCase()}`;
}

/** The most weeks the form may ask for (the service's limit, said in the hint and the refusal). */
export const MAX_WAITING_WEEKS = 104;

const FIELD_WORDS = {
  period: oneSentence('Period', 'Choose a period from the list'),
  waitingWeeks: oneSentence(
    'Weeks waiting',
    `Enter a whole number of weeks from 1 to ${MAX_WAITING_WEEKS}, like 12`,
  ),
} as const;

/** The form's inputs by the refusal's field. */
const INPUT_OF: Readonly<Record<keyof typeof FIELD_WORDS, string>> = {
  period: 'period',
  waitingWeeks: 'weeks',
};

/** The service's refusal of the period or the weeks as GOV.UK messages; null for a refusal of anything else. */
export function sufficiencyErrors(issues: readonly FieldIssue[]): FormError[] | null {
  const errors: FormError[] = [];
  for (const issue of issues) {
    if (issue.field !== 'period' && issue.field !== 'waitingWeeks') return null;
    errors.push({ inputId: INPUT_OF[issue.field], text: refusalText(issue, FIELD_WORDS[issue.field]) });
  }
  return errors;
}
