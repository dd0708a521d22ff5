import type { FamilyView } from '../lists/family-view.js';
import type { TailoredList } from '../lists/model.js';
import type { RightsStatement } from '../rights-statement.js';
import type { CaseRecord, Consultation, PlacementDecision } from './model.js';

/** A decision as read: with whether a later one corrected it. */
export interface DecisionView extends PlacementDecision {
  superseded: boolean;
}

/** A case's journey as officers of the child's LA read it. */
export interface CaseJourneyView {
  record: CaseRecord;
  lists: readonly Pick<TailoredList, 'id' | 'version' | 'generatedAt' | 'generatedBy'>[];
  consultations: readonly Consultation[];
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

/** What a family link opens: the list, and the case's journey so far. */
export interface FamilyJourneyView extends FamilyView {
  version: number;
  latestVersion: number;
  newerVersionAvailable: boolean;
  consultations: readonly ConsultationView[];
  consultationNote: string;
  decision: DecisionView | null;
  requestWindowEndsOn: string | null;
  choicesClosed: boolean;
}
