import type { NeedCode } from './needs.js';

// The register's domain types: plain data, shared by the core, the store and (through
// codegen mappers) the resolvers.

export const SETTING_KINDS = [
  'MAINSTREAM',
  'SPECIAL',
  'INDEPENDENT_SPECIAL',
  'ALTERNATIVE_PROVISION',
  'FURTHER_EDUCATION',
  'SPECIAL_POST_16',
  'EARLY_YEARS',
] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

export const SECTORS = [
  'LA_MAINTAINED',
  'ACADEMY',
  'NON_MAINTAINED',
  'INDEPENDENT',
  'FURTHER_EDUCATION',
] as const;
export type Sector = (typeof SECTORS)[number];

export const PHASES = [
  'NURSERY',
  'PRIMARY',
  'MIDDLE',
  'SECONDARY',
  'ALL_THROUGH',
  'SIXTEEN_PLUS',
  'NOT_APPLICABLE',
] as const;
export type Phase = (typeof PHASES)[number];

export const GENDER_INTAKES = ['MIXED', 'BOYS', 'GIRLS'] as const;
export type GenderIntake = (typeof GENDER_INTAKES)[number];

export const BOARDING = ['DAY', 'RESIDENTIAL', 'DAY_AND_RESIDENTIAL'] as const;
export type Boarding = (typeof BOARDING)[number];

export const SETTING_STATUSES = ['OPEN', 'PROPOSED_TO_CLOSE', 'CLOSED'] as const;
export type SettingStatus = (typeof SETTING_STATUSES)[number];

export const PROVISION_KINDS = ['MAIN_ROLL', 'RESOURCED_PROVISION', 'SEN_UNIT', 'AP_PROGRAMME'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export const AP_TIERS = ['TIER_1', 'TIER_2', 'TIER_3'] as const;
export type ApTier = (typeof AP_TIERS)[number];

/** Where a setting's details came from. */
export const SETTING_SOURCES = ['LA', 'GIAS', 'REFERENCE'] as const;
export type SettingSource = (typeof SETTING_SOURCES)[number];

/** Where a provision and its designation came from. SYNTHETIC ones are generated, not real. */
export const PROVISION_SOURCES = ['LA', 'GIAS', 'SYNTHETIC'] as const;
export type ProvisionSource = (typeof PROVISION_SOURCES)[number];

export const CAPACITY_SOURCES = ['SETTING', 'LA', 'GIAS', 'SYNTHETIC'] as const;
export type CapacitySource = (typeof CAPACITY_SOURCES)[number];

export interface AgeRange {
  low: number;
  high: number;
}

export interface Location {
  lat: number;
  lon: number;
}

export interface Address {
  lines: string[];
  town: string | null;
  postcode: string | null;
}

export interface YearVacancies {
  /** National-curriculum year: 0 is Reception. */
  year: number;
  vacancies: number;
}

export interface CapacityFigures {
  places: number;
  onRoll: number;
  vacancies: number;
  vacanciesByYear: YearVacancies[];
  pendingConsultations: number;
  note: string | null;
}

export interface Capacity extends CapacityFigures {
  source: CapacitySource;
  updatedAt: string;
  updatedBy: string;
  /**
   * When the setting's staff or its LA last said these figures are still correct ("confirmed"),
   * and who; absent until then, and cleared by a new statement. Lists judge freshness on it.
   */
  confirmedAt?: string | null;
  confirmedBy?: string | null;
}

export interface Provision {
  id: string;
  settingId: string;
  kind: ProvisionKind;
  name: string;
  designation: NeedCode[];
  ageRange: AgeRange | null;
  apTiers: ApTier[];
  capacity: Capacity | null;
  capacityVersion: number;
  source: ProvisionSource;
  /**
   * Open consultations in OpenPlace about this provision (not withdrawn, no decision yet), kept by
   * the journey beside the stated figures: never part of a statement, so keeping it current never
   * moves capacityVersion. Absent means 0.
   */
  openConsultations?: number;
}

export interface SettingDetails {
  urn: string | null;
  name: string;
  kind: SettingKind;
  sector: Sector;
  section41Approved: boolean;
  /**
   * The GIAS establishment type code (e.g. 1 community school, 31 sixth-form centre), where known:
   * it decides the legal route of a request for a few kinds. Absent on settings stored before it.
   */
  establishmentType?: number | null;
  phase: Phase;
  ageRange: AgeRange;
  genderIntake: GenderIntake;
  boarding: Boarding;
  religiousCharacter: string | null;
  laCode: string;
  address: Address;
  location: Location;
  status: SettingStatus;
  source: SettingSource;
  /** How fields were derived where it was not a plain copy (e.g. a heuristic), for honest display. */
  sourceNotes: string[];
}

/** Someone who keeps a setting's capacity figures (a work email): capacity reminders go to them. */
export interface CapacityContact {
  name: string;
  email: string;
}

export interface Setting extends SettingDetails {
  id: string;
  /**
   * The stored item's revision, as read (never stored in the document): an upsert may send it back
   * as expectedRevision to refuse a stale change.
   */
  revision?: number;
  provisions: Provision[];
  /**
   * The people who keep its capacity figures (setCapacityContacts): readable only by its staff and
   * its LA's officers. Absent on settings stored before them (read as none); kept by every other change.
   */
  capacityContacts?: CapacityContact[];
  createdAt: string;
  updatedAt: string;
}

export type ActorRole = 'LA_OFFICER' | 'SETTING_STAFF';

export const CAPACITY_CHANGE_KINDS = ['STATEMENT', 'IMPORT', 'CONFIRMATION'] as const;
export type CapacityChangeKind = (typeof CAPACITY_CHANGE_KINDS)[number];

export interface CapacityChange {
  provisionId: string;
  settingId: string;
  version: number;
  before: Capacity | null;
  after: Capacity;
  changedAt: string;
  changedBy: string;
  /** Null for an import: no person made it. */
  changedByRole: ActorRole | null;
  kind: CapacityChangeKind;
}

/** A page of results and the opaque cursor to continue from, if there is more. */
export interface Page<T> {
  items: { item: T; cursor: string }[];
  hasNextPage: boolean;
}

/** Capacity as the API reads it: the stated figures, with the open consultations OpenPlace counts. */
export type CapacityView = Capacity & {
  /** Provision.openConsultations; absent in history entries (the history records statements). */
  inOpenPlace?: number;
};
