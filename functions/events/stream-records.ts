import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { JourneyEvent } from '../core/journey/model.js';
import { fromOutboxItem, OUTBOX_ITEM_TYPE } from '../store/outbox-store.js';

/** An outbox insert from the table's stream: its event, or why it could not be read. */
export type OutboxRecord =
  | { sequenceNumber: string; event: JourneyEvent }
  | { sequenceNumber: string; error: Error };

/**
 * The outbox items inserted, in stream order, from a batch of the table's stream records
 * (NEW_IMAGE). Everything else is skipped: other items, and the outbox's own deletes. The event
 * source mapping filters the same way; this keeps the function correct without that filter.
 */
export function outboxRecords(records: readonly DynamoDBRecord[]): OutboxRecord[] {
  return records.flatMap((record): OutboxRecord[] => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || image?.type?.S !== OUTBOX_ITEM_TYPE) return [];
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    try {
      // The stream's attribute values are the table's; only their TypeScript declarations differ.
      const item = unmarshall(image as Record<string, AttributeValue>);
      return [{ sequenceNumber, event: fromOutboxItem(item) }];
    } catch (error) {
      return [{ sequenceNumber, error: error instanceof Error ? error : new Error(String(error)) }];
    }
  });
}
