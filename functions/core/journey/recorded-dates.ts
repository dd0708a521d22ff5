import { type FieldIssue, InvalidInputError } from '../errors.js';
import { addDays, addMonths, requestWindowMinimumEndsOn } from './dates.js';

// The dates an officer records on a case (a draft plan's sending, a decision letter, the window a
// letter gives) are facts about letters already sent: a date in the future would tell a family a
// deadline that no letter gave them. Pure rules; the service supplies today and the first list.

/** The most days after sending a council's letter may give the family (a typo guard, not law). */
export const REQUEST_WINDOW_MAX_DAYS = 60;

export interface JourneyDateBounds {
  /** Today in London, YYYY-MM-DD. */
  today: string;
  /** The London date the case's first list was made, if one is known. */
  firstListOn: string | null;
}

/** The earliest date an officer may record: a year before today. */
export function earliestRecordableDate(today: string): string {
  return addMonths(today, -12);
}

/** Why a letter's date cannot be recorded, or null when it can. */
export function journeyDateIssue(date: string, field: string, bounds: JourneyDateBounds): FieldIssue | null {
  if (date > bounds.today) {
    return {
      field,
      code: 'DATE_IN_FUTURE',
      params: { date, today: bounds.today },
      message: `is after today (${bounds.today}): record a letter on or after the day it is sent`,
    };
  }
  const earliest = earliestRecordableDate(bounds.today);
  if (date < earliest) {
    return {
      field,
      code: 'DATE_TOO_OLD',
      params: { date, earliest },
      message: `is more than a year ago: give a date from ${earliest} on`,
    };
  }
  if (bounds.firstListOn && date < bounds.firstListOn) {
    return {
      field,
      code: 'DATE_BEFORE_FIRST_LIST',
      params: { date, firstListOn: bounds.firstListOn },
      message: `is before the case's first list (${bounds.firstListOn}): give the date of a letter sent since`,
    };
  }
  return null;
}

/**
 * The last day of the family's window: the date the council's letter gives, or, when it gives
 * none, 15 days beginning with the sending day (reg 13(1)(a)). A letter may give more, never less.
 */
export function requestWindowIssue(sentOn: string, endsOn: string, field: string): FieldIssue | null {
  const earliest = requestWindowMinimumEndsOn(sentOn);
  if (endsOn < earliest) {
    return {
      field,
      code: 'REQUEST_WINDOW_TOO_SHORT',
      params: { requestWindowEndsOn: endsOn, earliest },
      message: `must be on or after ${earliest}: the family has at least 15 days beginning with the day the plan was sent (SEND Regulations 2014 reg 13(1)(a))`,
    };
  }
  const latest = addDays(sentOn, REQUEST_WINDOW_MAX_DAYS);
  if (endsOn > latest) {
    return {
      field,
      code: 'REQUEST_WINDOW_TOO_LONG',
      params: { requestWindowEndsOn: endsOn, latest },
      message: `must be at most ${REQUEST_WINDOW_MAX_DAYS} days after the plan was sent (by ${latest}): check the date in the letter`,
    };
  }
  return null;
}

/** Throws every issue found, or returns when there is none. */
export function assertNoIssues(issues: readonly (FieldIssue | null)[]): void {
  const found = issues.filter((i): i is FieldIssue => i !== null);
  if (found.length > 0) throw new InvalidInputError(found);
}
