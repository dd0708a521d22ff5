import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BULK_LOAD_LIMITS, DYNAMODB_LIMITS } from '../config.js';

export type DocumentClient = DynamoDBDocumentClient;

/**
 * The document client every store uses; created once per Lambda container or local process.
 * Its timeouts and attempts are DYNAMODB_LIMITS (functions/config.ts), from which the Lambda's
 * timeout is derived; `config` may override them (tests only).
 */
export function createDocumentClient(
  config: DynamoDBClientConfig = {},
  limits: typeof DYNAMODB_LIMITS | typeof BULK_LOAD_LIMITS = DYNAMODB_LIMITS,
): DocumentClient {
  const dynamodb = new DynamoDBClient({
    // Set here rather than left to AWS_MAX_ATTEMPTS / AWS_RETRY_MODE, so the worst case the Lambda
    // timeout is derived from cannot be changed by an environment variable.
    maxAttempts: limits.maxAttempts,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: limits.connectionTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Without this, @smithy/node-http-handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
      socketTimeout: limits.socketTimeoutMs,
    },
    ...config,
  });
  // The SDK's logger middleware copies every response through its sensitive-data filter before
  // handing it to the logger, even the default no-op one: for a list's few hundred settings that
  // was a fifth of the request's CPU. Operations are logged by graphql/logging-plugin.ts instead.
  dynamodb.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}

/**
 * A client for one-off bulk loads (BULK_LOAD_LIMITS): patient where the API's client is quick,
 * since a load has no one waiting on a single answer and must survive a busy machine.
 */
export function createBulkDocumentClient(config: DynamoDBClientConfig = {}): DocumentClient {
  return createDocumentClient(config, BULK_LOAD_LIMITS);
}
