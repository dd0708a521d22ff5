import { describe, expect, it } from 'vitest';
import { outboxRecords } from '../../functions/events/stream-records.js';
import { fromOutboxItem, OutboxItemError, toOutboxItem } from '../../functions/store/outbox-store.js';
import { anEvent, outboxInsert, streamRecord } from '../helpers/events.js';

describe('outbox items', () => {
  it('round-trip an event through the item the transaction writes', () => {
    const event = anEvent({
      type: 'DecisionRecorded',
      detail: { laCode: '938', caseReference: 'R1', onList: true },
    });
    const item = toOutboxItem(event);
    expect(item).toMatchObject({
      pk: 'OUTBOX',
      sk: `${event.occurredAt}#${event.id}`,
      type: 'OutboxEvent',
      eventId: event.id,
      eventType: 'DecisionRecorded',
      occurredAt: event.occurredAt,
    });
    expect(typeof item.detail).toBe('string');
    expect(fromOutboxItem({ ...item })).toEqual(event);
  });

  it('sort oldest first in the outbox partition', () => {
    const [a, b] = [anEvent(), anEvent()] as const;
    expect([toOutboxItem(b).sk, toOutboxItem(a).sk].sort()).toEqual([toOutboxItem(a).sk, toOutboxItem(b).sk]);
  });

  it('refuse an item that is not a journey event this code knows', () => {
    const item = { ...toOutboxItem(anEvent()) } as Record<string, unknown>;
    expect(() => fromOutboxItem({ ...item, type: 'Setting' })).toThrow(OutboxItemError);
    expect(() => fromOutboxItem({ ...item, eventType: 'ChildMoved' })).toThrow(/Unknown event type/);
    expect(() => fromOutboxItem({ ...item, detail: '{not json' })).toThrow(/not JSON/);
    expect(() => fromOutboxItem({ ...item, detail: '{"laCode":"938"}' })).toThrow(/caseReference/);
    expect(() => fromOutboxItem({ ...item, occurredAt: 'yesterday' })).toThrow(/occurredAt/);
  });
});

describe('outboxRecords (the forwarder reading its stream batch)', () => {
  it('reads the events of outbox inserts, in stream order, with their sequence numbers', () => {
    const events = [
      anEvent(),
      anEvent({ type: 'PreferencesChanged' }),
      anEvent({ type: 'ConsultationOverdue' }),
    ];
    const records = events.map(outboxInsert);
    expect(outboxRecords(records)).toEqual(
      events.map((event, i) => ({ sequenceNumber: records[i]?.dynamodb?.SequenceNumber, event })),
    );
  });

  it('skips every other write: other items, and the outbox items being modified or deleted', () => {
    const event = anEvent();
    const item = { ...toOutboxItem(event) };
    const records = [
      streamRecord({ pk: 'SETTING#s1', sk: 'SETTING', type: 'Setting', name: 'Oakfield' }),
      streamRecord(item, 'MODIFY'),
      streamRecord(item, 'REMOVE'),
      streamRecord({ pk: 'CONSULTATION#c1', sk: 'CONSULTATION', type: 'Consultation' }),
    ];
    expect(outboxRecords(records)).toEqual([]);
  });

  it('reports an outbox insert it cannot read, in its place, without hiding the others', () => {
    const [first, last] = [anEvent(), anEvent()] as const;
    const broken = streamRecord({ ...toOutboxItem(anEvent()), detail: 'not json' });
    const read = outboxRecords([outboxInsert(first), broken, outboxInsert(last)]);
    expect(read.map((r) => ('event' in r ? r.event.id : `error at ${r.sequenceNumber}`))).toEqual([
      first.id,
      `error at ${broken.dynamodb?.SequenceNumber}`,
      last.id,
    ]);
    expect('error' in (read[1] ?? {}) && (read[1] as { error: Error }).error).toBeInstanceOf(OutboxItemError);
  });
});
