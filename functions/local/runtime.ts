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
import type { Jwks } from 'aws-jwt-verify/jwk';
import { createWebHandler } from '../../web/handler.js';
import { outboxStore } from '../compose.js';
import { type Config, capacityReminderDays, loadListsConfig, publicBaseUrl } from '../config.js';
import type { EventPublisher } from '../events/publisher.js';
import { createLambdaHandler } from '../graphql/lambda.js';
import type { FamilySearchLimit } from '../services/search-service.js';
import { createBulkDocumentClient, createDocumentClient, type DocumentClient } from '../store/client.js';
import { keys } from '../store/keys.js';
import type { RetryBudget } from '../store/retry-budget.js';
import { createTableInput, STORAGE_FORMAT, TABLE_DEFINITION } from '../store/table-definition.js';
import { loadLocalCaseKeyring, loadLocalSessionKeyring } from './case-keys.js';
import { DEV_ROLES } from './demo-register.js';
import { type DevAuth, loadDevAuth } from './dev-auth.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { createHttpAdapter } from './http-adapter.js';
import { type OutboxLoop, startOutboxLoop } from './outbox-loop.js';
import { type RequestListener, recordRequests } from './request-recorder.js';

export interface LocalStack {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** Where the pages are: e.g. http://127.0.0.1:4000 (the family's page is at /f/{token}). */
  baseUrl: string;
  dynamodbEndpoint: string;
  tableName: string;
  client: DocumentClient;
  /** The same database with a bulk load's patient limits (BULK_LOAD_LIMITS): for seeding and loading. */
  bulkClient: DocumentClient;
  auth: DevAuth;
  /** The case keyring's JSON (as CASE_KEYS takes it), for tools that start the bundle locally. */
  caseKeysJson: string;
  /**
   * Stops accepting connections, lets the requests in flight finish (for up to `graceMs`,
   * default DRAIN_GRACE_MS), then stops DynamoDB Local if this stack started it. Resolves with
   * how many requests were cut off.
   */
  stop(options?: { graceMs?: number }): Promise<{ cutOff: number }>;
}

/**
 * How long stopping waits for requests in flight. With DynamoDB Local's STOP_GRACE_MS after it, a
 * stop takes at most 8 s: inside the 10 s that `docker stop`, for one, allows before SIGKILL.
 * (A request stuck on a frozen DynamoDB would need the client's ~6 s; it is cut off instead.)
 */
export const DRAIN_GRACE_MS = 5_000;

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
  /** Test seam: the register's retry budget under contention (never set from the environment). */
  retry?: RetryBudget;
  /** Test seam: searches a family link may make per window (never set from the environment). */
  familySearchLimit?: FamilySearchLimit;
  /** Test seam: the API's clock, for the journey's statutory dates (never set from the environment). */
  now?: () => Date;
  /**
   * Publish the outbox's journey events every `intervalMs` (what the stream forwarder does in AWS).
   * Off when absent: tests drain the outbox themselves, when they choose.
   */
  events?: { publisher: EventPublisher; intervalMs: number };
  /**
   * Test seam: told of every DynamoDB request the API's and the pages' handlers (and the outbox
   * loop) send, each through its own client, to hold them against the entry's IAM role.
   */
  requests?: {
    api?: RequestListener;
    web?: RequestListener;
    forwarder?: RequestListener;
    /** Ask DynamoDB for the capacity each recorded request consumes (the benchmark's). */
    consumedCapacity?: boolean;
  };
  /**
   * Test seam (the AWS emulator tier's): the API verifies access tokens of this Cognito user pool
   * and these clients, as in AWS, with the pool's signing keys given up front (an emulator's pool
   * cannot be fetched from Cognito's address), instead of the local development issuer's tokens.
   * The pages keep the development sign-in. Never set from the environment.
   */
  cognito?: { userPoolId: string; clientIds: string[]; jwks: Jwks };
}

/** DynamoDB Local, the table, and the Lambda handler behind a local HTTP endpoint. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const database = options.dynamodbEndpoint
    ? { endpoint: options.dynamodbEndpoint, stop: async () => {} }
    : await startDynamoDbLocal({ dataDir: options.dataDir, log: options.log });
  try {
    const connection = {
      endpoint: database.endpoint,
      region: 'eu-west-2',
      // DynamoDB Local (run with -sharedDb) accepts any credentials; these keep the SDK from
      // looking for real ones on a developer's machine.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
    // The API's client, with the same limits as in AWS (so a stuck DynamoDB Local fails requests
    // as DynamoDB would), also lent to seeding and tests: their writes are safe to retry.
    const client = createDocumentClient(connection);
    const bulkClient = createBulkDocumentClient(connection);
    // Each entry (the API, the pages, the outbox loop standing in for the forwarder) with a client
    // of its own, as each Lambda has: its requests can be recorded and told apart.
    const ownClients: DocumentClient[] = [];
    const clientFor = (listener: RequestListener | undefined): DocumentClient => {
      const own = createDocumentClient(connection);
      if (listener)
        recordRequests(own, listener, { consumedCapacity: options.requests?.consumedCapacity ?? false });
      ownClients.push(own);
      return own;
    };
    // Creating the table is not safe to retry and, on a JVM just started, takes about a second:
    // one patient attempt each.
    const admin = createDocumentClient({
      ...connection,
      maxAttempts: 1,
      requestHandler: { requestTimeout: 60_000, throwOnRequestTimeout: true, socketTimeout: 60_000 },
    });
    try {
      await ensureTable(admin, options.tableName, options.log);
    } finally {
      admin.destroy();
    }
    const auth = await loadDevAuth();
    const config: Config = {
      tableName: options.tableName,
      dynamodbEndpoint: database.endpoint,
      region: 'eu-west-2',
      auth: options.cognito
        ? { kind: 'cognito', userPoolId: options.cognito.userPoolId, clientIds: options.cognito.clientIds }
        : auth.config,
      introspection: true,
      landingPage: true,
      lists: loadListsConfig(),
      caseKeys: { kind: 'inline', json: await loadLocalCaseKeyring() },
      publicBaseUrl: publicBaseUrl(),
      capacityReminderDays: capacityReminderDays(),
    };
    // The server's own origin, once it listens (PUBLIC_BASE_URL, when set, wins in the handler).
    let origin = '';
    const logger = new Logger({ serviceName: 'openplace', logLevel: options.logLevel ?? 'INFO' });
    const http = createHttpAdapter(
      createLambdaHandler(config, {
        logger,
        client: clientFor(options.requests?.api),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.familySearchLimit ? { familySearchLimit: options.familySearchLimit } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.cognito ? { cognitoJwks: options.cognito.jwks } : {}),
        publicBaseUrl: () => origin,
      }),
      '/graphql',
      createWebHandler(
        {
          ...config,
          // Staff sign in through the development page (AUTH_MODE=local), as tokens are minted locally.
          signIn: { kind: 'dev' },
          sessionKeys: { kind: 'inline', json: await loadLocalSessionKeyring() },
          sessionHours: 8,
        },
        {
          devRoles: DEV_ROLES,
          logger: new Logger({ serviceName: 'openplace-web', logLevel: options.logLevel ?? 'INFO' }),
          client: clientFor(options.requests?.web),
          ...(options.now ? { now: options.now } : {}),
        },
      ),
    );
    http.server.listen(options.port, options.host ?? '127.0.0.1');
    await once(http.server, 'listening');
    const { port } = http.server.address() as AddressInfo;
    origin = `http://${options.host === '0.0.0.0' ? 'localhost' : (options.host ?? '127.0.0.1')}:${port}`;
    const outboxLoop: OutboxLoop | null = options.events
      ? startOutboxLoop({
          outbox: outboxStore(clientFor(options.requests?.forwarder), options.tableName),
          ...options.events,
          ...(options.log ? { log: options.log } : {}),
        })
      : null;
    let stopping: Promise<{ cutOff: number }> | null = null;
    return {
      url: `${origin}/graphql`,
      baseUrl: config.publicBaseUrl ?? origin,
      dynamodbEndpoint: database.endpoint,
      tableName: options.tableName,
      client,
      bulkClient,
      auth,
      caseKeysJson: config.caseKeys.kind === 'inline' ? config.caseKeys.json : '',
      stop({ graceMs = DRAIN_GRACE_MS } = {}) {
        // Requests (and the outbox loop's tick) first, then the database they use. Events written
        // by the last requests stay in the outbox, for the next start to publish if it is persisted.
        stopping ??= (async () => {
          const [drained] = await Promise.all([
            http.close(graceMs),
            outboxLoop ? withinMs(outboxLoop.stop(), graceMs) : null,
          ]);
          client.destroy();
          bulkClient.destroy();
          for (const own of ownClients) own.destroy();
          await database.stop();
          return drained;
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** Waits for `work`, but no longer than `ms` (a tick stuck on a frozen DynamoDB is cut off). */
function withinMs(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
