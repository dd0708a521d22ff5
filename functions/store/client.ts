import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type DocumentClient = DynamoDBDocumentClient;

/** The document client every store uses; created once per Lambda container or local process. */
export function createDocumentClient(config: DynamoDBClientConfig = {}): DocumentClient {
  const dynamodb = new DynamoDBClient(config);
  // The SDK's logger middleware copies every response through its sensitive-data filter before
  // handing it to the logger, even the default no-op one: for a list's few hundred settings that
  // was a fifth of the request's CPU. Operations are logged by graphql/logging-plugin.ts instead.
  dynamodb.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}
