import type { Setting } from '../model.js';
import { capacityStatus } from './capacity-status.js';
import { agesOf } from './evaluation.js';
import type { CapacityStatus, ListAvailability, ListRequest, NearSetting } from './model.js';
import { isSpecialistProvision } from './range.js';
import type { ReachCandidate } from './reach.js';

// What a list knew of free specialist places near the child when it was made, stored with it for
// the council's picture of sufficiency: never shown to a family, never used to rank.

/** How many of the nearest specialist settings for the main need a list reads live figures for (ListAvailability). */
export const AVAILABILITY_NEAREST = 20;

const BEST_FIRST: readonly CapacityStatus[] = ['AVAILABLE', 'LIMITED', 'UNCONFIRMED', 'FULL'];

/**
 * A setting's state for the child: the best of its provisions that are specialist, designated for
 * the main need and take the child's age. Full only when every one of them is fresh and full: a
 * figure not confirmed is never read as full.
 */
export function settingStateFor(
  setting: Setting,
  request: ListRequest,
  now: Date,
  freshDays: number,
): CapacityStatus {
  const states = setting.provisions
    .filter((p) => {
      const ages = agesOf(setting, p);
      return (
        isSpecialistProvision(setting, p) &&
        p.designation.includes(request.primaryNeed) &&
        ages.low <= request.age &&
        request.age <= ages.high
      );
    })
    .map((p) => capacityStatus(p.capacity, now, freshDays, request.ncYear, p.openConsultations ?? 0).status);
  return BEST_FIRST.find((s) => states.includes(s)) ?? 'UNCONFIRMED';
}

/**
 * The list's availability from the nearest specialist settings serving the child within the travel
 * distance (nearest first), as just read from the table, and the nearest anywhere.
 */
export function availabilityOf(input: {
  request: ListRequest;
  /** Serving candidates within the travel distance, nearest first (all of them). */
  withinReach: readonly ReachCandidate[];
  nearestAnywhere: ReachCandidate | null;
  live: ReadonlyMap<string, Setting>;
  now: Date;
  capacityFreshDays: number;
}): ListAvailability {
  const read = input.withinReach.slice(0, AVAILABILITY_NEAREST);
  const counts = { AVAILABLE: 0, LIMITED: 0, FULL: 0, UNCONFIRMED: 0 };
  let nearestWithFreePlace: NearSetting | null = null;
  for (const candidate of read) {
    const setting = input.live.get(candidate.settingId);
    const state = setting
      ? settingStateFor(setting, input.request, input.now, input.capacityFreshDays)
      : 'UNCONFIRMED';
    counts[state]++;
    if (!nearestWithFreePlace && (state === 'AVAILABLE' || state === 'LIMITED')) {
      nearestWithFreePlace = { settingId: candidate.settingId, distanceKm: candidate.distanceKm };
    }
  }
  const nearest = input.nearestAnywhere;
  return {
    withinKm: input.request.maxTravelKm,
    considered: read.length,
    moreWithinReach: input.withinReach.length > read.length,
    available: counts.AVAILABLE,
    limited: counts.LIMITED,
    full: counts.FULL,
    unconfirmed: counts.UNCONFIRMED,
    nearestWithFreePlace,
    nearestSpecialist: nearest ? { settingId: nearest.settingId, distanceKm: nearest.distanceKm } : null,
  };
}
