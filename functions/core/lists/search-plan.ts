import type { Setting } from '../model.js';
import {
  type ChoiceToMatch,
  type EvaluationMemo,
  matchSettings,
  newEvaluationMemo,
  specialistReachCount,
} from './matching.js';
import type { ListRequest, ListSearch, MatchResult } from './model.js';
import { ageBandOf, nextPlainRadius } from './plain-settings.js';
import {
  nextReachRadius,
  type ReachCandidate,
  type ReachPointer,
  reachPointerOf,
  servingCandidates,
} from './reach.js';

// The search for a list as a pure planner (STYLE 14, "sans-I/O"): given what has been read, it
// says what to read next, or gives the list. The service does the reading and calls it again.

/** Everything read so far for one list. */
export interface SearchState {
  request: ListRequest;
  /** Every specialist setting within the travel distance that takes children of the child's age band. */
  specialist: readonly Setting[];
  /** Plain mainstream settings read, nearest first, out to `plainRadiusKm`. */
  plain: readonly Setting[];
  plainRadiusKm: number;
  /** Reach pointers for the main need read out to `reachRadiusKm` (0: none read yet). */
  reachPointers: readonly ReachPointer[];
  reachRadiusKm: number;
  /** Settings read by id: the nearest specialist ones for the main need, beyond the travel distance. */
  fetched: readonly Setting[];
  choices: readonly ChoiceToMatch[];
  now: Date;
  capacityFreshDays: number;
  laNames?: ReadonlyMap<string, string>;
  /** Evaluations kept between steps (newEvaluationMemo), so matching again costs only what is new. */
  memo?: EvaluationMemo;
}

/**
 * The state a list's search starts from: the specialist settings within the travel distance and
 * the nearest plain ones, read; nothing of the reach index yet. One shape for the service and tests.
 */
export function newSearchState(start: {
  request: ListRequest;
  specialist: readonly Setting[];
  plain: { settings: readonly Setting[]; radiusKm: number };
  now: Date;
  capacityFreshDays: number;
  laNames?: ReadonlyMap<string, string>;
}): SearchState {
  return {
    request: start.request,
    specialist: start.specialist,
    plain: start.plain.settings,
    plainRadiusKm: start.plain.radiusKm,
    reachPointers: [],
    reachRadiusKm: 0,
    fetched: [],
    choices: [],
    now: start.now,
    capacityFreshDays: start.capacityFreshDays,
    ...(start.laNames ? { laNames: start.laNames } : {}),
    memo: newEvaluationMemo(),
  };
}

export type NextRead =
  /** Reach pointers for the child's main need and age band within this radius (only the parts not read). */
  | { read: 'reach'; radiusKm: number }
  /** These settings, by id. */
  | { read: 'settings'; ids: string[] }
  /** Plain mainstream settings within this radius (only the parts not read). */
  | { read: 'plain'; radiusKm: number };

export type SearchStep = { next: NextRead } | { list: MatchResult & { search: ListSearch } };

/**
 * The next step of a list's search:
 * 1. reach — until the nearest specialist provisions for the main need that take the child's age
 *    (3, or 5 residential for a residential request) are known, wherever they are;
 * 2. those of them beyond the travel distance, read whole;
 * 3. plain mainstream schools further out, only while one could still change the list.
 * Then the list: the same as if every setting in England had been read.
 */
export function searchStep(state: SearchState): SearchStep {
  const { request } = state;
  const wanted = specialistReachCount(request);
  const covered = Math.max(request.maxTravelKm, state.reachRadiusKm);
  const known = servingKnown(state);
  if (known.length < wanted && covered < nextReachRadius(covered)) {
    return { next: { read: 'reach', radiusKm: nextReachRadius(covered) } };
  }
  const read = new Set([...state.specialist, ...state.fetched].map((s) => s.id));
  const missing = known
    .slice(0, wanted)
    .map((c) => c.settingId)
    .filter((id) => !read.has(id));
  if (missing.length > 0) return { next: { read: 'settings', ids: missing } };

  const result = matchSettings({
    request,
    candidates: [...state.specialist, ...state.fetched, ...state.plain],
    choices: state.choices,
    now: state.now,
    capacityFreshDays: state.capacityFreshDays,
    ...(state.laNames ? { laNames: state.laNames } : {}),
    ...(state.memo ? { memo: state.memo } : {}),
  });
  const plainNext = nextPlainRadius(result, request, state.plainRadiusKm);
  if (plainNext !== null) return { next: { read: 'plain', radiusKm: plainNext } };
  return {
    list: {
      ...result,
      search: {
        radiusKm: request.maxTravelKm,
        mainstreamRadiusKm: state.plainRadiusKm,
        specialistReachKm: covered,
      },
    },
  };
}

/**
 * The specialist settings serving the child's main need that the search has found, nearest first,
 * out to as far as it has looked: complete within the travel distance and within its reach search.
 * The same for the same reads: every step of a search asks, and most have read nothing it depends on.
 */
export function servingKnown(state: SearchState): readonly ReachCandidate[] {
  const { request, specialist, reachPointers, reachRadiusKm } = state;
  const held = KNOWN.get(specialist)?.get(reachPointers);
  if (held && held.request === request && held.reachRadiusKm === reachRadiusKm) return held.known;
  const covered = Math.max(request.maxTravelKm, reachRadiusKm);
  const known = servingCandidates(reachPointers, request, specialistServing(specialist, request)).filter(
    (c) => c.exactKm <= covered,
  );
  const byPointers = KNOWN.get(specialist) ?? new WeakMap();
  byPointers.set(reachPointers, { request, reachRadiusKm, known });
  KNOWN.set(specialist, byPointers);
  return known;
}

/** The serving candidates among the specialist settings read, whatever reach has read since. */
function specialistServing(specialist: readonly Setting[], request: ListRequest): readonly ReachCandidate[] {
  const held = SPECIALIST.get(specialist);
  if (held?.request === request) return held.known;
  const band = ageBandOf(request.age);
  // Only the main need's pointer in the child's age band can serve: the others are not made.
  const known = servingCandidates(
    specialist.flatMap((s) => reachPointerOf(s, request.primaryNeed, band) ?? []),
    request,
  );
  SPECIALIST.set(specialist, { request, known });
  return known;
}

// servingKnown's answers, by the arrays read (a search replaces an array when it reads more, never
// changes one): held only as long as the search holds its reads.
const KNOWN = new WeakMap<
  readonly Setting[],
  WeakMap<
    readonly ReachPointer[],
    { request: ListRequest; reachRadiusKm: number; known: readonly ReachCandidate[] }
  >
>();
const SPECIALIST = new WeakMap<
  readonly Setting[],
  { request: ListRequest; known: readonly ReachCandidate[] }
>();
