import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { createTableInput, TABLE_DEFINITION } from '../../../functions/store/table-definition.js';
import { awsJson, DYNAMODB_STREAMS } from './wire.js';

// A table on DynamoDB Local with the stream the stack gives it (NEW_IMAGE), and its records read
// with the DynamoDB Streams API (AWS_ENDPOINT_URL_DYNAMODB_STREAMS), as Lambda's poller reads them.

/** A new table from the shared definition, its stream on. */
export async function aStreamedTable(prefix: string): Promise<{ tableName: string; streamArn: string }> {
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = new DynamoDBClient({ region: 'eu-west-2' });
  try {
    const made = await client.send(
      new CreateTableCommand({
        ...createTableInput(tableName),
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      }),
    );
    const streamArn = made.TableDescription?.LatestStreamArn;
    if (!streamArn) throw new Error(`DynamoDB Local made ${tableName} without a stream.`);
    return { tableName, streamArn };
  } finally {
    client.destroy();
  }
}

interface StreamRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventVersion: string;
  eventSource: string;
  awsRegion: string;
  dynamodb: NonNullable<DynamoDBRecord['dynamodb']>;
}

/**
 * Reads the stream from its start (TRIM_HORIZON, as the forwarder's mapping starts); each call
 * returns the records written since the last, in order, as Lambda hands them to a function.
 */
export function streamReader(streamArn: string) {
  const iterators = new Map<string, string | null>();

  async function shards(): Promise<string[]> {
    const { StreamDescription } = await awsJson<{ StreamDescription: { Shards: { ShardId: string }[] } }>(
      DYNAMODB_STREAMS,
      'DescribeStream',
      { StreamArn: streamArn },
    );
    return StreamDescription.Shards.map((s) => s.ShardId);
  }

  return {
    async next(): Promise<DynamoDBRecord[]> {
      const records: DynamoDBRecord[] = [];
      for (const shardId of await shards()) {
        if (!iterators.has(shardId)) {
          const { ShardIterator } = await awsJson<{ ShardIterator: string }>(
            DYNAMODB_STREAMS,
            'GetShardIterator',
            { StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' },
          );
          iterators.set(shardId, ShardIterator);
        }
        let iterator = iterators.get(shardId) ?? null;
        while (iterator) {
          const page = await awsJson<{ Records: StreamRecord[]; NextShardIterator?: string }>(
            DYNAMODB_STREAMS,
            'GetRecords',
            { ShardIterator: iterator },
          );
          records.push(...page.Records.map((r) => ({ ...r, eventSourceARN: streamArn })));
          iterators.set(shardId, page.NextShardIterator ?? null);
          if (page.Records.length === 0) break;
          iterator = page.NextShardIterator ?? null;
        }
      }
      return records;
    },
  };
}
