import type { ApTier, Phase, Setting, SettingKind, SettingStatus } from './model.js';
import type { NeedCode } from './needs.js';

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
