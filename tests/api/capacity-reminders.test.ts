import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reminderWindow } from '../../functions/core/capacity-reminders.js';
import { createFolderMailer, reminderFilePrefix } from '../../functions/reminders/folder-mailer.js';
import type { Mailer } from '../../functions/services/capacity-reminder-job.js';
import { runCapacityReminders } from '../../functions/services/capacity-reminder-job.js';
import { createReminderStore } from '../../functions/store/reminder-store.js';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aCapacityInput, aSettingInput } from '../helpers/builders.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// A second local API on the shared DynamoDB Local, with its own table (so the register holds only
// this file's settings) and a clock the test moves: the reminder job, run as the schedule would,
// claims each setting's reminder per window before it is "sent" to a folder.

let clock = new Date('2027-03-01T07:00:00Z');
const officer = asOfficer('938');
const DAYS = 21;
const BASE = 'https://places.example.gov.uk';
const contacts = [
  { name: 'Sam Head', email: 'head@school.example' },
  { name: 'Alex Office', email: 'office@school.example' },
];

const local = clockedStack('reminders', () => clock);
const { ok } = local;

const SET_CONTACTS = `mutation Set($settingId: ID!, $contacts: [CapacityContactInput!]!) {
  setCapacityContacts(settingId: $settingId, contacts: $contacts) { id }
}`;
const STALE = `query Stale($laCode: String!, $first: Int, $after: String) {
  staleCapacity(laCode: $laCode, first: $first, after: $after) {
    edges { cursor node { setting { id name } lastStatedAt lastRemindedAt lastReminderRecipients hasCapacityContacts
      staleProvisions { provision { id name } lastStatedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A setting with two provisions and no figures stated: stale from the start. */
async function aSetting(name: string, withContacts: boolean, laCode = '938') {
  const input = aSettingInput({
    name,
    laCode,
    ...(laCode === '938' ? {} : { location: { lat: 51.2, lon: -0.6 } }),
  });
  const { upsertSetting } = await ok(UPSERT_SETTING, { input }, asOfficer(laCode));
  if (withContacts)
    await ok(SET_CONTACTS, { settingId: upsertSetting.id, contacts }, asStaff(upsertSetting.id));
  return upsertSetting as { id: string; provisions: { id: string; capacityVersion: number }[] };
}

async function stateFigures(setting: { id: string; provisions: { id: string; capacityVersion: number }[] }) {
  for (const p of setting.provisions) {
    await ok(UPDATE_CAPACITY, { input: aCapacityInput(p.id, p.capacityVersion) }, asStaff(setting.id));
  }
}

const store = () => createReminderStore({ client: local.stack().client, tableName: local.stack().tableName });

function run(folder: string, options: { dryRun?: boolean; mailer?: Mailer } = {}) {
  return runCapacityReminders({
    store: store(),
    mailer: options.mailer ?? createFolderMailer({ folder, from: 'OpenPlace <test@localhost>' }),
    now: () => clock,
    days: DAYS,
    publicBaseUrl: BASE,
    ...(options.dryRun ? { dryRun: true } : {}),
  });
}

async function filesFor(folder: string, settingId: string, window: number): Promise<string[]> {
  const all = await readdir(folder).catch(() => [] as string[]);
  return all.filter((f) => f.startsWith(reminderFilePrefix(settingId, window)));
}

let alpha: Awaited<ReturnType<typeof aSetting>>;
let bravo: Awaited<ReturnType<typeof aSetting>>;
let fresh: Awaited<ReturnType<typeof aSetting>>;
let nobody: Awaited<ReturnType<typeof aSetting>>;

describe('the capacity reminder job', () => {
  beforeAll(async () => {
    alpha = await aSetting('Reminder Alpha School', true);
    bravo = await aSetting('Reminder Bravo School', true);
    fresh = await aSetting('Reminder Charlie School', true);
    nobody = await aSetting('Reminder Delta School', false);
    await stateFigures(fresh);
  });

  it('in a dry run, writes what it would send and claims nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'openplace-reminders-'));
    const window = reminderWindow(clock, DAYS).index;
    const result = await run(folder, { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, settings: 4, stale: 3, skippedNoContacts: 1, sent: 2 });
    expect(await filesFor(folder, alpha.id, window)).toHaveLength(1);
    expect(await store().getReminder(alpha.id, window)).toBeNull();
    const [file] = await filesFor(folder, alpha.id, window);
    const text = await readFile(join(folder, file ?? ''), 'utf8');
    expect(text).toContain('To: head@school.example, office@school.example');
    expect(text).toContain(`${BASE}/settings/${alpha.id}`);
  });

  it('emails each due setting exactly once even when two runs go at once, and records what was sent', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'openplace-reminders-'));
    const window = reminderWindow(clock, DAYS).index;
    const runs = await Promise.all([run(folder), run(folder)]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(runs.reduce((n, r) => n + r.alreadyClaimed, 0)).toBe(2);
    for (const r of runs) expect(r).toMatchObject({ stale: 3, skippedNoContacts: 1, failed: 0 });
    for (const setting of [alpha, bravo]) {
      const files = await filesFor(folder, setting.id, window);
      expect(files).toHaveLength(1);
      const claim = await store().getReminder(setting.id, window);
      expect(claim).toMatchObject({ sentAt: clock.toISOString(), recipients: 2 });
      expect(files[0]).toContain(claim?.messageId);
    }
    // Fresh figures, or nobody to remind: no email.
    expect(await filesFor(folder, fresh.id, window)).toEqual([]);
    expect(await filesFor(folder, nobody.id, window)).toEqual([]);

    // A later run in the same window sends nothing more.
    clock = new Date(clock.getTime() + 24 * 3600_000);
    expect(reminderWindow(clock, DAYS).index).toBe(window);
    expect(await run(folder)).toMatchObject({ sent: 0, alreadyClaimed: 2 });
    expect((await readdir(folder)).length).toBe(2);
  });

  it('reminds again in the next window (and the settings whose figures went stale meanwhile)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'openplace-reminders-'));
    const before = reminderWindow(clock, DAYS);
    // 21 days on is always the next window (windows are 21 days long).
    clock = new Date(clock.getTime() + DAYS * 24 * 3600_000);
    const window = reminderWindow(clock, DAYS).index;
    expect(window).toBe(before.index + 1);
    const result = await run(folder);
    // Charlie's figures are now at least 21 days old: it is due too.
    expect(result).toMatchObject({ stale: 4, skippedNoContacts: 1, sent: 3, alreadyClaimed: 0 });
    for (const setting of [alpha, bravo, fresh])
      expect(await filesFor(folder, setting.id, window)).toHaveLength(1);
  });

  it('gives the claim back when a send fails, so a later run sends it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'openplace-reminders-'));
    clock = new Date(clock.getTime() + DAYS * 24 * 3600_000);
    const window = reminderWindow(clock, DAYS).index;
    const failing: Mailer = { send: async () => Promise.reject(new Error('SES said no')) };
    expect(await run(folder, { mailer: failing })).toMatchObject({ sent: 0, failed: 3 });
    expect(await store().getReminder(alpha.id, window)).toBeNull();
    expect(await run(folder)).toMatchObject({ sent: 3, failed: 0 });
    expect(await filesFor(folder, alpha.id, window)).toHaveLength(1);
  });
});

describe('staleCapacity', () => {
  it('pages through the LA’s settings with stale figures, with when they were last stated and reminded', async () => {
    // Charlie states its figures again: fresh, so off the list.
    const current = await ok(
      'query($id: ID!) { setting(id: $id) { id provisions { id capacityVersion } } }',
      { id: fresh.id },
      officer,
    );
    await stateFigures(current.setting);
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const data = await ok(STALE, { laCode: '938', first: 1, after }, officer);
      expect(data.staleCapacity.edges.length).toBeLessThanOrEqual(1);
      seen.push(...data.staleCapacity.edges.map((e: any) => e.node));
      after = data.staleCapacity.pageInfo.hasNextPage ? data.staleCapacity.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((n) => n.setting.name)).toEqual([
      'Reminder Alpha School',
      'Reminder Bravo School',
      'Reminder Delta School',
    ]);
    const [a, , d] = seen;
    expect(a).toMatchObject({
      lastStatedAt: null,
      lastRemindedAt: clock.toISOString(),
      lastReminderRecipients: 2,
      hasCapacityContacts: true,
    });
    expect(a.staleProvisions.map((p: any) => p.provision.name)).toEqual(['Main roll', 'Autism base']);
    expect(d).toMatchObject({
      lastRemindedAt: null,
      lastReminderRecipients: null,
      hasCapacityContacts: false,
    });
  });

  it('is for officers of that LA only', async () => {
    for (const token of [asOfficer('936'), asStaff(alpha.id)]) {
      const r = await gqlAt<any>(local.stack().url, STALE, { laCode: '938' }, token);
      expect(r.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const bad = await gqlAt<any>(local.stack().url, STALE, { laCode: 'West Sussex' }, officer);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'laCode' });
    const unsigned = await gqlAt<any>(local.stack().url, STALE, { laCode: '938' });
    expect(unsigned.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
