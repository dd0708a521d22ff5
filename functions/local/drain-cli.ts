import './sdk-node-notice.js';
import { outboxStore } from '../compose.js';
import { drainOutbox } from '../events/drain.js';
import { createFolderPublisher } from '../events/folder-publisher.js';
import { explainLocalFailure, localConnection, UsageError } from './cli-connection.js';
import { LOCAL_DRAIN_BATCH } from './outbox-loop.js';
import { EVENTS_DIR } from './paths.js';

// `DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run events:drain`: publishes every journey event
// in the local outbox to .openplace/events/events.jsonl (or EVENTS_DIR), and prints how many on
// the last line of standard output. Exit codes: 0 drained, 1 it could not, 2 the environment is wrong.

async function main(): Promise<number> {
  let connection: ReturnType<typeof localConnection>;
  try {
    connection = localConnection(process.env, 'events:drain');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const publisher = createFolderPublisher({ folder: process.env.EVENTS_DIR?.trim() || EVENTS_DIR });
  const outbox = outboxStore(connection.client, connection.tableName);
  let total = 0;
  try {
    let drained: number;
    do {
      drained = await drainOutbox(outbox, publisher, { limit: LOCAL_DRAIN_BATCH });
      total += drained;
    } while (drained === LOCAL_DRAIN_BATCH);
  } catch (error) {
    console.error(`Stopped after ${total} event(s): ${explainLocalFailure(error, connection)}`);
    return 1;
  } finally {
    connection.client.destroy();
  }
  console.error(`Published ${total} journey event(s) to ${publisher.file}.`);
  console.log(total);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
