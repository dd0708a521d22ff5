import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import type { JourneyEvent } from '../../functions/core/journey/model.js';
import { drainOutbox } from '../../functions/events/drain.js';
import { createForwarder } from '../../functions/events/forwarder.js';
import type { EventPublisher } from '../../functions/events/publisher.js';
import { startOutboxLoop } from '../../functions/local/outbox-loop.js';
import { ensureTable } from '../../functions/local/runtime.js';
import { OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { createOutboxStore, toOutboxItem } from '../../functions/store/outbox-store.js';
import { cancellationCodes } from '../../functions/store/transactions.js';
import { testClient } from '../helpers/database.js';
import {
  anEvent,
  collectingPublisher,
  failingPublisher,
  outboxInsert,
  streamRecord,
} from '../helpers/events.js';

// The outbox against DynamoDB Local. Draining empties the whole OUTBOX partition, so each test
// works on a table of its own: other tests' events (here and in the shared table) are left alone.

const run = promisify(execFile);
const silent = { error: () => {} };
const tables: string[] = [];

afterAll(() =>
  Promise.all(tables.map((name) => testClient.send(new DeleteTableCommand({ TableName: name })))),
);

/** A table of the test's own, its outbox, and how the journey writes to it. */
async function freshTable() {
  const tableName = `outbox-test-${randomUUID()}`;
  await ensureTable(testClient, tableName);
  tables.push(tableName);
  const outbox = createOutboxStore({ client: testClient, tableName });

  /** A change and its event in one transaction, as the journey writes them; false if refused. */
  async function acceptChange(changeKey: string, event: JourneyEvent): Promise<boolean> {
    try {
      await testClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { pk: `CHANGE#${changeKey}`, sk: 'CHANGE', type: 'TestChange', eventId: event.id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: toOutboxItem(event),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationCodes(error)) return false;
      throw error;
    }
  }

  async function outboxItems(): Promise<Record<string, unknown>[]> {
    const page = await testClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': OUTBOX_PARTITION },
        ConsistentRead: true,
      }),
    );
    return page.Items ?? [];
  }

  async function drainAll(publisher: EventPublisher, limit = 7): Promise<number> {
    let total = 0;
    let drained: number;
    do {
      drained = await drainOutbox(outbox, publisher, { limit });
      total += drained;
    } while (drained === limit);
    return total;
  }

  return { tableName, outbox, acceptChange, outboxItems, drainAll };
}

describe('draining the outbox', () => {
  it('publishes one event per accepted change, oldest first, exactly once, and leaves the outbox empty', async () => {
    const { acceptChange, outboxItems, drainAll } = await freshTable();
    // Twenty changes, each tried by three writers at once: one of each three is accepted.
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const acceptedEvents: JourneyEvent[] = [];
    for (const key of keys) {
      const attempts = [anEvent(), anEvent(), anEvent()];
      const accepted = await Promise.all(attempts.map((event) => acceptChange(key, event)));
      acceptedEvents.push(...attempts.filter((_, i) => accepted[i]));
    }
    expect(acceptedEvents).toHaveLength(keys.length);

    const publisher = collectingPublisher();
    expect(await drainAll(publisher)).toBe(keys.length);
    const byTime = [...acceptedEvents].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    expect(publisher.published).toEqual(byTime);
    expect(await outboxItems()).toEqual([]);

    expect(await drainAll(publisher)).toBe(0);
    expect(publisher.published).toHaveLength(keys.length);
  });

  it('leaves every event in the outbox when publishing fails, and publishes them on the next drain', async () => {
    const { outbox, acceptChange, outboxItems, drainAll } = await freshTable();
    const events = [anEvent(), anEvent(), anEvent()];
    for (const event of events) expect(await acceptChange(randomUUID(), event)).toBe(true);

    await expect(drainOutbox(outbox, failingPublisher, { limit: 10 })).rejects.toThrow(
      'EventBridge is unavailable',
    );
    expect((await outboxItems()).map((item) => item.eventId)).toEqual(events.map((e) => e.id));

    const publisher = collectingPublisher();
    expect(await drainAll(publisher)).toBe(3);
    expect(publisher.published).toEqual(events);
    expect(await outboxItems()).toEqual([]);
  });

  it('with two drains at once, publishes every event at least once, and by id exactly the events written', async () => {
    const { acceptChange, outboxItems, drainAll } = await freshTable();
    const events = Array.from({ length: 30 }, () => anEvent());
    for (const event of events) await acceptChange(randomUUID(), event);
    const [one, two] = [collectingPublisher(), collectingPublisher()];
    await Promise.all([drainAll(one, 5), drainAll(two, 5)]);
    const ids = [...one.published, ...two.published].map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(await outboxItems()).toEqual([]);
  });

  it('treats deleting an event that is already gone as done', async () => {
    const { outbox, acceptChange } = await freshTable();
    const event = anEvent();
    await acceptChange(randomUUID(), event);
    expect(await outbox.deleteEvent(event)).toBe(true);
    expect(await outbox.deleteEvent(event)).toBe(false);
  });
});

describe('the stream forwarder', () => {
  it('publishes the outbox inserts of a batch in order, deletes them, and reports nothing', async () => {
    const { outbox, acceptChange, outboxItems } = await freshTable();
    const events = [anEvent(), anEvent(), anEvent()];
    for (const event of events) await acceptChange(randomUUID(), event);
    const publisher = collectingPublisher();
    const forward = createForwarder({ outbox, publisher, logger: silent });
    const result = await forward({
      Records: [
        outboxInsert(events[0] as JourneyEvent),
        streamRecord({ pk: 'CHANGE#x', sk: 'CHANGE', type: 'TestChange' }),
        outboxInsert(events[1] as JourneyEvent),
        outboxInsert(events[2] as JourneyEvent),
      ],
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(publisher.published).toEqual(events);
    expect(await outboxItems()).toEqual([]);
  });

  it('forwards the events before an unreadable record and reports that record, so Lambda retries from it', async () => {
    const { outbox, acceptChange, outboxItems } = await freshTable();
    const [before, after] = [anEvent(), anEvent()];
    await acceptChange(randomUUID(), before);
    await acceptChange(randomUUID(), after);
    const broken = streamRecord({ ...toOutboxItem(anEvent()), eventType: 'SomethingElse' });
    const publisher = collectingPublisher();
    const errors: string[] = [];
    const forward = createForwarder({
      outbox,
      publisher,
      logger: { error: (message) => errors.push(message) },
    });
    const result = await forward({ Records: [outboxInsert(before), broken, outboxInsert(after)] });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: broken.dynamodb?.SequenceNumber }] });
    expect(publisher.published).toEqual([before]);
    expect((await outboxItems()).map((item) => item.eventId)).toEqual([after.id]);
    expect(errors).toHaveLength(1);
  });

  it('reports the first record when publishing fails, and deletes nothing', async () => {
    const { outbox, acceptChange, outboxItems } = await freshTable();
    const events = [anEvent(), anEvent()];
    for (const event of events) await acceptChange(randomUUID(), event);
    const records = events.map(outboxInsert);
    const forward = createForwarder({ outbox, publisher: failingPublisher, logger: silent });
    expect(await forward({ Records: records })).toEqual({
      batchItemFailures: [{ itemIdentifier: records[0]?.dynamodb?.SequenceNumber }],
    });
    expect((await outboxItems()).map((item) => item.eventId)).toEqual(events.map((e) => e.id));

    // Lambda's retry of the same records: published once more, then gone.
    const publisher = collectingPublisher();
    const retry = createForwarder({ outbox, publisher, logger: silent });
    expect(await retry({ Records: records })).toEqual({ batchItemFailures: [] });
    expect(publisher.published).toEqual(events);
    expect(await outboxItems()).toEqual([]);
  });

  it('does not fail a retried batch whose items an earlier attempt already deleted', async () => {
    const { outbox, acceptChange } = await freshTable();
    const event = anEvent();
    await acceptChange(randomUUID(), event);
    const forward = createForwarder({ outbox, publisher: collectingPublisher(), logger: silent });
    expect(await forward({ Records: [outboxInsert(event)] })).toEqual({ batchItemFailures: [] });
    expect(await forward({ Records: [outboxInsert(event)] })).toEqual({ batchItemFailures: [] });
  });
});

describe("npm start's outbox loop", () => {
  it('publishes what the outbox holds every interval, and stops', async () => {
    const { outbox, acceptChange, outboxItems } = await freshTable();
    const publisher = collectingPublisher();
    const loop = startOutboxLoop({ outbox, publisher, intervalMs: 20 });
    const events = [anEvent(), anEvent()];
    for (const event of events) await acceptChange(randomUUID(), event);
    await vi.waitFor(() => expect(publisher.published).toHaveLength(2), { timeout: 5_000 });
    expect(publisher.published).toEqual(events);
    // Stopping waits for the tick in flight, which deletes what it published after publishing it
    // (read before then, the outbox could still hold them).
    await loop.stop();
    expect(await outboxItems()).toEqual([]);

    // Nothing more once stopped. A second loop on the same outbox, started after the stop, with
    // the same interval, is the clock for this absence: a tick the stopped loop still had pending
    // was due before the second loop's first, and would have published the event first.
    const event = anEvent();
    await acceptChange(randomUUID(), event);
    const witness = collectingPublisher();
    const second = startOutboxLoop({ outbox, publisher: witness, intervalMs: 20 });
    await vi.waitFor(async () => expect(await outboxItems()).toEqual([]), { timeout: 5_000 });
    await second.stop();
    expect(publisher.published).toHaveLength(2);
    expect(witness.published).toEqual([event]);
  });

  it('says once that publishing fails, keeps the events, and publishes them when it works again', async () => {
    const { outbox, acceptChange, outboxItems } = await freshTable();
    const collected = collectingPublisher();
    let working = false;
    let failures = 0;
    const publisher: EventPublisher = {
      publish: (events) => {
        if (working) return collected.publish(events);
        failures++;
        return failingPublisher.publish(events);
      },
    };
    const lines: string[] = [];
    const loop = startOutboxLoop({ outbox, publisher, intervalMs: 20, log: (line) => lines.push(line) });
    const event = anEvent();
    await acceptChange(randomUUID(), event);
    // Three failed ticks, then the log: said once, not three times (no fixed wait).
    await vi.waitFor(() => expect(failures).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    expect(lines).toEqual([expect.stringContaining('EventBridge is unavailable')]);
    expect((await outboxItems()).map((item) => item.eventId)).toEqual([event.id]);
    working = true;
    await vi.waitFor(() => expect(collected.published).toEqual([event]), { timeout: 5_000 });
    await loop.stop();
  });
});

describe('npm run events:drain', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  it('publishes the local outbox to the events file and prints how many', async () => {
    const { tableName, acceptChange, outboxItems } = await freshTable();
    const folder = await mkdtemp(join(tmpdir(), 'openplace-drain-'));
    folders.push(folder);
    const events = [anEvent(), anEvent({ type: 'ConsultationOverdue' })];
    for (const event of events) await acceptChange(randomUUID(), event);
    const { stdout } = await run('npm', ['run', '--silent', 'events:drain'], {
      env: {
        ...process.env,
        DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
        TABLE_NAME: tableName,
        EVENTS_DIR: folder,
      },
    });
    expect(stdout.trim().split('\n').at(-1)).toBe('2');
    const lines = (await readFile(join(folder, 'events.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line)['detail-type'])).toEqual([
      'ConsultationStarted',
      'ConsultationOverdue',
    ]);
    expect(await outboxItems()).toEqual([]);
  });

  it('says where DynamoDB is expected when DYNAMODB_ENDPOINT is not set', async () => {
    const { DYNAMODB_ENDPOINT: _unset, ...env } = process.env;
    await expect(run('npm', ['run', '--silent', 'events:drain'], { env })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('DYNAMODB_ENDPOINT='),
    });
  });
});
