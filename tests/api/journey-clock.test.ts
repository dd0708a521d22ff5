import { describe, expect, it } from 'vitest';
import { runOverdueJob } from '../../functions/compose.js';
import type { JourneyEvent } from '../../functions/core/journey/model.js';
import { drainOutbox } from '../../functions/events/drain.js';
import { createOutboxStore } from '../../functions/store/outbox-store.js';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import {
  ANSWER_CONSULTATION,
  CONSULTATIONS,
  consultationInput,
  FAMILY_JOURNEY,
  GET_CONSULTATION,
  SET_FAMILY_CHOICES,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { aListInput, aPlace, east } from '../helpers/lists.js';
import { GENERATE_LIST, UPSERT_SETTING } from '../helpers/operations.js';

// A second local API on the shared DynamoDB Local, with its own table (so its outbox holds only
// this file's events) and a clock the test moves: the 15-day clock in London dates, the overdue
// job, and exactly one event per accepted change.

let clock = new Date('2027-06-30T23:30:00Z'); // 00:30 on 1 July in London (BST)
const officer = asOfficer('938');

const local = clockedStack('clock', () => clock);
const { ok } = local;

async function aSpecialSchool(at: { lat: number; lon: number }) {
  const input = aSettingInput({
    name: unique('Clock Special'),
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: at,
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
  });
  return (await ok(UPSERT_SETTING, { input }, officer)).upsertSetting;
}

async function drainAll(): Promise<JourneyEvent[]> {
  const published: JourneyEvent[] = [];
  const outbox = createOutboxStore({ client: local.stack().client, tableName: local.stack().tableName });
  const publisher = { publish: async (events: readonly JourneyEvent[]) => void published.push(...events) };
  while ((await drainOutbox(outbox, publisher, { limit: 100 })) > 0) {
    // until the outbox is empty
  }
  return published;
}

describe('the 15-day clock, in London dates', () => {
  it('is due 15 calendar days after the London date it was sent, overdue from the next London midnight, and the overdue event is written once', async () => {
    const home = aPlace();
    const [late, prompt] = await Promise.all([aSpecialSchool(east(home, 2)), aSpecialSchool(east(home, 3))]);
    const input = aListInput(home);
    const { generateTailoredList } = await ok(GENERATE_LIST, { input }, officer);
    const c = {
      caseReference: input.caseReference as string,
      laCode: '938',
      token: generateTailoredList.familyLink.token,
    };

    const sent = (await ok(START_CONSULTATION, { input: consultationInput(c, late.id) }, officer))
      .startConsultation;
    // Sent at 23:30 UTC on 30 June: already 1 July in London.
    expect(sent).toMatchObject({ sentOn: '2027-07-01', dueOn: '2027-07-16', overdue: false });
    const answered = (await ok(START_CONSULTATION, { input: consultationInput(c, prompt.id) }, officer))
      .startConsultation;
    await ok(
      ANSWER_CONSULTATION,
      { id: answered.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
      asStaff(prompt.id),
    );

    clock = new Date('2027-07-16T22:59:00Z'); // 23:59 on 16 July in London: still due today
    expect((await ok(GET_CONSULTATION, { id: sent.id }, officer)).consultation.overdue).toBe(false);
    expect(
      await runOverdueJob({
        client: local.stack().client,
        tableName: local.stack().tableName,
        now: () => clock,
      }),
    ).toEqual({
      emitted: 0,
    });

    clock = new Date('2027-07-16T23:00:00Z'); // midnight in London: 17 July
    expect((await ok(GET_CONSULTATION, { id: sent.id }, officer)).consultation.overdue).toBe(true);
    const overdue = (await ok(CONSULTATIONS, { filter: { overdue: true } }, officer)).consultations.edges.map(
      (e: any) => e.node.id,
    );
    expect(overdue).toEqual([sent.id]);
    const notOverdue = (
      await ok(CONSULTATIONS, { filter: { overdue: false } }, officer)
    ).consultations.edges.map((e: any) => e.node.id);
    expect(notOverdue).toEqual([answered.id]);
    const staffView = (await ok(CONSULTATIONS, { filter: { overdue: true } }, asStaff(late.id)))
      .consultations;
    expect(staffView.edges.map((e: any) => e.node.id)).toEqual([sent.id]);

    // Two runs at once (the scheduler may deliver twice): one event.
    const runs = await Promise.all([
      runOverdueJob({ client: local.stack().client, tableName: local.stack().tableName, now: () => clock }),
      runOverdueJob({ client: local.stack().client, tableName: local.stack().tableName, now: () => clock }),
    ]);
    expect(runs.reduce((n, r) => n + r.emitted, 0)).toBe(1);
    expect(
      (
        await runOverdueJob({
          client: local.stack().client,
          tableName: local.stack().tableName,
          now: () => clock,
        })
      ).emitted,
    ).toBe(0);

    const family = (await ok(FAMILY_JOURNEY, { token: c.token })).familyList;
    const lateView = family.consultations.find((x: any) => x.settingId === late.id);
    expect(lateView).toMatchObject({ overdue: true, status: 'SENT', dueOn: '2027-07-16' });
    expect(lateView.statusText).toMatch(/was due by 16 July 2027/);

    const events = await drainAll();
    const ofCase = events.filter((e) => e.detail.caseReference === c.caseReference);
    expect(ofCase.map((e) => e.type).sort()).toEqual(
      ['ConsultationAnswered', 'ConsultationOverdue', 'ConsultationStarted', 'ConsultationStarted'].sort(),
    );
    expect(ofCase.find((e) => e.type === 'ConsultationOverdue')?.detail.consultationId).toBe(sent.id);
  });
});

describe('events', () => {
  it('are written once per accepted change, under concurrency, carrying the case reference and codes only', async () => {
    clock = new Date('2027-08-02T09:00:00Z');
    const home = aPlace();
    const setting = await aSpecialSchool(east(home, 2));
    const input = aListInput(home);
    const { generateTailoredList } = await ok(GENERATE_LIST, { input }, officer);
    const token = generateTailoredList.familyLink.token;
    await drainAll();

    const changes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gqlAt(local.stack().url, SET_FAMILY_CHOICES, {
          token,
          input: { add: [{ offRegister: { name: `Concurrent ${i}` }, note: 'A private note.' }] },
        }),
      ),
    );
    for (const r of changes) expect(r.errors).toBeUndefined();
    const consult = (
      await ok(
        START_CONSULTATION,
        {
          input: consultationInput(
            { caseReference: input.caseReference as string, laCode: '938' },
            setting.id,
          ),
        },
        officer,
      )
    ).startConsultation;
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        gqlAt(
          local.stack().url,
          ANSWER_CONSULTATION,
          { id: consult.id, input: { answer: 'NEED_MORE_INFORMATION', explanation: `Question ${i}` } },
          asStaff(setting.id),
        ),
      ),
    );
    for (const r of answers) expect(r.errors).toBeUndefined();
    const stored = (await ok(GET_CONSULTATION, { id: consult.id }, officer)).consultation;
    expect(stored.answers.map((a: any) => a.version)).toEqual([1, 2, 3, 4, 5]);

    const events = (await drainAll()).filter((e) => e.detail.caseReference === input.caseReference);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('PreferencesChanged')).toBe(8);
    expect(count('ConsultationStarted')).toBe(1);
    expect(count('ConsultationAnswered')).toBe(5);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // Nothing about the child beyond codes: no notes, messages or explanations.
    expect(JSON.stringify(events)).not.toMatch(/private note|Question \d|Concurrent \d|secure email/);
  });
});
