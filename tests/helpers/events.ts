import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { JourneyEvent } from '../../functions/core/journey/model.js';
import type { EventPublisher } from '../../functions/events/publisher.js';
import { toOutboxItem } from '../../functions/store/outbox-store.js';

let clock = Date.parse('2026-11-02T09:00:00.000Z');

/** A journey event with a unique id, each one a millisecond after the one before. */
export function anEvent(overrides: Partial<JourneyEvent> = {}): JourneyEvent {
  clock += 1;
  return {
    id: `ev_${randomUUID()}`,
    type: 'ConsultationStarted',
    occurredAt: new Date(clock).toISOString(),
    detail: { laCode: '938', caseReference: `WSX/2026/${randomUUID().slice(0, 8)}`, consultationId: 'c_1' },
    ...overrides,
  };
}

/** The port's simplest adapter: keeps what it is given, in order. */
export function collectingPublisher(): EventPublisher & { published: JourneyEvent[] } {
  const published: JourneyEvent[] = [];
  return {
    published,
    async publish(events) {
      published.push(...events);
    },
  };
}

/** A publisher whose every call fails, as EventBridge down would. */
export const failingPublisher: EventPublisher = {
  async publish() {
    throw new Error('EventBridge is unavailable');
  },
};

let sequence = 100;

/** A record of the table's stream (NEW_IMAGE), as Lambda hands it to the forwarder. */
export function streamRecord(
  item: Record<string, unknown>,
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE' = 'INSERT',
): DynamoDBRecord {
  sequence += 1;
  return {
    eventID: randomUUID(),
    eventName,
    eventSource: 'aws:dynamodb',
    eventVersion: '1.1',
    awsRegion: 'eu-west-2',
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(clock / 1000),
      Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
      ...(eventName === 'REMOVE'
        ? {}
        : { NewImage: marshall(item, { removeUndefinedValues: true }) as never }),
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: 200,
      StreamViewType: 'NEW_IMAGE',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-west-2:123456789012:table/openplace/stream/2026-11-02T00:00:00.000',
  };
}

/** The stream record of an outbox insert. */
export const outboxInsert = (event: JourneyEvent) => streamRecord({ ...toOutboxItem(event) });
