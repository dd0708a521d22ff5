import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Config, loadListsConfig } from '../config.js';
import { createLambdaHandler } from '../graphql/lambda.js';
import { createDocumentClient, type DocumentClient } from '../store/client.js';
import { keys } from '../store/keys.js';
import { createTableInput, STORAGE_FORMAT, TABLE_DEFINITION } from '../store/table-definition.js';
import { type DevAuth, loadDevAuth } from './dev-auth.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { createHttpAdapter } from './http-adapter.js';

export interface LocalStack {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  dynamodbEndpoint: string;
  tableName: string;
  client: DocumentClient;
  auth: DevAuth;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  port: number;
  host?: string;
  tableName: string;
  /** Use this DynamoDB instead of starting DynamoDB Local. */
  dynamodbEndpoint?: string | null;
  /** Persist DynamoDB Local's data in this folder; in memory when absent. */
  dataDir?: string;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  log?: (line: string) => void;
}

/** DynamoDB Local, the table, and the Lambda handler behind a local HTTP endpoint. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const database = options.dynamodbEndpoint
    ? { endpoint: options.dynamodbEndpoint, stop: async () => {} }
    : await startDynamoDbLocal({ dataDir: options.dataDir, log: options.log });
  try {
    const client = createDocumentClient({
      endpoint: database.endpoint,
      region: 'eu-west-2',
      // DynamoDB Local (run with -sharedDb) accepts any credentials; these keep the SDK from
      // looking for real ones on a developer's machine.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(client, options.tableName, options.log);
    const auth = await loadDevAuth();
    const config: Config = {
      tableName: options.tableName,
      dynamodbEndpoint: database.endpoint,
      region: 'eu-west-2',
      auth: auth.config,
      introspection: true,
      landingPage: true,
      lists: loadListsConfig(),
    };
    const logger = new Logger({ serviceName: 'openplace', logLevel: options.logLevel ?? 'INFO' });
    const server = createHttpAdapter(createLambdaHandler(config, { logger, client }));
    server.listen(options.port, options.host ?? '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${options.host === '0.0.0.0' ? 'localhost' : '127.0.0.1'}:${port}/graphql`,
      dynamodbEndpoint: database.endpoint,
      tableName: options.tableName,
      client,
      auth,
      async stop() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * Creates the table from the shared definition if it is not there yet. A local table made by an
 * older version (missing an index) is recreated: it only ever holds local development data.
 */
export async function ensureTable(
  client: DocumentClient,
  tableName: string,
  log: (line: string) => void = () => {},
): Promise<void> {
  const existing = await describe(client, tableName);
  if (existing) {
    const indexes = new Set((existing.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const format = await client.send(new GetCommand({ TableName: tableName, Key: keys.storageFormat() }));
    if (
      TABLE_DEFINITION.globalSecondaryIndexes.every((g) => indexes.has(g.indexName)) &&
      format.Item?.format === STORAGE_FORMAT
    ) {
      return;
    }
    log(`The local table ${tableName} is from an older version of OpenPlace: recreating it.`);
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    }),
  );
  await client.send(
    new PutCommand({ TableName: tableName, Item: { ...keys.storageFormat(), format: STORAGE_FORMAT } }),
  );
}

async function describe(client: DocumentClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table ?? null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}
