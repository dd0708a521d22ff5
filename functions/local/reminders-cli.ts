import './sdk-node-notice.js';
import { reminderJobStores } from '../compose.js';
import { ConfigError, capacityReminderDays, publicBaseUrl } from '../config.js';
import { createFolderMailer } from '../reminders/folder-mailer.js';
import { runCapacityReminders } from '../services/capacity-reminder-job.js';
import { explainLocalFailure, localConnection, UsageError } from './cli-connection.js';
import { REMINDERS_DIR } from './paths.js';

// `DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run reminders -- [--dry-run]`: runs the capacity
// reminder job once against the local table, as the schedule does daily in AWS, writing each
// message to .openplace/reminders/ (REMINDERS_DIR) instead of sending it. With --dry-run nothing is
// claimed (run it again and the same messages are written again); without, each setting is
// claimed for the window, so a second run writes nothing new. Prints the counts as JSON (last
// line of standard output). Exit codes: 0 ran, 1 it could not, 2 the command line or environment is wrong.

async function main(argv: readonly string[]): Promise<number> {
  let connection: ReturnType<typeof localConnection>;
  let days: number;
  let base: string;
  const unknown = argv.filter((a) => a !== '--dry-run');
  try {
    if (unknown.length > 0)
      throw new UsageError(`Unknown argument ${unknown[0]}: the only option is --dry-run.`);
    days = capacityReminderDays();
    base = publicBaseUrl() ?? 'http://localhost:4000';
    connection = localConnection(process.env, 'reminders');
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  const folder = process.env.REMINDERS_DIR?.trim() || REMINDERS_DIR;
  try {
    const result = await runCapacityReminders({
      store: reminderJobStores(connection.client, connection.tableName).reminders,
      mailer: createFolderMailer({ folder, from: 'OpenPlace <reminders@localhost>' }),
      now: () => new Date(),
      days,
      publicBaseUrl: base,
      dryRun,
      log: { warn: (message, extra) => console.error(message, extra ?? '') },
    });
    console.error(
      `${result.sent} reminder(s) written to ${folder}${dryRun ? ' (dry run: nothing claimed)' : ''}; ` +
        `${result.stale} setting(s) with stale figures, ${result.skippedNoContacts} with nobody to remind, ` +
        `${result.alreadyClaimed} already reminded in this window.`,
    );
    console.log(JSON.stringify(result));
    return 0;
  } catch (error) {
    console.error(explainLocalFailure(error, connection));
    return 1;
  } finally {
    connection.client.destroy();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
