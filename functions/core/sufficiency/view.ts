import { addDays, londonMidnight } from '../journey/dates.js';
import type { Consultation, PlacementDecision } from '../journey/model.js';
import type { Sector, Setting } from '../model.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { guardDisclosure } from './disclosure.js';
import {
  type AvailabilityState,
  SUFFICIENCY_PHASES,
  type SufficiencyPhase,
  sufficiencyPhaseOf,
} from './facts.js';
import {
  CANNOT_MEET_GROUNDS,
  type CannotMeetGround,
  cannotMeetGround,
  decisionInForce,
  OUTCOMES,
  type Outcome,
  outcomesOf,
} from './outcomes.js';
import type { Period } from './periods.js';
import { confirmedRecently, placesWithinReach, servesAnyCell, withinReachOfAny } from './places.js';
import { median } from './statistics.js';
import { MIN_CELL_FOR_STATISTICS, publishedCount, publishedStatistic } from './suppression.js';
import type {
  CaseFacts,
  PublishedAvailability,
  SufficiencyCell,
  SufficiencyDistrict,
  SufficiencyView,
} from './view-model.js';

// A council's sufficiency picture for one fixed period, from its lists' facts, its cases'
// decisions, its consultations and the settings within reach (with their live figures). Pure: the
// service reads, this counts, and only published (rounded, suppressed) figures leave it.

/** The default N of "children whose first list was made more than N weeks ago, with no decision yet". */
export const DEFAULT_WAITING_WEEKS = 12;

export interface SufficiencyInput {
  laCode: string;
  period: Period;
  /** The London date the picture is as at: the period's last day, or today if sooner. */
  asOf: string;
  waitingWeeks: number;
  /**
   * Facts of the council's lists from the look-back's start to today (first lists, and lists after
   * the period: a case with none of them made its first list before the look-back).
   */
  facts: readonly CaseFacts[];
  /** The council's cases changed since the look-back began, with their decisions. */
  cases: readonly { partition: string; decisions: readonly PlacementDecision[] }[];
  /** Consultations the council sent since the look-back began. */
  consultations: readonly Consultation[];
  /** Settings near the council's lists, with live figures. */
  settings: readonly Setting[];
  sectorOf: (settingId: string) => Sector | null;
  /** The lower-tier district (E07…) of a postcode district, in a two-tier county; null elsewhere. */
  lowerTierOf?: (district: string) => string | null;
  now: Date;
}

interface Tally {
  facts: CaseFacts[];
  outcomes: Map<Outcome, number>;
  cannotMeet: Map<CannotMeetGround, number>;
  waiting: number;
}

const newTally = (): Tally => ({ facts: [], outcomes: new Map(), cannotMeet: new Map(), waiting: 0 });
const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
const cellKey = (need: NeedCode, phase: SufficiencyPhase) => `${need}|${phase}`;

/** The council's picture for the period. */
export function sufficiencyView(input: SufficiencyInput): SufficiencyView {
  const { period, laCode } = input;
  const months = new Set(period.months);
  const from = londonMidnight(period.startsOn).toISOString();
  const to = londonMidnight(addDays(period.endsOn, 1)).toISOString();
  const asOfEnd = londonMidnight(addDays(input.asOf, 1)).toISOString();
  // N weeks in London calendar days: the boundary is a London midnight, whatever the clocks did.
  const waitingSince = londonMidnight(addDays(input.asOf, 1 - 7 * input.waitingWeeks)).toISOString();

  // Each case's lists, newest first: what a decision or a wait is counted under.
  const byCase = new Map<string, CaseFacts[]>();
  for (const f of input.facts) byCase.set(f.partition, [...(byCase.get(f.partition) ?? []), f]);
  for (const list of byCase.values()) list.sort((a, b) => b.generatedAt.localeCompare(a.generatedAt));
  const latestBefore = (partition: string, at: string) => {
    const lists = byCase.get(partition) ?? [];
    return lists.find((f) => f.generatedAt <= at) ?? lists[lists.length - 1] ?? null;
  };

  // Every need and phase, in the same order, whatever the period held: a row that appeared only
  // when it had a list would say so by being there (disclosure.ts withholds counts, not rows).
  const cells = new Map<string, Tally>(
    NEED_CODES.flatMap((need) =>
      SUFFICIENCY_PHASES.map((phase) => [cellKey(need, phase), newTally()] as const),
    ),
  );
  const total = newTally();
  const tallies = (need: NeedCode, phase: SufficiencyPhase): Tally[] => {
    const key = cellKey(need, phase);
    if (!cells.has(key)) cells.set(key, newTally());
    return [cells.get(key) as Tally, total];
  };

  const inPeriod = input.facts.filter((f) => months.has(f.month));
  for (const f of inPeriod) for (const t of tallies(f.primaryNeed, f.phase)) t.facts.push(f);

  const decisions = new Map<string, PlacementDecision | null>();
  for (const c of input.cases) decisions.set(c.partition, decisionInForce(c.decisions));
  for (const [partition, decision] of decisions) {
    if (!decision || decision.decidedOn < period.startsOn || decision.decidedOn > period.endsOn) continue;
    const facts = latestBefore(partition, decision.recordedAt);
    // A case whose lists are older than the look-back still counts in the council's total.
    for (const t of facts ? tallies(facts.primaryNeed, facts.phase) : [total]) {
      for (const o of outcomesOf(decision, laCode, input.sectorOf)) bump(t.outcomes, o);
    }
  }

  for (const c of input.consultations) {
    const ground = cannotMeetGround(c, from, to);
    if (!ground) continue;
    for (const t of tallies(c.child.primaryNeed, sufficiencyPhaseOf(c.child.age, c.child.ncYear))) {
      bump(t.cannotMeet, ground);
    }
  }

  // Waiting: a first list made more than N weeks before the as-at date, and no decision by then.
  // The facts run from the look-back's start to today, so a case with no version 1 among them (the
  // backfill files facts for every stored list) made its first list before the look-back: it has
  // waited longer than any N asked for. It counts under its latest list by the as-at date, or in
  // the council's total only when that list is older than the look-back too.
  const undecided = (partition: string) => {
    const decision = decisions.get(partition);
    return !decision || decision.decidedOn > input.asOf;
  };
  for (const [partition, lists] of byCase) {
    const first = lists.find((f) => f.version === 1);
    if ((first && first.generatedAt > waitingSince) || !undecided(partition)) continue;
    const latest = lists.find((f) => f.generatedAt < asOfEnd);
    for (const t of latest ? tallies(latest.primaryNeed, latest.phase) : [total]) t.waiting++;
  }
  for (const c of input.cases) if (!byCase.has(c.partition) && undecided(c.partition)) total.waiting++;

  const published = (need: NeedCode | null, phase: SufficiencyPhase | null, t: Tally): SufficiencyCell => ({
    primaryNeed: need,
    phase,
    lists: publishedCount(t.facts.length),
    children: publishedCount(new Set(t.facts.map((f) => f.partition)).size),
    availability: availabilityOf(t.facts),
    // Which settings are within reach traces where the cell's children live: only for 10 lists or more.
    placesWithheld: need !== null && t.facts.length < MIN_CELL_FOR_STATISTICS,
    places:
      need && phase && t.facts.length >= MIN_CELL_FOR_STATISTICS
        ? placesWithinReach({
            laCode,
            need,
            phase,
            reaches: t.facts.map((f) => ({ home: f.home, maxTravelKm: f.maxTravelKm })),
            settings: input.settings,
            now: input.now,
          })
        : [],
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: publishedCount(t.outcomes.get(outcome) ?? 0) })),
    cannotMeet: CANNOT_MEET_GROUNDS.map((ground) => ({
      ground,
      count: publishedCount(t.cannotMeet.get(ground) ?? 0),
    })),
    waiting: publishedCount(t.waiting),
  });

  const districts = new Map<string | null, CaseFacts[]>();
  for (const f of inPeriod) districts.set(f.district, [...(districts.get(f.district) ?? []), f]);
  const lowerTier = new Map<string, CaseFacts[]>();
  for (const f of inPeriod) {
    const code = f.district && input.lowerTierOf ? input.lowerTierOf(f.district) : null;
    if (code) lowerTier.set(code, [...(lowerTier.get(code) ?? []), f]);
  }
  const reaches = inPeriod.map((f) => ({ home: f.home, maxTravelKm: f.maxTravelKm }));
  const near = input.settings.filter((s) => servesAnyCell(s) && withinReachOfAny(s, reaches));
  const provisions = near.flatMap((s) => s.provisions.filter((p) => servesAnyCell(s, p)));
  const notConfirmed = provisions.filter((p) => !confirmedRecently(p, input.now)).length;

  return guardDisclosure(
    {
      laCode,
      period,
      asOf: input.asOf,
      waitingWeeks: input.waitingWeeks,
      total: published(null, null, total),
      // In the order of the DfE's need codes, then phase.
      cells: [...cells].map(([key, t]) => {
        const [need, phase] = key.split('|') as [NeedCode, SufficiencyPhase];
        return published(need, phase, t);
      }),
      districts: [...districts]
        // Lists without a postcode last ('~' under localeCompare sorts before letters, not after).
        .sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0) || (a ?? '').localeCompare(b ?? ''))
        .map(districtOf),
      lowerTierDistricts: [...lowerTier].sort(([a], [b]) => a.localeCompare(b)).map(districtOf),
      figures: {
        provisions: provisions.length,
        notConfirmedRecently: notConfirmed,
        share: provisions.length > 0 ? notConfirmed / provisions.length : null,
      },
      districtsWithheld: false,
    },
    input.lowerTierOf,
  );
}

/** A district's lists, published. */
function districtOf([district, facts]: [string | null, readonly CaseFacts[]]): SufficiencyDistrict {
  return {
    district,
    lists: publishedCount(facts.length),
    children: publishedCount(new Set(facts.map((f) => f.partition)).size),
    availability: availabilityOf(facts),
  };
}

/** The three availability states of some lists, with what may be said beyond the counts. */
function availabilityOf(facts: readonly CaseFacts[]): PublishedAvailability {
  const states = new Map<AvailabilityState, number>();
  const distances: number[] = [];
  for (const f of facts) {
    bump(states, f.availability?.state ?? 'UNKNOWN');
    if (f.availability?.nearestFreeKm != null) distances.push(f.availability.nearestFreeKm);
  }
  const known = (states.get('FREE_PLACE_KNOWN') ?? 0) + (states.get('NONE_FREE') ?? 0);
  return {
    freePlaceKnown: publishedCount(states.get('FREE_PLACE_KNOWN') ?? 0),
    noneFree: publishedCount(states.get('NONE_FREE') ?? 0),
    unknown: publishedCount(states.get('UNKNOWN') ?? 0),
    shareWithEnoughData: publishedStatistic(facts.length, facts.length > 0 ? known / facts.length : null),
    // Over the lists that had a free place: a median of fewer than 10 would say too much of each.
    medianNearestFreeKm: publishedStatistic(distances.length, median(distances)),
  };
}
