import { APPEAL_MONTHS, addDays, addMonths, londonDate, londonMidnight } from './dates.js';
import { LINK_MONTHS_AFTER_APPEAL, linksValidUntilOn } from './link-life.js';

// How long a case is kept (issue 13, "Retention and erasure"). A case's lists, links, choices and
// journey record are removed CASE_RETENTION_DAYS after its last activity — but never while its
// decision is less than DECISION_FLOOR_MONTHS old, since the family may still be appealing (two
// months from the letter, normally; later after mediation), nor while a decision still keeps its
// family links open (link-life.ts): both come from the same months. Days are London calendar days.

/** Default days a case is kept after its last activity (CASE_RETENTION_DAYS): two years. */
export const DEFAULT_CASE_RETENTION_DAYS = 730;

/** A case is kept at least this many months after the date of its latest decision: its links' months. */
export const DECISION_FLOOR_MONTHS = APPEAL_MONTHS + LINK_MONTHS_AFTER_APPEAL;

/** When a case stops being readable and becomes the sweeper's to remove. */
export interface CaseExpiry {
  /** The London date from whose first moment the case is gone. */
  expiresOn: string;
  /** That moment, as a UTC instant (ISO 8601). */
  expiresAt: string;
}

/**
 * The expiry of a case after activity at `activityAt`: `retentionDays` London days on, and never
 * before `DECISION_FLOOR_MONTHS` after the latest of its decisions (by the letter's date or the
 * London date it was recorded, whichever is later), nor before any decision's links stop opening.
 */
export function caseExpiry(
  activityAt: Date,
  decisions: readonly { decidedOn: string; recordedAt: string; appealBy: string }[],
  retentionDays: number,
): CaseExpiry {
  let expiresOn = addDays(londonDate(activityAt), retentionDays);
  for (const d of decisions) {
    const decided = [d.decidedOn, londonDate(new Date(d.recordedAt))].sort()[1] as string;
    // The links' own date too, not only the months: the case outlives them whatever month ends do.
    const floor = [
      addMonths(decided, DECISION_FLOOR_MONTHS),
      linksValidUntilOn(d.appealBy),
    ].sort()[1] as string;
    if (floor > expiresOn) expiresOn = floor;
  }
  return { expiresOn, expiresAt: londonMidnight(expiresOn).toISOString() };
}

/** True once `now` has reached the case's expiry: reads treat the case as gone from then on. */
export function isExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() >= Date.parse(expiresAt);
}
