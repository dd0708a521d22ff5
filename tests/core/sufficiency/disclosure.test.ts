import { describe, expect, it } from 'vitest';
import { guardDisclosure, pinsAPart } from '../../../functions/core/sufficiency/disclosure.js';
import { OUTCOMES } from '../../../functions/core/sufficiency/outcomes.js';
import { countRange, publishedCount } from '../../../functions/core/sufficiency/suppression.js';
import type {
  SufficiencyCell,
  SufficiencyDistrict,
  SufficiencyView,
} from '../../../functions/core/sufficiency/view-model.js';

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
  it('lists no district when, each being listed only with a list, four of them under a total of fewer than 5 are each 1', () => {
    const view = {
      ...aView([aCell('ASD', 4)], aCell(null, 4)),
      districts: ['AL1', 'AL2', 'AL3', 'AL4'].map((d) => aDistrict(d, 1)),
    };
    const guarded = guardDisclosure(view);
    expect(guarded.districtsWithheld).toBe(true);
    expect(guarded.districts).toEqual([]);
  });

  it('lists no district when a council district would pin the postcode districts it is made of', () => {
    // AL1–AL4 each fewer than 5, St Albans fewer than 5, the council 40: each AL is exactly 1.
    const view = {
      ...aView([aCell('ASD', 40)], aCell(null, 40)),
      districts: [...['AL1', 'AL2', 'AL3', 'AL4'].map((d) => aDistrict(d, 1)), aDistrict('ME14', 36)],
      lowerTierDistricts: [aDistrict('E07000240', 4), aDistrict('E07000110', 36)],
    };
    const lowerTierOf = (d: string) => (d.startsWith('AL') ? 'E07000240' : 'E07000110');
    expect(guardDisclosure(view, lowerTierOf)).toMatchObject({
      districtsWithheld: true,
      districts: [],
      lowerTierDistricts: [],
    });
    // Without the postcode districts' link to it, nothing could be pinned: they stay.
    expect(guardDisclosure(view).districts).toHaveLength(5);
  });

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
    placesWithheld: false,
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: publishedCount(0) })),
    cannotMeet: [],
    waiting: publishedCount(0),
  };
}

function aDistrict(district: string, lists: number): SufficiencyDistrict {
  const { availability } = aCell(null, lists);
  return { district, lists: publishedCount(lists), children: publishedCount(lists), availability };
}

function aView(cells: SufficiencyCell[], total: SufficiencyCell): SufficiencyView {
  return {
    laCode: '383',
    period: {
      id: '2026-27-autumn',
      kind: 'TERM',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      months: ['2026-09', '2026-10', '2026-11', '2026-12'],
    },
    asOf: '2026-12-05',
    waitingWeeks: 12,
    total,
    cells,
    districts: [],
    lowerTierDistricts: [],
    districtsWithheld: false,
    figures: { provisions: 0, notConfirmedRecently: 0, share: null },
  };
}
