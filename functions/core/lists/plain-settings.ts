import type { Setting } from '../model.js';
import { agesOf, distancePoints, round1 } from './evaluation.js';
import { weightsFor } from './matching.js';
import type { ListRequest, MatchingWeights, MatchResult } from './model.js';

// Mainstream schools, colleges and nurseries that offer only an undesignated main roll, with no
// capacity stated by the school or LA, are most of the register and score alike but for distance
// and preferences. They are kept in their own, finer layer of the map indexes and read nearest first,
// only as far out as one of them could still make the list: the list is the same as if every
// one had been read. A school that states its capacity moves to the index read in full.

const PLAIN_TYPES: readonly string[] = ['MAINSTREAM', 'FURTHER_EDUCATION', 'EARLY_YEARS'];

/** True for an undesignated mainstream, college or early-years place with no live capacity figures. */
export function isPlainSetting(setting: Setting): boolean {
  return (
    PLAIN_TYPES.includes(setting.kind) &&
    setting.provisions.every(
      (p) =>
        p.kind === 'MAIN_ROLL' &&
        p.designation.length === 0 &&
        (p.capacity === null || (p.capacity.source !== 'SETTING' && p.capacity.source !== 'LA')),
    )
  );
}

/**
 * The age bands of the specialist map indexes: a setting is indexed in every band any of its
 * provisions takes children from, and a list reads only its child's band.
 */
export const AGE_BANDS = { upTo10: [0, 10], from11To15: [11, 15], from16: [16, 25] } as const;
export type AgeBand = keyof typeof AGE_BANDS;

export function ageBandOf(age: number): AgeBand {
  return age <= AGE_BANDS.upTo10[1] ? 'upTo10' : age <= AGE_BANDS.from11To15[1] ? 'from11To15' : 'from16';
}

/** The bands a setting takes children in, from its provisions' age ranges (or its own). */
export function ageBandsOf(setting: Setting): AgeBand[] {
  return (Object.keys(AGE_BANDS) as AgeBand[]).filter((band) => {
    const [low, high] = AGE_BANDS[band];
    return setting.provisions.some((p) => {
      const ages = agesOf(setting, p);
      return ages.low <= high && ages.high >= low;
    });
  });
}

/**
 * The best score any plain setting further than `distanceKm` from home could reach: a mainstream
 * place, unconfirmed capacity (plain settings have no live figures), and any preference it could
 * meet. Rounded as lists round distances, so it is never below a real score.
 */
export function plainScoreBound(distanceKm: number, request: ListRequest, w: MatchingWeights): number {
  const typeWanted = request.provisionPreference?.types.some((t) => PLAIN_TYPES.includes(t)) ?? false;
  return (
    w.mainstreamPlace +
    (typeWanted ? w.provisionType : 0) +
    w.unconfirmed +
    (request.religiousCharacter ? w.religiousCharacter : 0) +
    distancePoints(round1(distanceKm), request, w)
  );
}

/**
 * The score a plain setting must beat to change the list: none while the list has room, else the
 * lowest suggestion's. A plain setting scoring below every suggestion cannot take a place by
 * score, nor a range place (those go to the best of each kind in score order, and every one
 * listed scores above it), nor the nearest specialist's place.
 */
export function listThreshold(result: MatchResult, maxEntries: number): number {
  const suggestions = result.entries.filter((e) => !e.familyChoice);
  return suggestions.length < maxEntries
    ? Number.NEGATIVE_INFINITY
    : Math.min(...suggestions.map((e) => e.score));
}

/**
 * How far the first read of plain settings reaches, by the child's age band: far enough that a
 * town usually has a list's worth of schools of that phase inside it, so most lists need no more.
 */
export const NEAREST_PLAIN_KM: Readonly<Record<AgeBand, number>> = { upTo10: 3, from11To15: 5, from16: 5 };

export function nearestPlainRadius(request: ListRequest): number {
  return Math.min(request.maxTravelKm, NEAREST_PLAIN_KM[ageBandOf(request.age)]);
}

/**
 * Where to read plain settings out to next, having read out to `searched`; null when none further
 * out could make the list. With the list full, that is exactly as far as one still could; with
 * room on it, comfortably as far as the schools found so far suggest a list's worth will be.
 */
export function nextPlainRadius(result: MatchResult, request: ListRequest, searched: number): number | null {
  const reach = request.maxTravelKm;
  const threshold = listThreshold(result, request.maxEntries);
  const beyondReach = (r: number) => plainScoreBound(r, request, weightsFor(request)) < threshold;
  // Strictly below: a plain school further out with an equal score could still win on distance.
  if (searched >= reach || beyondReach(searched)) return null;
  if (threshold > Number.NEGATIVE_INFINITY) {
    if (!beyondReach(reach)) return reach;
    let [near, far] = [searched, reach];
    while (far - near > 0.1) {
      const middle = (near + far) / 2;
      if (beyondReach(middle)) far = middle;
      else near = middle;
    }
    return tenthsWithinReach(far, request);
  }
  return radiusForAListsWorth(result.entries.filter((e) => !e.familyChoice).length, searched, request);
}

/**
 * How far to read for a list's worth of fitting settings, `found` of them having turned up within
 * `searched`. Another round trip costs more than reading further in this one, so it errs on the
 * far side; with none found, the area is sparse and it reads all the way.
 */
function radiusForAListsWorth(found: number, searched: number, request: ListRequest): number {
  if (found === 0) return request.maxTravelKm;
  return tenthsWithinReach(searched * Math.max(1.5, 1.5 * Math.sqrt(request.maxEntries / found)), request);
}

/** Up to whole tenths of a km, as lists show distances (reading a little further is always safe), within reach. */
function tenthsWithinReach(km: number, request: ListRequest): number {
  return Math.min(request.maxTravelKm, Math.ceil(km * 10) / 10);
}

/**
 * After the first read of plain settings (made alongside the specialists'): how far to read on at
 * once when the nearest ones that take a child of this age are too few to fill a list, rather than
 * a round trip later once the specialists are in; null when they are enough.
 */
export function plainReadOnAtOnce(
  request: ListRequest,
  read: readonly Setting[],
  radiusKm: number,
): number | null {
  const takeTheChild = read.filter((s) =>
    s.provisions.some((p) => {
      const ages = agesOf(s, p);
      return ages.low <= request.age && request.age <= ages.high;
    }),
  ).length;
  if (takeTheChild >= request.maxEntries || radiusKm >= request.maxTravelKm) return null;
  return radiusForAListsWorth(takeTheChild, radiusKm, request);
}
