import { InvalidInputError } from '../errors.js';
import type { CaseRecord, ListRequestKey } from '../journey/model.js';

// Making a list once per form: the form carries a key of its own, and the case record keeps the
// key of its latest list for a few minutes, written in the list's own transaction. A reload or a
// second click sends the same key again and gets that list back, with no new version and no new link.

/** How long a list's form key is honoured: long enough for a reload or a double click, no longer. */
export const LIST_REQUEST_KEY_MINUTES = 10;

const KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The key as given, or an InvalidInputError: a form's key is made by the page, never typed. */
export function parseListRequestKey(key: string): string {
  if (KEY.test(key)) return key;
  throw new InvalidInputError([
    {
      field: 'requestKey',
      code: 'BAD_FORMAT',
      message: 'must be the key the form was given',
      params: { format: 'form key' },
    },
  ]);
}

/** The list an earlier request with this key made, while the case still remembers it; else null. */
export function listOfRepeatedRequest(
  record: CaseRecord | null,
  key: string | null,
  at: Date,
): string | null {
  const kept = record?.listRequest;
  if (!kept || key === null || kept.key !== key) return null;
  return Date.parse(kept.until) > at.getTime() ? kept.listId : null;
}

/** The record remembering that this key made this list, for LIST_REQUEST_KEY_MINUTES from `at`. */
export function withListRequestKey(
  record: CaseRecord,
  key: string | null,
  listId: string,
  at: Date,
): CaseRecord {
  if (key === null) {
    // A list made without a key forgets an older one: a repeat of that form must not return a list
    // that is no longer the latest as though nothing had happened since.
    const { listRequest: _old, ...rest } = record;
    return rest;
  }
  const until = new Date(at.getTime() + LIST_REQUEST_KEY_MINUTES * 60_000).toISOString();
  const listRequest: ListRequestKey = { key, listId, until };
  return { ...record, listRequest };
}
