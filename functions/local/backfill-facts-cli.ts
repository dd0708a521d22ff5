import './sdk-node-notice.js';
import { backfillListFacts } from '../compose.js';
import { connectionFromEnv, UsageError } from '../importer/cli-options.js';
import { createBulkDocumentClient } from '../store/client.js';
import { explainLocalFailure } from './cli-connection.js';

// `npm run backfill:facts`: files the sufficiency facts of every list stored before lists kept
// them (issue 24), once, for a table that holds such lists — a deployed one after the release, or
// one restored from a backup. New lists file their own. Safe to run again, and while people use
// the service: a list's facts are written only while the list is still there.
//   local: DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run backfill:facts
//   AWS:   TABLE_NAME=<the stack's table> AWS_REGION=eu-west-2 npm run backfill:facts  (credentials that may Scan it)
// Prints the counts as JSON (last line of standard output). Exit codes: 0 done, 1 it could not, 2
// the command line or environment is wrong.

async function main(argv: readonly string[]): Promise<number> {
  let connection: NonNullable<ReturnType<typeof connectionFromEnv>>;
  try {
    if (argv.length > 0) throw new UsageError(`Unknown argument ${argv[0]}: the command takes none.`);
    connection = connectionFromEnv(process.env, false) as NonNullable<ReturnType<typeof connectionFromEnv>>;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(
      argv.length > 0
        ? error.message
        : [
            'Which table? Set DYNAMODB_ENDPOINT and/or TABLE_NAME:',
            '  local:  DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run backfill:facts',
            "  AWS:    TABLE_NAME=<the stack's table> AWS_REGION=eu-west-2 npm run backfill:facts",
          ].join('\n'),
    );
    return 2;
  }
  // Patient limits (BULK_LOAD_LIMITS): a throttled table slows the backfill down, never ends it.
  const client = createBulkDocumentClient({
    region: connection.region,
    ...(connection.endpoint
      ? { endpoint: connection.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  try {
    const result = await backfillListFacts(
      client,
      connection.tableName,
    )((filed) => console.error(`${filed} list(s) filed so far…`));
    console.error(
      `${result.filed} of ${result.lists} stored list(s) have their facts filed` +
        (result.filed < result.lists ? ' (the rest went while it ran: erased or expired).' : '.'),
    );
    console.log(JSON.stringify(result));
    return 0;
  } catch (error) {
    console.error(
      explainLocalFailure(error, {
        endpoint: connection.endpoint ?? `DynamoDB in ${connection.region}`,
        tableName: connection.tableName,
      }),
    );
    return 1;
  } finally {
    client.destroy();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
