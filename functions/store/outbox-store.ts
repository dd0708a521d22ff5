import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { JOURNEY_EVENT_TYPES, type JourneyEvent, type JourneyEventType } from '../core/journey/model.js';
import type { DocumentClient } from './client.js';
import { keys, OUTBOX_PARTITION } from './keys.js';
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
  };
}
