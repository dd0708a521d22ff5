import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { keys } from './keys.js';
import { TABLE_DEFINITION } from './table-definition.js';

/**
 * Staff sessions live in a sealed cookie (web/auth/session.ts), so signing out must be written
 * down, or a copy of the cookie would keep working until it expired: signing out records the
 * session's id until then, and every signed-in page checks it.
 */
export function createSessionStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  return {
    async endSession(sessionId: string, expiresAtEpochSeconds: number): Promise<void> {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.endedSession(sessionId),
            [TABLE_DEFINITION.timeToLiveAttribute]: expiresAtEpochSeconds,
          },
        }),
      );
    },

    async hasEnded(sessionId: string): Promise<boolean> {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: keys.endedSession(sessionId), ConsistentRead: true }),
      );
      return Item !== undefined;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
