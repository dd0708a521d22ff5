import type { MapLayer, StripRange } from '../../functions/core/geo.js';
import type { AgeBand } from '../../functions/core/lists/plain-settings.js';
import type { ReachPointer } from '../../functions/core/lists/reach.js';
import type { Setting } from '../../functions/core/model.js';
import type { NeedCode } from '../../functions/core/needs.js';
import {
  fromReachPointerItem,
  fromSettingItem,
  toReachPointerItems,
  toSettingItem,
} from '../../functions/store/items.js';
import { MAP_INDEX, mapPartition, mapSortKeyBounds, reachPartition } from '../../functions/store/keys.js';
import type { ListsStore } from '../../functions/store/lists-store.js';

// The reads a list's search makes (functions/services/list-reads.ts), answered from memory: the
// items are the store's own (toSettingItem, toReachPointerItems), placed on the map and reach
// indexes by the store's own keys, and read back by the same strip partitions and sort-key
// bounds the DynamoDB queries use. For the pure planner at England scale, with no database.

type Entry = { sk: string; doc: string };

export function memoryListReads(
  settings: readonly Setting[],
): Pick<ListsStore, 'settingsInStrips' | 'reachPointersInStrips' | 'getSettings'> {
  const indexes = new Map<string, Entry[]>();
  const put = (index: string, pk: string, sk: string, doc: string) => {
    const key = `${index} ${pk}`;
    const list = indexes.get(key);
    if (list) list.push({ sk, doc });
    else indexes.set(key, [{ sk, doc }]);
  };
  const byId = new Map<string, string>();
  for (const setting of settings) {
    const item = toSettingItem(setting, 0) as unknown as Record<string, string>;
    byId.set(setting.id, item.doc as string);
    for (const index of new Set(Object.values(MAP_INDEX))) {
      const pk = item[`${index}pk`];
      const sk = item[`${index}sk`];
      if (pk && sk) put(index, pk, sk, item.doc as string);
    }
    for (const pointer of toReachPointerItems(setting))
      put('gsi5', pointer.gsi5pk, pointer.gsi5sk, pointer.doc);
  }
  // BETWEEN on the sort key, as DynamoDB orders it (these keys are ASCII).
  const docsInStrip = (index: string, partition: string, range: StripRange): string[] => {
    const [from, to] = mapSortKeyBounds(range);
    return (indexes.get(`${index} ${partition}`) ?? [])
      .filter((e) => e.sk >= from && e.sk <= to)
      .map((e) => e.doc);
  };
  return {
    async settingsInStrips(
      band: AgeBand,
      layer: MapLayer,
      ranges: readonly StripRange[],
    ): Promise<Setting[]> {
      return ranges
        .flatMap((range) => docsInStrip(MAP_INDEX[band], mapPartition(layer, range.strip), range))
        .map((doc) => fromSettingItem({ doc }));
    },
    async reachPointersInStrips(
      need: NeedCode,
      band: AgeBand,
      ranges: readonly StripRange[],
    ): Promise<ReachPointer[]> {
      return ranges
        .flatMap((range) => docsInStrip('gsi5', reachPartition(need, band, range.strip), range))
        .map((doc) => fromReachPointerItem({ doc }));
    },
    async getSettings(ids: readonly string[]): Promise<Setting[]> {
      return [...new Set(ids)].flatMap((id) => {
        const doc = byId.get(id);
        return doc ? [fromSettingItem({ doc })] : [];
      });
    },
  };
}
