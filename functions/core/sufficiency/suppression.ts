// Never about one child: every count of children or lists that leaves OpenPlace is rounded down to
// a multiple of 5 (5 stands for 5 to 9), with 1–4 shown as "fewer than 5" and 0 as 0; every other
// statistic (a distance, a median, a share) is shown only for a cell of at least 10. Counts are
// rounded one by one, never summed after rounding, and periods are fixed (periods.ts). Rounding to
// the nearest 5 instead would let parts be subtracted from their total: two cells of "fewer than 5"
// with a total of 10 (8–12) are both 4; 1 + 1 + 5 = 7 is shown "fewer than 5", "fewer than 5", 5
// and 5, which only 1 and 1 fit. Every bin 5 wide keeps a cell of 1 to 4 to at least two values
// when a total is split in two or three (a year and its terms); not for four or more cells of
// "fewer than 5" whose total is too (they are all 1), which no rounding of a total can prevent.

/** A count of children or lists as published. */
export interface PublishedCount {
  /** Rounded down to a multiple of 5; null for 1 to 4. */
  value: number | null;
  /** True for 1 to 4: shown as "fewer than 5". */
  fewerThanFive: boolean;
  /**
   * True when the count is not shown at all: with the other figures beside it, it would say
   * exactly how many of 1 to 4 some count is (disclosure.ts). Value null.
   */
  withheld: boolean;
}

/** A count not shown (disclosure.ts says when). */
export const WITHHELD: PublishedCount = { value: null, fewerThanFive: false, withheld: true };

/** The smallest cell for which a statistic other than a count is shown. */
export const MIN_CELL_FOR_STATISTICS = 10;

/** A count as it may be published. */
export function publishedCount(n: number): PublishedCount {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a whole number ≥ 0: ${n}`);
  if (n === 0) return { value: 0, fewerThanFive: false, withheld: false };
  if (n < 5) return { value: null, fewerThanFive: true, withheld: false };
  return { value: Math.floor(n / 5) * 5, fewerThanFive: false, withheld: false };
}

/** A statistic of a cell of `cellSize` children or lists: null below MIN_CELL_FOR_STATISTICS. */
export function publishedStatistic(cellSize: number, value: number | null): number | null {
  return cellSize >= MIN_CELL_FOR_STATISTICS ? value : null;
}

/** The words for a published count, the same in every output: "0", "fewer than 5", "25", "not shown". */
export function countText(count: PublishedCount): string {
  if (count.withheld) return 'not shown';
  return count.fewerThanFive ? 'fewer than 5' : String(count.value);
}

/**
 * The true counts a published count could stand for: what someone holding the outputs could
 * narrow a cell down to (the suppression tests subtract these ranges).
 */
export function countRange(count: PublishedCount): { min: number; max: number } {
  if (count.withheld) return { min: 0, max: Number.POSITIVE_INFINITY };
  if (count.fewerThanFive) return { min: 1, max: 4 };
  const v = count.value as number;
  if (v === 0) return { min: 0, max: 0 };
  return { min: v, max: v + 4 };
}
