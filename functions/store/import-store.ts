import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { fromSettingItem, type SettingItem } from './items.js';
import { type Key, keys } from './keys.js';
import type { VersionedSetting } from './register-store.js';
import { backoff } from './transactions.js';

const BATCH_GET_SIZE = 100;
const BATCH_GET_ATTEMPTS = 10;
/** BatchGetItem calls in flight at once. */
const PARALLEL_READS = 4;

/** BatchGetItem left keys unread after every retry. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';
}

export type ImportStore = ReturnType<typeof createImportStore>;

/** Reads for bulk imports: many settings and URN claims at once, with BatchGetItem. */
export function createImportStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  async function batchGet(keyList: readonly Key[]): Promise<Record<string, unknown>[]> {
    const unique = [...new Map(keyList.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
    const chunks: Key[][] = [];
    for (let start = 0; start < unique.length; start += BATCH_GET_SIZE) {
      chunks.push(unique.slice(start, start + BATCH_GET_SIZE));
    }
    const items: Record<string, unknown>[] = [];
    for (let start = 0; start < chunks.length; start += PARALLEL_READS) {
      const results = await Promise.all(chunks.slice(start, start + PARALLEL_READS).map(getChunk));
      for (const result of results) items.push(...result);
    }
    return items;
  }

  /** One BatchGetItem of up to 100 keys, retrying the keys it leaves unread, as its contract asks. */
  async function getChunk(keyList: Key[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending = keyList;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= BATCH_GET_ATTEMPTS) {
        throw new UnprocessedKeysError(
          `${pending.length} keys were still unread after ${BATCH_GET_ATTEMPTS} attempts.`,
        );
      }
      if (attempt > 0) await backoff(attempt);
      const result = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
    }
    return items;
  }

  /** URN → id of the setting that holds it, for those URNs that are claimed. */
  async function getUrnClaims(urns: readonly string[]): Promise<Map<string, string>> {
    const urnOfKey = new Map(urns.map((urn) => [keys.urnClaim(urn).pk, urn]));
    const items = await batchGet(urns.map((urn) => keys.urnClaim(urn)));
    const claims = new Map<string, string>();
    for (const item of items) {
      const urn = urnOfKey.get(String(item.pk));
      if (urn) claims.set(urn, String(item.settingId));
    }
    return claims;
  }

  /** The settings with these ids that exist, each with the revision a write must be based on. */
  async function getSettings(ids: readonly string[]): Promise<Map<string, VersionedSetting>> {
    const items = (await batchGet(ids.map((id) => keys.setting(id)))) as unknown as SettingItem[];
    return new Map(
      items.map((item) => {
        const setting = fromSettingItem(item);
        return [setting.id, { setting, revision: item.revision }] as const;
      }),
    );
  }

  return { getUrnClaims, getSettings };
}
