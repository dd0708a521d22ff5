import { describe, expect, it } from 'vitest';
import {
  APPEAL_MONTHS,
  addDays,
  addMonths,
  CONSULTATION_DAYS,
  dateInWords,
  isCalendarDate,
  isPastDue,
  londonDate,
  periodEndsOn,
  REQUEST_WINDOW_DAYS,
  requestWindowMinimumEndsOn,
} from '../../../functions/core/journey/dates.js';

const at = (instant: string) => londonDate(new Date(instant));

describe('londonDate: the calendar date in London, whatever the clocks do', () => {
  it('counts a late-evening send in British Summer Time as the next day in London', () => {
    expect(at('2027-06-30T23:30:00Z')).toBe('2027-07-01');
  });

  it('keeps a late-evening send in winter (GMT) on the same day', () => {
    expect(at('2027-01-15T23:30:00Z')).toBe('2027-01-15');
  });

  it('is the UTC date just before midnight in summer, and the next date just after', () => {
    expect(at('2027-06-30T22:59:59Z')).toBe('2027-06-30');
    expect(at('2027-06-30T23:00:00Z')).toBe('2027-07-01');
  });

  // Clocks go forward at 01:00 UTC on the last Sunday of March (28 March 2027).
  it.each([
    ['the Saturday night before the clocks go forward', '2027-03-27T23:30:00Z', '2027-03-27'],
    ['the small hours of the Sunday, still GMT', '2027-03-28T00:30:00Z', '2027-03-28'],
    ['the Sunday evening, now BST', '2027-03-28T22:59:00Z', '2027-03-28'],
    ['late on the Sunday in BST', '2027-03-28T23:30:00Z', '2027-03-29'],
  ])('spring forward: %s', (_when, instant, date) => {
    expect(at(instant)).toBe(date);
  });

  // Clocks go back at 01:00 UTC on the last Sunday of October (31 October 2027).
  it.each([
    ['the Saturday night before the clocks go back, still BST', '2027-10-30T23:30:00Z', '2027-10-31'],
    ['the small hours of the Sunday, still BST', '2027-10-31T00:30:00Z', '2027-10-31'],
    ['late on the Sunday, now GMT', '2027-10-31T23:30:00Z', '2027-10-31'],
    ['just after midnight on the Monday in GMT', '2027-11-01T00:00:00Z', '2027-11-01'],
  ])('fall back: %s', (_when, instant, date) => {
    expect(at(instant)).toBe(date);
  });

  it('writes the date as YYYY-MM-DD', () => {
    expect(at('2027-02-03T12:00:00Z')).toBe('2027-02-03');
  });
});

describe('periodEndsOn: the last day of a statutory period', () => {
  it('gives a setting consulted on 1 March until 16 March (15 days)', () => {
    expect(periodEndsOn('2027-03-01', CONSULTATION_DAYS)).toBe('2027-03-16');
  });

  it('gives a family sent a draft plan on 1 March at least until 15 March: 15 days beginning with that day (reg 13(1)(a))', () => {
    expect(requestWindowMinimumEndsOn('2027-03-01')).toBe('2027-03-15');
    // The sending day is day 1 and the last day is day 15.
    const days = Array.from({ length: REQUEST_WINDOW_DAYS }, (_, i) => addDays('2027-03-01', i));
    expect(days.at(-1)).toBe(requestWindowMinimumEndsOn('2027-03-01'));
  });

  it.each([
    ['across a month end', '2027-01-20', '2027-02-03'],
    ['across a year end', '2027-12-20', '2028-01-03'],
    ['to 29 February in a leap year', '2028-02-15', '2028-02-29'],
    ['past February in a common year', '2027-02-15', '2027-03-01'],
  ])('counts the request window %s', (_what, sentOn, endsOn) => {
    expect(requestWindowMinimumEndsOn(sentOn)).toBe(endsOn);
  });

  it.each([
    ['across a month end', '2027-01-20', '2027-02-04'],
    ['across a year end', '2027-12-20', '2028-01-04'],
    ['to 29 February in a leap year', '2028-02-14', '2028-02-29'],
    ['past February in a common year', '2027-02-14', '2027-03-01'],
    ['across the spring clock change', '2027-03-20', '2027-04-04'],
    ['across the autumn clock change', '2027-10-25', '2027-11-09'],
  ])('counts calendar days %s', (_case, from, end) => {
    expect(periodEndsOn(from, 15)).toBe(end);
  });
});

describe('addDays', () => {
  it('counts back for negative days', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('addMonths: the appeal period is never cut short', () => {
  it('gives the same day two months later', () => {
    expect(addMonths('2027-03-16', APPEAL_MONTHS)).toBe('2027-05-16');
  });

  it('gives 28 February for 31 December plus two months in a common year', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('gives 29 February for 31 December plus two months in a leap year', () => {
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('keeps the day when the target month has it: 30 November plus two months is 30 January', () => {
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  it('clamps to the end of a 30-day month', () => {
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2027-12-31', '2027-01-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    ['a day February does not have', '2026-02-30'],
    ['29 February in a common year', '2027-02-29'],
    ['a month that does not exist', '2026-13-01'],
    ['month zero', '2026-00-10'],
    ['day zero', '2026-01-00'],
    ['single-digit month and day', '2026-2-3'],
    ['a date with a time', '2026-02-03T00:00:00Z'],
    ['day-first order', '03-02-2026'],
    ['surrounding spaces', ' 2026-02-03 '],
    ['empty text', ''],
  ])('refuses %s (%s)', (_case, value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isPastDue', () => {
  it('is not past due on the due date itself', () => {
    expect(isPastDue('2027-03-16', '2027-03-16')).toBe(false);
  });

  it('is past due the day after the due date', () => {
    expect(isPastDue('2027-03-16', '2027-03-17')).toBe(true);
  });

  it('is not past due before the due date, even in an earlier month or year', () => {
    expect(isPastDue('2027-03-16', '2027-02-28')).toBe(false);
    expect(isPastDue('2028-01-04', '2027-12-31')).toBe(false);
  });

  it('is past due across a month and a year end', () => {
    expect(isPastDue('2027-02-28', '2027-03-01')).toBe(true);
    expect(isPastDue('2027-12-31', '2028-01-01')).toBe(true);
  });
});

describe('dateInWords', () => {
  it.each([
    ['2027-03-16', '16 March 2027'],
    ['2028-02-29', '29 February 2028'],
    ['2027-01-01', '1 January 2027'],
    ['2027-12-31', '31 December 2027'],
  ])('writes %s as "%s"', (date, words) => {
    expect(dateInWords(date)).toBe(words);
  });

  it('writes summer dates and the day the clocks change as given, never a day off', () => {
    expect(dateInWords('2027-07-01')).toBe('1 July 2027');
    expect(dateInWords('2027-10-31')).toBe('31 October 2027');
  });
});
