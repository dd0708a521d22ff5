import { CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reminderWindow } from '../../functions/core/capacity-reminders.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import type { ReminderJobResult } from '../../functions/services/capacity-reminder-job.js';
import { createReminderStore } from '../../functions/store/reminder-store.js';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aCapacityInput, aSettingInput } from '../helpers/builders.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';
import { loadEntry } from './helpers/entries.js';
import { sentEmails } from './helpers/moto.js';

// The capacity reminder Lambda entry, unchanged, against SES (moto): the register on DynamoDB
// Local, seeded through a local API; a verified domain identity; the job run as its schedule
// would, twice. Sent mail is read back from moto, before anything else is created in it.

const DOMAIN = 'reminders.example.gov.uk';
const FROM = `OpenPlace <no-reply@${DOMAIN}>`;
const BASE = 'https://places.example.gov.uk';
const contacts = [
  { name: 'Sam Head', email: 'head@school.example' },
  { name: 'Alex Office', email: 'office@school.example' },
];
const ses = new SESv2Client({ region: 'eu-west-2' });
let stack: LocalStack;

beforeAll(async () => {
  // A local API on the tier's DynamoDB Local, with a table of its own, to seed the register.
  stack = await startLocalStack({
    port: 0,
    tableName: `aws-reminders-${Date.now()}`,
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    logLevel: 'SILENT',
  });
});
afterAll(async () => {
  ses.destroy();
  await stack?.stop();
});

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const response = await gqlAt<any>(stack.url, query, variables, token);
  if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const SET_CONTACTS = `mutation Set($settingId: ID!, $contacts: [CapacityContactInput!]!) {
  setCapacityContacts(settingId: $settingId, contacts: $contacts) { id }
}`;

/** A setting with no figures stated (stale from the start), with or without capacity contacts. */
async function aSetting(name: string, withContacts: boolean) {
  const { upsertSetting } = await ok(UPSERT_SETTING, { input: aSettingInput({ name }) }, asOfficer('938'));
  if (withContacts) {
    await ok(SET_CONTACTS, { settingId: upsertSetting.id, contacts }, asStaff(upsertSetting.id));
  }
  return upsertSetting as { id: string; name: string; provisions: { id: string; capacityVersion: number }[] };
}

/** The reminder entry as its function is configured by the stack, sending from `from`. */
async function runJob(from: string): Promise<ReminderJobResult> {
  const { handler } = await loadEntry(() => import('../../functions/reminders/handler.js'), {
    TABLE_NAME: stack.tableName,
    REMINDER_FROM: from,
    PUBLIC_BASE_URL: BASE,
    CAPACITY_REMINDER_DAYS: undefined,
  });
  return handler();
}

describe('the capacity reminder entry, sending through SES', () => {
  let alpha: Awaited<ReturnType<typeof aSetting>>;
  let bravo: Awaited<ReturnType<typeof aSetting>>;
  const claims = () => createReminderStore({ client: stack.client, tableName: stack.tableName });
  const window = () => reminderWindow(new Date(), 21).index;

  beforeAll(async () => {
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: DOMAIN }));
    alpha = await aSetting('SES Alpha School', true);
    bravo = await aSetting('SES Bravo School', true);
    const fresh = await aSetting('SES Charlie School', true);
    for (const p of fresh.provisions) {
      await ok(UPDATE_CAPACITY, { input: aCapacityInput(p.id, p.capacityVersion) }, asStaff(fresh.id));
    }
    await aSetting('SES Delta School', false);
  });

  it('counts a sender of an unverified domain as failed, and claims nothing', async () => {
    const result = await runJob('OpenPlace <no-reply@unverified.example.org>');
    expect(result).toMatchObject({ settings: 4, stale: 3, skippedNoContacts: 1, sent: 0, failed: 2 });
    expect(await sentEmails()).toEqual([]);
    // Each claim given back: the next run in this window tries again.
    expect(await claims().getReminder(alpha.id, window())).toBeNull();
    expect(await claims().getReminder(bravo.id, window())).toBeNull();
  });

  it('emails each stale setting with contacts once, from the verified identity, with its link', async () => {
    const result = await runJob(FROM);
    expect(result).toMatchObject({ stale: 3, skippedNoContacts: 1, sent: 2, failed: 0, alreadyClaimed: 0 });
    const sent = await sentEmails();
    expect(sent).toHaveLength(2);
    for (const setting of [alpha, bravo]) {
      const mail = sent.find((m) => m.subject.includes(setting.name));
      expect(mail).toMatchObject({
        source: FROM,
        destinations: { ToAddresses: ['head@school.example', 'office@school.example'] },
      });
      expect(mail?.body).toContain(`${BASE}/settings/${setting.id}`);
      // The claim records SES's own message id.
      expect(await claims().getReminder(setting.id, window())).toMatchObject({
        recipients: 2,
        messageId: mail?.id,
      });
    }
  });

  it('sends nothing on a second run in the same window', async () => {
    const result = await runJob(FROM);
    expect(result).toMatchObject({ stale: 3, sent: 0, alreadyClaimed: 2, failed: 0 });
    expect(await sentEmails()).toHaveLength(2);
  });
});
