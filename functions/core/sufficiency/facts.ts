import type { ListAvailability, PlacementType, RangeKind, TailoredList } from '../lists/model.js';
import type { NeedCode } from '../needs.js';
import { londonMonth } from './periods.js';

// The few facts of a list that a council's sufficiency picture is made from, stored beside it in its
// own transaction (and by the backfill for lists made before): never the child's name, date of
// birth or case reference, and the home only to about a kilometre.

/** The phases sufficiency is planned by (SCAP's primary and secondary, with the years either side). */
export const SUFFICIENCY_PHASES = ['EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'POST_16'] as const;
export type SufficiencyPhase = (typeof SUFFICIENCY_PHASES)[number];

/**
 * What a list knew of free specialist places within the travel distance, in three states: a free
 * place shown by a fresh figure; none free where every one within reach had a fresh figure (or
 * there was none within reach); or unknown, where some had no fresh figure — never read as full.
 */
export const AVAILABILITY_STATES = ['FREE_PLACE_KNOWN', 'NONE_FREE', 'UNKNOWN'] as const;
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

export interface ListFacts {
  listId: string;
  version: number;
  laCode: string;
  generatedAt: string;
  /** The London month it was made in ("YYYY-MM"): the index partition it is filed under. */
  month: string;
  primaryNeed: NeedCode;
  secondaryNeeds: NeedCode[];
  phase: SufficiencyPhase;
  age: number;
  ncYear: number | null;
  /** The postcode district of the home, when the officer gave a postcode. */
  district: string | null;
  /** The home to two decimal places of a degree (about 1 km): enough to replay what is within reach. */
  home: { lat: number; lon: number };
  maxTravelKm: number;
  /** The kinds of placement the request asked for, when it asked. */
  placementTypes: PlacementType[] | null;
  availability: {
    state: AvailabilityState;
    /** Specialist settings for the main need within the travel distance whose figures were read. */
    considered: number;
    nearestFreeKm: number | null;
    nearestSpecialistKm: number | null;
  } | null;
  /** The list's entries (family choices apart) by kind of setting. */
  entriesByKind: Partial<Record<RangeKind, number>>;
  familyChoices: number;
}

/** The phase a child's age (or, when given, national-curriculum year) falls in. */
export function sufficiencyPhaseOf(age: number, ncYear: number | null): SufficiencyPhase {
  if (ncYear !== null) {
    if (ncYear < 0) return 'EARLY_YEARS';
    if (ncYear <= 6) return 'PRIMARY';
    return ncYear <= 11 ? 'SECONDARY' : 'POST_16';
  }
  if (age < 4) return 'EARLY_YEARS';
  if (age < 11) return 'PRIMARY';
  return age < 16 ? 'SECONDARY' : 'POST_16';
}

/** The state of a list's availability; a list made before availability was kept is UNKNOWN. */
export function availabilityStateOf(a: ListAvailability | null | undefined): AvailabilityState {
  if (!a) return 'UNKNOWN';
  if (a.available + a.limited > 0) return 'FREE_PLACE_KNOWN';
  // More settings within reach than were read: the unread ones might have had a place.
  if (a.unconfirmed > 0 || a.moreWithinReach) return 'UNKNOWN';
  return 'NONE_FREE';
}

const roundDegrees = (v: number) => Math.round(v * 100) / 100;

/** The facts of a list, from the list itself. */
export function listFacts(list: TailoredList): ListFacts {
  const { request } = list;
  const entriesByKind: Partial<Record<RangeKind, number>> = {};
  for (const entry of list.entries) {
    if (entry.familyChoice) continue;
    entriesByKind[entry.rangeKind] = (entriesByKind[entry.rangeKind] ?? 0) + 1;
  }
  const a = list.availability ?? null;
  return {
    listId: list.id,
    version: list.version,
    laCode: list.laCode,
    generatedAt: list.generatedAt,
    month: londonMonth(list.generatedAt),
    primaryNeed: request.primaryNeed,
    secondaryNeeds: request.secondaryNeeds,
    phase: sufficiencyPhaseOf(request.age, request.ncYear),
    age: request.age,
    ncYear: request.ncYear,
    district: request.home.postcodeDistrict,
    home: { lat: roundDegrees(request.home.lat), lon: roundDegrees(request.home.lon) },
    maxTravelKm: request.maxTravelKm,
    placementTypes: request.provisionPreference?.types ?? null,
    availability: a
      ? {
          state: availabilityStateOf(a),
          considered: a.considered,
          nearestFreeKm: a.nearestWithFreePlace?.distanceKm ?? null,
          nearestSpecialistKm: a.nearestSpecialist?.distanceKm ?? null,
        }
      : null,
    entriesByKind,
    familyChoices: (list.familyChoices ?? []).length,
  };
}
