import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import type { JourneyEvent } from '../../functions/core/journey/model.js';
import { createForwarder } from '../../functions/events/forwarder.js';
import type { EventPublisher } from '../../functions/events/publisher.js';
import { runOutboxResend } from '../../functions/events/resend.js';
import { ensureTable } from '../../functions/local/runtime.js';
import { OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { createOutboxStore, toOutboxItem } from '../../functions/store/outbox-store.js';
import { testClient } from '../helpers/database.js';
import { anEvent, collectingPublisher, failingPublisher, streamRecord } from '../helpers/events.js';
import { recordingMetrics } from '../helpers/metrics.js';

// The outbox re-send job against DynamoDB Local, on a clock of the test's own: events the stream
// forwarder left behind reach the bus after all, failures are recorded on the item (never lost),
// and an event that cannot be sent is given up with an alarm's metric after its fifth attempt.

const MINUTE = 60_000;
const quiet = { warn: () => {}, error: () => {} };
const tables: string[] = [];
afterAll(() =>
  Promise.all(tables.map((name) => testClient.send(new DeleteTableCommand({ TableName: name })))),
);

async function outboxWith(events: JourneyEvent[]) {
  const tableName = `resend-test-${randomUUID()}`;
  await ensureTable(testClient, tableName);
  tables.push(tableName);
  for (const event of events) {
    await testClient.send(new PutCommand({ TableName: tableName, Item: toOutboxItem(event) }));
  }
  const outbox = createOutboxStore({ client: testClient, tableName });
  const items = async () =>
    (
      await testClient.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': OUTBOX_PARTITION },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];
  return { tableName, outbox, items };
}

const minutesAfter = (event: JourneyEvent, minutes: number) => () =>
  new Date(Date.parse(event.occurredAt) + minutes * MINUTE);

describe('re-sending what the forwarder left in the outbox', () => {
  it('leaves a fresh event to the forwarder, then publishes a stranded one and removes it', async () => {
    const event = anEvent();
    const { outbox, items } = await outboxWith([event]);
    const publisher = collectingPublisher();
    const early = await runOutboxResend({ outbox, publisher, now: minutesAfter(event, 10), logger: quiet });
    expect(early).toEqual({ resent: 0, failed: 0, gaveUp: 0 });
    expect(publisher.published).toEqual([]);

    const metrics = recordingMetrics();
    const later = await runOutboxResend({
      outbox,
      publisher,
      now: minutesAfter(event, 16),
      logger: quiet,
      metrics,
    });
    expect(later).toEqual({ resent: 1, failed: 0, gaveUp: 0 });
    expect(publisher.published).toEqual([event]);
    expect(await items()).toEqual([]);
    expect(metrics.counts).toMatchObject({
      OutboxEventsResent: 1,
      OutboxResendSucceeded: 1,
      OutboxResendFailed: 0,
    });
  });

  it('keeps a failing event, tries it again 15, 30, 60 and 120 minutes on, then gives up once and says so', async () => {
    const event = anEvent();
    const { outbox, items } = await outboxWith([event]);
    const metrics = recordingMetrics();
    const errors: unknown[] = [];
    const logger = { warn: () => {}, error: (...args: unknown[]) => errors.push(args) };
    const run = (minutes: number, publisher: EventPublisher = failingPublisher) =>
      runOutboxResend({ outbox, publisher, now: minutesAfter(event, minutes), logger, metrics });

    expect(await run(15)).toEqual({ resent: 0, failed: 1, gaveUp: 0 });
    const [first] = await items();
    expect(first).toMatchObject({ attempts: 1, nextAttemptAt: minutesAfter(event, 30)().toISOString() });
    // Not yet due: nothing tried.
    expect(await run(29)).toEqual({ resent: 0, failed: 0, gaveUp: 0 });
    expect(await run(30)).toEqual({ resent: 0, failed: 1, gaveUp: 0 });
    expect(await run(60)).toEqual({ resent: 0, failed: 1, gaveUp: 0 });
    expect(await run(120)).toEqual({ resent: 0, failed: 1, gaveUp: 0 });
    expect(errors).toEqual([]);
    expect(await run(240)).toEqual({ resent: 0, failed: 1, gaveUp: 1 });
    expect(errors).toHaveLength(1);
    // Given up: still in the outbox for a person, never tried again, even with the bus back.
    const [given] = await items();
    expect(given).toMatchObject({ eventId: event.id, attempts: 5, gaveUpAt: expect.any(String) });
    expect(given?.nextAttemptAt).toBeUndefined();
    const publisher = collectingPublisher();
    expect(await run(10_000, publisher)).toEqual({ resent: 0, failed: 0, gaveUp: 0 });
    expect(publisher.published).toEqual([]);
    expect(metrics.counts).toMatchObject({
      OutboxEventsGivenUp: 1,
      OutboxResendFailed: 5,
      OutboxResendSucceeded: 7,
    });
  });

  it('gives up at once on an item no code can read', async () => {
    const event = anEvent();
    const { tableName, outbox, items } = await outboxWith([]);
    await testClient.send(
      new PutCommand({ TableName: tableName, Item: { ...toOutboxItem(event), eventType: 'NotAnEvent' } }),
    );
    const result = await runOutboxResend({
      outbox,
      publisher: collectingPublisher(),
      now: minutesAfter(event, 15),
      logger: quiet,
    });
    expect(result).toEqual({ resent: 0, failed: 1, gaveUp: 1 });
    expect((await items())[0]).toMatchObject({ attempts: 1, gaveUpAt: expect.any(String) });
  });

  it('records each failed attempt once when two runs overlap', async () => {
    const events = [anEvent(), anEvent(), anEvent()];
    const { outbox, items } = await outboxWith(events);
    const now = minutesAfter(events[2] as JourneyEvent, 20);
    const [a, b] = await Promise.all([
      runOutboxResend({ outbox, publisher: failingPublisher, now, logger: quiet }),
      runOutboxResend({ outbox, publisher: failingPublisher, now, logger: quiet }),
    ]);
    expect((a?.failed ?? 0) + (b?.failed ?? 0)).toBe(3);
    for (const item of await items()) expect(item.attempts).toBe(1);
  });

  it('counts a run that could not read the outbox as failed, and lets the error through', async () => {
    const metrics = recordingMetrics();
    const broken = {
      strandedItems: async () => {
        throw new Error('DynamoDB is unavailable');
      },
      recordAttempt: async () => true,
      deleteEvent: async () => true,
    };
    await expect(
      runOutboxResend({
        outbox: broken,
        publisher: failingPublisher,
        now: () => new Date(),
        logger: quiet,
        metrics,
      }),
    ).rejects.toThrow('DynamoDB is unavailable');
    expect(metrics.counts).toEqual({ OutboxResendFailed: 1 });
  });

  it('is invisible to the stream forwarder: recording an attempt is a MODIFY, which it ignores', async () => {
    const event = anEvent();
    const publisher = collectingPublisher();
    const forward = createForwarder({
      outbox: { deleteEvent: async () => true },
      publisher,
      logger: { error: () => {} },
    });
    const attempted = { ...toOutboxItem(event), attempts: 1, nextAttemptAt: new Date().toISOString() };
    expect(await forward({ Records: [streamRecord(attempted, 'MODIFY')] })).toEqual({
      batchItemFailures: [],
    });
    expect(publisher.published).toEqual([]);
  });
});
