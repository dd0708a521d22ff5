import type {
  AgeRange,
  ApTier,
  CapacitySource,
  Location,
  ProvisionKind,
  Sector,
  SettingKind,
} from '../model.js';
import type { NeedCode } from '../needs.js';
import type { RightsStatement } from '../rights-statement.js';

// Tailored lists: the request an officer makes, and the immutable list it produces.

export const PLACEMENT_TYPES = [
  'MAINSTREAM',
  'RESOURCED_PROVISION_OR_UNIT',
  'SPECIAL_SCHOOL',
  'ALTERNATIVE_PROVISION',
  'FURTHER_EDUCATION',
  'EARLY_YEARS',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const CAPACITY_STATUSES = ['AVAILABLE', 'LIMITED', 'FULL', 'UNCONFIRMED'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

export const REASON_CODES = [
  'FAMILY_CHOICE',
  'PRIMARY_NEED',
  'SECONDARY_NEED',
  'MAINSTREAM_PLACE',
  'DESIGNATION_NOT_RECORDED',
  'AGE_FITS',
  'PROVISION_TYPE',
  'AP_TIER',
  'DISTANCE',
  'VACANCIES',
  'RELIGIOUS_CHARACTER',
  'SECTION_41',
  'OTHER_LA',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const NOT_LISTED_REASONS = [
  'CLOSED',
  'BEYOND_TRAVEL_DISTANCE',
  'GENDER_INTAKE',
  'BOARDING',
  'OUT_OF_AGE_RANGE',
  'PROVISION_TYPE_NOT_WANTED',
  'NOT_DESIGNATED_FOR_NEEDS',
  'LOWER_RANKED',
] as const;
export type NotListedReason = (typeof NOT_LISTED_REASONS)[number];

/** Facts about a family-named setting that make it an unusual fit: shown, never used to drop it. */
export const CAUTION_CODES = [
  'CLOSED',
  'PROPOSED_TO_CLOSE',
  'OUT_OF_AGE_RANGE',
  'BEYOND_TRAVEL_DISTANCE',
  'NOT_DESIGNATED_FOR_NEEDS',
  'GENDER_INTAKE',
  'BOARDING',
  'PROVISION_TYPE_NOT_WANTED',
] as const;
export type CautionCode = (typeof CAUTION_CODES)[number];

export interface ListRequest {
  caseReference: string;
  laCode: string;
  startDate: string;
  /** Age in whole years on the start date. */
  age: number;
  /** National-curriculum year at the start date, when the officer gave it (0 = Reception). */
  ncYear: number | null;
  primaryNeed: NeedCode;
  secondaryNeeds: NeedCode[];
  provisionPreference: { types: PlacementType[]; apTiers: ApTier[]; required: boolean } | null;
  home: Location & { approximate: boolean; postcodeDistrict: string | null };
  maxTravelKm: number;
  /** True when maxTravelKm is the default for the child's phase, not the officer's figure. */
  travelDistanceDefaulted: boolean;
  /** Single-sex settings of this intake may be considered as well as mixed ones; null = any. */
  genderIntake: 'BOYS' | 'GIRLS' | null;
  boarding: 'DAY' | 'RESIDENTIAL' | null;
  religiousCharacter: string | null;
  familyNamedSettingIds: string[];
  maxEntries: number;
}

export interface Reason {
  code: ReasonCode;
  text: string;
  /** What this factor added to the score: for officers explaining a list later, not for families. */
  points: number;
}

export interface Caution {
  code: CautionCode;
  text: string;
}

export interface EntryCapacity {
  status: CapacityStatus;
  places: number | null;
  onRoll: number | null;
  vacancies: number | null;
  /** Vacancies in the child's year group, where the setting gives them by year. */
  vacanciesInYear: number | null;
  pendingConsultations: number | null;
  lastConfirmedAt: string | null;
  source: CapacitySource | null;
}

/** What a list says about a setting, frozen at generation. */
export interface ListedSetting {
  id: string;
  urn: string | null;
  name: string;
  kind: SettingKind;
  sector: Sector;
  section41Approved: boolean;
  ageRange: AgeRange;
  laCode: string;
  town: string | null;
  postcode: string | null;
  location: Location;
}

export interface ListedProvision {
  id: string;
  kind: ProvisionKind;
  name: string;
  designation: NeedCode[];
  apTiers: ApTier[];
  placementType: PlacementType;
}

export interface ListEntry {
  rank: number;
  familyChoice: boolean;
  setting: ListedSetting;
  provision: ListedProvision;
  distanceKm: number;
  capacity: EntryCapacity;
  reasons: Reason[];
  cautions: Caution[];
  score: number;
}

export interface NotListedCount {
  reason: NotListedReason;
  count: number;
}

export interface MatchingWeights {
  primaryNeed: number;
  secondaryNeed: number;
  secondaryNeedMax: number;
  mainstreamPlace: number;
  designationNotRecorded: number;
  provisionType: number;
  apTier: number;
  distance: number;
  available: number;
  limited: number;
  unconfirmed: number;
  religiousCharacter: number;
}

export interface MatchResult {
  entries: ListEntry[];
  consideredNotListed: NotListedCount[];
  consideredCount: number;
}

/** How far the search went: everything specialist within reach, plain mainstream as far as needed. */
export interface ListSearch {
  radiusKm: number;
  mainstreamRadiusKm: number;
}

export interface TailoredList extends MatchResult {
  id: string;
  caseReference: string;
  laCode: string;
  /** 1 for the first list of a case; a regenerate makes the next version. */
  version: number;
  request: ListRequest;
  statement: RightsStatement;
  generatedAt: string;
  generatedBy: string;
  matchingVersion: string;
  weights: MatchingWeights;
  capacityFreshDays: number;
  officerNotes: string | null;
  search: ListSearch;
}

/** A share link as stored: the token itself is never kept, only its hash. */
export interface FamilyLinkRecord {
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
