import { describe, expect, it } from 'vitest';
import { APPEAL_MONTHS, addMonths, londonMidnight } from '../../../functions/core/journey/dates.js';
import {
  caseExpiry,
  DECISION_FLOOR_MONTHS,
  DEFAULT_CASE_RETENTION_DAYS,
  isExpired,
} from '../../../functions/core/journey/retention.js';

const decision = (decidedOn: string, recordedAt = `${decidedOn}T10:00:00Z`) => ({
  decidedOn,
  recordedAt,
  appealBy: addMonths(decidedOn, APPEAL_MONTHS),
});

describe('caseExpiry: a case is kept CASE_RETENTION_DAYS London days after its last activity', () => {
  it('is 730 days after the London date of the last activity, from London midnight', () => {
    expect(DEFAULT_CASE_RETENTION_DAYS).toBe(730);
    // 1 March 2027 → 29 February 2029 is 730 days on (2028 is a leap year).
    expect(caseExpiry(new Date('2027-03-01T09:00:00Z'), [], 730)).toEqual({
      expiresOn: '2029-02-28',
      expiresAt: '2029-02-28T00:00:00.000Z',
    });
  });

  it('counts a late-evening activity in British Summer Time on the next London date', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(caseExpiry(new Date('2027-06-30T23:30:00Z'), [], 10).expiresOn).toBe('2027-07-11');
  });

  it('gives the summer-time midnight as 23:00 UTC the day before', () => {
    expect(caseExpiry(new Date('2027-06-01T12:00:00Z'), [], 30)).toEqual({
      expiresOn: '2027-07-01',
      expiresAt: '2027-06-30T23:00:00.000Z',
    });
  });

  it('never expires a case before its latest decision is three months old', () => {
    expect(DECISION_FLOOR_MONTHS).toBe(3);
    // Short retention: the decision floor wins.
    expect(caseExpiry(new Date('2027-01-10T12:00:00Z'), [decision('2027-01-10')], 30).expiresOn).toBe(
      '2027-04-10',
    );
    // A decision letter dated later than the activity: three months from the letter.
    expect(caseExpiry(new Date('2027-01-10T12:00:00Z'), [decision('2028-11-30')], 730).expiresOn).toBe(
      '2029-02-28',
    );
  });

  it('takes the later of the letter date and the London date the decision was recorded', () => {
    const backdated = decision('2026-06-01', '2027-01-10T23:30:00Z');
    expect(caseExpiry(new Date('2027-01-10T23:30:00Z'), [backdated], 1).expiresOn).toBe('2027-04-10');
  });

  it('uses the latest of several decisions (a correction keeps the case longer)', () => {
    const decisions = [decision('2027-01-10'), decision('2027-02-20')];
    expect(caseExpiry(new Date('2027-01-01T12:00:00Z'), decisions, 7).expiresOn).toBe('2027-05-20');
  });

  it('leaves the retention period alone when the decision floor is earlier', () => {
    expect(caseExpiry(new Date('2027-01-10T12:00:00Z'), [decision('2027-01-10')], 730).expiresOn).toBe(
      '2029-01-09',
    );
  });
});

describe('isExpired', () => {
  it('is false before the expiry, true from its first moment on, and false for a case with none', () => {
    const { expiresAt } = caseExpiry(new Date('2027-06-01T12:00:00Z'), [], 30);
    expect(isExpired(expiresAt, new Date('2027-06-30T22:59:59Z'))).toBe(false);
    expect(isExpired(expiresAt, new Date('2027-06-30T23:00:00Z'))).toBe(true);
    expect(isExpired(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('londonMidnight', () => {
  it.each([
    ['a winter date', '2027-01-15', '2027-01-15T00:00:00.000Z'],
    ['a summer date', '2027-07-01', '2027-06-30T23:00:00.000Z'],
    ['the day the clocks go forward (midnight is still GMT)', '2027-03-28', '2027-03-28T00:00:00.000Z'],
    ['the day the clocks go back (midnight is still BST)', '2027-10-31', '2027-10-30T23:00:00.000Z'],
  ])('%s', (_what, date, instant) => {
    expect(londonMidnight(date).toISOString()).toBe(instant);
  });
});
