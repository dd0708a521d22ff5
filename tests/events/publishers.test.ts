import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  PutEventsCommand,
  PutEventsRequestEntry,
  PutEventsResultEntry,
} from '@aws-sdk/client-eventbridge';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createEventBridgePublisher,
  EventPublishError,
  type PutEventsSender,
} from '../../functions/events/eventbridge-publisher.js';
import { createFolderPublisher } from '../../functions/events/folder-publisher.js';
import { eventDetail } from '../../functions/events/publisher.js';
import { anEvent } from '../helpers/events.js';

// The adapters of the EventPublisher port. The EventBridge one is driven here through the one SDK
// call it makes (a PutEventsSender that answers like PutEvents); EventBridge itself is not reached.

const QUICK = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

/** Answers PutEvents calls: `refuse` decides, per entry, the error code to fail it with. */
function eventBridge(refuse: (entry: PutEventsRequestEntry, call: number) => string | null = () => null) {
  const calls: PutEventsRequestEntry[][] = [];
  const sender: PutEventsSender = {
    async send(command: PutEventsCommand) {
      const entries = command.input.Entries ?? [];
      calls.push(entries);
      const results: PutEventsResultEntry[] = entries.map((entry, i) => {
        const code = refuse(entry, calls.length);
        return code
          ? { ErrorCode: code, ErrorMessage: `${code} for entry ${i}` }
          : { EventId: `eb-${calls.length}-${i}` };
      });
      return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
    },
  };
  return { sender, calls };
}

describe('the EventBridge publisher', () => {
  it('puts each event on the bus with the source, the type as detail-type, and id, time and fields as detail', async () => {
    const { sender, calls } = eventBridge();
    const event = anEvent({
      type: 'ConsultationAnswered',
      detail: { laCode: '938', caseReference: 'WSX/1', consultationId: 'c_9', answer: 'CAN_MEET_NEEDS' },
    });
    await createEventBridgePublisher({ client: sender, eventBusName: 'OpenPlace-journey' }).publish([event]);
    expect(calls).toHaveLength(1);
    const [entry] = calls[0] ?? [];
    expect(entry).toMatchObject({
      EventBusName: 'OpenPlace-journey',
      Source: 'openplace.journey',
      DetailType: 'ConsultationAnswered',
      Time: new Date(event.occurredAt),
    });
    expect(JSON.parse(entry?.Detail ?? '')).toEqual({
      id: event.id,
      occurredAt: event.occurredAt,
      laCode: '938',
      caseReference: 'WSX/1',
      consultationId: 'c_9',
      answer: 'CAN_MEET_NEEDS',
    });
  });

  it('sends at most ten entries a call, in order', async () => {
    const { sender, calls } = eventBridge();
    const events = Array.from({ length: 23 }, () => anEvent());
    await createEventBridgePublisher({ client: sender, eventBusName: 'bus' }).publish(events);
    expect(calls.map((c) => c.length)).toEqual([10, 10, 3]);
    expect(calls.flat().map((e) => JSON.parse(e.Detail ?? '').id)).toEqual(events.map((e) => e.id));
  });

  it('sends again only the entries EventBridge refused, and succeeds when they are taken', async () => {
    const events = Array.from({ length: 4 }, () => anEvent());
    const refusedOnce = new Set([events[1]?.id, events[3]?.id]);
    const { sender, calls } = eventBridge((entry, call) =>
      call === 1 && refusedOnce.has(JSON.parse(entry.Detail ?? '').id) ? 'ThrottlingException' : null,
    );
    await createEventBridgePublisher({ client: sender, eventBusName: 'bus', retry: QUICK }).publish(events);
    expect(calls.map((c) => c.map((e) => JSON.parse(e.Detail ?? '').id))).toEqual([
      events.map((e) => e.id),
      [events[1]?.id, events[3]?.id],
    ]);
  });

  it('throws EventPublishError naming the events still refused after every attempt', async () => {
    const events = [anEvent(), anEvent()];
    const stuck = events[0]?.id;
    const { sender, calls } = eventBridge((entry) =>
      JSON.parse(entry.Detail ?? '').id === stuck ? 'InternalFailure' : null,
    );
    const publishing = createEventBridgePublisher({
      client: sender,
      eventBusName: 'bus',
      retry: QUICK,
    }).publish(events);
    await expect(publishing).rejects.toBeInstanceOf(EventPublishError);
    await expect(publishing).rejects.toMatchObject({
      failures: [{ eventId: stuck, errorCode: 'InternalFailure' }],
    });
    expect(calls.map((c) => c.length)).toEqual([2, 1, 1]);
  });

  it('lets a failed call (the SDK out of attempts) through at once', async () => {
    const sender: PutEventsSender = {
      send: async () => {
        throw Object.assign(new Error('connect ETIMEDOUT'), { name: 'TimeoutError' });
      },
    };
    await expect(
      createEventBridgePublisher({ client: sender, eventBusName: 'bus', retry: QUICK }).publish([anEvent()]),
    ).rejects.toThrow('ETIMEDOUT');
  });
});

describe('eventDetail', () => {
  it('never lets a field hide the event id or time', () => {
    const event = anEvent({
      detail: { laCode: '938', caseReference: 'R', id: 'not-the-id', occurredAt: 'x' },
    });
    expect(eventDetail(event)).toMatchObject({ id: event.id, occurredAt: event.occurredAt });
  });
});

describe('the folder publisher (local)', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  it('appends one line per event, shaped like the event an EventBridge rule delivers', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'openplace-events-')), 'events');
    folders.push(folder);
    const publisher = createFolderPublisher({ folder });
    const [a, b, c] = [anEvent(), anEvent({ type: 'DecisionRecorded' }), anEvent()];
    await publisher.publish([a, b] as const);
    await publisher.publish([]);
    await publisher.publish([c] as const);
    const lines = (await readFile(publisher.file, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({
      source: 'openplace.journey',
      'detail-type': 'DecisionRecorded',
      time: b.occurredAt,
      detail: eventDetail(b),
    });
    expect(lines.map((l) => l.detail.id)).toEqual([a.id, b.id, c.id]);
  });
});
