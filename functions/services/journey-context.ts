import { type Caller, isOfficerFor } from '../core/access.js';
import { NotFoundError } from '../core/errors.js';
import { newCaseRecord } from '../core/journey/case.js';
import { isOverdue } from '../core/journey/consultation.js';
import { londonDate } from '../core/journey/dates.js';
import type { CaseRecord, Consultation } from '../core/journey/model.js';
import type { JourneyDateBounds } from '../core/journey/recorded-dates.js';
import { caseExpiry, DEFAULT_CASE_RETENTION_DAYS } from '../core/journey/retention.js';
import type { CaseJourneyView, ConsultationView } from '../core/journey/view.js';
import { rightsStatement } from '../core/rights-statement.js';
import type { CaseWrite, JourneyStore, VersionedCase } from '../store/journey-store.js';
import type { ListsStore } from '../store/lists-store.js';
import type { RegisterStore, TransactItem } from '../store/register-store.js';
import { caseState } from './case-state.js';
import type { ListsService } from './lists-service.js';
import { type Metrics, noMetrics } from './metrics.js';
import { openCountWrites } from './open-counts.js';

export interface JourneyServiceDeps {
  journey: JourneyStore;
  lists: ListsStore;
  register: RegisterStore;
  links: Pick<ListsService, 'openFamilyLink'>;
  now: () => Date;
  /** Family pages opened, consultations started and answered. @default noMetrics */
  metrics?: Metrics;
  /** Days a case is kept after its last activity (CASE_RETENTION_DAYS). @default 730 */
  retentionDays?: number;
}

/** What only officers of a case's LA may do: "Only placement officers of LA 938 may …". */
export const JOURNEY = 'run the journey of its children';

/**
 * What every journey use case shares: its stores and clock, and the reads and views they all make.
 * Each use case is a function of its own module taking this first (journey-*.ts).
 */
export type JourneyContext = ReturnType<typeof journeyContext>;

export function journeyContext(deps: JourneyServiceDeps) {
  const { journey, lists, register, now } = deps;
  const metrics = deps.metrics ?? noMetrics;
  const retentionDays = deps.retentionDays ?? DEFAULT_CASE_RETENTION_DAYS;

  /**
   * The case's record, or a new one from its latest list; NOT_FOUND when the case has no list, or
   * is gone (erased, being removed, or past its retention).
   */
  async function caseOf(laCode: string, caseReference: string): Promise<VersionedCase> {
    const found = caseState(await journey.getCase(laCode, caseReference), now());
    if (found === 'gone') throw new NotFoundError('Case', caseReference);
    if (found) return found;
    const latest = await lists.latestCaseList(laCode, caseReference);
    if (!latest) throw new NotFoundError('Case', caseReference);
    return {
      record: newCaseRecord(laCode, caseReference, latest, now().toISOString()),
      revision: null,
      partition: journey.newCasePartition(laCode, caseReference),
      expiresAt: null,
    };
  }

  /** What a recorded letter's date is checked against: today in London and the case's first list. */
  async function dateBounds(laCode: string, caseReference: string): Promise<JourneyDateBounds> {
    const firstListAt = await lists.firstCaseListAt(laCode, caseReference);
    return { today: londonDate(now()), firstListOn: firstListAt ? londonDate(new Date(firstListAt)) : null };
  }

  /** The case write of a change: every change is activity, so it moves the case's expiry on. */
  function touched(found: VersionedCase, record: CaseRecord = found.record): CaseWrite {
    return { ...found, record, expiry: caseExpiry(now(), record.decisions, retentionDays) };
  }

  /**
   * The live case a consultation belongs to, to move its expiry on with an answer or a withdrawal;
   * NOT_FOUND when the case is gone. Null for a case with no record (lists made before records).
   */
  async function caseOfConsultation(c: Consultation): Promise<VersionedCase | null> {
    const found = caseState(await journey.getCase(c.laCode, c.caseReference), now());
    if (found === 'gone') throw new NotFoundError('Consultation', c.id);
    return found;
  }

  /** A consultation as the caller sees it: the case reference only to officers of its LA. */
  function view(c: Consultation, caller: Caller | null, today: string): ConsultationView {
    return {
      ...c,
      overdue: isOverdue(c, today),
      showCaseReference: caller !== null && isOfficerFor(caller, c.laCode),
    };
  }

  /** The officer's view of a case's journey: its lists, consultations and today's statement. */
  async function journeyView(caller: Caller, found: VersionedCase): Promise<CaseJourneyView> {
    const { laCode, caseReference } = found.record;
    const [versions, consultations, local] = await Promise.all([
      lists.listsForCase(laCode, caseReference),
      journey.getConsultations(found.record.consultationIds),
      lists.getLocalRightsInfo(laCode),
    ]);
    const today = londonDate(now());
    return {
      record: found.record,
      lists: versions.map((l) => ({
        id: l.id,
        version: l.version,
        generatedAt: l.generatedAt,
        generatedBy: l.generatedBy,
      })),
      consultations: consultations
        .map((c) => view(c.consultation, caller, today))
        .sort((a, b) => (a.sentAt < b.sentAt ? 1 : -1)),
      statement: rightsStatement(local),
      today,
    };
  }

  /** Setting writes moving the open counts of these consultations' provisions, each setting on its revision. */
  function countChanges(consultations: readonly Consultation[], delta: number): Promise<TransactItem[]> {
    return openCountWrites(register, consultations, delta);
  }

  return {
    ...deps,
    metrics,
    caseOf,
    dateBounds,
    touched,
    caseOfConsultation,
    view,
    journeyView,
    countChanges,
  };
}
