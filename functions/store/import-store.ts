import { batchGetItems } from './batch-get.js';
import type { DocumentClient } from './client.js';
import { fromSettingItem, type SettingItem } from './items.js';
import { type Key, keys } from './keys.js';
import type { VersionedSetting } from './register-store.js';

export type ImportStore = ReturnType<typeof createImportStore>;

/**
 * URN → id of the setting that holds it, for those URNs that are claimed: the one reader of URN
 * claims, for the GIAS import and the reference register's loader alike.
 */
export async function readUrnClaims(
  target: { client: DocumentClient; tableName: string },
  urns: readonly string[],
): Promise<Map<string, string>> {
  const urnOfKey = new Map(urns.map((urn) => [keys.urnClaim(urn).pk, urn]));
  const items = await batchGetItems(
    target,
    urns.map((urn) => keys.urnClaim(urn)),
  );
  const claims = new Map<string, string>();
  for (const item of items) {
    const urn = urnOfKey.get(String(item.pk));
    if (urn) claims.set(urn, String(item.settingId));
  }
  return claims;
}

/** Reads for bulk imports: many settings and URN claims at once, with BatchGetItem. */
export function createImportStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  const batchGet = (keyList: readonly Key[]) => batchGetItems({ client, tableName }, keyList);

  /** URN → id of the setting that holds it, for those URNs that are claimed. */
  function getUrnClaims(urns: readonly string[]): Promise<Map<string, string>> {
    return readUrnClaims({ client, tableName }, urns);
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
