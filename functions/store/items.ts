import { type ReachPointer, reachPointersOf } from '../core/lists/reach.js';
import type { Capacity, CapacityChange, Setting } from '../core/model.js';
import { indexedWords, isSearchable, type SearchResult, searchResultOf, searchText } from '../core/search.js';
import { type Key, keys } from './keys.js';

// Item ↔ domain mapping. A setting is stored whole as one JSON document (`doc`): one read gives
// the setting with its provisions and live capacity, the geographic index returns it complete
// for matching, and parsing one string is far cheaper than unmarshalling nested maps. The few
// plain attributes beside it are there for people reading the table in the console.

export interface SettingItem {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  /** Map-index keys (gsi2…gsi5), present only for the indexes the setting belongs in. */
  [geoKey: `gsi${number}${'pk' | 'sk'}`]: string | undefined;
  type: 'Setting';
  /** Bumped by every write to the item: the optimistic lock for every setting write. */
  revision: number;
  name: string;
  laCode: string;
  urn?: string;
  doc: string;
}

export interface CapacityChangeItem extends CapacityChange {
  pk: string;
  sk: string;
  type: 'CapacityChange';
}

export function toSettingItem(setting: Setting, revision: number): SettingItem {
  return {
    ...keys.setting(setting.id),
    ...keys.registerEntry(setting),
    ...keys.geoEntry(setting),
    type: 'Setting',
    revision,
    name: setting.name,
    laCode: setting.laCode,
    ...(setting.urn ? { urn: setting.urn } : {}),
    // The revision lives on the item, not in the document.
    doc: JSON.stringify({ ...setting, revision: undefined }),
  };
}

/** The attribute holding a setting's whole document: all that reading a setting needs. */
export const SETTING_DOCUMENT = 'doc';

export function fromSettingItem(
  item: Pick<SettingItem, typeof SETTING_DOCUMENT> & { revision?: number },
): Setting {
  const setting = JSON.parse(item.doc) as Setting;
  return item.revision === undefined ? setting : { ...setting, revision: item.revision };
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
    changedByRole: item.changedByRole ?? null,
    // Entries written before imports entered the history were all statements.
    kind: item.kind ?? 'STATEMENT',
  };
}

export interface ReachPointerItem {
  pk: string;
  sk: string;
  gsi5pk: string;
  gsi5sk: string;
  type: 'ReachPointer';
  /** The pointer as JSON: all a list's reach search reads. */
  doc: string;
}

/** A setting's reach pointer items (core/lists/reach.ts): one per need and age band it serves. */
export function toReachPointerItems(setting: Setting): ReachPointerItem[] {
  return reachPointersOf(setting).map((pointer) => ({
    ...keys.reachPointer(pointer),
    ...keys.reachEntry(pointer),
    type: 'ReachPointer',
    doc: JSON.stringify(pointer),
  }));
}

export function fromReachPointerItem(item: Pick<ReachPointerItem, 'doc'>): ReachPointer {
  return JSON.parse(item.doc) as ReachPointer;
}

/**
 * What saving `next` over `previous` does to the setting's reach pointers: pointers to put (new
 * or changed) and keys to delete (no longer served). Unchanged pointers are not rewritten.
 */
export function reachPointerChanges(
  previous: Setting | null,
  next: Setting,
): { put: ReachPointerItem[]; remove: Key[] } {
  const before = new Map((previous ? toReachPointerItems(previous) : []).map((i) => [i.sk, i]));
  const after = toReachPointerItems(next);
  const afterKeys = new Set(after.map((i) => i.sk));
  return {
    put: after.filter((i) => before.get(i.sk)?.doc !== i.doc || before.get(i.sk)?.gsi5pk !== i.gsi5pk),
    remove: [...before.values()].filter((i) => !afterKeys.has(i.sk)).map((i) => ({ pk: i.pk, sk: i.sk })),
  };
}

export interface SearchPointerItem {
  pk: string;
  sk: string;
  gsi6pk: string;
  gsi6sk: string;
  type: 'SearchPointer';
  /** The word it is found by. */
  word: string;
  /** The search result as JSON: all a search returns. */
  doc: string;
  /** The setting's normalised words between spaces (core/search.ts searchText): a query's other words are looked for in it. */
  text: string;
}

/** The attribute a query's other words are looked for in. */
export const SEARCH_TEXT = 'text';

/** A setting's search pointer items (core/search.ts): one per word it is found by; none once closed. */
export function toSearchPointerItems(setting: Setting): SearchPointerItem[] {
  if (!isSearchable(setting)) return [];
  const result = searchResultOf(setting);
  const doc = JSON.stringify(result);
  const text = searchText(result);
  return indexedWords(result).map((word) => ({
    ...keys.searchPointer({ settingId: setting.id, word }),
    ...keys.searchEntry({ settingId: setting.id, word }),
    type: 'SearchPointer',
    word,
    doc,
    text,
  }));
}

export function fromSearchPointerDoc(doc: string): SearchResult {
  return JSON.parse(doc) as SearchResult;
}

/**
 * What saving `next` over `previous` does to the setting's search pointers, as
 * reachPointerChanges does for reach: pointers to put (new, or their result or text changed) and
 * keys to delete (a word gone, or the setting closed). A capacity update changes none.
 */
export function searchPointerChanges(
  previous: Setting | null,
  next: Setting,
): { put: SearchPointerItem[]; remove: Key[] } {
  const before = new Map((previous ? toSearchPointerItems(previous) : []).map((i) => [i.sk, i]));
  const after = toSearchPointerItems(next);
  const afterKeys = new Set(after.map((i) => i.sk));
  return {
    put: after.filter((i) => before.get(i.sk)?.doc !== i.doc || before.get(i.sk)?.text !== i.text),
    remove: [...before.values()].filter((i) => !afterKeys.has(i.sk)).map((i) => ({ pk: i.pk, sk: i.sk })),
  };
}
