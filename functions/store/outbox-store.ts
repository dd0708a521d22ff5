import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { JOURNEY_EVENT_TYPES, type JourneyEvent, type JourneyEventType } from '../core/journey/model.js';
import type { ResendState } from '../core/outbox-resend.js';
import type { DocumentClient } from './client.js';
import { type Key, keys, OUTBOX_PARTITION } from './keys.js';
import { queryPages } from './query-pages.js';
import { isConditionFailure } from './transactions.js';

// The outbox: each journey event is written as an item in the same transaction as the change it
// reports (so there is an event exactly when the change happened), and leaves the table when it
// has been published: in AWS by the stream forwarder, locally by drainOutbox.

/** The `type` attribute of an outbox item: the stream filter of the forwarder matches on it. */
export const OUTBOX_ITEM_TYPE = 'OutboxEvent';

export interface OutboxItem {
  pk: string;
  sk: string;
  type: typeof OUTBOX_ITEM_TYPE;
  eventId: string;
  eventType: JourneyEventType;
  occurredAt: string;
  /** The event's detail as one JSON string: read back whole, never queried. */
  detail: string;
}

/** An item in the outbox partition that is not a journey event this code can read. */
export class OutboxItemError extends Error {
  override readonly name = 'OutboxItemError';
  constructor(
    message: string,
    readonly item: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The item that carries `event` out of a transaction (put it with `attribute_not_exists(pk)`). */
export function toOutboxItem(event: JourneyEvent): OutboxItem {
  return {
    ...keys.outboxEvent(event),
    type: OUTBOX_ITEM_TYPE,
    eventId: event.id,
    eventType: event.type,
    occurredAt: event.occurredAt,
    detail: JSON.stringify(event.detail),
  };
}

const EVENT_TYPES: ReadonlySet<string> = new Set(JOURNEY_EVENT_TYPES);

/** The event an outbox item carries; refuses anything else (OutboxItemError). */
export function fromOutboxItem(item: Record<string, unknown>): JourneyEvent {
  const { type, eventId, eventType, occurredAt, detail } = item;
  if (type !== OUTBOX_ITEM_TYPE)
    throw new OutboxItemError(`Not an outbox item (type ${String(type)}).`, item);
  if (typeof eventId !== 'string' || eventId === '') throw new OutboxItemError('No eventId.', item);
  if (typeof eventType !== 'string' || !EVENT_TYPES.has(eventType)) {
    throw new OutboxItemError(`Unknown event type ${String(eventType)}.`, item);
  }
  if (typeof occurredAt !== 'string' || Number.isNaN(Date.parse(occurredAt))) {
    throw new OutboxItemError('No valid occurredAt.', item);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(detail));
  } catch (cause) {
    throw new OutboxItemError('The detail is not JSON.', item, { cause });
  }
  const fields = parsed as Partial<JourneyEvent['detail']> | null;
  if (
    typeof fields !== 'object' ||
    fields === null ||
    Array.isArray(fields) ||
    typeof fields.laCode !== 'string' ||
    typeof fields.caseReference !== 'string'
  ) {
    throw new OutboxItemError('The detail has no laCode and caseReference.', item);
  }
  return {
    id: eventId,
    type: eventType as JourneyEventType,
    occurredAt,
    detail: fields as JourneyEvent['detail'],
  };
}

/** An outbox item old enough for the re-send job: its event (null if unreadable) and its attempts. */
export interface StrandedItem {
  key: Key;
  state: ResendState;
  event: JourneyEvent | null;
  /** Why the item cannot be read as an event, when it cannot. */
  error: OutboxItemError | null;
}

export interface OutboxStore {
  /** Up to `limit` events not yet published, oldest first (strongly consistent). */
  pendingEvents(limit: number): Promise<JourneyEvent[]>;
  /**
   * Removes a published event's item. One already gone (removed by another drain, or the forwarder
   * retrying) is fine: resolves false instead of true.
   */
  deleteEvent(event: Pick<JourneyEvent, 'id' | 'occurredAt'>): Promise<boolean>;
  /**
   * When the oldest item still in the outbox was written (its sort key begins with it), or null
   * when the outbox is empty. Read from the key alone, so an item no code can parse still counts.
   */
  oldestPendingAt(): Promise<string | null>;
  /**
   * Items written at or before `writtenBy` that the re-send job has not given up on, oldest first,
   * up to `limit` (strongly consistent): what the stream forwarder has not published.
   */
  strandedItems(writtenBy: string, limit: number): Promise<StrandedItem[]>;
  /**
   * Records an attempt's outcome on the item, only if no other run has recorded one since this
   * run read it (its attempts still `previousAttempts`) and it is still there: false otherwise.
   * An update, never an insert: the forwarder's stream filter (INSERT only) ignores it.
   */
  recordAttempt(key: Key, previousAttempts: number, next: ResendState): Promise<boolean>;
}

export function createOutboxStore({
  client,
  tableName,
}: {
  client: DocumentClient;
  tableName: string;
}): OutboxStore {
  return {
    async pendingEvents(limit) {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :outbox',
          ExpressionAttributeValues: { ':outbox': OUTBOX_PARTITION },
          ScanIndexForward: true,
          ConsistentRead: true,
          Limit: limit,
        }),
      );
      return (page.Items ?? []).map((item) => fromOutboxItem(item));
    },

    async deleteEvent(event) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.outboxEvent(event),
            // A delete of a missing item succeeds silently; the condition tells the two apart.
            ConditionExpression: 'attribute_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async oldestPendingAt() {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :outbox',
          ExpressionAttributeValues: { ':outbox': OUTBOX_PARTITION },
          ProjectionExpression: 'sk',
          ScanIndexForward: true,
          Limit: 1,
        }),
      );
      const sk = page.Items?.[0]?.sk;
      return typeof sk === 'string' ? (sk.split('#')[0] ?? null) : null;
    },

    async strandedItems(writtenBy, limit) {
      const found: StrandedItem[] = [];
      const pages = queryPages(client, {
        TableName: tableName,
        // The sort key is <written at>#<event id>: older ones sort first, and every item written
        // at `writtenBy` itself sorts before <writtenBy>#\uffff.
        KeyConditionExpression: 'pk = :outbox AND sk <= :by',
        FilterExpression: 'attribute_not_exists(gaveUpAt)',
        ExpressionAttributeValues: { ':outbox': OUTBOX_PARTITION, ':by': `${writtenBy}#\uffff` },
        ScanIndexForward: true,
        ConsistentRead: true,
      });
      for await (const items of pages) {
        for (const item of items) found.push(strandedItem(item));
        // Whole pages are read; no page past the one that reaches the limit.
        if (found.length >= limit) break;
      }
      return found.slice(0, limit);
    },

    async recordAttempt(key, previousAttempts, next) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key,
            UpdateExpression: next.gaveUpAt
              ? 'SET attempts = :attempts, gaveUpAt = :gaveUpAt REMOVE nextAttemptAt'
              : 'SET attempts = :attempts, nextAttemptAt = :next',
            ConditionExpression:
              previousAttempts === 0
                ? 'attribute_exists(pk) AND (attribute_not_exists(attempts) OR attempts = :previous)'
                : 'attribute_exists(pk) AND attempts = :previous',
            ExpressionAttributeValues: {
              ':attempts': next.attempts,
              ':previous': previousAttempts,
              ...(next.gaveUpAt ? { ':gaveUpAt': next.gaveUpAt } : { ':next': next.nextAttemptAt }),
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

function strandedItem(item: Record<string, unknown>): StrandedItem {
  const key = { pk: String(item.pk), sk: String(item.sk) };
  const state: ResendState = {
    writtenAt: key.sk.split('#')[0] ?? '',
    attempts: typeof item.attempts === 'number' ? item.attempts : 0,
    nextAttemptAt: typeof item.nextAttemptAt === 'string' ? item.nextAttemptAt : null,
    gaveUpAt: typeof item.gaveUpAt === 'string' ? item.gaveUpAt : null,
  };
  try {
    return { key, state, event: fromOutboxItem(item), error: null };
  } catch (error) {
    if (!(error instanceof OutboxItemError)) throw error;
    return { key, state, event: null, error };
  }
}
