import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MapLayer, StripRange } from '../core/geo.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import type { AgeBand } from '../core/lists/plain-settings.js';
import type { ReachPointer } from '../core/lists/reach.js';
import { fromStoredList, type StoredList } from '../core/lists/stored-list.js';
import type { Setting } from '../core/model.js';
import type { NeedCode } from '../core/needs.js';
import type { LocalRightsInfo } from '../core/rights-statement.js';
import { listFacts } from '../core/sufficiency/facts.js';
import { batchGetItems } from './batch-get.js';
import { type CaseKeys, LIST_VERSION_PREFIX, listVersionKey } from './case-keys.js';
import type { DocumentClient } from './client.js';
import { fromReachPointerItem, fromSettingItem, SETTING_DOCUMENT, type SettingItem } from './items.js';
import { type Key, keys, MAP_INDEX, mapPartition, mapSortKeyBounds, reachPartition } from './keys.js';
import { listFactsWrite } from './list-facts-item.js';
import { queryAll, rawQueryPages } from './query-pages.js';
import type { TransactItem } from './register-store.js';
import { countInWindow } from './throttle.js';
import { isConditionFailure } from './transactions.js';

export type ListsStore = ReturnType<typeof createListsStore>;

/** The attribute holding a list's document: its JSON, deflated. */
export const LIST_DOCUMENT = 'docz';

/** Tailored lists, their family links and the reads that matching needs. */
export function createListsStore({
  client,
  tableName,
  caseKeys,
}: {
  client: DocumentClient;
  tableName: string;
  /** The keyed hashes that name a case's partition and its lists' ids. */
  caseKeys: CaseKeys;
}) {
  /**
   * The `doc` strings of the items in one strip range of a map index. Made with the plain
   * DynamoDB client: the map's items are read by the hundred per list, and reading one string
   * attribute needs none of the document client's conversion of every item.
   */
  async function docsInStrip(indexName: string, partition: string, range: StripRange): Promise<string[]> {
    const [from, to] = mapSortKeyBounds(range);
    const docs: string[] = [];
    const pages = rawQueryPages(client, {
      TableName: tableName,
      IndexName: indexName,
      KeyConditionExpression: `${indexName}pk = :strip AND ${indexName}sk BETWEEN :from AND :to`,
      ExpressionAttributeValues: { ':strip': { S: partition }, ':from': { S: from }, ':to': { S: to } },
      // Only the document: the keys and console attributes stay behind.
      ProjectionExpression: SETTING_DOCUMENT,
    });
    for await (const items of pages) {
      for (const item of items) {
        const doc = item[SETTING_DOCUMENT]?.S;
        if (doc !== undefined) docs.push(doc);
      }
    }
    return docs;
  }

  /** Every setting of one layer of an age band's map index in the given strip ranges (core/geo.ts). */
  async function settingsInStrips(
    band: AgeBand,
    layer: MapLayer,
    ranges: readonly StripRange[],
  ): Promise<Setting[]> {
    const indexName = MAP_INDEX[band];
    const pages = await Promise.all(
      ranges.map((range) => docsInStrip(indexName, mapPartition(layer, range.strip), range)),
    );
    return pages.flat().map((doc) => fromSettingItem({ doc }));
  }

  /** Settings by id (unknown ids are simply absent). */
  async function getSettings(ids: readonly string[]): Promise<Setting[]> {
    const items = await batchGetItems(
      { client, tableName },
      ids.map((id) => keys.setting(id)),
      { projection: SETTING_DOCUMENT },
    );
    return items.map((item) => fromSettingItem(item as Pick<SettingItem, typeof SETTING_DOCUMENT>));
  }

  /** Where an LA's rights details are kept (read with a list's case: JourneyStore.getCaseWith). */
  const localRightsKey = (laCode: string) => keys.localRightsInfo(laCode);
  const localRightsFrom = (item: Record<string, unknown> | undefined): LocalRightsInfo | null =>
    item ? (item.info as LocalRightsInfo) : null;

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

  /**
   * The newest (or, with `oldest`, the oldest) list item of a case under each key of the ring (after
   * a rotation the case's older versions sit under the older key), with only the attributes asked for.
   */
  function newestListItems(
    laCode: string,
    caseReference: string,
    projection: string,
    oldest = false,
  ): Promise<(Record<string, unknown> | null)[]> {
    return Promise.all(
      caseKeys.casePartitions(laCode, caseReference).map(async (partition) => {
        const { Items } = await client.send(
          new QueryCommand({
            TableName: tableName,
            // The case's lists only: its journey record shares the partition.
            KeyConditionExpression: 'pk = :case AND begins_with(sk, :version)',
            ExpressionAttributeValues: { ':case': partition, ':version': LIST_VERSION_PREFIX },
            ScanIndexForward: oldest,
            Limit: 1,
            ProjectionExpression: projection,
            ConsistentRead: true,
          }),
        );
        return Items?.[0] ?? null;
      }),
    );
  }

  /** The latest list of a case (its choices carry to the next version), null if none. */
  async function latestCaseList(laCode: string, caseReference: string): Promise<TailoredList | null> {
    const newest = await newestListItems(laCode, caseReference, `${LIST_DOCUMENT}, doc`);
    return newest
      .map((item) => (item ? fromListItem(item) : null))
      .reduce<TailoredList | null>((a, b) => (b && (!a || b.version > a.version) ? b : a), null);
  }

  /**
   * When the case's first list was made (its oldest version still stored), null if none: journey
   * dates before it are refused. Under each key of the ring, one item.
   */
  async function firstCaseListAt(laCode: string, caseReference: string): Promise<string | null> {
    const oldest = await newestListItems(laCode, caseReference, `${LIST_DOCUMENT}, doc`, true);
    return (
      oldest
        .flatMap((item) => (item ? [fromListItem(item)] : []))
        .reduce<TailoredList | null>((a, b) => (!a || b.version < a.version ? b : a), null)?.generatedAt ??
      null
    );
  }

  /** The case's newest list version number (no list is read), null if none. */
  async function latestCaseVersion(laCode: string, caseReference: string): Promise<number | null> {
    const newest = await newestListItems(laCode, caseReference, 'version');
    const versions = newest.flatMap((item) => (typeof item?.version === 'number' ? [item.version] : []));
    return versions.length > 0 ? Math.max(...versions) : null;
  }

  /**
   * Where a case's first list would be, under each key of the ring: read with a case that has no
   * record, to tell a new case (none there) from one whose lists were made before case records.
   */
  function firstListKeys(laCode: string, caseReference: string): Key[] {
    return caseKeys.casePartitions(laCode, caseReference).map((pk) => ({ pk, sk: listVersionKey(1) }));
  }

  /** The id a new list of a case takes at this version (under the current case key). */
  function newListId(laCode: string, caseReference: string, version: number): string {
    return caseKeys.listId(laCode, caseReference, version);
  }

  /** Reach pointers for one need and age band in the given strip ranges (core/lists/reach.ts). */
  async function reachPointersInStrips(
    need: NeedCode,
    band: AgeBand,
    ranges: readonly StripRange[],
  ): Promise<ReachPointer[]> {
    const pages = await Promise.all(
      ranges.map((range) => docsInStrip('gsi5', reachPartition(need, band, range.strip), range)),
    );
    return pages.flat().map((doc) => fromReachPointerItem({ doc }));
  }

  /**
   * The write of a new list, which takes its version of the case (never overwritten), with its
   * first family link: one conditional Put, written in the same transaction as the case's journey
   * record (journey-store.ts), so a version is taken only with the choices it was decided on.
   */
  function newListWrite(
    list: TailoredList,
    link: FamilyLinkRecord,
    /** The partition of the case's record: its lists' facts are filed under it, so a case is one key for counting children whichever key of the ring its lists were made under. */
    recordPartition?: string,
  ): TransactItem[] {
    const partition = caseKeys.casePartition(list.laCode, list.caseReference);
    const listPut: TransactItem = {
      Put: {
        TableName: tableName,
        Item: {
          pk: partition,
          sk: listVersionKey(list.version),
          type: 'TailoredList',
          version: list.version,
          // One JSON document, like a setting: a list is only ever read whole, and a string
          // costs far less to write and read than the same data as nested maps. Compressed: the
          // record of settings left off makes a list tens of KB, about a fifth of that deflated,
          // and DynamoDB charges and takes time by the kilobyte.
          [LIST_DOCUMENT]: deflateRawSync(JSON.stringify(list), { level: 1 }),
          // The list's family links, by the hash of their token; the list itself never changes.
          links: { [link.tokenHash]: linkAttributes(link) },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    // Every list files its facts for the council's sufficiency picture with it, or neither lands.
    return [listPut, listFactsWrite(tableName, recordPartition ?? partition, listFacts(list))];
  }

  async function getList(id: string): Promise<TailoredList | null> {
    const key = caseKeys.listKeyOf(id);
    if (!key) return null;
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key }));
    return Item ? fromListItem(Item) : null;
  }

  /** Every version of a case's list, newest first. */
  async function listsForCase(laCode: string, caseReference: string): Promise<TailoredList[]> {
    const lists: TailoredList[] = [];
    for (const partition of caseKeys.casePartitions(laCode, caseReference)) {
      const items = await queryAll(client, {
        TableName: tableName,
        // The case's lists only: its journey record shares the partition.
        KeyConditionExpression: 'pk = :case AND begins_with(sk, :version)',
        ExpressionAttributeValues: { ':case': partition, ':version': LIST_VERSION_PREFIX },
        ScanIndexForward: false,
        ConsistentRead: true,
      });
      for (const item of items) lists.push(fromListItem(item));
    }
    return lists.sort((a, b) => b.version - a.version);
  }

  /** Adds a family link to a list that exists. */
  async function putFamilyLink(listId: string, link: FamilyLinkRecord): Promise<void> {
    const key = caseKeys.listKeyOf(listId);
    if (!key) throw new Error(`Not a list id: ${listId}`);
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET links.#link = :link',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#link': link.tokenHash },
        ExpressionAttributeValues: { ':link': linkAttributes(link) },
      }),
    );
  }

  /**
   * The list a family link opens, with the link; null if either is not there. The first read asks
   * for this one link only, so a wrong secret on a real list's id reads exactly what an id no
   * list has reads — nothing — and takes as long: the answer does not tell a guesser a list
   * exists. Only a link that is there is followed by the read of its list.
   */
  async function listByLink(
    listId: string,
    tokenHash: string,
  ): Promise<{ list: TailoredList; link: FamilyLinkRecord } | null> {
    const key = caseKeys.listKeyOf(listId);
    if (!key) return null;
    const { Item: found } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: key,
        ProjectionExpression: 'links.#link',
        ExpressionAttributeNames: { '#link': tokenHash },
        ConsistentRead: true,
      }),
    );
    const link = found ? linksOf(found).find((l) => l.tokenHash === tokenHash) : undefined;
    if (!link) return null;
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    return Item ? { list: fromListItem(Item), link } : null;
  }

  async function linksOfList(listId: string): Promise<FamilyLinkRecord[]> {
    const key = caseKeys.listKeyOf(listId);
    if (!key) return [];
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: key, ProjectionExpression: 'links', ConsistentRead: true }),
    );
    return Item ? linksOf(Item) : [];
  }

  /** Withdraws the given links (idempotently: a link already withdrawn keeps its first date). */
  async function revokeLinks(listId: string, links: readonly FamilyLinkRecord[], at: string): Promise<void> {
    const key = caseKeys.listKeyOf(listId);
    if (!key) return;
    await Promise.all(
      links.map((link) =>
        client
          .send(
            new UpdateCommand({
              TableName: tableName,
              Key: key,
              UpdateExpression: 'SET links.#link.revokedAt = :at',
              ConditionExpression: 'links.#link.revokedAt = :none',
              ExpressionAttributeNames: { '#link': link.tokenHash },
              ExpressionAttributeValues: { ':at': at, ':none': null },
            }),
          )
          .catch((error: unknown) => {
            if (!isConditionFailure(error)) throw error;
          }),
      ),
    );
  }

  /** Counts one failed link guess from a source in a time window (throttle.ts); false past the limit. */
  function countFailedGuess(
    source: string,
    window: number,
    limit: number,
    expiresAtEpochSeconds: number,
  ): Promise<boolean> {
    return countInWindow({ client, tableName }, { source, window, limit, expiresAtEpochSeconds });
  }

  return {
    latestCaseVersion,
    firstCaseListAt,
    settingsInStrips,
    getSettings,
    getLocalRightsInfo,
    localRightsKey,
    localRightsFrom,
    /** The attributes localRightsFrom reads, for a read that projects them. */
    localRightsAttributes: ['info'] as const,
    putLocalRightsInfo,
    latestCaseList,
    newListId,
    firstListKeys,
    reachPointersInStrips,
    newListWrite,
    getList,
    listsForCase,
    putFamilyLink,
    listByLink,
    linksOfList,
    revokeLinks,
    countFailedGuess,
  };
}

/** A stored list, with what lists made under older rules never stored derived (core/lists/stored-list.ts). */
export function fromListItem(item: Record<string, unknown>): TailoredList {
  const packed = item[LIST_DOCUMENT] as Uint8Array | undefined;
  // Lists stored before compression hold their JSON as a string in `doc`.
  const json = packed ? inflateRawSync(packed).toString('utf8') : (item.doc as string);
  return fromStoredList(JSON.parse(json) as StoredList);
}

type LinkAttributes = Omit<FamilyLinkRecord, 'tokenHash'>;

function linkAttributes(link: FamilyLinkRecord): LinkAttributes {
  return { createdAt: link.createdAt, expiresAt: link.expiresAt, revokedAt: link.revokedAt };
}

function linksOf(item: Record<string, unknown>): FamilyLinkRecord[] {
  const links = (item.links ?? {}) as Record<string, LinkAttributes>;
  return Object.entries(links)
    .map(([tokenHash, l]) => ({
      tokenHash,
      createdAt: l.createdAt,
      expiresAt: l.expiresAt,
      revokedAt: l.revokedAt ?? null,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
