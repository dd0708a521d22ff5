import { distanceKm } from '../geo.js';
import { agesOf } from '../lists/evaluation.js';
import { isSpecialistProvision } from '../lists/range.js';
import type { AgeRange, Location, Setting } from '../model.js';
import type { NeedCode } from '../needs.js';
import { pinsAPart } from './disclosure.js';
import { confirmedRecently } from './places.js';
import { median } from './statistics.js';
import {
  countRange,
  MIN_CELL_FOR_STATISTICS,
  type PublishedCount,
  publishedCount,
  publishedStatistic,
  WITHHELD,
} from './suppression.js';
import type { CaseFacts } from './view-model.js';

// What new places would change, replayed over the period's lists: for each list, the specialist
// provision for the child's main need and age within its travel distance, as the register and its
// live figures stand now, with and without the changes. The same rules as a list's availability
// (a free place only on a figure confirmed in the last 30 days). Nothing is written; never about
// one child: every count is rounded, and a breakdown that would pin one is withheld.

export const MAX_WHAT_IF_CHANGES = 20;
export const MAX_PLACES_CHANGED = 200;

export type PlaceChange =
  /** Places of a need added at an open setting (free places, as from today). */
  | { kind: 'ADD_PLACES'; settingId: string; need: NeedCode; places: number }
  /** Free places of a need taken away at an open setting. */
  | { kind: 'REMOVE_PLACES'; settingId: string; need: NeedCode; places: number }
  /** A new base (resourced provision) at a named open school. */
  | { kind: 'NEW_BASE'; settingId: string; needs: NeedCode[]; ageRange: AgeRange; places: number };

export interface WhatIfRow {
  /** Null in the total, and in a row by district. */
  primaryNeed: NeedCode | null;
  /** Null in the total, and in a row by need. */
  district: string | null;
  /** Lists within the travel distance of places added, for the child's main need and age. */
  listsWithinReach: PublishedCount;
  /** Children with no free place within reach who would have had one: each added place to at most one, in list order. */
  childrenPlaced: PublishedCount;
  /** Lists with no free place within reach that would have had one. */
  newlyWithFreePlace: PublishedCount;
  /** Lists whose free places within reach the removals would all take away. */
  losingFreePlace: PublishedCount;
  /** Median km nearer the nearest free place came, over lists that had one and came nearer (10 or more). */
  medianKmCloser: number | null;
}

export interface WhatIfResult {
  placesAdded: number;
  placesRemoved: number;
  total: WhatIfRow;
  byNeed: WhatIfRow[];
  byDistrict: WhatIfRow[];
}

/** Free places somewhere, for some needs and ages: a provision as it is, or places a change adds. */
interface Pool {
  id: string;
  location: Location;
  needs: readonly NeedCode[];
  ages: AgeRange;
  free: number;
}

interface Outcome {
  facts: CaseFacts;
  withinReach: boolean;
  placed: boolean;
  newly: boolean;
  losing: boolean;
  closerKm: number | null;
}

/** The replay. `settings` holds every setting near the lists and every setting a change names, with live figures. */
export function whatIf(input: {
  facts: readonly CaseFacts[];
  settings: readonly Setting[];
  changes: readonly PlaceChange[];
  now: Date;
}): WhatIfResult {
  const byId = new Map(input.settings.map((s) => [s.id, s]));
  const before = existingPools(input.settings, input.now);
  const removed = new Map<string, number>();
  const added: Pool[] = [];
  for (const [i, change] of input.changes.entries()) {
    const setting = byId.get(change.settingId);
    if (!setting) continue;
    if (change.kind === 'REMOVE_PLACES') {
      let left = change.places;
      for (const pool of before.filter(
        (p) => p.id.startsWith(`${setting.id}|`) && p.needs.includes(change.need),
      )) {
        const taken = Math.min(left, pool.free - (removed.get(pool.id) ?? 0));
        removed.set(pool.id, (removed.get(pool.id) ?? 0) + taken);
        left -= taken;
      }
      continue;
    }
    const ages =
      change.kind === 'NEW_BASE'
        ? change.ageRange
        : (setting.provisions.find(
            (p) => p.designation.includes(change.need) && isSpecialistProvision(setting, p),
          )?.ageRange ?? setting.ageRange);
    added.push({
      id: `change ${i}`,
      location: setting.location,
      needs: change.kind === 'NEW_BASE' ? change.needs : [change.need],
      ages,
      free: change.places,
    });
  }
  const after = [
    ...before.map((p) => ({ ...p, free: p.free - (removed.get(p.id) ?? 0) })).filter((p) => p.free > 0),
    ...added,
  ];
  const remaining = new Map(added.map((p) => [p.id, p.free]));
  // A child is placed once, whichever of its lists (a case's later versions) comes first.
  const placedCases = new Set<string>();
  const outcomes: Outcome[] = [...input.facts]
    .sort((a, b) => a.generatedAt.localeCompare(b.generatedAt))
    .map((facts) => {
      const was = nearestFree(facts, before);
      const now = nearestFree(facts, after);
      const reachable = added.filter((p) => serves(p, facts) && withinKm(p, facts) !== null);
      let placed = false;
      if (was === null && !placedCases.has(facts.partition)) {
        const pool = reachable
          .filter((p) => (remaining.get(p.id) ?? 0) > 0)
          .sort((a, b) => (withinKm(a, facts) as number) - (withinKm(b, facts) as number))[0];
        if (pool) {
          remaining.set(pool.id, (remaining.get(pool.id) ?? 0) - 1);
          placedCases.add(facts.partition);
          placed = true;
        }
      }
      return {
        facts,
        withinReach: reachable.length > 0,
        placed,
        newly: was === null && now !== null,
        losing: was !== null && now === null,
        closerKm: was !== null && now !== null && now < was ? was - now : null,
      };
    });
  const row = (need: NeedCode | null, district: string | null, of: Outcome[]): WhatIfRow => {
    const closer = of.flatMap((o) => (o.closerKm === null ? [] : [o.closerKm]));
    // Fewer than 10 lists: moving a one-place base about (any school, any ages) would find a child.
    if (of.length < MIN_CELL_FOR_STATISTICS) {
      return {
        primaryNeed: need,
        district,
        listsWithinReach: WITHHELD,
        childrenPlaced: WITHHELD,
        newlyWithFreePlace: WITHHELD,
        losingFreePlace: WITHHELD,
        medianKmCloser: null,
      };
    }
    return {
      primaryNeed: need,
      district,
      listsWithinReach: publishedCount(of.filter((o) => o.withinReach).length),
      childrenPlaced: publishedCount(of.filter((o) => o.placed).length),
      newlyWithFreePlace: publishedCount(of.filter((o) => o.newly).length),
      losingFreePlace: publishedCount(of.filter((o) => o.losing).length),
      medianKmCloser: publishedStatistic(closer.length, median(closer)),
    };
  };
  const grouped = <K>(key: (o: Outcome) => K) => {
    const groups = new Map<K, Outcome[]>();
    for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
    return [...groups].sort(([a], [b]) => String(a ?? '~').localeCompare(String(b ?? '~')));
  };
  const total = row(null, null, outcomes);
  return {
    placesAdded: added.reduce((n, p) => n + p.free, 0),
    placesRemoved: [...removed.values()].reduce((n, v) => n + v, 0),
    total,
    byNeed: guardRows(
      total,
      grouped((o) => o.facts.primaryNeed).map(([need, of]) => row(need, null, of)),
    ),
    byDistrict: guardRows(
      total,
      grouped((o) => o.facts.district).map(([district, of]) => row(null, district, of)),
    ),
  };
}

/** The free places of the specialist provisions as they stand: fresh figures only. */
function existingPools(settings: readonly Setting[], now: Date): Pool[] {
  return settings.flatMap((setting) =>
    setting.status === 'CLOSED'
      ? []
      : setting.provisions.flatMap((p) =>
          isSpecialistProvision(setting, p) && confirmedRecently(p, now) && (p.capacity?.vacancies ?? 0) > 0
            ? [
                {
                  id: `${setting.id}|${p.id}`,
                  location: setting.location,
                  needs: p.designation,
                  ages: agesOf(setting, p),
                  free: p.capacity?.vacancies ?? 0,
                },
              ]
            : [],
        ),
  );
}

const serves = (pool: Pool, facts: CaseFacts) =>
  pool.needs.includes(facts.primaryNeed) && pool.ages.low <= facts.age && facts.age <= pool.ages.high;

/** The distance from the list's home, when within its travel distance. */
function withinKm(pool: Pool, facts: CaseFacts): number | null {
  const km = distanceKm(facts.home, pool.location);
  return km <= facts.maxTravelKm ? km : null;
}

function nearestFree(facts: CaseFacts, pools: readonly Pool[]): number | null {
  let best: number | null = null;
  for (const pool of pools) {
    if (!serves(pool, facts)) continue;
    const km = withinKm(pool, facts);
    if (km !== null && (best === null || km < best)) best = km;
  }
  return best;
}

const COUNTS = ['listsWithinReach', 'childrenPlaced', 'newlyWithFreePlace', 'losingFreePlace'] as const;

/** Rows with any count withheld whose breakdown, against the total, would pin a count of 1 to 4. */
function guardRows(total: WhatIfRow, rows: WhatIfRow[]): WhatIfRow[] {
  let guarded = rows;
  for (const field of COUNTS) {
    if (
      pinsAPart(
        countRange(total[field]),
        guarded.map((r) => r[field]),
      )
    ) {
      guarded = guarded.map((r) => ({ ...r, [field]: WITHHELD }));
    }
  }
  return guarded;
}
