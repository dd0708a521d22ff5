// Statutory days are calendar days in Europe/London (STYLE.md house rules): an instant becomes a
// London calendar date, and days are counted on dates, never on instants, so a clock change or a
// late-evening send in British Summer Time cannot move a due date.

/** Days a consulted setting has to answer (SEND Code 9.83: "within 15 days"). */
export const CONSULTATION_DAYS = 15;

/**
 * The family's window to ask for a setting after a draft plan (or proposed amendments): at least
 * 15 days beginning with the day the plan was served (SEND Regulations 2014 reg 13(1)(a); reg
 * 22(2)(c) for amendments; s.38). The day it was sent counts as day 1.
 */
export const REQUEST_WINDOW_DAYS = 15;

/** Months to appeal to the SEND Tribunal from the decision letter, normally. */
export const APPEAL_MONTHS = 2;

const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The London calendar date ("YYYY-MM-DD") of an instant. */
export function londonDate(instant: Date): string {
  return LONDON.format(instant);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The date `days` calendar days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The same day `months` later; when that month is shorter, its last day (31 December plus two
 * months is 28 or 29 February), so the period is never cut short.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/**
 * The last day of a period of `days` days that begins the day after `from`: a consultation sent
 * on 1 March is due by 16 March.
 */
export function periodEndsOn(from: string, days: number): string {
  return addDays(from, days);
}

/**
 * The last day of the family's minimum window to ask for a setting: 15 days *beginning with* the
 * day the plan was sent (reg 13(1)(a)), so a plan sent on 1 March gives at least until 15 March.
 * A plan served later than it was sent (by post) gives longer, never less: a family shown this
 * date is never told a day the law has passed.
 */
export function requestWindowMinimumEndsOn(sentOn: string): string {
  return addDays(sentOn, REQUEST_WINDOW_DAYS - 1);
}

/** The first instant of a London calendar date: 00:00 GMT, or 23:00 UTC the day before in summer time. */
export function londonMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const anHourBefore = new Date(utcMidnight - 60 * 60 * 1000);
  return londonDate(anHourBefore) === date ? anHourBefore : new Date(utcMidnight);
}

/** Due and not answered by the end of its due date, in London. */
export function isPastDue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "16 March 2027": a calendar date in words, for families. */
export function dateInWords(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}
