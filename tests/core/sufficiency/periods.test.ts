import { describe, expect, it } from 'vitest';
import {
  londonMonth,
  type Period,
  parsePeriod,
  periodChoices,
} from '../../../functions/core/sufficiency/periods.js';
import { publishedCount } from '../../../functions/core/sufficiency/suppression.js';

// The fixed periods an officer can ask for: an academic year or one of its three terms, each whole
// London months. Anything else is refused, calendar quarters too, so no two views can be subtracted
// to count the lists of a single day or pin a count of 1 to 4.

describe('a period', () => {
  it('reads 2026-27 as the academic year 1 September 2026 to 31 August 2027, twelve months', () => {
    const year = parsePeriod('2026-27');
    expect(year).toMatchObject({
      id: '2026-27',
      kind: 'ACADEMIC_YEAR',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    expect(year?.months).toHaveLength(12);
    expect(year?.months[0]).toBe('2026-09');
    expect(year?.months[11]).toBe('2027-08');
  });

  it.each([
    ['2026-27-autumn', '2026-09-01', '2026-12-31', ['2026-09', '2026-10', '2026-11', '2026-12']],
    ['2026-27-spring', '2027-01-01', '2027-04-30', ['2027-01', '2027-02', '2027-03', '2027-04']],
    ['2026-27-summer', '2027-05-01', '2027-08-31', ['2027-05', '2027-06', '2027-07', '2027-08']],
  ])('reads %s as a term from %s to %s', (id, startsOn, endsOn, months) => {
    expect(parsePeriod(id)).toEqual({ id, kind: 'TERM', startsOn, endsOn, months });
  });

  it('nests the three terms in their year: together, exactly its months in order', () => {
    const terms = ['autumn', 'spring', 'summer'].flatMap((t) => parsePeriod(`2026-27-${t}`)?.months ?? []);
    expect(terms).toEqual(parsePeriod('2026-27')?.months);
  });

  it.each([
    '2027-Q1',
    '2027-Q3',
    '2026-28',
    '2026-26',
    '2026-2027',
    '2026-09-01/2026-09-30',
    '2026-09',
    '2026-Q5',
    '2026-Q0',
    '2026-q1',
    '1999-00',
    '1999-Q4',
    '2026-27-winter',
    '2026-27-Autumn',
    ' 2026-27',
    '',
  ])('refuses %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });
});

describe('the London month a list is filed under', () => {
  it.each([
    ['2026-08-31T23:30:00Z', '2026-09'], // 00:30 BST on 1 September
    ['2026-08-31T22:59:59Z', '2026-08'],
    ['2026-12-31T23:30:00Z', '2026-12'], // GMT in winter: still 31 December
    ['2027-01-01T00:00:00Z', '2027-01'],
    ['2027-03-31T23:00:00Z', '2027-04'], // BST again by then
  ])('puts %s in %s', (instant, month) => {
    expect(londonMonth(instant)).toBe(month);
  });
});

describe('the periods an officer may pick', () => {
  const ids = (today: string) => periodChoices(today).map((p) => p.id);

  it('offers only periods that have begun', () => {
    const today = '2026-10-15';
    for (const p of periodChoices(today)) expect(p.startsOn <= today).toBe(true);
    expect(ids(today)).toContain('2026-27');
    expect(ids(today)).toContain('2026-27-autumn');
    expect(ids(today)).not.toContain('2026-27-spring');
    expect(ids(today).some((id) => id.includes('Q'))).toBe(false);
  });

  it('offers this academic year and the two before, with their terms', () => {
    const years = periodChoices('2026-10-15').filter((p) => p.kind === 'ACADEMIC_YEAR');
    expect(years.map((p) => p.id)).toEqual(['2026-27', '2025-26', '2024-25']);
    expect(ids('2026-10-15')).toContain('2024-25-summer');
    expect(ids('2026-10-15')).not.toContain('2023-24');
  });

  it('starts the new academic year on 1 September, not before', () => {
    expect(ids('2026-08-31')[0]).toBe('2025-26');
    expect(ids('2026-09-01')[0]).toBe('2026-27');
  });

  it('offers every choice as a period it would accept', () => {
    for (const p of periodChoices('2027-05-01')) expect(parsePeriod(p.id)).toEqual(p);
  });
});

// Someone holding every published view of one count (the lists of one need and phase, say) knows
// each period's count to within its band. A count of 1 to 4 is pinned when every set of true counts
// that gives those same bands agrees on it. These searches try every set of counts up to a cap:
// a cap can only make a pin appear (fewer alternatives), never hide one found inside it.

/** Band of a count as published: 0, "fewer than 5" or the multiple of 5 below it. */
const band = (n: number) => {
  const c = publishedCount(n);
  return c.fewerThanFive ? -1 : (c.value as number);
};

/**
 * Every combination of piece counts from 0 to cap, grouped by the bands of the sums the periods
 * publish; the pieces (by index) that some combination (of those given, else every one up to 4)
 * pins to a count of 1 to 4.
 */
function pinnedPieces(pieces: number, periods: number[][], cap: number, only?: number[][]): Set<number> {
  const seen = new Map<string, { min: number[]; max: number[] }>();
  const all: number[][] = [];
  const counts = new Array<number>(pieces).fill(0);
  const keyOf = (c: number[]) => periods.map((p) => band(p.reduce((sum, i) => sum + (c[i] ?? 0), 0))).join();
  const visit = (at: number): void => {
    if (at === pieces) {
      const key = keyOf(counts);
      const group = seen.get(key);
      if (!group) seen.set(key, { min: [...counts], max: [...counts] });
      else
        counts.forEach((n, i) => {
          group.min[i] = Math.min(group.min[i] as number, n);
          group.max[i] = Math.max(group.max[i] as number, n);
        });
      if (counts.every((n) => n <= 4)) all.push([...counts]);
      return;
    }
    for (let n = 0; n <= cap; n++) {
      counts[at] = n;
      visit(at + 1);
    }
  };
  visit(0);
  const pinned = new Set<number>();
  for (const c of only ?? all) {
    const group = seen.get(keyOf(c)) as { min: number[]; max: number[] };
    c.forEach((n, i) => {
      if (n >= 1 && group.min[i] === n && group.max[i] === n) pinned.add(i);
    });
  }
  return pinned;
}

describe('the offered periods cannot be combined to pin a count of 1 to 4', () => {
  const within = (inner: Period, outer: Period) => inner.months.every((m) => outer.months.includes(m));

  it.each(['2026-10-15', '2027-05-01', '2027-08-31'])(
    'on %s, any two offered periods are apart or one holds the other',
    (today) => {
      const choices = periodChoices(today);
      for (const a of choices)
        for (const b of choices) {
          if (a === b) continue;
          const overlap = a.months.some((m) => b.months.includes(m));
          expect(!overlap || within(a, b) || within(b, a), `${a.id} and ${b.id}`).toBe(true);
        }
    },
  );

  it('never pins a term from its year and the other terms, whatever the counts', () => {
    // The offered periods nest, so what is known of a term comes only from its year and the two
    // other terms: pieces autumn, spring, summer; published each term and the year.
    const periods = [[0], [1], [2], [0, 1, 2]];
    const choices = periodChoices('2027-08-31');
    const year = choices.find((p) => p.id === '2026-27') as Period;
    const terms = choices.filter((p) => p.kind === 'TERM' && within(p, year));
    expect(terms.flatMap((t) => t.months)).toEqual(year.months);
    expect(pinnedPieces(3, periods, 14)).toEqual(new Set());
  });

  it('would pin every piece of a year if calendar quarters were offered beside terms', () => {
    // Why quarters are refused. Pieces: July–August before the year, then September, October–
    // December, January–March, April, May–June, July–August, and September after. With quarters,
    // a year of 20 whose quarters and spring term are each "fewer than 5" can only be 4, 4, 4, 0,
    // 4, 4. Those quarters bound every piece to at most 4, so a cap of 4 misses no alternative.
    const periods = [
      [1, 2, 3, 4, 5, 6], // the year
      [1, 2], // autumn
      [3, 4], // spring
      [5, 6], // summer
      [0, 1], // Q3 (July to September) at the year's start
      [2], // Q4
      [3], // Q1
      [4, 5], // Q2
      [6, 7], // Q3 at the year's end
    ];
    expect(pinnedPieces(8, periods, 4, [[0, 4, 4, 4, 0, 4, 4, 0]])).toEqual(new Set([1, 2, 3, 5, 6]));
  });
});
