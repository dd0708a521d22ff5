import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Page } from '../core/model.js';
import { isFirstHit, type SearchQuery, type SearchResult } from '../core/search.js';
import { type SearchFilter, searchResultMatches } from '../core/setting-filter.js';
import type { DocumentClient } from './client.js';
import { fromSearchPointerDoc, SEARCH_TEXT } from './items.js';
import { searchPartition } from './keys.js';
import { cursorPage, type RawItem, type RawQuery, rawQueryPages } from './query-pages.js';
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
    filter: SearchFilter = {},
  ): Promise<Page<SearchResult>> {
    const partition = searchPartition(query.lead);
    const filterValues = Object.fromEntries(
      query.others.map((word, i): [string, AttributeValue] => [`:w${i}`, { S: ` ${word}` }]),
    );
    const input: RawQuery = {
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
    };
    // The first read is sized to the page; each further one reads four times as many.
    const firstRead = Math.min(MAX_READ, (page.first + 1) * READ_AHEAD);
    const seen = new Set<string>();
    return cursorPage<RawItem, SearchResult>(
      (startKey) =>
        rawQueryPages(client, input, { startKey, limit: (n) => Math.min(MAX_READ, firstRead * 4 ** n) }),
      {
        first: page.first,
        after: page.after,
        // Every word, so a cursor of another query (even one read from the same lead) is refused.
        cursorQuery: `search:${query.words.join(' ')}|${filter.laCode ?? ''}|${filter.kind ?? ''}`,
        keyAttributes: ['pk', 'sk', 'gsi6pk', 'gsi6sk'],
        isOwnKey: (key) => key.gsi6pk === partition && (key.gsi6sk ?? '').startsWith(query.lead),
        keep: (item) => {
          const doc = item.doc?.S;
          const word = item.word?.S;
          if (doc === undefined || word === undefined) return null;
          const setting = fromSearchPointerDoc(doc);
          if (!isFirstHit(word, setting, query.lead) || seen.has(setting.id)) return null;
          if (!searchResultMatches(setting, filter)) return null;
          seen.add(setting.id);
          return setting;
        },
      },
    );
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
