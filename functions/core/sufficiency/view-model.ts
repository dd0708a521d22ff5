import type { NeedCode } from '../needs.js';
import type { ListFacts, SufficiencyPhase } from './facts.js';
import type { CannotMeetGround, Outcome } from './outcomes.js';
import type { Period } from './periods.js';
import type { PlacesRow } from './places.js';
import type { PublishedCount } from './suppression.js';

// What a council's sufficiency picture says, as it leaves the core (view.ts builds it,
// disclosure.ts guards it): only published counts and statistics, never a case.

/** A list's facts as read, with the case they belong to (its partition: never shown). */
export type CaseFacts = ListFacts & { partition: string };

export interface PublishedAvailability {
  freePlaceKnown: PublishedCount;
  noneFree: PublishedCount;
  unknown: PublishedCount;
  /** Share of lists that had enough fresh figures to say (free place known or none free). */
  shareWithEnoughData: number | null;
  /** Median distance to the nearest fresh free place, over the lists that had one (km). */
  medianNearestFreeKm: number | null;
}

export interface SufficiencyCell {
  /** Null in the council's total. */
  primaryNeed: NeedCode | null;
  phase: SufficiencyPhase | null;
  lists: PublishedCount;
  children: PublishedCount;
  availability: PublishedAvailability;
  /** Empty in the total, and for a cell of fewer than 10 lists (placesWithheld). */
  places: PlacesRow[];
  /** True for a need and phase with fewer than 10 lists: which settings are within reach would trace where its children live. */
  placesWithheld: boolean;
  outcomes: { outcome: Outcome; count: PublishedCount }[];
  cannotMeet: { ground: CannotMeetGround; count: PublishedCount }[];
  waiting: PublishedCount;
}

export interface SufficiencyDistrict {
  /** Null for lists made without a postcode. */
  district: string | null;
  lists: PublishedCount;
  children: PublishedCount;
  availability: PublishedAvailability;
}

export interface SufficiencyView {
  laCode: string;
  period: Period;
  asOf: string;
  waitingWeeks: number;
  total: SufficiencyCell;
  cells: SufficiencyCell[];
  districts: SufficiencyDistrict[];
  /**
   * Lists by lower-tier district (its E07… code in `district`) of the home, for two-tier counties:
   * counted from the lists themselves, never summed from the postcode districts' rounded counts.
   */
  lowerTierDistricts: SufficiencyDistrict[];
  /**
   * True when no district is listed: with their counts withheld, districts listed (each only when
   * it has a list) would still say how many of 1 to 4 one of them holds.
   */
  districtsWithheld: boolean;
  /** Specialist and alternative provisions within reach of the period's lists, and how many were not confirmed in 30 days. */
  figures: { provisions: number; notConfirmedRecently: number; share: number | null };
}
