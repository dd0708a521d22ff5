import type { Outcome } from './outcomes.js';
import { countRange, type PublishedCount, WITHHELD } from './suppression.js';
import type { PublishedAvailability, SufficiencyCell, SufficiencyView } from './view-model.js';

// Rounding each count is not enough where parts are published beside their total: four cells of
// "fewer than 5" under a total of "fewer than 5" are each exactly 1; five of them under a total of
// 20 are each exactly 4. Before a view leaves the core, every breakdown is checked against its
// total (and the other breakdown of the same total), and a breakdown that would pin any part to
// one value from 1 to 4 is not shown for that count: each part becomes "not shown".

interface Range {
  min: number;
  max: number;
}

const sum = (ranges: readonly Range[]): Range =>
  ranges.reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });

/**
 * True when some part could only be one value from 1 to 4, given the parts and the range their sum
 * lies in. `atLeast`: what every part is known to hold by being listed at all (a district is listed
 * only when it has a list).
 */
export function pinsAPart(total: Range, parts: readonly PublishedCount[], atLeast = 0): boolean {
  const ranges = parts.map((p) => {
    const r = countRange(p);
    return { min: Math.max(r.min, atLeast), max: r.max };
  });
  const all = sum(ranges);
  return ranges.some((r) => {
    const lo = Math.max(r.min, total.min - (all.max - r.max));
    const hi = Math.min(r.max, total.max - (all.min - r.min));
    return lo === hi && lo >= 1 && lo <= 4;
  });
}

/** The range a total lies in, from its own count and from each breakdown's parts. */
function totalRange(total: PublishedCount, breakdowns: readonly (readonly PublishedCount[])[]): Range {
  return breakdowns
    .filter((parts) => parts.length > 0)
    .map((parts) => sum(parts.map(countRange)))
    .reduce((a, r) => ({ min: Math.max(a.min, r.min), max: Math.min(a.max, r.max) }), countRange(total));
}

/** What cells, districts and the total all have. */
type Row = { lists: PublishedCount; children: PublishedCount; availability: PublishedAvailability };

/** A count of a row, read and replaced by the same accessor. */
interface Field<R> {
  get: (row: R) => PublishedCount;
  set: <T extends R>(row: T, count: PublishedCount) => T;
}

const availabilityField = (key: 'freePlaceKnown' | 'noneFree' | 'unknown'): Field<Row> => ({
  get: (row) => row.availability[key],
  set: (row, count) => ({ ...row, availability: { ...row.availability, [key]: count } }),
});

const STATES = [
  availabilityField('freePlaceKnown'),
  availabilityField('noneFree'),
  availabilityField('unknown'),
];

const LISTED: Field<Row> = { get: (row) => row.lists, set: (row, count) => ({ ...row, lists: count }) };
const CHILDREN: Field<Row> = {
  get: (row) => row.children,
  set: (row, count) => ({ ...row, children: count }),
};
const WAITING: Field<SufficiencyCell> = {
  get: (row) => row.waiting,
  set: (row, count) => ({ ...row, waiting: count }),
};

function outcomeField(outcome: Outcome): Field<SufficiencyCell> {
  const ZERO: PublishedCount = { value: 0, fewerThanFive: false, withheld: false };
  return {
    get: (row) => row.outcomes.find((o) => o.outcome === outcome)?.count ?? ZERO,
    set: (row, count) => ({
      ...row,
      outcomes: row.outcomes.map((o) => (o.outcome === outcome ? { ...o, count } : o)),
    }),
  };
}

/**
 * The view with every breakdown that would pin a count of 1 to 4 not shown: the cells and the
 * districts against the total, for each count they share, and within a row its lists against
 * their three availability states (and its decisions against on the list or not).
 */
export function guardDisclosure(
  view: SufficiencyView,
  lowerTierOf: (district: string) => string | null = () => null,
): SufficiencyView {
  let { cells, districts, lowerTierDistricts, total } = view;
  let districtsWithheld = view.districtsWithheld;
  // Across rows: cells and districts break down the same totals. Cells are every need and phase,
  // so being there says nothing; a district is there only with a list, so it says "at least 1".
  const shared = [LISTED, CHILDREN, ...STATES];
  for (const field of shared) {
    const listed = field === LISTED || field === CHILDREN ? 1 : 0;
    const range = totalRange(field.get(total), [cells.map(field.get), districts.map(field.get)]);
    if (pinsAPart(range, cells.map(field.get))) cells = cells.map((c) => field.set(c, WITHHELD));
    if (pinsAPart(range, districts.map(field.get), listed)) {
      // Withholding the count would not hide what the row's being there says: list no district.
      if (listed) districtsWithheld = true;
      else districts = districts.map((d) => field.set(d, WITHHELD));
    }
    // Lower-tier districts hold only the lists of homes in two-tier counties: a part of the total,
    // so their sum is at most the total's, never known to equal it.
    if (pinsAPart({ min: 0, max: range.max }, lowerTierDistricts.map(field.get), listed)) {
      if (listed) districtsWithheld = true;
      else lowerTierDistricts = lowerTierDistricts.map((d) => field.set(d, WITHHELD));
    }
    // Each council district is made of postcode districts (data/england/outcode-districts.json, public).
    for (const lad of lowerTierDistricts) {
      const parts = districts.filter((d) => d.district && lowerTierOf(d.district) === lad.district);
      if (pinsAPart(countRange(field.get(lad)), parts.map(field.get), listed)) districtsWithheld = true;
    }
  }
  if (districtsWithheld) {
    districts = [];
    lowerTierDistricts = [];
  }
  const cellOnly = [WAITING, ...total.outcomes.map((o) => outcomeField(o.outcome))];
  for (const field of cellOnly) {
    const range = totalRange(field.get(total), [cells.map(field.get)]);
    if (pinsAPart(range, cells.map(field.get))) cells = cells.map((c) => field.set(c, WITHHELD));
  }
  for (const ground of new Set(cells.flatMap((c) => c.cannotMeet.map((m) => m.ground)))) {
    const get = (row: SufficiencyCell) => row.cannotMeet.find((m) => m.ground === ground)?.count;
    const parts = cells.flatMap((c) => get(c) ?? []);
    const whole = get(total);
    if (whole && pinsAPart(totalRange(whole, [parts]), parts)) {
      cells = cells.map((c) => ({
        ...c,
        cannotMeet: c.cannotMeet.map((m) => (m.ground === ground ? { ...m, count: WITHHELD } : m)),
      }));
    }
  }
  // Within a row: its lists split into three availability states; its decisions on the list or not.
  const withinRow = <T extends Row>(row: T): T =>
    pinsAPart(
      countRange(row.lists),
      STATES.map((f) => f.get(row)),
    )
      ? STATES.reduce((r, f) => f.set(r, WITHHELD), row)
      : row;
  const decisions = (row: SufficiencyCell): SufficiencyCell => {
    const [decided, on, off] = (['DECIDED', 'ON_LIST', 'NOT_ON_LIST'] as const).map(outcomeField);
    if (!decided || !on || !off) return row;
    return pinsAPart(countRange(decided.get(row)), [on.get(row), off.get(row)])
      ? off.set(on.set(row, WITHHELD), WITHHELD)
      : row;
  };
  total = decisions(withinRow(total));
  cells = cells.map((c) => decisions(withinRow(c)));
  districts = districts.map(withinRow);
  lowerTierDistricts = lowerTierDistricts.map(withinRow);
  return { ...view, total, cells, districts, lowerTierDistricts, districtsWithheld };
}
