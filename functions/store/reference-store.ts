import { BatchGetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { keys } from './keys.js';
import { BATCH_RETRY, retryDelay } from './retry-budget.js';

// Records which LAs of a reference register (e.g. "england") have been loaded, so loading again
// never overwrites a register people have since changed. Item layout (beside those in keys.ts):
//   reference LA loaded   pk REFERENCE#<register>   sk LA#<laCode>

export interface LoadedLa {
  laCode: string;
  seed: number;
  modelVersion: string;
  settings: number;
  loadedAt: string;
}

const BATCH_GET_SIZE = 100;

export const referenceKeys = {
  partition: (register: string) => `REFERENCE#${register}`,
  loadedLa: (register: string, laCode: string) => ({ pk: `REFERENCE#${register}`, sk: `LA#${laCode}` }),
};

export type ReferenceStore = ReturnType<typeof createReferenceStore>;

export function createReferenceStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /** The LAs of this register loaded so far, by LA code. */
  async function loadedLas(register: string): Promise<Map<string, LoadedLa>> {
    const loaded = new Map<string, LoadedLa>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': referenceKeys.partition(register) },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const { pk: _pk, sk: _sk, type: _type, ...entry } = item;
        loaded.set(entry.laCode as string, entry as LoadedLa);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return loaded;
  }

  async function recordLoadedLa(register: string, entry: LoadedLa): Promise<void> {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...referenceKeys.loadedLa(register, entry.laCode), type: 'ReferenceLoad', ...entry },
      }),
    );
  }

  /** Which of these URNs are already on a setting (URN → setting id). */
  async function findUrnClaims(urns: readonly string[]): Promise<Map<string, string>> {
    const claims = new Map<string, string>();
    const unique = [...new Set(urns)];
    for (let start = 0; start < unique.length; start += BATCH_GET_SIZE) {
      let pending: Record<string, unknown>[] = unique
        .slice(start, start + BATCH_GET_SIZE)
        .map((urn) => ({ ...keys.urnClaim(urn) }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_RETRY.attempts) {
          throw new Error(
            `${pending.length} URN claims were still unread after ${BATCH_RETRY.attempts} attempts.`,
          );
        }
        if (attempt > 0) await retryDelay(BATCH_RETRY, attempt);
        const result = await client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
        );
        for (const item of result.Responses?.[tableName] ?? []) {
          claims.set(String(item.pk).slice('URN#'.length), item.settingId as string);
        }
        pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
    return claims;
  }

  return { loadedLas, recordLoadedLa, findUrnClaims };
}
