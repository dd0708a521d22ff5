import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runRetentionSweep } from '../../functions/compose.js';
import { addDays, londonDate } from '../../functions/core/journey/dates.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { createJobRunsStore } from '../../functions/store/job-runs-store.js';
import { asOfficer, gqlAt } from '../helpers/api.js';
import { testCaseKeys } from '../helpers/database.js';
import { CASE_JOURNEY, FAMILY_JOURNEY, RECORD_DECISION, SET_FAMILY_CHOICES } from '../helpers/journey.js';
import { aListInput, aPlace } from '../helpers/lists.js';
import { recordingMetrics } from '../helpers/metrics.js';
import { CASE_LISTS, CREATE_LINK, GENERATE_LIST } from '../helpers/operations.js';

// Retention with a clock the test moves, on a second local API with its own table: a case is gone
// CASE_RETENTION_DAYS (730) London days after its last activity — to every read at once, and from
// the table when the sweeper runs — but never while its decision is less than three months old.

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2027-01-05T12:00:00Z');
let clock = START;
let stack: LocalStack;
const officer = asOfficer('938');

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    tableName: `openplace-retention-${Date.now()}`,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    logLevel: 'SILENT',
    now: () => clock,
  });
});
afterAll(async () => {
  await stack?.stop();
});

const at = (days: number) => new Date(START.getTime() + days * DAY);

async function send(query: string, variables: Record<string, unknown>, token?: string) {
  return gqlAt<any>(stack.url, query, variables, token);
}

async function ok(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const r = await send(query, variables, token);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function aCase() {
  const input = aListInput(aPlace());
  const { generateTailoredList } = await ok(GENERATE_LIST, { input }, officer);
  return {
    caseReference: input.caseReference as string,
    laCode: '938',
    listId: generateTailoredList.list.id as string,
    token: generateTailoredList.familyLink.token as string,
  };
}

/** A new family link (links last at most 365 days; cases far longer): not activity on the case. */
async function withFreshLink<C extends { listId: string }>(c: C): Promise<C & { token: string }> {
  const { createFamilyLink } = await ok(CREATE_LINK, { listId: c.listId, days: 365 }, officer);
  return { ...c, token: createFamilyLink.token };
}

/** How each read answers: the family's link, the officer's journey and lists. */
async function reads(c: { caseReference: string; laCode: string; token: string }) {
  const [family, journey, lists] = await Promise.all([
    send(FAMILY_JOURNEY, { token: c.token }),
    send(CASE_JOURNEY, { caseReference: c.caseReference, laCode: c.laCode }, officer),
    send(CASE_LISTS, { caseReference: c.caseReference, laCode: c.laCode }, officer),
  ]);
  return {
    family: family.errors?.[0]?.extensions.code ?? 'OK',
    journey: journey.errors?.[0]?.extensions.code ?? 'OK',
    lists: lists.data?.tailoredLists?.length ?? 0,
  };
}

async function itemsOf(c: { caseReference: string; laCode: string }): Promise<number> {
  let n = 0;
  for (const partition of testCaseKeys.casePartitions(c.laCode, c.caseReference)) {
    const { Items } = await stack.client.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        ConsistentRead: true,
      }),
    );
    n += Items?.length ?? 0;
  }
  return n;
}

const sweep = () =>
  runRetentionSweep({
    client: stack.client,
    tableName: stack.tableName,
    caseKeys: testCaseKeys,
    now: () => clock,
  });

const LIVE = { family: 'OK', journey: 'OK', lists: 1 };
const GONE = { family: 'NOT_FOUND', journey: 'NOT_FOUND', lists: 0 };

describe('retention', () => {
  it('keeps a case 730 days after its last activity; at 731 every read finds nothing, and the sweeper removes its items', async () => {
    clock = START;
    const c = await aCase();
    expect(await itemsOf(c)).toBe(3); // its list, the list's sufficiency facts and its case record

    clock = at(700);
    const linked = await withFreshLink(c);
    clock = at(729);
    expect(await reads(linked)).toEqual(LIVE);
    await sweep();
    expect(await itemsOf(c)).toBe(3);

    clock = at(731);
    // Gone to every read before the sweeper has deleted anything.
    expect(await reads(linked)).toEqual(GONE);
    expect(await itemsOf(c)).toBe(3);

    expect((await sweep()).removed).toBeGreaterThanOrEqual(1);
    expect(await itemsOf(c)).toBe(0);
    expect(await reads(linked)).toEqual(GONE);
    // Run again (the scheduler may deliver twice): nothing more to do, nothing fails.
    expect((await Promise.all([sweep(), sweep()])).flatMap((r) => r.failed)).toEqual([]);
  });

  it('reports each run: a completed sweep, nothing failed, and no time since the last complete sweep', async () => {
    clock = at(800);
    const metrics = recordingMetrics();
    const result = await runRetentionSweep({
      client: stack.client,
      tableName: stack.tableName,
      caseKeys: testCaseKeys,
      now: () => clock,
      metrics,
    });
    expect(result).toMatchObject({ failed: [], completed: true, secondsSinceCompleted: 0 });
    expect(metrics.counts).toMatchObject({ RetentionSweepSucceeded: 1, RetentionSweepFailed: 0 });
    expect(metrics.gauges.SecondsSinceRetentionSweep).toEqual([0]);
    // What the alarm would read if the next run, a day on, could not finish: a day since the last.
    const runs = createJobRunsStore({ client: stack.client, tableName: stack.tableName });
    const next = await runs.recordRun('RetentionSweep', { at: at(801).toISOString(), completed: false });
    expect(next.lastCompletedAt).toBe(at(800).toISOString());
  });

  it('moves the expiry on with each activity', async () => {
    clock = START;
    const c = await aCase();
    clock = at(400);
    const family = await withFreshLink(c);
    await ok(SET_FAMILY_CHOICES, {
      token: family.token,
      input: { add: [{ offRegister: { name: 'Village School' } }] },
    });
    // Gone by the list's date alone, but not after the family's change on day 400.
    clock = at(731);
    expect(await reads(await withFreshLink(c))).toEqual(LIVE);
    await sweep();
    expect(await itemsOf(c)).toBe(3);

    clock = at(400 + 700);
    const linked = await withFreshLink(c);
    clock = at(400 + 731);
    expect(await reads(linked)).toEqual(GONE);
    await sweep();
    expect(await itemsOf(c)).toBe(0);
  });

  // A decision letter is dated no later than the day it is recorded (issue 19), and recording it
  // is activity: with the default 730 days the three-month floor after a decision
  // (core/journey/retention.ts, unit-tested there) is always inside the activity window.
  it('keeps a case decided late in its life for 730 days from the decision being recorded', async () => {
    clock = START;
    const c = await aCase();
    clock = at(700);
    const decidedOn = londonDate(clock);
    await ok(
      RECORD_DECISION,
      {
        input: {
          caseReference: c.caseReference,
          laCode: c.laCode,
          decidedOn,
          named: {
            typeOfSetting: 'SPECIAL_SCHOOL',
            typeDescription: 'A special school for autistic children',
          },
        },
      },
      officer,
    );

    clock = at(731);
    const linked = await withFreshLink(c);
    expect(await reads(linked)).toEqual(LIVE);
    await sweep();
    expect(await itemsOf(c)).toBe(3);

    // 730 London days after the decision was recorded (day 700), and not before.
    clock = at(1100);
    const later = await withFreshLink(c);
    clock = at(1429);
    expect(await reads(later)).toEqual(LIVE);
    clock = at(1431);
    expect(await reads(later)).toEqual(GONE);
    await sweep();
    expect(await itemsOf(c)).toBe(0);
  });

  it('starts a case afresh when a new list is made for a case that has expired', async () => {
    clock = START;
    const c = await aCase();
    await ok(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'Old Choice' } }] },
    });
    clock = at(800);
    const again = await ok(
      GENERATE_LIST,
      {
        input: aListInput(aPlace(), {
          caseReference: c.caseReference,
          startDate: addDays(londonDate(clock), 30),
        }),
      },
      officer,
    );
    // Version 1 of a new case: nothing of the old one (its choices) comes back.
    expect(again.generateTailoredList.list.version).toBe(1);
    expect(again.generateTailoredList.list.familyChoices).toEqual([]);
    expect((await send(FAMILY_JOURNEY, { token: c.token })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
