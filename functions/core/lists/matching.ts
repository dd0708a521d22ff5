import type { Setting } from '../model.js';
import { toEntry } from './entries.js';
import { type Evaluation, evaluate, type MatchContext, rangeOf } from './evaluation.js';
import type {
  FamilyChoice,
  ListEntry,
  ListRequest,
  MatchingWeights,
  MatchResult,
  NotListedReason,
  NotListedSetting,
  RangeKind,
} from './model.js';
import { NOT_LISTED_REASONS, RANGE_KINDS } from './model.js';
import { isSpecialistProvision, rangeNote } from './range.js';

/** Bump when the rules or weights change, so a stored list can be explained by the rules it was made with. */
export const MATCHING_VERSION = '2.0.0';

// Never a cost factor: OpenPlace does not know, and does not rank by, what a place costs.
// Capacity is a fact to show, not a reason to rank: its weights apply only when the officer asks
// to prefer available places (weightsFor). A provision whose designation is not recorded scores
// as a mainstream place does, so incomplete data never counts against a setting.
export const DEFAULT_WEIGHTS: MatchingWeights = {
  primaryNeed: 40,
  secondaryNeed: 10,
  secondaryNeedMax: 20,
  mainstreamPlace: 15,
  designationNotRecorded: 15,
  provisionType: 15,
  apTier: 10,
  distance: 20,
  available: 10,
  limited: 5,
  unconfirmed: 3,
  religiousCharacter: 5,
};

/** The weights a request is scored with: capacity adds nothing unless the officer prefers available places. */
export function weightsFor(request: Pick<ListRequest, 'preferAvailablePlaces'>): MatchingWeights {
  return request.preferAvailablePlaces
    ? DEFAULT_WEIGHTS
    : { ...DEFAULT_WEIGHTS, available: 0, limited: 0, unconfirmed: 0 };
}

/**
 * How many of the nearest specialist provisions for the main need every list weighs, wherever
 * they are in England: low-incidence provision is regional or national (BRIEF "Low-incidence needs").
 */
export const SPECIALIST_REACH = { nearest: 3, nearestResidential: 5 } as const;

export function specialistReachCount(request: Pick<ListRequest, 'boarding'>): number {
  return request.boarding === 'RESIDENTIAL' ? SPECIALIST_REACH.nearestResidential : SPECIALIST_REACH.nearest;
}

/** A family choice to show: on the register (with the setting as read now) or off it. */
export interface ChoiceToMatch {
  choice: FamilyChoice;
  setting: Setting | null;
}

export interface MatchInput {
  request: ListRequest;
  /**
   * Every setting read: specialist ones within reach, plain mainstream ones as far as the search
   * went, and the nearest specialist provisions for the main need beyond reach.
   */
  candidates: readonly Setting[];
  /** The case's current family choices, in their order. */
  choices: readonly ChoiceToMatch[];
  now: Date;
  capacityFreshDays: number;
  /** LA names by code, for reasons families read; a code is shown when its name is unknown. */
  laNames?: ReadonlyMap<string, string>;
  /**
   * Evaluations already made for this request, by setting: a search that matches again after
   * reading further reuses them (they depend only on the request, the setting and the time).
   */
  memo?: EvaluationMemo;
}

/** Opaque to callers: a cache of one request's evaluations, made by `newEvaluationMemo`. */
export type EvaluationMemo = WeakMap<Setting, readonly Evaluation[]>;

export function newEvaluationMemo(): EvaluationMemo {
  return new WeakMap();
}

/** What every setting is weighed against: the request, its weights, the clock and the LAs' names. */
export function matchContextOf(input: {
  request: ListRequest;
  now: Date;
  capacityFreshDays: number;
  laNames?: ReadonlyMap<string, string>;
}): MatchContext {
  return {
    request: input.request,
    weights: weightsFor(input.request),
    now: input.now,
    capacityFreshDays: input.capacityFreshDays,
    laNames: input.laNames ?? new Map(),
  };
}

/**
 * Builds the advisory list. Every candidate is evaluated against the child's needs, age and the
 * family's circumstances; the best-fitting provision of each setting competes on score (never
 * cost; capacity only when the officer prefers available places). Ties break by distance, then
 * name, then id, so the same data always gives the same list.
 *
 * Fair by construction:
 * - reach follows the need: the nearest specialist provisions designated for the main need that
 *   take the child's age are weighed however far away they are, and the nearest is always listed;
 * - the range: the best fit of each kind of setting gets a place, up to half the list;
 * - the family's own choices come first and are never dropped, whatever they score.
 */
export function matchSettings(input: MatchInput): MatchResult {
  const { request } = input;
  const context = matchContextOf(input);
  const familyIds = new Set(input.choices.flatMap((c) => (c.setting ? [c.setting.id] : [])));
  const seen = new Set<string>();
  // The memo's arrays themselves: reach replaces the few it weighs again, never changes one.
  const weighed: (readonly Evaluation[])[] = [];
  for (const setting of input.candidates) {
    if (familyIds.has(setting.id) || seen.has(setting.id)) continue;
    seen.add(setting.id);
    let evaluations = input.memo?.get(setting);
    if (!evaluations) {
      evaluations = setting.provisions.map((p) => evaluate(setting, p, context, false));
      input.memo?.set(setting, evaluations);
    }
    weighed.push(evaluations);
  }

  // Reach: the nearest specialist provisions for the main need that break no rule but distance.
  const reach = weighed
    .flatMap((evaluations, index) => {
      const nearest = evaluations.find(
        (e) => e.servesMainNeed && e.failures.every((f) => f === 'BEYOND_TRAVEL_DISTANCE'),
      );
      return nearest ? [{ index, nearest }] : [];
    })
    .sort((a, b) => a.nearest.distanceKm - b.nearest.distanceKm || byId(a.nearest, b.nearest))
    .slice(0, specialistReachCount(request));
  for (const { index } of reach) {
    weighed[index] = (weighed[index] ?? []).map((e) =>
      e.servesMainNeed ? evaluate(e.setting, e.provision, context, true) : e,
    );
  }
  const nearestSpecialist = reach[0] ? bestOf(weighed[reach[0].index] ?? []) : null;

  const best = weighed.map(bestOf);
  const notListed = new Map<NotListedReason, number>();
  const count = (reason: NotListedReason) => notListed.set(reason, (notListed.get(reason) ?? 0) + 1);
  const fits: Evaluation[] = [];
  for (const e of best) {
    const failure = e.failures[0];
    if (failure) count(failure);
    else fits.push(e);
  }
  fits.sort(byRank);

  const { selected, byRange } = selectSuggestions(fits, nearestSpecialist, request.maxEntries);
  const lowerRanked = fits.filter((e) => !selected.has(e));
  if (lowerRanked.length > 0) notListed.set('LOWER_RANKED', lowerRanked.length);
  const suggested = fits.filter((e) => selected.has(e));

  const family = input.choices.flatMap(({ setting }) => {
    if (!setting) return [];
    return [bestOf(setting.provisions.map((p) => evaluate(setting, p, context, false)))];
  });
  const entries: ListEntry[] = [
    ...family.map((e) => toEntry(e, { familyChoice: true }, context)),
    ...suggested.map((e) =>
      toEntry(e, { familyChoice: false, nearest: e === nearestSpecialist, range: byRange.has(e) }, context),
    ),
  ].map((entry, index) => ({ ...entry, rank: index + 1 }));

  return {
    entries,
    consideredNotListed: NOT_LISTED_REASONS.flatMap((reason) => {
      const n = notListed.get(reason);
      return n ? [{ reason, count: n }] : [];
    }),
    consideredCount: weighed.length,
    notListedSettings: notListedSettings(best, selected),
    rangeNote: rangeNote(RANGE_KINDS.filter((k) => suggested.some((e) => rangeOf(e) === k))),
  };
}

/** How many places on a list are kept for the range: up to half, rounded up. */
export function rangeSlots(maxEntries: number): number {
  return Math.ceil(maxEntries / 2);
}

/**
 * The suggestions: the nearest specialist provision for the main need; then a place for the best
 * fit of each kind of setting, in the order of their scores, up to half the list; then the rest
 * by score. `byRange` holds those that are there only for the range (not in the top by score).
 */
function selectSuggestions(
  fits: readonly Evaluation[],
  nearestSpecialist: Evaluation | null,
  maxEntries: number,
): { selected: Set<Evaluation>; byRange: Set<Evaluation> } {
  const selected = new Set<Evaluation>();
  const kinds = new Set<RangeKind>();
  const take = (e: Evaluation) => {
    selected.add(e);
    kinds.add(rangeOf(e));
  };
  if (nearestSpecialist && maxEntries > 0 && fits.includes(nearestSpecialist)) take(nearestSpecialist);
  const slots = rangeSlots(maxEntries);
  for (const e of fits) {
    if (selected.size >= slots) break;
    if (!kinds.has(rangeOf(e))) take(e);
  }
  const byScore = new Set(fits.slice(0, maxEntries));
  const byRange = new Set([...selected].filter((e) => !byScore.has(e)));
  for (const e of fits) {
    if (selected.size >= maxEntries) break;
    selected.add(e);
  }
  return { selected, byRange };
}

/** How many mainstream schools read below the cut-off the record names. */
export const NOT_LISTED_MAINSTREAM = 3;

/** Every specialist setting weighed and left off, and the best mainstream ones below the cut-off. */
function notListedSettings(
  best: readonly Evaluation[],
  selected: ReadonlySet<Evaluation>,
): NotListedSetting[] {
  const left = best.filter((e) => !selected.has(e));
  const specialist = left.filter((e) => isSpecialistSetting(e.setting));
  const mainstream = left
    .filter((e) => !isSpecialistSetting(e.setting) && e.failures.length === 0)
    .sort(byRank)
    .slice(0, NOT_LISTED_MAINSTREAM);
  return [...specialist.sort(byDistance), ...mainstream].map((e) => ({
    settingId: e.setting.id,
    name: e.setting.name,
    kind: e.setting.kind,
    sector: e.setting.sector,
    laCode: e.setting.laCode,
    town: e.setting.address.town,
    rangeKind: rangeOf(e),
    distanceKm: e.distanceKm,
    reason: e.failures[0] ?? 'LOWER_RANKED',
    specialist: isSpecialistSetting(e.setting),
  }));
}

/** A setting with specialist or alternative provision: the record names every one weighed. */
function isSpecialistSetting(setting: Setting): boolean {
  return setting.provisions.some((p) => isSpecialistProvision(setting, p) || p.kind === 'AP_PROGRAMME');
}

function byRank(a: Evaluation, b: Evaluation): number {
  return b.score - a.score || byDistance(a, b);
}

function byDistance(a: Evaluation, b: Evaluation): number {
  return a.distanceKm - b.distanceKm || byName.compare(a.setting.name, b.setting.name) || byId(a, b);
}

function byId(a: Evaluation, b: Evaluation): number {
  return a.setting.id < b.setting.id ? -1 : a.setting.id > b.setting.id ? 1 : 0;
}

/** The setting's best-fitting provision; if none fits, the one that came closest. */
function bestOf(evaluations: readonly Evaluation[]): Evaluation {
  return evaluations.reduce((best, e) => {
    const byFit = best.failures.length - e.failures.length;
    if (byFit !== 0) return byFit > 0 ? e : best;
    const bestMiss = failureDepth(best.failures[0]);
    const miss = failureDepth(e.failures[0]);
    if (bestMiss !== miss) return miss > bestMiss ? e : best;
    return e.score > best.score ? e : best;
  });
}

// The rules in the order they are checked (the model lists them so); LOWER_RANKED is no rule.
const FAILURE_ORDER: readonly NotListedReason[] = NOT_LISTED_REASONS.filter((r) => r !== 'LOWER_RANKED');

function failureDepth(reason: NotListedReason | undefined): number {
  return reason === undefined ? FAILURE_ORDER.length : FAILURE_ORDER.indexOf(reason);
}

// Made once: collators are costly to create.
const byName = new Intl.Collator('en-GB');
