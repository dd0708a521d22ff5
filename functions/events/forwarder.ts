import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { OutboxStore } from '../store/outbox-store.js';
import { forwardEvents } from './drain.js';
import type { EventPublisher } from './publisher.js';
import { outboxRecords } from './stream-records.js';

export interface ForwarderLogger {
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/**
 * The stream forwarder: publishes the outbox items a batch of stream records inserted, in order,
 * then deletes them from the outbox. With ReportBatchItemFailures, reporting a record makes Lambda
 * retry from it (the ones before are done), so it reports the first record it could not forward:
 *   - an item it cannot read: the events before it are forwarded, that one is reported; retries
 *     cannot mend it, so after the mapping's retries it goes to the dead-letter queue and the
 *     shard moves on (the item stays in the outbox, for a person to look at);
 *   - the publisher or a delete failing: the whole batch is reported and retried. Events already
 *     published are published again: delivery is at least once, subscribers dedupe by `id`.
 */
export function createForwarder(deps: {
  outbox: Pick<OutboxStore, 'deleteEvent'>;
  publisher: EventPublisher;
  logger: ForwarderLogger;
}): (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse> {
  return async ({ Records }) => {
    const records = outboxRecords(Records);
    const firstUnreadable = records.findIndex((record) => 'error' in record);
    const readable = firstUnreadable === -1 ? records : records.slice(0, firstUnreadable);
    const events = readable.flatMap((record) => ('event' in record ? [record.event] : []));
    try {
      await forwardEvents(events, deps.outbox, deps.publisher);
    } catch (error) {
      const first = readable[0];
      deps.logger.error('Journey events not forwarded; the batch will be retried', {
        eventIds: events.map((event) => event.id),
        error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      });
      return { batchItemFailures: first ? [{ itemIdentifier: first.sequenceNumber }] : [] };
    }
    const unreadable = records[firstUnreadable];
    if (unreadable && 'error' in unreadable) {
      deps.logger.error('An outbox item in the stream is not a readable journey event', {
        sequenceNumber: unreadable.sequenceNumber,
        error: { name: unreadable.error.name, message: unreadable.error.message },
      });
      return { batchItemFailures: [{ itemIdentifier: unreadable.sequenceNumber }] };
    }
    return { batchItemFailures: [] };
  };
}
