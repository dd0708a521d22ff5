import type { FamilyView } from '../lists/family-view.js';
import type { FamilyChoice, ListEntry, TailoredList } from '../lists/model.js';
import type { RightsStatement } from '../rights-statement.js';
import { draftPlanView } from './case.js';
import type { DecisionView } from './decision.js';
import type { CaseRecord, Consultation, ConsultationAnswerRecord, DraftPlanView } from './model.js';
import { admissionText } from './texts.js';

/** A case's journey as officers of the child's LA read it. */
export interface CaseJourneyView {
  record: CaseRecord;
  lists: readonly Pick<TailoredList, 'id' | 'version' | 'generatedAt' | 'generatedBy'>[];
  /** Newest first, each with whether it is overdue today. */
  consultations: readonly ConsultationView[];
  statement: RightsStatement;
  /** Today in London, for what is derived from dates (overdue). */
  today: string;
}

/** A consultation as read: whether it is overdue today, and whether the reader may see the case reference. */
export interface ConsultationView extends Consultation {
  overdue: boolean;
  /** Only officers of the consulting LA see the LA's case reference. */
  showCaseReference: boolean;
}

/** A consultation as the family reads it: with the date of the decision that closed it, if one did. */
export interface FamilyConsultationView extends ConsultationView {
  /** The letter's date of the decision in force, for a consultation the decision closed; else null. */
  closedByDecisionOn: string | null;
}

/** What a family link opens: the list, and the case's journey so far. */
export interface FamilyJourneyView extends FamilyView {
  version: number;
  latestVersion: number;
  newerVersionAvailable: boolean;
  consultations: readonly FamilyConsultationView[];
  consultationNote: string;
  decision: FamilyDecisionView | null;
  requestWindowEndsOn: string | null;
  /** The latest draft plan (its window as the family is shown it), or null before one. */
  draftPlan: DraftPlanView | null;
  choicesClosed: boolean;
  /** Today's statement, with the LA's additions: the list's own `statement` is the one it was made with. */
  currentStatement: RightsStatement;
}

/** The answer in force: the latest version, if the setting has answered. */
export function latestAnswer(c: Pick<Consultation, 'answers'>): ConsultationAnswerRecord | null {
  return c.answers.at(-1) ?? null;
}

/** The case's draft plans, newest first (the record keeps them oldest first). */
export function draftPlansNewestFirst(record: CaseRecord): DraftPlanView[] {
  // Each window as the letter or the Regulations give it, whatever an older version of OpenPlace stored.
  return [...record.draftPlans].reverse().map(draftPlanView);
}

/** The decision as the family reads it: with the s.43 sentence where the law makes the setting admit. */
export interface FamilyDecisionView extends DecisionView {
  admissionText: string | null;
}

/**
 * The family's decision, with the s.43 sentence for the setting named: its legal route taken from
 * the family's choice, else the list's entry; nothing is said where neither gives the route.
 */
export function familyDecisionView(
  decision: DecisionView,
  choices: readonly Pick<FamilyChoice, 'id' | 'legalRoute'>[],
  entries: readonly Pick<ListEntry, 'setting' | 'legalRoute'>[],
): FamilyDecisionView {
  const settingId = decision.named.settingId;
  const route =
    choices.find((c) => c.id === decision.familyChoiceId)?.legalRoute ??
    (settingId ? entries.find((e) => e.setting.id === settingId)?.legalRoute : undefined);
  return { ...decision, admissionText: route ? admissionText(decision.named.name, route) : null };
}
