import { describe, expect, it } from 'vitest';
import { APPEAL_MONTHS, addDays, addMonths } from '../../../functions/core/journey/dates.js';
import {
  caseLinkLife,
  familyLinkStatus,
  isLinkOpen,
  LINK_MONTHS_AFTER_APPEAL,
  linkOpensUntil,
  linksValidUntilOf,
} from '../../../functions/core/journey/link-life.js';
import { caseExpiry } from '../../../functions/core/journey/retention.js';

const link = (expiresAt: string, revokedAt: string | null = null) => ({
  tokenHash: 'h',
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt,
  revokedAt,
});

describe('how long a family link opens', () => {
  it('is a month after the appeal date, from the first moment of that London date', () => {
    expect(LINK_MONTHS_AFTER_APPEAL).toBe(1);
    expect(linksValidUntilOf('2027-03-10')).toBe('2027-04-09T23:00:00.000Z'); // 10 April, BST
    expect(linksValidUntilOf('2027-01-31')).toBe('2027-02-28T00:00:00.000Z'); // month end: its last day
  });

  it('opens until the later of its own expiry and the case’s, and not from that moment on', () => {
    const until = linksValidUntilOf('2027-03-10');
    const short = link('2027-03-04T10:00:00.000Z');
    expect(linkOpensUntil(short, until)).toBe(until);
    expect(isLinkOpen(short, until, new Date('2027-04-09T22:59:59Z'))).toBe(true);
    expect(isLinkOpen(short, until, new Date('2027-04-09T23:00:00Z'))).toBe(false);
    // A link that lasts longer than the case's date keeps its own.
    const long = link('2027-11-30T10:00:00.000Z');
    expect(linkOpensUntil(long, until)).toBe(long.expiresAt);
    expect(isLinkOpen(long, until, new Date('2027-06-01T00:00:00Z'))).toBe(true);
  });

  it('keeps its own expiry on a case with no decision, or one recorded before the field', () => {
    const own = link('2027-03-04T10:00:00.000Z');
    expect(linkOpensUntil(own, null)).toBe(own.expiresAt);
    expect(linkOpensUntil(own, undefined)).toBe(own.expiresAt);
    expect(isLinkOpen(own, null, new Date('2027-03-04T10:00:00Z'))).toBe(false);
  });

  it('never reopens a withdrawn link', () => {
    const withdrawn = link('2027-03-04T10:00:00.000Z', '2027-02-01T10:00:00.000Z');
    expect(isLinkOpen(withdrawn, linksValidUntilOf('2027-03-10'), new Date('2027-02-02T00:00:00Z'))).toBe(
      false,
    );
    expect(
      familyLinkStatus(
        withdrawn,
        { linksValidUntil: linksValidUntilOf('2027-03-10'), appealBy: '2027-03-10' },
        new Date('2027-02-02T00:00:00Z'),
      ),
    ).toMatchObject({ active: false, opensUntil: '2027-04-09T23:00:00.000Z', appealBy: '2027-03-10' });
  });

  it("reads the case's date and the appeal date of the decision in force", () => {
    expect(caseLinkLife(null)).toEqual({ linksValidUntil: null, appealBy: null });
  });
});

describe('retention keeps a case while its links open', () => {
  // Every letter date over four years (month ends and clock changes included), recorded that day or
  // up to two days later: the case is never gone before its links stop opening.
  it('never expires a case before a decision stops keeping its links open', () => {
    for (let day = 0; day < 4 * 366; day++) {
      const decidedOn = addDays('2026-01-01', day);
      const appealBy = addMonths(decidedOn, APPEAL_MONTHS);
      for (const late of [0, 2]) {
        const recordedAt = `${addDays(decidedOn, late)}T22:30:00Z`;
        const { expiresAt } = caseExpiry(new Date(recordedAt), [{ decidedOn, recordedAt, appealBy }], 1);
        expect(Date.parse(expiresAt), decidedOn).toBeGreaterThanOrEqual(
          Date.parse(linksValidUntilOf(appealBy)),
        );
      }
    }
  });
});
