import {
  type AttributeValue,
  QueryCommand as RawQueryCommand,
  type QueryCommandInput as RawQueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../core/model.js';
import type { DocumentClient } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';

// The store's one DynamoDB paging loop. A Query answers at most 1 MB (or its Limit) at a time and
// says where it stopped (LastEvaluatedKey); every read of more than one answer goes through here,
// so the loop's stop rule, its start key and its look-ahead are written once.

/** A start key as cursors carry it: the table's and the index's key attributes, all strings. */
export type StartKey = Record<string, string>;

/** An item as the document client gives it. */
export type DocItem = NonNullable<QueryCommandOutput['Items']>[number];
/** An item as the plain client gives it (read so where converting every item would cost too much). */
export type RawItem = Record<string, AttributeValue>;

/** A Query for the document client; the helper sets where each read starts. */
export type DocQuery = Omit<QueryCommandInput, 'ExclusiveStartKey'>;
/** A Query for the plain client; the helper sets where each read starts. */
export type RawQuery = Omit<RawQueryCommandInput, 'ExclusiveStartKey'>;

export interface PageOptions {
  /** Where the first read starts (a cursor's key), else at the query's beginning. */
  startKey?: StartKey | undefined;
  /**
   * The Limit of each read, overriding the query's: a number, or by the read's number (0 first),
   * for a reader that reads more at once the further it has to go.
   */
  limit?: number | ((read: number) => number) | undefined;
}

/**
 * The pages of a Query (document client), read one after another, each from where the last
 * stopped, until DynamoDB says there is no more. Lazy: a caller that stops early (break, return)
 * causes no further read.
 */
export function queryPages(
  client: DocumentClient,
  input: DocQuery,
  options: PageOptions = {},
): AsyncGenerator<DocItem[]> {
  return pagesOf<DocItem, Record<string, unknown>>(async (startKey, read) => {
    const limit = limitOf(options.limit, read);
    const result = await client.send(
      new QueryCommand({
        ...input,
        ...(limit === undefined ? {} : { Limit: limit }),
        ExclusiveStartKey: startKey,
      }),
    );
    return { items: result.Items ?? [], next: result.LastEvaluatedKey };
  }, options.startKey);
}

/** queryPages for the plain client: items stay DynamoDB attribute values. */
export function rawQueryPages(
  client: DocumentClient,
  input: RawQuery,
  options: PageOptions = {},
): AsyncGenerator<RawItem[]> {
  const startKey = options.startKey
    ? Object.fromEntries(
        Object.entries(options.startKey).map(([k, v]): [string, AttributeValue] => [k, { S: v }]),
      )
    : undefined;
  return pagesOf<RawItem, Record<string, AttributeValue>>(async (exclusiveStartKey, read) => {
    const limit = limitOf(options.limit, read);
    const result = await client.send(
      new RawQueryCommand({
        ...input,
        ...(limit === undefined ? {} : { Limit: limit }),
        ExclusiveStartKey: exclusiveStartKey,
      }),
    );
    return { items: result.Items ?? [], next: result.LastEvaluatedKey };
  }, startKey);
}

/** Every item a Query finds, in its order: for reads known to be small (a partition of a few items). */
export async function queryAll(client: DocumentClient, input: DocQuery): Promise<DocItem[]> {
  const all: DocItem[] = [];
  for await (const items of queryPages(client, input)) all.push(...items);
  return all;
}

/**
 * The first `want` items `keep` gives something for (a filter applied after reading), in the pages'
 * order, with the items they came from; reads no page past the one that completes them, and stops
 * at the end of the pages if they run out first.
 */
export async function firstKept<I, T>(
  pages: AsyncIterable<I[]>,
  want: number,
  keep: (item: I) => T | null,
): Promise<{ item: I; kept: T }[]> {
  const found: { item: I; kept: T }[] = [];
  if (want <= 0) return found;
  for await (const items of pages) {
    for (const item of items) {
      const kept = keep(item);
      if (kept === null) continue;
      found.push({ item, kept });
      // Returning closes the pages: the generator reads nothing more.
      if (found.length >= want) return found;
    }
  }
  return found;
}

export interface CursorPageRequest<I, T> {
  first: number;
  /** The cursor of the last item of the page before (cursor.ts), or none for the first page. */
  after: string | null | undefined;
  /**
   * Names the question — its kind, its LA and every filter — so a cursor given out for another
   * question is refused (BAD_CURSOR on `after`).
   */
  cursorQuery: string;
  /** The key attributes of the table or index read: a cursor holds these and only these. */
  keyAttributes: readonly string[];
  /** True for a start key inside what this query reads (its partition, its sort-key prefix). */
  isOwnKey: (key: StartKey) => boolean;
  /** What an item read gives the page, or null to pass it over (a filter applied after reading). */
  keep: (item: I) => T | null;
}

/**
 * One client-facing page: the cursor decoded and checked against the question (a foreign one is
 * bad input), `first` kept items read from `pages` (started at the cursor's key) plus one more to
 * tell whether there is a next page, and each item's cursor made from its own key, bound to the
 * same question.
 */
export async function cursorPage<I extends object, T>(
  pages: (startKey: StartKey | undefined) => AsyncIterable<I[]>,
  request: CursorPageRequest<I, T>,
): Promise<Page<T>> {
  const startKey = decodeCursor(
    request.after,
    'after',
    request.cursorQuery,
    request.keyAttributes,
    request.isOwnKey,
  );
  const found = await firstKept(pages(startKey), request.first + 1, request.keep);
  return {
    items: found.slice(0, request.first).map(({ item, kept }) => ({
      item: kept,
      cursor: encodeCursor(keyOf(item, request.keyAttributes), request.cursorQuery),
    })),
    hasNextPage: found.length > request.first,
  };
}

/** The loop itself: `read` answers one request from a start key; the pages end when it gives no next key. */
async function* pagesOf<I, K>(
  read: (startKey: K | undefined, n: number) => Promise<{ items: I[]; next: K | undefined }>,
  startKey: K | undefined,
): AsyncGenerator<I[]> {
  let next = startKey;
  let n = 0;
  do {
    const page = await read(next, n++);
    yield page.items;
    next = page.next;
  } while (next);
}

function limitOf(limit: PageOptions['limit'], read: number): number | undefined {
  return typeof limit === 'function' ? limit(read) : limit;
}

/** An item's key attributes as strings, from either client's form of the item. */
function keyOf(item: object, attributes: readonly string[]): StartKey {
  return Object.fromEntries(
    attributes.map((name) => {
      const value: unknown = (item as Record<string, unknown>)[name];
      const text =
        typeof value === 'string'
          ? value
          : typeof value === 'object' && value !== null && 'S' in value
            ? value.S
            : undefined;
      // Every item a query returns carries its table's and index's keys, unless a projection left
      // one out: that is a mistake in the caller, never a cursor to give out.
      if (typeof text !== 'string') throw new Error(`The item read has no string key attribute ${name}.`);
      return [name, text];
    }),
  );
}
