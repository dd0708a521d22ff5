import { randomBytes } from 'node:crypto';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Setting } from '../core/model.js';
import {
  CHANGE_DAYS_KEPT,
  catchUpFrom,
  changeDay,
  MAX_PENDING_CHANGES,
  type SnapshotPointer,
} from '../core/register-memory/catch-up.js';
import type { RegisterEntry } from '../core/register-memory/register-index.js';
import { staticFactsOf } from '../core/register-memory/static-facts.js';
import { batchGetItems } from './batch-get.js';
import type { DocumentClient } from './client.js';
import { fromSettingItem, type SettingItem } from './items.js';
import type { Key } from './keys.js';
import { queryPages } from './query-pages.js';
import { chunkBytes, decode, decodeAsync, encode } from './register-entries-codec.js';
import { registerPages } from './register-pages.js';
import { BATCH_RETRY, retryDelay } from './retry-budget.js';
import { TABLE_DEFINITION } from './table-definition.js';

// The register as lists hold it in memory (core/register-memory): its change items, its snapshot
// in gzip chunks and the pointer to the snapshot.
//   change    pk REGCHANGE#<yyyy-mm-dd>  sk <ISO instant>#<settingId>#<revision>   (one setting, written in
//             its setting's transaction) or <ISO instant>#BULK#<first id>#<count> (a bulk load's batch,
//             written after it); `entries`: gzip JSON of RegisterEntry[]; kept CHANGE_DAYS_KEPT by TTL
//   pointer   pk REGSNAP  sk POINTER    { generation, coversUpTo, chunks, settings, writtenAt, previous }
//   chunk     pk REGSNAP#<generation>  sk CHUNK#<nnnn>   `entries`: gzip JSON of RegisterEntry[], ≤ 350 KB
// Chunks are written before the pointer that names them, so a reader never mixes generations; the
// generation before the one replaced is deleted once no reader can still be about to read it.

/** Settings per change item of a bulk load. */
export const BULK_CHANGE_SETTINGS = 100;

export const REGISTER_CHANGE_PREFIX = 'REGCHANGE#';
const POINTER_KEY: Key = { pk: 'REGSNAP', sk: 'POINTER' };
const chunkKey = (generation: string, n: number): Key => ({
  pk: `REGSNAP#${generation}`,
  sk: `CHUNK#${String(n).padStart(4, '0')}`,
});

const expiresIn = (days: number) => ({
  [TABLE_DEFINITION.timeToLiveAttribute]: Math.floor(Date.now() / 1000) + days * 86_400,
});

/** The change item of one setting's write, for its transaction (register-store.ts settingWriteItems). */
export function registerChangeWrite(
  setting: Setting,
  revision: number,
  tableName: string,
): NonNullable<TransactWriteCommandInput['TransactItems']>[number] {
  return {
    Put: {
      TableName: tableName,
      Item: changeItem(`${setting.id}#${String(revision).padStart(8, '0')}`, [{ setting, revision }]),
    },
  };
}

/** A change item, written now: `label` follows the instant in its sort key, to keep it unique. */
function changeItem(label: string, changed: readonly { setting: Setting; revision: number }[]) {
  const at = new Date().toISOString();
  return {
    pk: `${REGISTER_CHANGE_PREFIX}${changeDay(at)}`,
    sk: `${at}#${label}`,
    type: 'RegisterChange',
    entries: encode(changed.map(({ setting, revision }) => ({ setting: staticFactsOf(setting), revision }))),
    ...expiresIn(CHANGE_DAYS_KEPT),
  };
}

/** A Query of one day's change items from an instant on (less the window), strongly consistent. */
function changesQuery(tableName: string, day: string, since: string, projection: string) {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :day AND sk >= :from',
    ExpressionAttributeValues: { ':day': `${REGISTER_CHANGE_PREFIX}${day}`, ':from': catchUpFrom(since) },
    ProjectionExpression: projection,
    ConsistentRead: true,
  };
}

export function pointerFromItem(item: Record<string, unknown> | undefined | null): SnapshotPointer | null {
  if (!item || typeof item.generation !== 'string') return null;
  return {
    generation: item.generation,
    coversUpTo: String(item.coversUpTo),
    chunks: Number(item.chunks),
    settings: Number(item.settings),
    bytes: Number(item.bytes ?? 0),
    writtenAt: String(item.writtenAt),
  };
}

/**
 * A bulk load's change items, one per BULK_CHANGE_SETTINGS settings, written after the settings
 * (BatchWriteItem cannot hold them in a transaction): never naming a setting not yet in the table.
 */
export async function putBulkChanges(
  { client, tableName }: { client: DocumentClient; tableName: string },
  settings: readonly Setting[],
): Promise<void> {
  for (let start = 0; start < settings.length; start += BULK_CHANGE_SETTINGS) {
    const part = settings.slice(start, start + BULK_CHANGE_SETTINGS);
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: changeItem(
          `BULK#${part[0]?.id}#${part.length}`,
          part.map((setting) => ({ setting, revision: 1 })),
        ),
      }),
    );
  }
}

export type RegisterMemoryStore = ReturnType<typeof createRegisterMemoryStore>;

export function createRegisterMemoryStore({
  client,
  tableName,
}: {
  client: DocumentClient;
  tableName: string;
}) {
  /** The snapshot pointer, strongly consistent; null before the first snapshot. */
  async function readPointer(): Promise<SnapshotPointer | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: POINTER_KEY, ConsistentRead: true }),
    );
    return pointerFromItem(Item);
  }

  /**
   * The changes written from `highWaterMark` (less the window) on, over these day partitions,
   * strongly consistent, each by its key; `truncated` when more than MAX_PENDING_CHANGES wait (or
   * more than a read holds). An item's entries are decoded only when asked for: the window is read
   * again by every list, and what was applied before need not be decoded again.
   */
  async function readChanges(
    highWaterMark: string,
    days: readonly string[],
  ): Promise<{ changes: { key: string; entries: () => RegisterEntry[] }[]; truncated: boolean }> {
    const answers = await Promise.all(
      days.map((day) =>
        client.send(
          new QueryCommand({
            ...changesQuery(tableName, day, highWaterMark, 'sk, entries'),
            Limit: MAX_PENDING_CHANGES + 1,
          }),
        ),
      ),
    );
    const items = answers.flatMap((a) => a.Items ?? []);
    return {
      changes: items.map((item) => ({ key: String(item.sk), entries: () => decode(item.entries) })),
      truncated: items.length > MAX_PENDING_CHANGES || answers.some((a) => a.LastEvaluatedKey !== undefined),
    };
  }

  /**
   * Every change written from `since` (less the window) on, over these day partitions, strongly
   * consistent, however many: for the snapshot writer, which is patient where a list is not.
   */
  async function readAllChanges(since: string, days: readonly string[]): Promise<RegisterEntry[]> {
    const entries: RegisterEntry[] = [];
    for (const day of days) {
      const pages = queryPages(client, changesQuery(tableName, day, since, 'entries'));
      for await (const items of pages) for (const item of items) entries.push(...decode(item.entries));
    }
    return entries;
  }

  /** Every entry of the pointer's generation, its chunks read together (strongly consistent). */
  async function readSnapshot(pointer: SnapshotPointer): Promise<RegisterEntry[]> {
    const keyList = Array.from({ length: pointer.chunks }, (_, n) => chunkKey(pointer.generation, n));
    const items = await batchGetItems({ client, tableName }, keyList, { projection: 'entries' });
    if (items.length !== pointer.chunks) {
      throw new Error(`Snapshot ${pointer.generation} has ${items.length} of its ${pointer.chunks} chunks.`);
    }
    // Unzipped off the main thread, every chunk at once; parsed here as each is ready.
    const parts = await Promise.all(items.map((item) => decodeAsync(item.entries)));
    return parts.flat();
  }

  /** The whole register's static facts, from its own index (before the first snapshot, and to write one). */
  async function readWholeRegister(): Promise<RegisterEntry[]> {
    const entries: RegisterEntry[] = [];
    for await (const items of registerPages({ client, tableName }, null)) {
      for (const item of items as SettingItem[]) {
        entries.push({ setting: staticFactsOf(fromSettingItem(item)), revision: item.revision });
      }
    }
    return entries;
  }

  /** Whether any change was written from `since` (less the window) on, on these days. */
  async function anyChangeSince(since: string, days: readonly string[]): Promise<boolean> {
    for (const day of days) {
      const { Items } = await client.send(
        new QueryCommand({ ...changesQuery(tableName, day, since, 'pk'), Limit: 1 }),
      );
      if ((Items?.length ?? 0) > 0) return true;
    }
    return false;
  }

  /**
   * Writes a new generation: its chunks, then the pointer naming it (conditional on the pointer
   * read before, so two writers never interleave), then deletes the generation before the one
   * replaced. Returns the new pointer, or null when another writer's pointer landed first.
   */
  async function writeSnapshot(
    entries: readonly RegisterEntry[],
    coversUpTo: string,
    replacing: (SnapshotPointer & { previous?: { generation: string; chunks: number } | null }) | null,
  ): Promise<SnapshotPointer | null> {
    const writtenAt = new Date().toISOString();
    const generation = `${writtenAt}-${randomBytes(3).toString('hex')}`;
    const chunks = chunkBytes(entries);
    await batchWrite(
      chunks.map((bytes, n) => ({
        PutRequest: { Item: { ...chunkKey(generation, n), type: 'RegisterSnapshotChunk', entries: bytes } },
      })),
    );
    const pointer: SnapshotPointer = {
      generation,
      coversUpTo,
      chunks: chunks.length,
      settings: entries.length,
      bytes: chunks.reduce((sum, c) => sum + c.length, 0),
      writtenAt,
    };
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...POINTER_KEY,
            type: 'RegisterSnapshotPointer',
            ...pointer,
            previous: replacing ? { generation: replacing.generation, chunks: replacing.chunks } : null,
          },
          ...(replacing
            ? {
                ConditionExpression: 'generation = :was',
                ExpressionAttributeValues: { ':was': replacing.generation },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
    } catch (error) {
      if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      await deleteGeneration(generation, chunks.length);
      return null;
    }
    if (replacing?.previous) await deleteGeneration(replacing.previous.generation, replacing.previous.chunks);
    return pointer;
  }

  /** The pointer with the generation it replaced (for the writer, which deletes the one before). */
  async function readPointerForWriter() {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: POINTER_KEY, ConsistentRead: true }),
    );
    const pointer = pointerFromItem(Item);
    if (!pointer) return null;
    const previous = Item?.previous as { generation: string; chunks: number } | null | undefined;
    return { ...pointer, previous: previous ?? null };
  }

  /** Moves the pointer's coversUpTo on when nothing changed (its generation still holds everything). */
  async function advancePointer(pointer: SnapshotPointer, coversUpTo: string): Promise<boolean> {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...POINTER_KEY, type: 'RegisterSnapshotPointer', ...pointer, coversUpTo },
          ConditionExpression: 'generation = :was AND coversUpTo = :covers',
          ExpressionAttributeValues: { ':was': pointer.generation, ':covers': pointer.coversUpTo },
        }),
      );
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async function deleteGeneration(generation: string, chunks: number): Promise<void> {
    await batchWrite(
      Array.from({ length: chunks }, (_, n) => ({ DeleteRequest: { Key: chunkKey(generation, n) } })),
    );
  }

  async function batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    // Chunks are up to 350 KB: a batch of 25 would pass BatchWriteItem's 16 MB, so 16 at a time.
    for (let start = 0; start < requests.length; start += 16) {
      let pending = requests.slice(start, start + 16);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_RETRY.attempts)
          throw new Error(`${pending.length} snapshot writes left unprocessed.`);
        if (attempt > 0) await retryDelay(BATCH_RETRY, attempt);
        const result = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: pending as never } }),
        );
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
  }

  return {
    readPointer,
    readChanges,
    readAllChanges,
    readSnapshot,
    readWholeRegister,
    anyChangeSince,
    writeSnapshot,
    readPointerForWriter,
    advancePointer,
    pointerKey: POINTER_KEY,
    /** The pointer's attributes, for a read that projects them (pointerFromItem reads these). */
    pointerAttributes: ['generation', 'coversUpTo', 'chunks', 'settings', 'bytes', 'writtenAt'] as const,
  };
}
