import { describe, expect, it } from 'vitest';
import { guardDisclosure, pinsAPart } from '../../../functions/core/sufficiency/disclosure.js';
import { OUTCOMES } from '../../../functions/core/sufficiency/outcomes.js';
import { countRange, publishedCount } from '../../../functions/core/sufficiency/suppression.js';
import type { SufficiencyCell, SufficiencyView } from '../../../functions/core/sufficiency/view-model.js';

// A breakdown beside its total can say more than its rounded counts do: the guard withholds a
// breakdown that would pin a count of 1 to 4, and leaves every other alone.

const range = (n: number) => countRange(publishedCount(n));
const counts = (...ns: number[]) => ns.map(publishedCount);

describe('pinsAPart', () => {
  it('sees four cells of "fewer than 5" under a total of "fewer than 5": each is 1', () => {
    expect(pinsAPart(range(4), counts(1, 1, 1, 1))).toBe(true);
  });
  it('sees five cells of "fewer than 5" under a total of 20: each is 4', () => {
    expect(pinsAPart(range(20), counts(4, 4, 4, 4, 4))).toBe(true);
  });
  it('lets through breakdowns that leave every small cell at two values or more', () => {
    expect(pinsAPart(range(3), counts(1, 2))).toBe(false);
    expect(pinsAPart(range(12), counts(4, 8))).toBe(false);
    expect(pinsAPart(range(9), counts(3, 3, 3))).toBe(false);
    expect(pinsAPart(range(40), counts(20, 20))).toBe(false);
  });
  it('brute force: whatever it lets through of up to four parts of 0–9 pins no cell of 1–4', () => {
    const key = (t: readonly number[]) =>
      [...t.map((v) => publishedCount(v)), publishedCount(t.reduce((a, b) => a + b, 0))]
        .map((c) => (c.fewerThanFive ? '<5' : c.value))
        .join(',');
    for (let n = 2; n <= 4; n++) {
      // Every configuration of parts 0–14, grouped by what would be published of it.
      const published = new Map<string, number[][]>();
      for (const t of tuples(n, 14)) published.set(key(t), [...(published.get(key(t)) ?? []), t]);
      for (const parts of tuples(n, 9)) {
        const total = publishedCount(parts.reduce((a, b) => a + b, 0));
        if (pinsAPart(countRange(total), counts(...parts))) continue;
        const consistent = published.get(key(parts)) ?? [];
        parts.forEach((v, i) => {
          if (v >= 1 && v <= 4) {
            expect(new Set(consistent.map((t) => t[i])).size, `${parts} cell ${i}`).toBeGreaterThan(1);
          }
        });
      }
    }
  });
});

describe('guardDisclosure', () => {
  it('withholds a count across every cell when its cells would pin one, and shows the rest', () => {
    const cells = [1, 1, 1, 1].map((n, i) => aCell(`N${i}`, n));
    const view = aView(cells, aCell(null, 4));
    const guarded = guardDisclosure(view);
    for (const cell of guarded.cells) {
      expect(cell.lists).toEqual({ value: null, fewerThanFive: false, withheld: true });
    }
    expect(guarded.total.lists).toEqual(publishedCount(4));
  });
  it('changes nothing where nothing can be pinned', () => {
    const view = aView([aCell('A', 12), aCell('B', 23)], aCell(null, 35));
    expect(guardDisclosure(view)).toEqual(view);
  });
  it("keeps a row's three availability states where, against its lists, none can be pinned", () => {
    // 4 lists as 2, 1, 1 and 3 as 1, 1, 1: every state is "fewer than 5" under lists of "fewer
    // than 5", and each could still be 1 or 2.
    for (const [lists, states] of [
      [4, [2, 1, 1]],
      [3, [1, 1, 1]],
    ] as const) {
      const view = aView([aCell('A', lists, [...states])], aCell(null, lists, [...states]));
      const guarded = guardDisclosure(view);
      expect(guarded.cells[0]?.availability).toEqual(view.cells[0]?.availability);
    }
  });
});

function tuples(n: number, max: number): number[][] {
  if (n === 0) return [[]];
  return tuples(n - 1, max).flatMap((t) => Array.from({ length: max + 1 }, (_, v) => [...t, v]));
}

function aCell(need: string | null, lists: number, states = [lists, 0, 0]): SufficiencyCell {
  const [free, none, unknown] = states as [number, number, number];
  return {
    primaryNeed: need as SufficiencyCell['primaryNeed'],
    phase: need ? 'PRIMARY' : null,
    lists: publishedCount(lists),
    children: publishedCount(lists),
    availability: {
      freePlaceKnown: publishedCount(free),
      noneFree: publishedCount(none),
      unknown: publishedCount(unknown),
      shareWithEnoughData: null,
      medianNearestFreeKm: null,
    },
    places: [],
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: publishedCount(0) })),
    cannotMeet: [],
    waiting: publishedCount(0),
  };
}

function aView(cells: SufficiencyCell[], total: SufficiencyCell): SufficiencyView {
  return {
    laCode: '383',
    period: {
      id: '2026-Q4',
      kind: 'QUARTER',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      months: ['2026-10', '2026-11', '2026-12'],
    },
    asOf: '2026-12-05',
    waitingWeeks: 12,
    total,
    cells,
    districts: [],
    lowerTierDistricts: [],
    figures: { provisions: 0, notConfirmedRecently: 0, share: null },
  };
}
