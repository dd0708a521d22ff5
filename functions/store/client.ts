import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DYNAMODB_LIMITS } from '../config.js';

export type DocumentClient = DynamoDBDocumentClient;

/**
 * The document client every store uses; created once per Lambda container or local process.
 * Its timeouts and attempts are DYNAMODB_LIMITS (functions/config.ts), from which the Lambda's
 * timeout is derived; `config` may override them (tests only).
 */
export function createDocumentClient(config: DynamoDBClientConfig = {}): DocumentClient {
  const dynamodb = new DynamoDBClient({
    // Set here rather than left to AWS_MAX_ATTEMPTS / AWS_RETRY_MODE, so the worst case the Lambda
    // timeout is derived from cannot be changed by an environment variable.
    maxAttempts: DYNAMODB_LIMITS.maxAttempts,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: DYNAMODB_LIMITS.connectionTimeoutMs,
      requestTimeout: DYNAMODB_LIMITS.requestTimeoutMs,
      // Without this, @smithy/node-http-handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
      socketTimeout: DYNAMODB_LIMITS.socketTimeoutMs,
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
