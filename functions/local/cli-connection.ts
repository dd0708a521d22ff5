import { createDocumentClient, type DocumentClient } from '../store/client.js';

/** The command line or environment is wrong: exit 2 with the message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The running `npm start`'s DynamoDB Local, for the local commands: DYNAMODB_ENDPOINT (the
 * "DynamoDB:" address it prints) and TABLE_NAME (default "openplace"), as `npm run import:gias` takes.
 */
export function localConnection(
  env: Record<string, string | undefined>,
  command: string,
): { endpoint: string; tableName: string; client: DocumentClient } {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  if (!endpoint) {
    throw new UsageError(
      `Set DYNAMODB_ENDPOINT to the "DynamoDB:" address \`npm start\` printed:\n` +
        `  DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run ${command}`,
    );
  }
  const tableName = env.TABLE_NAME?.trim() || 'openplace';
  const client = createDocumentClient({
    endpoint,
    region: 'eu-west-2',
    // DynamoDB Local (run with -sharedDb, as npm start does) accepts any credentials.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { endpoint, tableName, client };
}

/** The few failures a person can fix, said plainly; anything else as it came. */
export function explainLocalFailure(
  error: unknown,
  connection: { endpoint: string; tableName: string },
): string {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: string } | null)?.code;
  if (name === 'ResourceNotFoundException') {
    return `Table "${connection.tableName}" does not exist at ${connection.endpoint}. Start the API once (npm start creates it) or set TABLE_NAME.`;
  }
  if (code === 'ECONNREFUSED') {
    return `Nothing answers at ${connection.endpoint}: is \`npm start\` running, and is that the "DynamoDB:" address it printed?`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
