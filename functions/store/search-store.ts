import { type AttributeValue, QueryCommand as RawQueryCommand } from '@aws-sdk/client-dynamodb';
import type { Page } from '../core/model.js';
import { isFirstHit, type SearchQuery, type SearchResult } from '../core/search.js';
import type { DocumentClient } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fromSearchPointerDoc, SEARCH_TEXT } from './items.js';
import { searchPartition } from './keys.js';
import { countInWindow } from './throttle.js';

export type SearchStore = ReturnType<typeof createSearchStore>;

const SEARCH_INDEX = 'gsi6';
/** Pointers read by the first page of a query, per result wanted; later pages read more at once. */
const READ_AHEAD = 2;
const MAX_READ = 1_000;

/** The register's search index (core/search.ts, keys.ts): a query is a Query of one partition, never a Scan. */
export function createSearchStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /**
   * Open settings matching the query, in index order (the lead word's pointers by word, then
   * setting id: an exact word before longer ones), `first` at most, after the cursor given. The
   * other words are looked for by the query's filter, in DynamoDB, in each pointer's text; each
   * setting counts at its first pointer only (isFirstHit), so pages never repeat a setting.
   */
  async function searchSettings(
    query: SearchQuery,
    page: { first: number; after?: string | null },
  ): Promise<Page<SearchResult>> {
    const partition = searchPartition(query.lead);
    const cursorQuery = `search:${query.words.join(' ')}`;
    const startKey = decodeCursor(
      page.after,
      'after',
      cursorQuery,
      ['pk', 'sk', 'gsi6pk', 'gsi6sk'],
      (key) => key.gsi6pk === partition && (key.gsi6sk ?? '').startsWith(query.lead),
    );
    const filterValues = Object.fromEntries(
      query.others.map((word, i): [string, AttributeValue] => [`:w${i}`, { S: ` ${word}` }]),
    );
    const found: { item: SearchResult; key: Record<string, string> }[] = [];
    const seen = new Set<string>();
    let exclusiveStartKey: Record<string, AttributeValue> | undefined = startKey
      ? Object.fromEntries(Object.entries(startKey).map(([k, v]) => [k, { S: v }]))
      : undefined;
    let limit = Math.min(MAX_READ, (page.first + 1) * READ_AHEAD);
    do {
      const result = await client.send(
        new RawQueryCommand({
          TableName: tableName,
          IndexName: SEARCH_INDEX,
          KeyConditionExpression: '#pk = :partition AND begins_with(#sk, :lead)',
          ...(query.others.length > 0
            ? { FilterExpression: query.others.map((_, i) => `contains(#text, :w${i})`).join(' AND ') }
            : {}),
          ProjectionExpression: 'pk, sk, #pk, #sk, #word, #doc',
          ExpressionAttributeNames: {
            '#pk': `${SEARCH_INDEX}pk`,
            '#sk': `${SEARCH_INDEX}sk`,
            '#word': 'word',
            '#doc': 'doc',
            ...(query.others.length > 0 ? { '#text': SEARCH_TEXT } : {}),
          },
          ExpressionAttributeValues: {
            ':partition': { S: partition },
            ':lead': { S: query.lead },
            ...filterValues,
          },
          Limit: limit,
          ExclusiveStartKey: exclusiveStartKey,
        }),
      );
      for (const item of result.Items ?? []) {
        const doc = item.doc?.S;
        const word = item.word?.S;
        if (doc === undefined || word === undefined) continue;
        const setting = fromSearchPointerDoc(doc);
        if (!isFirstHit(word, setting, query.lead) || seen.has(setting.id)) continue;
        seen.add(setting.id);
        found.push({
          item: setting,
          key: {
            pk: item.pk?.S ?? '',
            sk: item.sk?.S ?? '',
            gsi6pk: item.gsi6pk?.S ?? '',
            gsi6sk: item.gsi6sk?.S ?? '',
          },
        });
        if (found.length > page.first) break;
      }
      exclusiveStartKey = result.LastEvaluatedKey;
      limit = Math.min(MAX_READ, limit * 4);
    } while (found.length <= page.first && exclusiveStartKey);
    return {
      items: found
        .slice(0, page.first)
        .map((f) => ({ item: f.item, cursor: encodeCursor(f.key, cursorQuery) })),
      hasNextPage: found.length > page.first,
    };
  }

  /** Counts one search against `source` in its window (throttle.ts); false once `limit` are used. */
  function countSearch(
    source: string,
    window: number,
    limit: number,
    expiresAtEpochSeconds: number,
  ): Promise<boolean> {
    return countInWindow({ client, tableName }, { source, window, limit, expiresAtEpochSeconds });
  }

  return { searchSettings, countSearch };
}
