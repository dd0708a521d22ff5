import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, Setting } from '../core/model.js';
import type { DocumentClient } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fromSettingItem, type SettingItem } from './items.js';
import { REGISTER_PARTITION, registerPrefix } from './keys.js';

/**
 * A page of the register (gsi1's REGISTER partition, in LA-then-name order), of one LA or all,
 * holding only the settings `keep` holds to; the next page follows the last setting returned.
 * `cursorQuery` names the question, so a cursor is refused by another one. The register search
 * (listSettings) and the LA's stale figures (staleCapacity) both read the register so.
 */
export async function pageOfRegister(
  { client, tableName }: { client: DocumentClient; tableName: string },
  request: {
    laCode: string | null | undefined;
    keep: (setting: Setting) => boolean;
    cursorQuery: string;
    first: number;
    after: string | null | undefined;
  },
): Promise<Page<Setting>> {
  const prefix = registerPrefix(request.laCode);
  let startKey: Record<string, unknown> | undefined = decodeCursor(
    request.after,
    'after',
    request.cursorQuery,
    ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
    (key) => key.gsi1pk === REGISTER_PARTITION && (key.gsi1sk ?? '').startsWith(prefix),
  );
  const matches: { item: Setting; key: Record<string, string> }[] = [];
  do {
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :register AND begins_with(gsi1sk, :prefix)',
        ExpressionAttributeValues: { ':register': REGISTER_PARTITION, ':prefix': prefix },
        ExclusiveStartKey: startKey,
        Limit: Math.max(50, request.first * 2),
      }),
    );
    for (const raw of result.Items ?? []) {
      const item = raw as SettingItem;
      const setting = fromSettingItem(item);
      if (!request.keep(setting)) continue;
      matches.push({
        item: setting,
        key: { pk: item.pk, sk: item.sk, gsi1pk: item.gsi1pk, gsi1sk: item.gsi1sk },
      });
      if (matches.length > request.first) break;
    }
    startKey = result.LastEvaluatedKey;
  } while (matches.length <= request.first && startKey);
  return {
    items: matches
      .slice(0, request.first)
      .map((m) => ({ item: m.item, cursor: encodeCursor(m.key, request.cursorQuery) })),
    hasNextPage: matches.length > request.first,
  };
}
