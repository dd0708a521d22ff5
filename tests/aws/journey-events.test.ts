import { readFileSync } from 'node:fs';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableClient } from '../../functions/compose.js';
import type { JourneyEvent } from '../../functions/core/journey/model.js';
import { EVENT_SOURCE } from '../../functions/events/publisher.js';
import type { ResendResult } from '../../functions/events/resend.js';
import { OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { toOutboxItem } from '../../functions/store/outbox-store.js';
import { anEvent } from '../helpers/events.js';
import { loadEntry } from './helpers/entries.js';
import { aQueue, drainQueue, type Queue } from './helpers/queues.js';
import { aStreamedTable, streamReader } from './helpers/table-stream.js';

// The journey's events from the table's stream to each council's case system: DynamoDB Local's
// stream records handed to the forwarder's Lambda entry (unchanged) as Lambda's poller would, the
// forwarder publishing to an EventBridge bus (moto) on which each LA has the rule the README gives
// it, each rule's target an SQS queue standing for that LA's system. Then the outbox re-send job's
// entry against the same bus. (moto's TestEventPattern is a stub: the patterns are tested here by
// a rule and its target, as they work in AWS.)

const BUS = 'OpenPlace-journey';
const COUNCILS = ['938', '873', '202'] as const;
type Council = (typeof COUNCILS)[number];

const events = new EventBridgeClient({ region: 'eu-west-2' });
const client = tableClient({ region: 'eu-west-2' });
const queues = {} as Record<Council, Queue>;
let tableName: string;
let stream: ReturnType<typeof streamReader>;

/** The README's subscription rule ("Subscribing"), for one LA. */
function readmeRule(laCode: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const quoted = /--event-pattern '(\{[^']*\})'/.exec(readme)?.[1];
  if (!quoted) throw new Error('The README gives no --event-pattern for an LA rule.');
  const pattern = JSON.parse(quoted) as { detail: { laCode: string[] } };
  expect(pattern.detail.laCode).toHaveLength(1);
  return JSON.stringify({ ...pattern, detail: { ...pattern.detail, laCode: [laCode] } });
}

beforeAll(async () => {
  const table = await aStreamedTable('aws-events');
  tableName = table.tableName;
  stream = streamReader(table.streamArn);
  await events.send(new CreateEventBusCommand({ Name: BUS }));
  for (const la of COUNCILS) {
    queues[la] = await aQueue(`la-${la}-case-system`);
    await events.send(
      new PutRuleCommand({ EventBusName: BUS, Name: `la-${la}`, EventPattern: readmeRule(la) }),
    );
    await events.send(
      new PutTargetsCommand({
        EventBusName: BUS,
        Rule: `la-${la}`,
        Targets: [{ Id: `la-${la}`, Arn: queues[la].arn }],
      }),
    );
  }
});
afterAll(() => {
  events.destroy();
  client.destroy();
});

const entryEnv = () => ({ TABLE_NAME: tableName, EVENT_BUS_NAME: BUS });
const loadForwarder = () =>
  loadEntry(() => import('../../functions/events/forwarder-handler.js'), entryEnv());
const loadResend = () => loadEntry(() => import('../../functions/events/resend-handler.js'), entryEnv());

/** Journey events of a council, each written to the outbox as the transactions write them. */
async function written<const L extends readonly Council[]>(
  ...laCodes: L
): Promise<{ [K in keyof L]: JourneyEvent }> {
  const made = laCodes.map((laCode) => {
    const event = anEvent();
    return { ...event, detail: { ...event.detail, laCode } };
  });
  for (const event of made) {
    await client.send(new PutCommand({ TableName: tableName, Item: toOutboxItem(event) }));
  }
  return made as { [K in keyof L]: JourneyEvent };
}

/** An outbox item no code can read as a journey event (a type this version does not know). */
async function writtenPoison(): Promise<string> {
  const item = { ...toOutboxItem(anEvent()), eventType: 'NotAnEvent' };
  await client.send(new PutCommand({ TableName: tableName, Item: item }));
  return item.sk;
}

/** The forwarder invoked with records, as the event source mapping would. */
async function forward(records: DynamoDBRecord[]): Promise<DynamoDBBatchResponse> {
  const { handler } = await loadForwarder();
  const event: DynamoDBStreamEvent = { Records: records };
  return handler(event);
}

/** What each council's case system received: the ids of the events, in order. */
async function received(): Promise<Record<Council, string[]>> {
  const out = {} as Record<Council, string[]>;
  for (const la of COUNCILS) {
    const messages = await drainQueue<{ source: string; 'detail-type': string; detail: { id: string } }>(
      queues[la],
    );
    for (const m of messages) expect(m.source).toBe(EVENT_SOURCE);
    out[la] = messages.map((m) => m.detail.id);
  }
  return out;
}

async function outboxKeys(): Promise<string[]> {
  const page = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': OUTBOX_PARTITION },
      ConsistentRead: true,
    }),
  );
  return (page.Items ?? []).map((item) => String(item.sk));
}

const ids = (list: JourneyEvent[]) => list.map((e) => e.id);

describe('journey events: stream, forwarder, bus, per-LA rules', () => {
  it('delivers each council exactly its own events, in order, and empties the outbox', async () => {
    const [a, b, c, d, e] = await written('938', '873', '938', '202', '873');
    // Another writer's item on the table: in the stream, not an event.
    await client.send(
      new PutCommand({ TableName: tableName, Item: { pk: 'SETTING#x', sk: 'META', type: 'Setting' } }),
    );
    // Another source on the bus with the same laCode: no LA rule takes it.
    await events.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: BUS,
            Source: 'someone.else',
            DetailType: 'Other',
            Detail: '{"laCode":"938","id":"x"}',
          },
        ],
      }),
    );
    const records = await stream.next();
    expect(records.filter((r) => r.eventName === 'INSERT')).toHaveLength(6);

    expect(await forward(records)).toEqual({ batchItemFailures: [] });
    expect(await received()).toEqual({
      '938': ids([a, c]),
      '873': ids([b, e]),
      '202': ids([d]),
    });
    expect(await outboxKeys()).toEqual([]);
    // The forwarder's own deletes come back on the stream: it passes them over.
    const deletes = await stream.next();
    expect(deletes.map((r) => r.eventName)).toEqual(['REMOVE', 'REMOVE', 'REMOVE', 'REMOVE', 'REMOVE']);
    expect(await forward(deletes)).toEqual({ batchItemFailures: [] });
    expect(await received()).toEqual({ '938': [], '873': [], '202': [] });
  });

  let stranded: JourneyEvent;
  let poisonKey: string;

  it('reports a poison record as a batch item failure, and keeps it and what follows in the outbox', async () => {
    const [before] = await written('938');
    poisonKey = await writtenPoison();
    [stranded] = await written('873');
    const records = await stream.next();
    const poison = records[1]?.dynamodb?.SequenceNumber;
    expect(poison).toBeDefined();

    // Lambda would retry from the reported record: the events before it are done.
    expect(await forward(records)).toEqual({ batchItemFailures: [{ itemIdentifier: poison }] });
    expect(await received()).toEqual({ '938': ids([before]), '873': [], '202': [] });
    // And again from there, the same answer: never skipped, never dropped.
    expect(await forward(records.slice(1))).toEqual({ batchItemFailures: [{ itemIdentifier: poison }] });
    expect(await received()).toEqual({ '938': [], '873': [], '202': [] });
    expect(await outboxKeys()).toEqual([poisonKey, toOutboxItem(stranded).sk].sort());
  });

  it('the re-send job publishes what was left to the same bus, and gives up on the poison for a person', async () => {
    // The forwarder's retries spent (the batch gone to its dead-letter queue); the events were
    // written long ago (anEvent's clock), so the job, on today's clock, finds them stranded.
    const { handler } = await loadResend();
    const result: ResendResult = await handler();
    expect(result).toEqual({ resent: 1, failed: 1, gaveUp: 1 });
    expect(await received()).toEqual({ '938': [], '873': [stranded.id], '202': [] });
    expect(await outboxKeys()).toEqual([poisonKey]);
    // Given up: a second run leaves it alone.
    const { handler: again } = await loadResend();
    expect(await again()).toEqual({ resent: 0, failed: 0, gaveUp: 0 });
  });
});
