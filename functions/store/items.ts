import type { Capacity, CapacityChange, Provision, Setting } from '../core/model.js';
import { keys } from './keys.js';

// Item ↔ domain mapping. Items keep the domain's field names so the table reads plainly
// in the console; only keys, the provisions map and the revision are storage concerns.

type StoredProvision = Omit<Provision, 'settingId'> & { position: number };

export interface SettingItem {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  type: 'Setting';
  /** Bumped by every write to the item: the optimistic lock for whole-item writes. */
  revision: number;
  setting: Omit<Setting, 'provisions'>;
  provisions: Record<string, StoredProvision>;
}

export interface CapacityChangeItem extends CapacityChange {
  pk: string;
  sk: string;
  type: 'CapacityChange';
}

export function toSettingItem(setting: Setting, revision: number): SettingItem {
  const { provisions, ...rest } = setting;
  return {
    ...keys.setting(setting.id),
    ...keys.registerEntry(setting),
    ...keys.geoEntry(setting),
    type: 'Setting',
    revision,
    setting: rest,
    provisions: Object.fromEntries(
      provisions.map((p, position) => {
        const { settingId: _settingId, ...stored } = p;
        return [p.id, { ...stored, position }];
      }),
    ),
  };
}

export function fromSettingItem(item: SettingItem): Setting {
  const provisions = Object.values(item.provisions)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...p }) => ({ ...p, source: p.source ?? 'LA', settingId: item.setting.id }));
  // Items written before provenance was recorded were all entered by an LA.
  const {
    source = 'LA',
    sourceNotes = [],
    ...details
  } = item.setting as Partial<Setting> & Omit<Setting, 'provisions'>;
  return { ...details, source, sourceNotes, provisions };
}

export function toCapacityChangeItem(change: CapacityChange): CapacityChangeItem {
  return { ...keys.capacityChange(change.provisionId, change.version), type: 'CapacityChange', ...change };
}

export function fromCapacityChangeItem(item: CapacityChangeItem): CapacityChange {
  return {
    provisionId: item.provisionId,
    settingId: item.settingId,
    version: item.version,
    before: item.before ?? null,
    after: item.after as Capacity,
    changedAt: item.changedAt,
    changedBy: item.changedBy,
    changedByRole: item.changedByRole,
  };
}
