import type { JourneyEvent } from '../core/journey/model.js';
import type { OutboxStore } from '../store/outbox-store.js';
import type { EventPublisher } from './publisher.js';

// Delivery is at least once. An event is published first and deleted from the outbox after, so
// a crash, a timeout or a failed delete in between leaves it in the outbox and it is published
// again by the next drain (or the forwarder's retry). Every event carries its own unique `id`:
// subscribers dedupe by it. The reverse order would lose an event instead, which is worse.

/** Publishes `events` (oldest first), then removes each from the outbox. */
export async function forwardEvents(
  events: readonly JourneyEvent[],
  outbox: Pick<OutboxStore, 'deleteEvent'>,
  publisher: EventPublisher,
): Promise<void> {
  if (events.length === 0) return;
  await publisher.publish(events);
  const deleted = await Promise.allSettled(events.map((event) => outbox.deleteEvent(event)));
  const failed = deleted.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Publishes up to `limit` pending events of the outbox, oldest first, and removes them; resolves
 * with how many. When the publisher throws, nothing is removed and the error propagates.
 */
export async function drainOutbox(
  outbox: OutboxStore,
  publisher: EventPublisher,
  { limit }: { limit: number },
): Promise<number> {
  const events = await outbox.pendingEvents(limit);
  await forwardEvents(events, outbox, publisher);
  return events.length;
}
