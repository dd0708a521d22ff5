import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { keys } from './keys.js';
import { TABLE_DEFINITION } from './table-definition.js';
import { isConditionFailure } from './transactions.js';

/**
 * Counts one attempt from `source` in a time window, if the window still allows one: the check and
 * the count are one conditional write, so attempts sent at once cannot all get in. Returns false
 * (nothing counted) once `limit` are used. The counter expires by TTL after the window.
 */
export async function countInWindow(
  { client, tableName }: { client: DocumentClient; tableName: string },
  counter: { source: string; window: number; limit: number; expiresAtEpochSeconds: number },
): Promise<boolean> {
  try {
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.throttle(counter.source, counter.window),
        UpdateExpression: 'ADD attempts :one SET #ttl = :expires',
        ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :limit',
        ExpressionAttributeNames: { '#ttl': TABLE_DEFINITION.timeToLiveAttribute },
        ExpressionAttributeValues: {
          ':one': 1,
          ':expires': counter.expiresAtEpochSeconds,
          ':limit': counter.limit,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
