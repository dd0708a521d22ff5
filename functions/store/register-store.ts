import {
  BatchWriteCommand,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { DuplicateError } from '../core/errors.js';
import type { CapacityChange, Page, Setting } from '../core/model.js';
import { staticFactsChanged } from '../core/register-memory/static-facts.js';
import { matchesFilter, type SettingFilter } from '../core/setting-filter.js';
import type { DocumentClient } from './client.js';
import {
  type CapacityChangeItem,
  fromCapacityChangeItem,
  fromSettingItem,
  reachPointerChanges,
  type SettingItem,
  searchPointerChanges,
  toCapacityChangeItem,
  toReachPointerItems,
  toSearchPointerItems,
  toSettingItem,
} from './items.js';
import { keys } from './keys.js';
import { nextRevision, onRevision, optimisticWrite, StaleWriteError } from './optimistic.js';
import { cursorPage, queryPages } from './query-pages.js';
import { putBulkChanges, registerChangeWrite } from './register-memory-store.js';
import { pageOfRegister } from './register-pages.js';
import { BATCH_RETRY, DEFAULT_RETRY, type RetryBudget, retryDelay } from './retry-budget.js';
import { cancellationCodes } from './transactions.js';

export interface VersionedSetting {
  setting: Setting;
  /** The item's revision when read: a whole-item write must be based on it. */
  revision: number;
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

const BATCH_SIZE = 25;

/** What a decision passed to modifySetting says: write this setting (and history), or nothing. */
export type SettingDecision<R> =
  | { write: false; result: R }
  | { write: true; setting: Setting; history?: readonly CapacityChange[]; result: R };

export interface SettingWriteOptions {
  expectedRevision: number | null;
  previous: Setting | null;
  history?: readonly CapacityChange[];
}

/** One item of a TransactWriteItems request, as the document client takes it. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** BatchWriteItem left items unwritten after every retry. */
export class UnprocessedItemsError extends Error {
  override readonly name = 'UnprocessedItemsError';
}

export type RegisterStore = ReturnType<typeof createRegisterStore>;

/** The register in DynamoDB: settings with their provisions and live capacity, and capacity history. */
export function createRegisterStore({
  client,
  tableName,
  retry = DEFAULT_RETRY,
}: {
  client: DocumentClient;
  tableName: string;
  /** How hard modifySetting tries under contention (a test seam may set one attempt). */
  retry?: RetryBudget;
}) {
  async function getSetting(id: string): Promise<VersionedSetting | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.setting(id), ConsistentRead: true }),
    );
    if (!Item) return null;
    const item = Item as SettingItem;
    return { setting: fromSettingItem(item), revision: item.revision };
  }

  async function findSettingIdByUrn(urn: string): Promise<string | null> {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keys.urnClaim(urn) }));
    return (Item?.settingId as string | undefined) ?? null;
  }

  /** The register in LA-then-name order, filtered; pages follow the last item returned. */
  async function listSettings(filter: SettingFilter, page: PageRequest): Promise<Page<Setting>> {
    return pageOfRegister(
      { client, tableName },
      {
        laCode: filter.laCode,
        keep: (setting) => matchesFilter(setting, filter),
        cursorQuery: `settings:${JSON.stringify(filterKey(filter))}`,
        first: page.first,
        after: page.after,
      },
    );
  }

  /**
   * The transaction items that write a whole setting on its revision, with its derived items (URN
   * claim, reach pointers) and capacity history. `expectedRevision` null means "create": the id
   * must be new. The journey adds these to its own transactions (a consultation's count), so a
   * setting is always written the same way.
   */
  function settingWriteItems(setting: Setting, options: SettingWriteOptions): TransactItem[] {
    const revision = nextRevision(options.expectedRevision);
    const previousUrn = options.previous?.urn ?? null;
    const settingWrite = {
      Put: {
        TableName: tableName,
        Item: toSettingItem(setting, revision),
        ...onRevision(options.expectedRevision),
      },
    };
    const urnWrites = [];
    if (setting.urn && setting.urn !== previousUrn) {
      urnWrites.push({
        Put: {
          TableName: tableName,
          Item: { ...keys.urnClaim(setting.urn), type: 'UrnClaim', settingId: setting.id },
          ConditionExpression: 'attribute_not_exists(pk) OR settingId = :id',
          ExpressionAttributeValues: { ':id': setting.id },
        },
      });
    }
    if (previousUrn && previousUrn !== setting.urn) {
      urnWrites.push({
        Delete: {
          TableName: tableName,
          Key: keys.urnClaim(previousUrn),
          ConditionExpression: 'attribute_not_exists(pk) OR settingId = :id',
          ExpressionAttributeValues: { ':id': setting.id },
        },
      });
    }
    // The setting's reach pointers change with it, in the same transaction: never half-written.
    const reach = reachPointerChanges(options.previous, setting);
    const reachWrites = [
      ...reach.put.map((Item) => ({ Put: { TableName: tableName, Item } })),
      ...reach.remove.map((Key) => ({ Delete: { TableName: tableName, Key } })),
    ];
    // Its search pointers too (core/search.ts): at most 16 words, so with the reach pointers this
    // stays inside the 100 items a transaction may hold.
    const search = searchPointerChanges(options.previous, setting);
    const searchWrites = [
      ...search.put.map((Item) => ({ Put: { TableName: tableName, Item } })),
      ...search.remove.map((Key) => ({ Delete: { TableName: tableName, Key } })),
    ];
    // Each accepted capacity change goes into the history in the same transaction, on its version.
    const historyWrites = (options.history ?? []).map((change) => ({
      Put: {
        TableName: tableName,
        Item: toCapacityChangeItem(change),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
    // Lists hold the register's static facts in memory: a change to them is appended for every
    // instance to read before its next list (core/register-memory). Capacity and counts append nothing.
    const registerChange = staticFactsChanged(options.previous, setting)
      ? [registerChangeWrite(setting, revision, tableName)]
      : [];
    return [
      settingWrite,
      ...urnWrites,
      ...reachWrites,
      ...searchWrites,
      ...historyWrites,
      ...registerChange,
    ] as TransactItem[];
  }

  /**
   * Writes a whole setting. `expectedRevision` null means "create": the id must be new.
   * A URN is claimed for this setting in the same transaction, so two settings never share one.
   */
  async function saveSetting(setting: Setting, options: SettingWriteOptions): Promise<number> {
    const items = settingWriteItems(setting, options);
    try {
      await client.send(new TransactWriteCommand({ TransactItems: items }));
      return nextRevision(options.expectedRevision);
    } catch (error) {
      const codes = cancellationCodes(error);
      if (!codes) throw error;
      const urnClaim = items[1]?.Put?.Item?.type === 'UrnClaim';
      if (codes[1] === 'ConditionalCheckFailed' && urnClaim) {
        throw new DuplicateError('input.urn', `URN ${setting.urn} is already on another setting.`, {
          cause: error,
        });
      }
      throw new StaleWriteError(`Setting ${setting.id} changed while it was being saved.`, {
        cause: error,
      });
    }
  }

  /**
   * The one door for changing a setting: read it, let `decide` (a pure decision of the core) say
   * what it becomes, and write that on the revision read — with the setting's derived items
   * (URN claim, reach pointers) and any capacity history the decision returns — in one
   * transaction. If the setting moved meanwhile, read it again and decide again, with jittered
   * backoff, within the store's retry budget; `decide` throws to refuse (e.g. a capacity update
   * whose provision moved on: CONFLICT). A budget used up by genuine contention is
   * ConcurrentUpdateError, never a masked error.
   */
  async function modifySetting<R>(
    id: string,
    decide: (current: VersionedSetting | null) => SettingDecision<R> | Promise<SettingDecision<R>>,
  ): Promise<R> {
    return optimisticWrite(`setting ${id}`, retry, async () => {
      const current = await getSetting(id);
      const decision = await decide(current);
      if (!decision.write) return { write: null, result: decision.result };
      const write = async () => {
        await saveSetting(decision.setting, {
          expectedRevision: current?.revision ?? null,
          previous: current?.setting ?? null,
          history: decision.history ?? [],
        });
      };
      return { write, result: decision.result };
    });
  }

  /** A provision's accepted changes, newest first. */
  async function listCapacityHistory(provisionId: string, page: PageRequest): Promise<Page<CapacityChange>> {
    const partition = keys.capacityHistoryPartition(provisionId);
    return cursorPage<CapacityChangeItem, CapacityChange>(
      (startKey) =>
        queryPages(
          client,
          {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': partition },
            ScanIndexForward: false,
            // The page and one more (to tell whether there is a next): every item is kept, so one read.
            Limit: page.first + 1,
            ConsistentRead: true,
          },
          { startKey },
        ) as AsyncGenerator<CapacityChangeItem[]>,
      {
        first: page.first,
        after: page.after,
        cursorQuery: `history:${provisionId}`,
        keyAttributes: ['pk', 'sk'],
        isOwnKey: (key) => key.pk === partition,
        keep: fromCapacityChangeItem,
      },
    );
  }

  /**
   * Bulk-loads settings that are not in the table yet (a first import, a reference register)
   * with BatchWriteItem, retrying unprocessed items as its contract requires: each setting's item,
   * its URN claim, its reach and search pointers. Unconditional: callers use saveSetting for anything that
   * may already exist. `onProgress` is told how many settings are wholly written.
   */
  async function putNewSettings(
    settings: readonly Setting[],
    onProgress?: (settingsWritten: number) => void,
  ): Promise<void> {
    const requests: { PutRequest: { Item: Record<string, unknown> } }[] = [];
    // The index after each setting's last item: a setting is written once every batch up to it is.
    const ends: number[] = [];
    for (const setting of settings) {
      const items: Record<string, unknown>[] = [
        { ...toSettingItem(setting, 1) },
        ...(setting.urn ? [{ ...keys.urnClaim(setting.urn), type: 'UrnClaim', settingId: setting.id }] : []),
        ...toReachPointerItems(setting).map((item) => ({ ...item })),
        ...toSearchPointerItems(setting).map((item) => ({ ...item })),
      ];
      requests.push(...items.map((Item) => ({ PutRequest: { Item } })));
      ends.push(requests.length);
    }
    let settingsWritten = 0;
    for (let start = 0; start < requests.length; start += BATCH_SIZE) {
      let pending = requests.slice(start, start + BATCH_SIZE);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_RETRY.attempts) {
          throw new UnprocessedItemsError(
            `${pending.length} items were still unprocessed after ${BATCH_RETRY.attempts} attempts.`,
          );
        }
        if (attempt > 0) await retryDelay(BATCH_RETRY, attempt);
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
      const done = Math.min(start + BATCH_SIZE, requests.length);
      while (settingsWritten < ends.length && (ends[settingsWritten] ?? 0) <= done) settingsWritten++;
      onProgress?.(settingsWritten);
    }
    await putBulkChanges({ client, tableName }, settings);
  }

  return {
    settingWriteItems,
    getSetting,
    findSettingIdByUrn,
    listSettings,
    saveSetting,
    modifySetting,
    putNewSettings,
    listCapacityHistory,
  };
}

/** A filter as a cursor binds to it: every criterion, in a fixed order, unset ones as null. */
function filterKey(filter: SettingFilter): (string | null)[] {
  return [filter.laCode, filter.kind, filter.need, filter.apTier, filter.phase, filter.status].map(
    (v) => v ?? null,
  );
}
