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
