import { BatchWriteCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseKeys } from './case-keys.js';
import type { DocumentClient } from './client.js';
import { type CaseTombstone, TOMBSTONE_TYPE } from './journey-store.js';
import {
  CASE_RECORD_SK,
  CASES_BY_EXPIRY,
  erasurePartition,
  type Key,
  keys,
  OUTBOX_PARTITION,
} from './keys.js';
import { nextRevision, onRevision, StaleWriteError } from './optimistic.js';
import { queryAll, queryPages } from './query-pages.js';
import type { TransactItem } from './register-store.js';
import { BATCH_RETRY, retryDelay } from './retry-budget.js';
import { cancellationCodes, isConditionFailure } from './transactions.js';

// Removing cases: on erasure (eraseCase) and when their retention runs out (the sweeper). A case's
// record is first replaced by a tombstone (one conditional write on its revision), so every read
// sees the case as gone at once and no change can land on it; then its items are deleted in
// batches; last, the tombstone goes — with, for an erasure, the audit record put in its place in the
// same transaction. Every step can run twice, or two at once, and end the same.

/** What an erasure leaves: the keyed hash of the case (never its reference), who, when and why. */
export interface ErasureRecord {
  erasureId: string;
  /** `<key id>:<HMAC of LA and case reference>` under the case keyring (case-keys.ts). */
  caseHash: string;
  laCode: string;
  erasedAt: string;
  erasedBy: string;
  reason: string;
  itemsRemoved: number;
}

export const ERASURE_RECORD_TYPE = 'CaseErasure';

const BATCH_SIZE = 25;

export type RetentionStore = ReturnType<typeof createRetentionStore>;

export function createRetentionStore({
  client,
  tableName,
  caseKeys,
}: {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
}) {
  /** Every partition the case's items may be in (each key of the ring, and the legacy hash). */
  function partitionsOf(laCode: string, caseReference: string): string[] {
    return caseKeys.casePartitions(laCode, caseReference);
  }

  /** The case's keyed hash under the current key: what its audit records are filed under. */
  function caseHashOf(laCode: string, caseReference: string): string {
    return caseKeys.casePartition(laCode, caseReference).slice('LIST#'.length);
  }

  /**
   * Replaces the case record (on the revision read; null: no record yet) with a tombstone, on the
   * expiry index at its own time so the sweeper finishes a removal cut short. StaleWriteError when
   * the record moved meanwhile (read again).
   */
  async function putTombstone(
    tombstone: Omit<CaseTombstone, 'revision'>,
    expectedRevision: number | null,
  ): Promise<void> {
    const { partition, ...doc } = tombstone;
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.caseRecord(partition),
            ...keys.caseExpiryEntry(partition, tombstone.at),
            type: TOMBSTONE_TYPE,
            revision: nextRevision(expectedRevision),
            laCode: tombstone.laCode,
            doc: JSON.stringify(doc),
          },
          ...onRevision(expectedRevision),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new StaleWriteError('The case record moved before its tombstone was written.', {
          cause: error,
        });
      }
      throw error;
    }
  }

  /**
   * Partitions of cases whose expiry (or tombstone) is before `nowIso`, oldest first, from the
   * sparse expiry index. The index is eventually consistent: re-read each case before acting.
   */
  async function dueCases(nowIso: string, limit: number): Promise<string[]> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :expiry AND gsi1sk < :now',
        ExpressionAttributeValues: { ':expiry': CASES_BY_EXPIRY, ':now': nowIso },
        ProjectionExpression: 'pk',
        Limit: limit,
      }),
    );
    return (Items ?? []).map((i) => i.pk as string);
  }

  /** The keys of every item in a case partition but its record (or tombstone): lists and their links. */
  async function itemKeysIn(partition: string): Promise<Key[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': partition },
      ProjectionExpression: 'pk, sk',
      ConsistentRead: true,
    });
    return items.map((item) => ({ pk: item.pk as string, sk: item.sk as string }));
  }

  /** Deletes items by key, 25 to a BatchWriteItem, retrying what DynamoDB leaves unprocessed. */
  async function deleteItems(itemKeys: readonly Key[]): Promise<number> {
    for (let start = 0; start < itemKeys.length; start += BATCH_SIZE) {
      let pending = itemKeys.slice(start, start + BATCH_SIZE).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_RETRY.attempts) {
          throw new Error(
            `${pending.length} deletes were still unprocessed after ${BATCH_RETRY.attempts} attempts.`,
          );
        }
        if (attempt > 0) await retryDelay(BATCH_RETRY, attempt);
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
    return itemKeys.length;
  }

  /** The delete of a consultation on the revision read, for a journey transaction (its index entries go with it). */
  function consultationDelete(id: string, revision: number): TransactItem {
    return {
      Delete: {
        TableName: tableName,
        Key: keys.consultation(id),
        ...onRevision(revision),
      },
    };
  }

  /**
   * Outbox items (events not yet published) of one case: they carry its reference. The outbox is
   * drained within seconds, so this reads a handful of items.
   */
  async function unpublishedEventKeys(laCode: string, caseReference: string): Promise<Key[]> {
    const found: Key[] = [];
    const pages = queryPages(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :outbox',
      ExpressionAttributeValues: { ':outbox': OUTBOX_PARTITION },
      ProjectionExpression: 'pk, sk, detail',
      ConsistentRead: true,
    });
    for await (const items of pages) {
      for (const item of items) {
        const detail = JSON.parse(String(item.detail ?? '{}')) as Record<string, unknown>;
        if (detail.laCode === laCode && detail.caseReference === caseReference) {
          found.push({ pk: item.pk as string, sk: item.sk as string });
        }
      }
    }
    return found;
  }

  /**
   * The last step: the tombstone goes (on its revision) and, for an erasure, the audit record takes
   * its place, in one transaction. False when another run finished first.
   */
  async function finish(tombstone: CaseTombstone, audit: ErasureRecord | null): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Delete: {
          TableName: tableName,
          Key: keys.caseRecord(tombstone.partition),
          ConditionExpression: '#type = :tombstone AND #revision = :revision',
          ExpressionAttributeNames: { '#type': 'type', '#revision': 'revision' },
          ExpressionAttributeValues: { ':tombstone': TOMBSTONE_TYPE, ':revision': tombstone.revision },
        },
      },
    ];
    if (audit) {
      items.push({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.erasureRecord(audit.caseHash, audit.erasedAt, audit.erasureId),
            type: ERASURE_RECORD_TYPE,
            ...audit,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    try {
      await client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.includes('ConditionalCheckFailed')) return false;
      throw error;
    }
  }

  /** The newest audit record of the case's erasures, under any key of the ring; null if never erased. */
  async function latestErasure(laCode: string, caseReference: string): Promise<ErasureRecord | null> {
    const hashes = partitionsOf(laCode, caseReference).map((p) => p.slice('LIST#'.length));
    const found = await Promise.all(
      hashes.map(async (hash) => {
        const { Items } = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :p',
            ExpressionAttributeValues: { ':p': erasurePartition(hash) },
            ScanIndexForward: false,
            Limit: 1,
            ConsistentRead: true,
          }),
        );
        return Items?.[0] ? fromErasureItem(Items[0]) : null;
      }),
    );
    return found
      .filter((f): f is ErasureRecord => f !== null)
      .reduce<ErasureRecord | null>((a, b) => (!a || b.erasedAt > a.erasedAt ? b : a), null);
  }

  return {
    partitionsOf,
    caseHashOf,
    putTombstone,
    dueCases,
    itemKeysIn,
    deleteItems,
    consultationDelete,
    unpublishedEventKeys,
    finish,
    latestErasure,
  };
}

/** True for the key of a case's record (or tombstone): removed last, by `finish`. */
export function isCaseRecordKey(key: Key): boolean {
  return key.sk === CASE_RECORD_SK;
}

function fromErasureItem(item: Record<string, unknown>): ErasureRecord {
  return {
    erasureId: item.erasureId as string,
    caseHash: item.caseHash as string,
    laCode: item.laCode as string,
    erasedAt: item.erasedAt as string,
    erasedBy: item.erasedBy as string,
    reason: item.reason as string,
    itemsRemoved: item.itemsRemoved as number,
  };
}
