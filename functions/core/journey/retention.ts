import { addDays, addMonths, londonDate } from './dates.js';

// How long a case is kept (issue 13, "Retention and erasure"). A case's lists, links, choices and
// journey record are removed CASE_RETENTION_DAYS after its last activity — but never while its
// decision is less than DECISION_FLOOR_MONTHS old, since the family may still be appealing (two
// months from the letter, normally; later after mediation). Days are London calendar days.

/** Default days a case is kept after its last activity (CASE_RETENTION_DAYS): two years. */
export const DEFAULT_CASE_RETENTION_DAYS = 730;

/** A case is kept at least this many months after the date of its latest decision. */
export const DECISION_FLOOR_MONTHS = 3;

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
 * London date it was recorded, whichever is later).
 */
export function caseExpiry(
  activityAt: Date,
  decisions: readonly { decidedOn: string; recordedAt: string }[],
  retentionDays: number,
): CaseExpiry {
  let expiresOn = addDays(londonDate(activityAt), retentionDays);
  for (const d of decisions) {
    const decided = [d.decidedOn, londonDate(new Date(d.recordedAt))].sort()[1] as string;
    const floor = addMonths(decided, DECISION_FLOOR_MONTHS);
    if (floor > expiresOn) expiresOn = floor;
  }
  return { expiresOn, expiresAt: londonMidnight(expiresOn).toISOString() };
}

/** True once `now` has reached the case's expiry: reads treat the case as gone from then on. */
export function isExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() >= Date.parse(expiresAt);
}

/** The first instant of a London calendar date: 00:00 GMT, or 23:00 UTC the day before in summer time. */
export function londonMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const anHourBefore = new Date(utcMidnight - 60 * 60 * 1000);
  return londonDate(anHourBefore) === date ? anHourBefore : new Date(utcMidnight);
}
