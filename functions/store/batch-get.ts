import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import type { Key } from './keys.js';
import { BATCH_RETRY, retryDelay } from './retry-budget.js';

const BATCH_GET_SIZE = 100;
/** BatchGetItem calls in flight at once. */
const PARALLEL_READS = 4;

/** BatchGetItem left keys unread after every retry. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';
}

/**
 * The items at these keys that exist (strongly consistent, each key once, in no set order), by
 * BatchGetItem in chunks of 100, retrying the keys a chunk leaves unread, as its contract asks.
 */
export async function batchGetItems(
  { client, tableName }: { client: DocumentClient; tableName: string },
  keyList: readonly Key[],
  options: { projection?: string; names?: Record<string, string> } = {},
): Promise<Record<string, unknown>[]> {
  const unique = [...new Map(keyList.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const chunks: Key[][] = [];
  for (let start = 0; start < unique.length; start += BATCH_GET_SIZE) {
    chunks.push(unique.slice(start, start + BATCH_GET_SIZE));
  }
  const getChunk = async (chunk: Key[]) => {
    const items: Record<string, unknown>[] = [];
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= BATCH_RETRY.attempts) {
        throw new UnprocessedKeysError(
          `${pending.length} keys were still unread after ${BATCH_RETRY.attempts} attempts.`,
        );
      }
      if (attempt > 0) await retryDelay(BATCH_RETRY, attempt);
      const result = await client.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ConsistentRead: true,
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
              ...(options.names ? { ExpressionAttributeNames: options.names } : {}),
            },
          },
        }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
    }
    return items;
  };
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < chunks.length; start += PARALLEL_READS) {
    const results = await Promise.all(chunks.slice(start, start + PARALLEL_READS).map(getChunk));
    for (const result of results) items.push(...result);
  }
  return items;
}

/** A projection of these attributes, each by a placeholder name (so reserved words such as `type` pass). */
export function projectionOf(attributes: readonly string[]): {
  projection: string;
  names: Record<string, string>;
} {
  const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
  return { projection: Object.keys(names).join(', '), names };
}
