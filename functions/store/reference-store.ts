import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { readUrnClaims } from './import-store.js';
import { keys } from './keys.js';
import { queryAll } from './query-pages.js';

// Records which LAs of a reference register (e.g. "england") have been loaded, so loading again
// never overwrites a register people have since changed (keys.referenceLoad).

export interface LoadedLa {
  laCode: string;
  seed: number;
  modelVersion: string;
  settings: number;
  loadedAt: string;
}

export type ReferenceStore = ReturnType<typeof createReferenceStore>;

export function createReferenceStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /** The LAs of this register loaded so far, by LA code. */
  async function loadedLas(register: string): Promise<Map<string, LoadedLa>> {
    const loaded = new Map<string, LoadedLa>();
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.referencePartition(register) },
      ConsistentRead: true,
    });
    for (const item of items) {
      const { pk: _pk, sk: _sk, type: _type, ...entry } = item;
      loaded.set(entry.laCode as string, entry as LoadedLa);
    }
    return loaded;
  }

  async function recordLoadedLa(register: string, entry: LoadedLa): Promise<void> {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.referenceLoad(register, entry.laCode), type: 'ReferenceLoad', ...entry },
      }),
    );
  }

  /** Which of these URNs are already on a setting (URN → setting id): the store's one claim reader. */
  function findUrnClaims(urns: readonly string[]): Promise<Map<string, string>> {
    return readUrnClaims({ client, tableName }, urns);
  }

  return { loadedLas, recordLoadedLa, findUrnClaims };
}
