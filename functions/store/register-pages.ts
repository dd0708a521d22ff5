import type { Page, Setting } from '../core/model.js';
import type { DocumentClient } from './client.js';
import { fromSettingItem, type SettingItem } from './items.js';
import { REGISTER_PARTITION, registerPrefix } from './keys.js';
import { cursorPage, type PageOptions, queryPages } from './query-pages.js';

/**
 * The one reader of the register's index (gsi1's REGISTER partition, in LA-then-name order), of
 * one LA or all: its setting items a page of the index at a time, never a table scan. The register
 * search and the LA's stale figures read it a client's page at a time (pageOfRegister), the
 * reminder job whole (ReminderStore.forEachRegisterPage).
 */
export function registerPages(
  { client, tableName }: { client: DocumentClient; tableName: string },
  laCode: string | null | undefined,
  options: PageOptions = {},
): AsyncGenerator<SettingItem[]> {
  return queryPages(
    client,
    {
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :register AND begins_with(gsi1sk, :prefix)',
      ExpressionAttributeValues: { ':register': REGISTER_PARTITION, ':prefix': registerPrefix(laCode) },
    },
    options,
  ) as AsyncGenerator<SettingItem[]>;
}

/**
 * A page of the register, of one LA or all, holding only the settings `keep` holds to; the next
 * page follows the last setting returned. `cursorQuery` names the question, so a cursor is refused
 * by another one. The register search (listSettings) and the LA's stale figures (staleCapacity)
 * both read the register so.
 */
export function pageOfRegister(
  deps: { client: DocumentClient; tableName: string },
  request: {
    laCode: string | null | undefined;
    keep: (setting: Setting) => boolean;
    cursorQuery: string;
    first: number;
    after: string | null | undefined;
  },
): Promise<Page<Setting>> {
  const prefix = registerPrefix(request.laCode);
  return cursorPage<SettingItem, Setting>(
    // Read a few pages' worth at once: most filters keep only some of what is read.
    (startKey) => registerPages(deps, request.laCode, { startKey, limit: Math.max(50, request.first * 2) }),
    {
      first: request.first,
      after: request.after,
      cursorQuery: request.cursorQuery,
      keyAttributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
      isOwnKey: (key) => key.gsi1pk === REGISTER_PARTITION && (key.gsi1sk ?? '').startsWith(prefix),
      keep: (item) => {
        const setting = fromSettingItem(item);
        return request.keep(setting) ? setting : null;
      },
    },
  );
}
