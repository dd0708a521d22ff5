import { assertLaCode } from './la-code.js';
import type { ApTier, Phase, Setting, SettingKind, SettingStatus } from './model.js';
import type { NeedCode } from './needs.js';
import type { SearchResult } from './search.js';

export interface SettingFilter {
  laCode?: string | null;
  kind?: SettingKind | null;
  need?: NeedCode | null;
  apTier?: ApTier | null;
  phase?: Phase | null;
  status?: SettingStatus | null;
}

/** True when the setting passes every criterion that is set. */
export function matchesFilter(setting: Setting, filter: SettingFilter): boolean {
  if (filter.laCode && setting.laCode !== filter.laCode) return false;
  if (filter.kind && setting.kind !== filter.kind) return false;
  if (filter.phase && setting.phase !== filter.phase) return false;
  if (filter.status && setting.status !== filter.status) return false;
  const { need, apTier } = filter;
  if (need && !setting.provisions.some((p) => p.designation.includes(need))) return false;
  if (apTier && !setting.provisions.some((p) => p.apTiers.includes(apTier))) return false;
  return true;
}

/** What of a filter a search result can be held to: its own fields, no provisions. */
export type SearchFilter = Pick<SettingFilter, 'laCode' | 'kind'>;

/** True when a search result passes the LA and kind criteria that are set. */
export function searchResultMatches(
  result: Pick<SearchResult, 'laCode' | 'kind'>,
  filter: SearchFilter,
): boolean {
  if (filter.laCode && result.laCode !== filter.laCode) return false;
  if (filter.kind && result.kind !== filter.kind) return false;
  return true;
}

/** Refuses a filter's LA code that is not one (the filter's other fields are typed). */
export function assertFilterLaCode(filter: Pick<SettingFilter, 'laCode'>): void {
  if (filter.laCode != null) assertLaCode(filter.laCode, 'filter.laCode');
}
