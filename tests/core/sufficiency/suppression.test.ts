import { describe, expect, it } from 'vitest';
import {
  countRange,
  countText,
  MIN_CELL_FOR_STATISTICS,
  type PublishedCount,
  publishedCount,
  publishedStatistic,
} from '../../../functions/core/sufficiency/suppression.js';

// Never about one child: a count leaves OpenPlace as 0, "fewer than 5" or a multiple of 5, and no
// set of published counts that add up (parts and their total, terms and their year) can be
// subtracted to pin a cell of 1 to 4 to one value.

const shown = (n: number) => countText(publishedCount(n));

describe('a published count', () => {
  it.each([
    [0, '0'],
    [1, 'fewer than 5'],
    [2, 'fewer than 5'],
    [3, 'fewer than 5'],
    [4, 'fewer than 5'],
    [5, '5'],
    [7, '5'],
    [9, '5'],
    [10, '10'],
    [12, '10'],
    [14, '10'],
    [15, '15'],
    [103, '100'],
  ])('shows %i as "%s"', (n, text) => {
    expect(shown(n)).toBe(text);
  });

  it('says "fewer than 5" with no value, never the value itself', () => {
    expect(publishedCount(3)).toEqual({ value: null, fewerThanFive: true, withheld: false });
    expect(publishedCount(0)).toEqual({ value: 0, fewerThanFive: false, withheld: false });
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s as a count', (n) => {
    expect(() => publishedCount(n)).toThrow(RangeError);
  });

  it('is never 1 to 4 (3 included), only 0 or a multiple of 5', () => {
    for (let n = 0; n <= 200; n++) {
      const { value, fewerThanFive } = publishedCount(n);
      if (fewerThanFive) expect(value).toBeNull();
      else expect((value as number) % 5).toBe(0);
      expect([1, 2, 3, 4]).not.toContain(value);
    }
  });

  it('covers the true count with the range it stands for', () => {
    for (let n = 0; n <= 200; n++) {
      const { min, max } = countRange(publishedCount(n));
      expect(n).toBeGreaterThanOrEqual(min);
      expect(n).toBeLessThanOrEqual(max);
    }
  });
});

describe('a statistic other than a count', () => {
  it.each([
    [0, null],
    [9, null],
    [MIN_CELL_FOR_STATISTICS, 4.2],
    [25, 4.2],
  ])('of a cell of %i is %s', (cell, expected) => {
    expect(publishedStatistic(cell, 4.2)).toBe(expected);
  });
});

// --- Differencing ---------------------------------------------------------------------------------

const label = (c: PublishedCount) => (c.fewerThanFive ? '<5' : String(c.value));

/** Every way of splitting a total into `parts` cells of 0..`max`, each with the published figures. */
function universe(parts: number, max: number): number[][] {
  let configs: number[][] = [[]];
  for (let i = 0; i < parts; i++) {
    configs = configs.flatMap((c) => Array.from({ length: max + 1 }, (_, v) => [...c, v]));
  }
  return configs;
}

/**
 * What someone holding every published figure (each part, and their total) could narrow each part
 * to: for each set of figures, the values each part takes across the configurations showing them.
 */
function whatIsLearnt(parts: number, max: number) {
  const signature = (cells: number[]) =>
    [...cells, cells.reduce((a, b) => a + b, 0)].map((n) => label(publishedCount(n))).join(' ');
  const consistent = new Map<string, Set<number>[]>();
  for (const cells of universe(parts, max)) {
    const key = signature(cells);
    const sets = consistent.get(key) ?? cells.map(() => new Set<number>());
    for (const [i, v] of cells.entries()) sets[i]?.add(v);
    consistent.set(key, sets);
  }
  return (cells: number[]) => consistent.get(signature(cells)) as Set<number>[];
}

/** The configurations in which a cell of 1 to 4 is pinned to one value by the published figures. */
function pinned(parts: number, max: number): string[] {
  const learnt = whatIsLearnt(parts, max);
  return universe(parts, max).flatMap((cells) =>
    cells.flatMap((v, i) =>
      v >= 1 && v <= 4 && (learnt(cells)[i]?.size ?? 0) < 2 ? [`${cells.join('+')}: cell ${i + 1}`] : [],
    ),
  );
}

describe('subtracting published counts', () => {
  it('never pins a cell of 1 to 4 when a total is split in two (e.g. on the list or not)', () => {
    expect(pinned(2, 20)).toEqual([]);
  });

  it('never pins a cell of 1 to 4 when a total is split in three (e.g. a year and its three terms)', () => {
    expect(pinned(3, 15)).toEqual([]);
  });

  it('leaves two cells of "fewer than 5" and their total at least two values apart', () => {
    const learnt = whatIsLearnt(2, 20);
    expect([...(learnt([4, 4])[0] ?? [])].sort()).toEqual([1, 2, 3, 4]);
  });
});
