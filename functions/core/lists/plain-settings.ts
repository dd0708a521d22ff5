import type { Setting } from '../model.js';
import { DEFAULT_WEIGHTS, matchSettings } from './matching.js';
import type { ListRequest, ListSearch, MatchingWeights, MatchResult } from './model.js';

// Mainstream schools, colleges and nurseries that offer only an undesignated main roll, with no
// capacity stated by the school or LA, are most of the register and score alike but for distance
// and preferences. They are kept in their own fine-grained map index and read nearest first,
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
      const ages = p.ageRange ?? setting.ageRange;
      return ages.low <= high && ages.high >= low;
    });
  });
}

/**
 * The best score any plain setting further than `distanceKm` from home could reach: a mainstream
 * place, unconfirmed capacity (plain settings have no live figures), and any preference it could meet.
 */
export function plainScoreBound(distanceKm: number, request: ListRequest, w: MatchingWeights): number {
  const distance =
    request.maxTravelKm > 0 ? w.distance * Math.max(0, 1 - distanceKm / request.maxTravelKm) : 0;
  const typeWanted = request.provisionPreference?.types.some((t) => PLAIN_TYPES.includes(t)) ?? false;
  return (
    w.mainstreamPlace +
    (typeWanted ? w.provisionType : 0) +
    w.unconfirmed +
    (request.religiousCharacter ? w.religiousCharacter : 0) +
    distance
  );
}

/** The score a setting must beat to make the list: the last suggestion's, or none while there is room. */
export function listThreshold(result: MatchResult, maxEntries: number): number {
  const suggestions = result.entries.filter((e) => !e.familyChoice);
  return suggestions.length < maxEntries
    ? Number.NEGATIVE_INFINITY
    : (suggestions.at(-1)?.score ?? Number.NEGATIVE_INFINITY);
}

/** The radii, nearest first, out to which plain settings are read in turn. */
export function plainSearchRadii(maxTravelKm: number): number[] {
  return [...new Set([2, 5, 10, 20, 40].filter((r) => r < maxTravelKm).concat(maxTravelKm))];
}

export interface SearchInput {
  request: ListRequest;
  /** Every specialist setting within reach that takes children of the child's age band. */
  specialist: readonly Setting[];
  familyNamed: readonly Setting[];
  /** Reads the plain settings within a radius that were not read before. */
  readPlainWithin: (radiusKm: number) => Promise<readonly Setting[]>;
  now: Date;
  capacityFreshDays: number;
}

/**
 * Matches against every specialist setting within reach and the plain mainstream ones nearest
 * first, widening ring by ring until none further out could beat the list's last suggestion.
 * Gives the same entries as matching against every setting within reach.
 */
export async function searchAndMatch(input: SearchInput): Promise<MatchResult & { search: ListSearch }> {
  const { request } = input;
  const radii = plainSearchRadii(request.maxTravelKm);
  const candidates: Setting[] = [...input.specialist];
  const match = () =>
    matchSettings({
      request,
      candidates,
      familyNamed: input.familyNamed,
      now: input.now,
      capacityFreshDays: input.capacityFreshDays,
    });
  let searched = 0;
  let result: MatchResult | null = null;
  for (const radius of radii) {
    // Strictly below: a plain school further out with an equal score could still win on its name.
    if (
      result &&
      plainScoreBound(searched, request, DEFAULT_WEIGHTS) < listThreshold(result, request.maxEntries)
    ) {
      break;
    }
    candidates.push(...(await input.readPlainWithin(radius)));
    searched = radius;
    result = match();
  }
  return { ...(result ?? match()), search: { radiusKm: request.maxTravelKm, mainstreamRadiusKm: searched } };
}
