import '../local/sdk-node-notice.js';
import { stat } from 'node:fs/promises';
import { formatSummary } from '../core/gias/summary.js';
import { createBulkDocumentClient } from '../store/client.js';
import { createImportStore } from '../store/import-store.js';
import { createRegisterStore } from '../store/register-store.js';
import {
  type CliOptions,
  type Connection,
  connectionFromEnv,
  parseCliArgs,
  USAGE,
  UsageError,
} from './cli-options.js';
import { GiasImportError, importGias } from './import-gias.js';
import { barProgress, lineProgress } from './progress.js';
import { NotAGiasFileError } from './read-gias.js';

// `npm run import:gias -- <file.csv> [--la 938 …] [--extract-date YYYY-MM-DD] [--dry-run]`
// Exit codes: 0 imported (rows may have been skipped or rejected: see the summary), 1 the import
// could not run or stopped, 2 the command line or environment is wrong.

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  let connection: Connection | null;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    connection = connectionFromEnv(process.env, options.dryRun);
    const file = await stat(options.file).catch(() => null);
    if (!file?.isFile()) throw new UsageError(`No file at ${options.file}.`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }

  const client = connection
    ? // A bulk load: patient limits (BULK_LOAD_LIMITS), so a throttled table or a busy machine
      // slows the import down rather than ending it.
      createBulkDocumentClient({
        region: connection.region,
        ...(connection.endpoint
          ? {
              endpoint: connection.endpoint,
              // DynamoDB Local (run with -sharedDb, as npm start does) accepts any credentials.
              credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            }
          : {}),
      })
    : null;
  const target =
    client && connection
      ? {
          ...createRegisterStore({ client, tableName: connection.tableName }),
          ...createImportStore({ client, tableName: connection.tableName }),
        }
      : null;
  const progress = process.stdout.isTTY
    ? barProgress(process.stdout)
    : lineProgress((line) => console.error(line));
  if (connection) {
    console.error(
      `Importing into table ${connection.tableName} at ${connection.endpoint ?? `DynamoDB in ${connection.region}`}${options.dryRun ? ' (dry run)' : ''}…`,
    );
  }
  const started = Date.now();
  try {
    const summary = await importGias(options, { target, now: () => new Date(), progress });
    console.log(`\n${formatSummary(summary)}\n\nTook ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (error instanceof GiasImportError) {
      console.log(`\nThe import stopped. What it had done until then:\n\n${formatSummary(error.summary)}`);
      console.error(`\n${explain(error.cause, connection)}`);
      return 1;
    }
    throw error;
  } finally {
    client?.destroy();
  }
}

/** The few failures a person can fix, said plainly; anything else as it came. */
function explain(cause: unknown, connection: Connection | null): string {
  const name = cause instanceof Error ? cause.name : '';
  const code = (cause as { code?: string } | null)?.code;
  if (name === 'ResourceNotFoundException' && connection) {
    return `Table "${connection.tableName}" does not exist${connection.endpoint ? ` at ${connection.endpoint}` : ''}. Start the API once (npm start creates it) or set TABLE_NAME.`;
  }
  if (code === 'ECONNREFUSED' && connection?.endpoint) {
    return `Nothing answers at ${connection.endpoint}: is \`npm start\` running, and is that the "DynamoDB:" address it printed?`;
  }
  if (cause instanceof NotAGiasFileError) return cause.message;
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  return String(cause);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
