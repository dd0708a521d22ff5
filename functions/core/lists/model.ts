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
  /** The nearest specialist provision for the child's main need: on every list, however far. */
  'NEAREST_SPECIALIST',
  /** Further than the travel distance, but one of the nearest specialist provisions for the main need. */
  'SPECIALIST_REACH',
  /** The list keeps a place for each kind of setting that fits (the range). */
  'RANGE',
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
  'FULL',
] as const;
export type CautionCode = (typeof CAUTION_CODES)[number];

/**
 * The range of kinds of setting a list shows, so it is never all mainstream when specialist
 * provision fits, nor all special when a mainstream place fits (CFA 2014 s.33).
 */
export const RANGE_KINDS = [
  'MAINSTREAM',
  'RESOURCED_PROVISION_OR_UNIT',
  'STATE_SPECIAL',
  'NON_MAINTAINED_SPECIAL',
  'INDEPENDENT_SPECIAL',
  'POST_16',
  'ALTERNATIVE_PROVISION',
] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

/** What the law says the council must do if the family asks for the setting. */
export const LEGAL_ROUTES = ['MUST_NAME_UNLESS_EXCEPTION', 'MUST_CONSIDER', 'TO_BE_CONFIRMED'] as const;
export type LegalRouteCode = (typeof LEGAL_ROUTES)[number];

export interface LegalRoute {
  route: LegalRouteCode;
  /** Plain English, for families: what the council must do, and why. */
  reason: string;
  /** The law it rests on, e.g. "CFA 2014 s.38(3)(a)". */
  basis: string;
}

export const CHOICE_ADDERS = ['FAMILY', 'OFFICER'] as const;
export type ChoiceAdder = (typeof CHOICE_ADDERS)[number];

/** A setting the family has asked for: kept, whatever the register holds, until removed with a reason. */
export interface FamilyChoice {
  id: string;
  rank: number;
  addedBy: ChoiceAdder;
  addedAt: string;
  onRegister: boolean;
  /** The register's id, for a setting on the register. */
  settingId: string | null;
  name: string;
  town: string | null;
  postcode: string | null;
  laCode: string | null;
  website: string | null;
  urn: string | null;
  legalRoute: LegalRoute;
  note: string | null;
  removedAt: string | null;
  removedBy: string | null;
  removedReason: string | null;
}

/** A setting the family wants that is not on the register (yet): the same shape wherever it is entered. */
export interface OffRegisterSetting {
  name: string;
  urn: string | null;
  town: string | null;
  postcode: string | null;
  laCode: string | null;
  website: string | null;
}

/** A change to a case's family choices asked for with a list. */
export type FamilyChoiceInput =
  | { settingId: string; note: string | null }
  | { offRegister: OffRegisterSetting; note: string | null };

export interface FamilyChoiceRemoval {
  id: string;
  reason: string;
}

/** A setting weighed for a list and left off it: named, so a list can be checked for what it left out. */
export interface NotListedSetting {
  settingId: string;
  name: string;
  kind: SettingKind;
  sector: Sector;
  laCode: string;
  town: string | null;
  rangeKind: RangeKind;
  distanceKm: number;
  reason: NotListedReason;
  /** True for specialist provision (shown to families); false for the mainstream schools read below the cut-off. */
  specialist: boolean;
}

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
  /** The on-register settings among the family's current choices (kept for older clients). */
  familyNamedSettingIds: string[];
  maxEntries: number;
  /** Capacity adds to the score only when the officer asks for it; by default it is shown, not scored. */
  preferAvailablePlaces: boolean;
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
  /** The GIAS establishment type code, where known (it decides some legal routes). */
  establishmentType?: number | null;
  ageRange: AgeRange;
  laCode: string;
  /** The LA's name, for reasons families read. */
  laName?: string | null;
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
  rangeKind: RangeKind;
  legalRoute: LegalRoute;
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
  notListedSettings: NotListedSetting[];
  /** Plain words: the list shows the range of kinds of setting that fit. */
  rangeNote: string;
}

/** How far the search went: everything specialist within reach, plain mainstream as far as needed. */
export interface ListSearch {
  radiusKm: number;
  mainstreamRadiusKm: number;
  /** How far the search for the nearest specialist provision for the main need went (km). */
  specialistReachKm: number;
}

/** A specialist setting near the child: which, and how far (km, as lists round). */
export interface NearSetting {
  settingId: string;
  distanceKm: number;
}

export interface ListAvailability {
  /** The travel distance the nearest were looked for within (km). */
  withinKm: number;
  /** Specialist settings for the main need within it whose live figures were read (at most 20: availability.ts). */
  considered: number;
  /** True when more such settings were within the travel distance than were read. */
  moreWithinReach: boolean;
  /** Of those read, by the best state of their provisions for the child: free, few free, full, not fresh. */
  available: number;
  limited: number;
  full: number;
  unconfirmed: number;
  /** The nearest of them with a fresh figure showing a free place; null if none. */
  nearestWithFreePlace: NearSetting | null;
  /** The nearest specialist setting for the main need at all, however far; null if none in England. */
  nearestSpecialist: NearSetting | null;
}

export interface TailoredList extends Omit<MatchResult, 'notListedSettings' | 'rangeNote'> {
  /** Null on lists made before matching 2.0.0, which counted what they left off but did not name it. */
  notListedSettings: NotListedSetting[] | null;
  /** Null on lists made before matching 2.0.0. */
  rangeNote: string | null;
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
  /** Every current choice of the case when this version was made (snapshotted, never dropped). */
  familyChoices: FamilyChoice[];
  /** Choices removed, with who removed them, when and why: removals stay visible. */
  removedFamilyChoices: FamilyChoice[];
  /**
   * What the list knew of free specialist places for the main need near the child (for the
   * council's sufficiency picture, never for ranking); null on lists made before it was stored.
   */
  availability?: ListAvailability | null;
  /** The register the list was searched over: its snapshot generation and how far it had caught up. */
  registerUsed?: { generation: string | null; highWaterMark: string } | null;
}

/** A share link as stored: the token itself is never kept, only its hash. */
export interface FamilyLinkRecord {
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
