import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseRecord, Consultation, JourneyEvent } from '../core/journey/model.js';
import type { CaseExpiry } from '../core/journey/retention.js';
import type { Page } from '../core/model.js';
import { batchGetItems, projectionOf } from './batch-get.js';
import { CASE_RECORD_TYPE, createCaseIndexQueries } from './case-index-queries.js';

export { CASE_RECORD_TYPE };

import type { CaseKeys } from './case-keys.js';
import type { DocumentClient } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { CONSULTATION_INDEX, CONSULTATIONS_DUE, type Key, keys } from './keys.js';
import { nextRevision, onRevision, optimisticWrite, StaleWriteError } from './optimistic.js';
import { toOutboxItem } from './outbox-store.js';
import { firstKept, queryPages } from './query-pages.js';
import type { TransactItem } from './register-store.js';
import { DEFAULT_RETRY, type RetryBudget } from './retry-budget.js';
import { cancellationCodes } from './transactions.js';

// The journey after the list in DynamoDB: one case record per case (beside its lists, on a
// revision), one item per consultation (on its own revision, on the indexes that find it by
// setting, by the setting's LA, by the child's LA, and while it waits, by due date), and outbox
// events written in the same transaction as the change they report.

export interface VersionedCase {
  record: CaseRecord;
  /** Null when the case has no record yet (its lists were made before records existed). */
  revision: number | null;
  partition: string;
  /** When the case expires (core/journey/retention.ts); null for a record written before expiries. */
  expiresAt: string | null;
}

/** The `type` of the item that replaces a case record while the case is erased or removed on expiry. */
export const TOMBSTONE_TYPE = 'CaseTombstone';

/**
 * A case being removed: its record replaced by this, so every read sees the case as gone at once,
 * while its items are deleted (retention-store.ts). It holds only what the removal needs.
 */
export interface CaseTombstone {
  partition: string;
  revision: number;
  kind: 'ERASURE' | 'RETENTION';
  erasureId: string;
  at: string;
  by: string | null;
  reason: string | null;
  laCode: string;
  /** Needed to find the case's other partitions and unpublished events; never in the audit record. */
  caseReference: string;
  consultationIds: string[];
}

/** What a case's slot holds when the case is being removed. */
export interface GoneCase {
  tombstone: CaseTombstone;
}

/** A case write: the record, and the expiry its change refreshes (every change is activity). */
export type CaseWrite = VersionedCase & { expiry: CaseExpiry };

export interface VersionedConsultation {
  consultation: Consultation;
  revision: number;
}

/** What one accepted journey change writes, all in one transaction. */
export interface JourneyWrites {
  case?: CaseWrite;
  consultations?: readonly { consultation: Consultation; expectedRevision: number | null }[];
  /** Setting writes on their revisions (RegisterStore.settingWriteItems). */
  settings?: readonly TransactItem[];
  /** Other items of the same change (a list version). */
  also?: readonly TransactItem[];
  events?: readonly JourneyEvent[];
}

export type ConsultationIndex = keyof typeof CONSULTATION_INDEX;

export interface ConsultationQuery {
  index: ConsultationIndex;
  partitions: readonly string[];
  status: Consultation['status'] | null;
  /** Only SENT consultations due before this London date (overdue). */
  overdueOn: string | null;
  first: number;
  after?: string | null;
}

/**
 * A filter applied after reading (e.g. not overdue), with what it keeps in words (e.g. its setting
 * id and overdue flag): a function cannot be told from another, so cursors are bound to `whereKey`
 * and a cursor of one filter is refused by another. Both or neither.
 */
export type ConsultationFilter =
  | { where: (c: Consultation) => boolean; whereKey: string }
  | { where?: undefined; whereKey?: undefined };

export type JourneyStore = ReturnType<typeof createJourneyStore>;

export function createJourneyStore({
  client,
  tableName,
  caseKeys,
  retry = DEFAULT_RETRY,
}: {
  client: DocumentClient;
  tableName: string;
  /** The keyed case hashes; null for jobs that only touch consultations (the overdue job needs no secret). */
  caseKeys: CaseKeys | null;
  retry?: RetryBudget;
}) {
  function keyring(): CaseKeys {
    if (!caseKeys)
      throw new Error('This journey store was made without the case keyring: it cannot read cases.');
    return caseKeys;
  }

  /**
   * The case's record, under whichever key of the ring it was written (a new one is written under
   * the current key), or its tombstone while it is being removed.
   */
  async function getCase(laCode: string, caseReference: string): Promise<VersionedCase | GoneCase | null> {
    const found = await Promise.all(
      keyring()
        .casePartitions(laCode, caseReference)
        .map((partition) => getCaseAt(partition)),
    );
    return found.find((f) => f !== null) ?? null;
  }

  /**
   * getCase, in one BatchGetItem with other items needed at the same moment (a list's first
   * round: the register's snapshot pointer, the LA's rights details), returned by `pk sk`, with
   * only `otherAttributes` of them (a probe for an item's existence needs none).
   */
  async function getCaseWith(
    laCode: string,
    caseReference: string,
    others: readonly Key[],
    otherAttributes: readonly string[],
  ) {
    const partitions = keyring().casePartitions(laCode, caseReference);
    const items = await batchGetItems(
      { client, tableName },
      [...partitions.map(keys.caseRecord), ...others],
      projectionOf(['pk', 'sk', 'type', 'doc', 'revision', 'expiresAt', ...otherAttributes]),
    );
    const byKey = new Map(items.map((item) => [`${item.pk} ${item.sk}`, item]));
    const found = partitions.flatMap((partition) => {
      const { pk, sk } = keys.caseRecord(partition);
      const item = byKey.get(`${pk} ${sk}`);
      return item ? [fromCaseItem(item, partition)] : [];
    });
    return { found: found[0] ?? null, others: (key: Key) => byKey.get(`${key.pk} ${key.sk}`) };
  }

  /** The case record (or tombstone) in one partition. */
  async function getCaseAt(partition: string): Promise<VersionedCase | GoneCase | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.caseRecord(partition), ConsistentRead: true }),
    );
    return Item ? fromCaseItem(Item, partition) : null;
  }

  function newCasePartition(laCode: string, caseReference: string): string {
    return keyring().casePartition(laCode, caseReference);
  }

  async function getConsultation(id: string): Promise<VersionedConsultation | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.consultation(id), ConsistentRead: true }),
    );
    return Item ? fromConsultationItem(Item) : null;
  }

  async function getConsultations(ids: readonly string[]): Promise<VersionedConsultation[]> {
    if (ids.length === 0) return [];
    const items = await batchGetItems({ client, tableName }, ids.map(keys.consultation));
    const byId = new Map(items.map((item) => [item.pk as string, fromConsultationItem(item)]));
    return ids.flatMap((id) => byId.get(keys.consultation(id).pk) ?? []);
  }

  /**
   * Consultations on one index across one or more partitions (a caller's settings or LAs), newest
   * first, merged: the cursor is the last one's sort key, which orders every partition alike.
   */
  async function listConsultations(q: ConsultationQuery & ConsultationFilter): Promise<Page<Consultation>> {
    const indexName = CONSULTATION_INDEX[q.index];
    // Every part of the question: the index, its partitions, both filters and what `where` keeps.
    const cursorQuery = `consultations:${q.index}:${JSON.stringify([...q.partitions].sort())}:${q.status}:${q.overdueOn}:${q.where ? `where:${q.whereKey}` : 'all'}`;
    const start = decodeCursor(q.after, 'after', cursorQuery, ['s'], (k) => /^\d{4}-/.test(k.s ?? ''));
    const names: Record<string, string> = {
      '#pk': `${indexName}pk`,
      ...(start ? { '#sk': `${indexName}sk` } : {}),
    };
    const values: Record<string, unknown> = {};
    const filters: string[] = [];
    if (start) values[':after'] = start.s;
    if (q.status) {
      names['#status'] = 'status';
      values[':status'] = q.status;
      filters.push('#status = :status');
    }
    if (q.overdueOn) {
      names['#status'] = 'status';
      values[':sent'] = 'SENT';
      values[':today'] = q.overdueOn;
      filters.push('#status = :sent AND dueOn < :today');
    }
    const perPartition = await Promise.all(
      q.partitions.map(async (partition) => {
        const pages = queryPages(client, {
          TableName: tableName,
          IndexName: indexName,
          KeyConditionExpression: start ? '#pk = :p AND #sk < :after' : '#pk = :p',
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':p': partition },
          ScanIndexForward: false,
          Limit: Math.max(25, q.first + 1),
        });
        // The page and one more from each partition: whatever the merge takes is among them.
        const found = await firstKept(pages, q.first + 1, (item) => {
          const { consultation } = fromConsultationItem(item);
          if (q.where && !q.where(consultation)) return null;
          return { consultation, sk: item[`${indexName}sk`] as string };
        });
        return found.map((f) => f.kept);
      }),
    );
    const merged = perPartition
      .flat()
      .sort((a, b) => (a.sk < b.sk ? 1 : a.sk > b.sk ? -1 : 0))
      .filter((f, i, all) => i === 0 || all[i - 1]?.sk !== f.sk);
    return {
      items: merged.slice(0, q.first).map((f) => ({
        item: f.consultation,
        cursor: encodeCursor({ s: f.sk }, cursorQuery),
      })),
      hasNextPage: merged.length > q.first,
    };
  }

  /** Consultations still SENT whose due date is before `today` and whose overdue event is not yet written. */
  async function consultationsPastDue(today: string, limit: number): Promise<VersionedConsultation[]> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :due AND gsi1sk < :today',
        ExpressionAttributeValues: { ':due': CONSULTATIONS_DUE, ':today': today },
        Limit: limit,
      }),
    );
    // The index is eventually consistent: re-read each on the table before deciding.
    return getConsultations(
      (Items ?? [])
        .map((i) => (i.doc ? (JSON.parse(i.doc as string) as Consultation).id : ''))
        .filter(Boolean),
    );
  }

  const caseIndexes = createCaseIndexQueries(client, tableName);

  /** Writes one accepted change in one transaction; StaleWriteError when anything read has moved. */
  async function commit(writes: JourneyWrites): Promise<void> {
    const items: TransactItem[] = [];
    if (writes.case) {
      const { record, revision, partition, expiry } = writes.case;
      items.push({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.caseRecord(partition),
            // On the expiry index, for the sweeper (retention-store.ts); refreshed by every change.
            ...keys.caseExpiryEntry(partition, expiry.expiresAt),
            // On its LA's index of cases, newest change first: an officer's recent cases. A case
            // written before this index joins it at its next change.
            ...keys.caseByLaEntry(record.laCode, record.updatedAt, partition),
            // On its LA's index of references however spelt: find-a-case ignores capitals.
            ...keys.caseByReferenceEntry(record.laCode, record.caseReference, partition),
            type: CASE_RECORD_TYPE,
            revision: nextRevision(revision),
            laCode: record.laCode,
            expiresOn: expiry.expiresOn,
            expiresAt: expiry.expiresAt,
            doc: JSON.stringify(record),
          },
          ...onRevision(revision),
        },
      });
    }
    for (const { consultation, expectedRevision } of writes.consultations ?? []) {
      items.push({
        Put: {
          TableName: tableName,
          Item: toConsultationItem(consultation, nextRevision(expectedRevision)),
          ...onRevision(expectedRevision),
        },
      });
    }
    items.push(...(writes.settings ?? []), ...(writes.also ?? []));
    for (const event of writes.events ?? []) {
      items.push({
        Put: {
          TableName: tableName,
          Item: toOutboxItem(event),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    if (items.length === 0) return;
    try {
      await client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes?.some((c) => c === 'ConditionalCheckFailed' || c === 'TransactionConflict')) {
        throw new StaleWriteError('Something this change read moved before it was written.', {
          cause: error,
        });
      }
      throw error;
    }
  }

  /**
   * A journey change through the one optimistic-write loop (optimistic.ts): `attempt` reads what
   * it needs, decides in the core and says what to write in one transaction; if anything it read
   * moved, it runs again on fresh reads, within the retry budget (the store's, or `budget`).
   */
  function change<R>(
    what: string,
    attempt: (n: number) => Promise<{ writes: JourneyWrites | null; result: R }>,
    budget: RetryBudget = retry,
  ): Promise<R> {
    return optimisticWrite(what, budget, async (n) => {
      const { writes, result } = await attempt(n);
      return { write: writes ? () => commit(writes) : null, result };
    });
  }

  return {
    getCase,
    getCaseWith,
    getCaseAt,
    recentCases: caseIndexes.recentCases,
    caseReferencesSpeltLike: caseIndexes.caseReferencesSpeltLike,
    newCasePartition,
    getConsultation,
    getConsultations,
    listConsultations,
    consultationsPastDue,
    commit,
    change,
  };
}

/** A case item as read: a live record, or the tombstone of a case being removed. */
export function fromCaseItem(item: Record<string, unknown>, partition: string): VersionedCase | GoneCase {
  if (item.type === TOMBSTONE_TYPE) {
    return {
      tombstone: {
        ...(JSON.parse(item.doc as string) as CaseTombstone),
        partition,
        revision: item.revision as number,
      },
    };
  }
  return {
    record: JSON.parse(item.doc as string) as CaseRecord,
    revision: item.revision as number,
    partition,
    expiresAt: typeof item.expiresAt === 'string' ? item.expiresAt : null,
  };
}

function toConsultationItem(c: Consultation, revision: number): Record<string, unknown> {
  const waiting = c.status === 'SENT' && c.overdueNotifiedAt === null && !c.decisionRecorded;
  return {
    ...keys.consultation(c.id),
    ...keys.consultationIndexes(c),
    // On the due index only while an overdue event may still be owed.
    ...(waiting ? keys.consultationDue(c) : {}),
    type: 'Consultation',
    revision,
    status: c.status,
    dueOn: c.dueOn,
    doc: JSON.stringify(c),
  };
}

function fromConsultationItem(item: Record<string, unknown>): VersionedConsultation {
  return { consultation: JSON.parse(item.doc as string) as Consultation, revision: item.revision as number };
}
