import type { AgeRange, Phase, Sector, SettingKind } from './model.js';

/** A setting found by a register search: enough to recognise it and to choose it by id. */
export interface SearchResult {
  id: string;
  urn: string | null;
  name: string;
  kind: SettingKind;
  sector: Sector;
  phase: Phase;
  ageRange: AgeRange;
  laCode: string;
  town: string | null;
  postcode: string | null;
}
