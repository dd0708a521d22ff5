import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ReminderRecord } from '../core/capacity-reminders.js';
import type { Page, Setting } from '../core/model.js';
import type { DocumentClient } from './client.js';
import { fromSettingItem } from './items.js';
import { keys } from './keys.js';
import { pageOfRegister, registerPages } from './register-pages.js';
import type { PageRequest } from './register-store.js';
import { isConditionFailure } from './transactions.js';

/** Reminder records are kept this long after their claim (staleCapacity shows the last one), then expire by TTL. */
export const REMINDER_RECORD_DAYS = 365;

const DAY_SECONDS = 24 * 60 * 60;

interface ReminderClaimItem {
  pk: string;
  sk: string;
  type: 'ReminderClaim';
  settingId: string;
  laCode: string;
  window: number;
  claimedAt: string;
  sentAt?: string;
  recipients?: number;
  messageId?: string;
  ttl: number;
}

export type ReminderStore = ReturnType<typeof createReminderStore>;

/**
 * Keeping capacity live, in DynamoDB: the register read page by page from its index partition
 * (gsi1 REGISTER, in LA-then-name order), and one claim item per setting and reminder window.
 */
export function createReminderStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /**
   * Every setting of the register (or of one LA), a page of the index at a time (up to 1 MB each):
   * a whole read of the register partition, never a table scan, and never all of it in memory.
   */
  async function forEachRegisterPage(
    laCode: string | null,
    onPage: (settings: Setting[]) => Promise<void> | void,
  ): Promise<void> {
    for await (const items of registerPages({ client, tableName }, laCode)) {
      await onPage(items.map((item) => fromSettingItem(item)));
    }
  }

  /** One LA's settings that `keep` holds to, in name order, a page at a time (staleCapacity). */
  async function listRegisterWhere(
    laCode: string,
    keep: (setting: Setting) => boolean,
    page: PageRequest,
  ): Promise<Page<Setting>> {
    return pageOfRegister(
      { client, tableName },
      { laCode, keep, cursorQuery: `stale:${laCode}`, first: page.first, after: page.after },
    );
  }

  /**
   * Claims a setting's reminder for a window, before it is sent: true if this call made the claim,
   * false if the window was already claimed (another run, or this one delivered twice).
   */
  async function claimReminder(claim: {
    settingId: string;
    laCode: string;
    window: number;
    claimedAt: string;
  }): Promise<boolean> {
    const item: ReminderClaimItem = {
      ...keys.reminderClaim(claim.settingId, claim.window),
      type: 'ReminderClaim',
      ...claim,
      ttl: Math.floor(Date.parse(claim.claimedAt) / 1000) + REMINDER_RECORD_DAYS * DAY_SECONDS,
    };
    try {
      await client.send(
        new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Records on the claim what was sent: when, to how many, and the mail service's message id. */
  async function recordReminderSent(
    settingId: string,
    window: number,
    sent: { sentAt: string; recipients: number; messageId: string },
  ): Promise<void> {
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.reminderClaim(settingId, window),
        UpdateExpression: 'SET sentAt = :sentAt, recipients = :recipients, messageId = :messageId',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':sentAt': sent.sentAt,
          ':recipients': sent.recipients,
          ':messageId': sent.messageId,
        },
      }),
    );
  }

  /**
   * Gives a claim back when its send failed outright, so a later run in the same window may try
   * again; only this run's claim, and only while nothing is recorded as sent on it.
   */
  async function releaseReminder(settingId: string, window: number, claimedAt: string): Promise<void> {
    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: keys.reminderClaim(settingId, window),
          ConditionExpression: 'claimedAt = :claimedAt AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':claimedAt': claimedAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Each setting's most recent reminder that was sent (a few claims per setting a year: one query each). */
  async function lastSentReminders(settingIds: readonly string[]): Promise<Map<string, ReminderRecord>> {
    const found = await Promise.all(
      settingIds.map(async (settingId) => {
        const { pk } = keys.reminderClaim(settingId, 0);
        const result = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            FilterExpression: 'attribute_exists(sentAt)',
            ExpressionAttributeValues: { ':pk': pk },
            ScanIndexForward: false,
          }),
        );
        const item = result.Items?.[0] as ReminderClaimItem | undefined;
        return item ? ([settingId, fromClaimItem(item)] as const) : null;
      }),
    );
    return new Map(found.filter((f) => f !== null));
  }

  /** The claim of one setting and window, if any. */
  async function getReminder(settingId: string, window: number): Promise<ReminderRecord | null> {
    const { Item } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.reminderClaim(settingId, window),
        ConsistentRead: true,
      }),
    );
    return Item ? fromClaimItem(Item as ReminderClaimItem) : null;
  }

  return {
    forEachRegisterPage,
    listRegisterWhere,
    claimReminder,
    recordReminderSent,
    releaseReminder,
    lastSentReminders,
    getReminder,
  };
}

function fromClaimItem(item: ReminderClaimItem): ReminderRecord {
  return {
    settingId: item.settingId,
    window: item.window,
    claimedAt: item.claimedAt,
    sentAt: item.sentAt ?? null,
    recipients: item.recipients ?? null,
    messageId: item.messageId ?? null,
  };
}
