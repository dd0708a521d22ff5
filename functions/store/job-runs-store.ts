import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client.js';
import { keys } from './keys.js';

/** When a scheduled job first ran and last completed (ISO instants; null: not yet). */
export interface JobRuns {
  firstRunAt: string;
  lastCompletedAt: string | null;
}

export type JobRunsStore = ReturnType<typeof createJobRunsStore>;

/**
 * Each scheduled job's run record (one item, keys.jobRuns): what its alarms' measurements start
 * from, so a brand-new stack measures from its first run rather than from "never".
 */
export function createJobRunsStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  return {
    /**
     * Records a run at `at` (the first run is kept; a completed run becomes the last completed)
     * and answers the record as it now is. One conditional-free update: two runs at once both land.
     */
    async recordRun(job: string, run: { at: string; completed: boolean }): Promise<JobRuns> {
      const result = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.jobRuns(job),
          UpdateExpression: run.completed
            ? 'SET firstRunAt = if_not_exists(firstRunAt, :at), lastCompletedAt = :at'
            : 'SET firstRunAt = if_not_exists(firstRunAt, :at)',
          ExpressionAttributeValues: { ':at': run.at },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const item = result.Attributes ?? {};
      return {
        firstRunAt: String(item.firstRunAt ?? run.at),
        lastCompletedAt: typeof item.lastCompletedAt === 'string' ? item.lastCompletedAt : null,
      };
    },
  };
}
