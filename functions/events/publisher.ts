import type { JourneyEvent } from '../core/journey/model.js';

// The port through which journey events leave OpenPlace: EventBridge in AWS
// (eventbridge-publisher.ts), a git-ignored folder locally (folder-publisher.ts).

export interface EventPublisher {
  /** Publishes every event or throws; an event may have been published when it throws. */
  publish(events: readonly JourneyEvent[]): Promise<void>;
}

/** The `source` of every journey event on the bus: what an LA's rule matches on. */
export const EVENT_SOURCE = 'openplace.journey';

/**
 * What a subscriber receives as the event's `detail`: the event's own id (unique: delivery is at
 * least once, so consumers dedupe by it) and when it happened, then its fields (the LA's case
 * reference and codes). The id and time always win over a field of the same name.
 */
export function eventDetail(event: JourneyEvent): Record<string, unknown> {
  const { id: _id, occurredAt: _occurredAt, ...fields } = event.detail;
  return { id: event.id, occurredAt: event.occurredAt, ...fields };
}
