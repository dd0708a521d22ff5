import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { MapLayer, StripRange } from '../core/geo.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import type { AgeBand } from '../core/lists/plain-settings.js';
import type { Setting } from '../core/model.js';
import type { LocalRightsInfo } from '../core/rights-statement.js';
import type { DocumentClient } from './client.js';
import { fromSettingItem, SETTING_DOCUMENT, type SettingItem } from './items.js';
import { keys, listKeyOf, MAP_INDEX, mapPartition, mapSortKeyBounds } from './keys.js';
import { TABLE_DEFINITION } from './table-definition.js';
import { backoff, cancellationCodes } from './transactions.js';

/** Another list for the same case was saved at the same moment: take the next version and try again. */
export class CaseVersionTakenError extends Error {
  override readonly name = 'CaseVersionTakenError';
}

interface LinkItem extends FamilyLinkRecord {
  listId: string;
}

const BATCH_GET_SIZE = 100;
const LINK_RETENTION_SECONDS = 30 * 24 * 60 * 60;

export type ListsStore = ReturnType<typeof createListsStore>;

/** Tailored lists, their family links and the reads that matching needs. */
export function createListsStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /** Every setting of one layer of an age band's map index in the given strip ranges (core/geo.ts). */
  async function settingsInStrips(
    band: AgeBand,
    layer: MapLayer,
    ranges: readonly StripRange[],
  ): Promise<Setting[]> {
    const indexName = MAP_INDEX[band];
    const pages = await Promise.all(
      ranges.map(async (range) => {
        const [from, to] = mapSortKeyBounds(range);
        const settings: Setting[] = [];
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await client.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: indexName,
              KeyConditionExpression: `${indexName}pk = :strip AND ${indexName}sk BETWEEN :from AND :to`,
              ExpressionAttributeValues: {
                ':strip': mapPartition(layer, range.strip),
                ':from': from,
                ':to': to,
              },
              // Matching needs only the setting document: the keys and console attributes stay behind.
              ProjectionExpression: SETTING_DOCUMENT,
              ExclusiveStartKey: startKey,
            }),
          );
          for (const item of page.Items ?? []) settings.push(fromSettingItem(item as SettingItem));
          startKey = page.LastEvaluatedKey;
        } while (startKey);
        return settings;
      }),
    );
    return pages.flat();
  }

  /** Settings by id (unknown ids are simply absent), retrying unprocessed keys. */
  async function getSettings(ids: readonly string[]): Promise<Setting[]> {
    const found: Setting[] = [];
    for (let start = 0; start < ids.length; start += BATCH_GET_SIZE) {
      let pending: Record<string, unknown>[] = ids
        .slice(start, start + BATCH_GET_SIZE)
        .map((id) => ({ ...keys.setting(id) }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await backoff(attempt);
        const result = await client.send(
          new BatchGetCommand({
            RequestItems: {
              [tableName]: { Keys: pending, ConsistentRead: true, ProjectionExpression: SETTING_DOCUMENT },
            },
          }),
        );
        for (const item of result.Responses?.[tableName] ?? [])
          found.push(fromSettingItem(item as SettingItem));
        pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return found;
  }

  async function getLocalRightsInfo(laCode: string): Promise<LocalRightsInfo | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.localRightsInfo(laCode) }),
    );
    return Item ? (Item.info as LocalRightsInfo) : null;
  }

  async function putLocalRightsInfo(info: LocalRightsInfo, by: string, at: string): Promise<void> {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.localRightsInfo(info.laCode),
          type: 'LocalRightsInfo',
          info,
          updatedBy: by,
          updatedAt: at,
        },
      }),
    );
  }

  /** The latest list version of a case, 0 if none. */
  async function latestCaseVersion(laCode: string, caseReference: string): Promise<number> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :case',
        ExpressionAttributeValues: { ':case': keys.caseLists(laCode, caseReference) },
        ScanIndexForward: false,
        Limit: 1,
        ProjectionExpression: '#version',
        ExpressionAttributeNames: { '#version': 'version' },
        ConsistentRead: true,
      }),
    );
    return (Items?.[0]?.version as number | undefined) ?? 0;
  }

  /**
   * Saves a new list, which takes its version of the case (never overwritten), with its first
   * family link, in one transaction. Throws CaseVersionTakenError if the version was taken.
   */
  async function saveNewList(list: TailoredList, link: FamilyLinkRecord): Promise<void> {
    try {
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.list(list.laCode, list.caseReference, list.version),
                  type: 'TailoredList',
                  version: list.version,
                  // One JSON document, like a setting: a list is only ever read whole, and a
                  // string costs far less to write and read than the same data as nested maps.
                  doc: JSON.stringify(list),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: linkItem(list.id, link),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (cancellationCodes(error))
        throw new CaseVersionTakenError(`Version ${list.version} was taken.`, { cause: error });
      throw error;
    }
  }

  async function getList(id: string): Promise<TailoredList | null> {
    const key = listKeyOf(id);
    if (!key) return null;
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key }));
    return Item ? fromListItem(Item) : null;
  }

  /** Every version of a case's list, newest first. */
  async function listsForCase(laCode: string, caseReference: string): Promise<TailoredList[]> {
    const lists: TailoredList[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :case',
          ExpressionAttributeValues: { ':case': keys.caseLists(laCode, caseReference) },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) lists.push(fromListItem(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return lists;
  }

  async function putFamilyLink(listId: string, link: FamilyLinkRecord): Promise<void> {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: linkItem(listId, link),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async function getFamilyLink(
    tokenHash: string,
  ): Promise<{ listId: string; link: FamilyLinkRecord } | null> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.familyLink(tokenHash), ConsistentRead: true }),
    );
    if (!Item) return null;
    const item = Item as LinkItem;
    return { listId: item.listId, link: toLinkRecord(item) };
  }

  async function linksOfList(listId: string): Promise<FamilyLinkRecord[]> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :links',
        ExpressionAttributeValues: { ':links': keys.linksOfList(listId) },
      }),
    );
    return ((Items ?? []) as LinkItem[]).map(toLinkRecord);
  }

  /** Withdraws the given links (idempotently: a link already withdrawn keeps its first date). */
  async function revokeLinks(links: readonly FamilyLinkRecord[], at: string): Promise<void> {
    await Promise.all(
      links.map((link) =>
        client
          .send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.familyLink(link.tokenHash),
              UpdateExpression: 'SET revokedAt = :at',
              ConditionExpression: 'attribute_exists(pk) AND revokedAt = :none',
              ExpressionAttributeValues: { ':at': at, ':none': null },
            }),
          )
          .catch((error: unknown) => {
            if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
          }),
      ),
    );
  }

  /** Counts one failed link guess from a source in a time window; returns the window's total. */
  async function recordFailedGuess(
    source: string,
    window: number,
    expiresAtEpochSeconds: number,
  ): Promise<number> {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.throttle(source, window),
        UpdateExpression: 'ADD failures :one SET #ttl = :expires',
        ExpressionAttributeNames: { '#ttl': TABLE_DEFINITION.timeToLiveAttribute },
        ExpressionAttributeValues: { ':one': 1, ':expires': expiresAtEpochSeconds },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return (Attributes?.failures as number | undefined) ?? 1;
  }

  async function failedGuesses(source: string, window: number): Promise<number> {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.throttle(source, window) }),
    );
    return (Item?.failures as number | undefined) ?? 0;
  }

  return {
    settingsInStrips,
    getSettings,
    getLocalRightsInfo,
    putLocalRightsInfo,
    latestCaseVersion,
    saveNewList,
    getList,
    listsForCase,
    putFamilyLink,
    getFamilyLink,
    linksOfList,
    revokeLinks,
    recordFailedGuess,
    failedGuesses,
  };

  function linkItem(listId: string, link: FamilyLinkRecord) {
    return {
      ...keys.familyLink(link.tokenHash),
      gsi1pk: keys.linksOfList(listId),
      gsi1sk: link.createdAt,
      type: 'FamilyLink',
      listId,
      ...link,
      // Cleared by TTL a month after expiry; the link stops working at expiresAt regardless.
      [TABLE_DEFINITION.timeToLiveAttribute]:
        Math.floor(Date.parse(link.expiresAt) / 1000) + LINK_RETENTION_SECONDS,
    };
  }
}

function fromListItem(item: Record<string, unknown>): TailoredList {
  return JSON.parse(item.doc as string) as TailoredList;
}

function toLinkRecord(item: LinkItem): FamilyLinkRecord {
  return {
    tokenHash: item.tokenHash,
    createdAt: item.createdAt,
    expiresAt: item.expiresAt,
    revokedAt: item.revokedAt ?? null,
  };
}
