import { createHash } from 'node:crypto';
import { InvalidInputError } from '../core/errors.js';

type StartKey = Record<string, string>;

/**
 * Opaque to clients: the DynamoDB key of the last item they were given, bound to the query that
 * gave it (its filter or partition), so a cursor is never used to start another query.
 */
export function encodeCursor(key: StartKey, query: string): string {
  return Buffer.from(JSON.stringify({ k: key, q: queryHash(query) }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor this API gave out for this same query; anything else — garbage, a cursor of
 * another query, or a key `isOwnKey` rejects (e.g. one pointing into another partition) — is bad
 * input on `field`.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  field: string,
  query: string,
  expectedKeys: readonly string[],
  isOwnKey: (key: StartKey) => boolean,
): StartKey | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      k?: unknown;
      q?: unknown;
    };
    const key = parsed.k as StartKey | undefined;
    if (
      parsed.q === queryHash(query) &&
      typeof key === 'object' &&
      key !== null &&
      expectedKeys.every((k) => typeof key[k] === 'string' && key[k].length <= 2048) &&
      Object.keys(key).length === expectedKeys.length &&
      isOwnKey(key)
    ) {
      return key;
    }
  } catch {
    // fall through to the uniform error below
  }
  throw new InvalidInputError([
    { field, code: 'BAD_CURSOR', message: 'is not a cursor this API gave out for this query' },
  ]);
}

function queryHash(query: string): string {
  return createHash('sha256').update(query).digest('base64url').slice(0, 16);
}
