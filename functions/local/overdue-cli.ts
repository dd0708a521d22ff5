import './sdk-node-notice.js';
import { runOverdueJob } from '../compose.js';
import { explainLocalFailure, localConnection, UsageError } from './cli-connection.js';

// `DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run journey:overdue`: runs the overdue job once
// against the local table, as the schedule does in AWS every 15 minutes, and prints how many
// ConsultationOverdue events it wrote to the outbox (last line of standard output); `npm start`
// publishes them within seconds, or `npm run events:drain` does.
// Exit codes: 0 ran, 1 it could not, 2 the environment is wrong.

async function main(): Promise<number> {
  let connection: ReturnType<typeof localConnection>;
  try {
    connection = localConnection(process.env, 'journey:overdue');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  try {
    const { emitted } = await runOverdueJob({
      client: connection.client,
      tableName: connection.tableName,
      now: () => new Date(),
    });
    console.error(`${emitted} consultation(s) newly overdue: ConsultationOverdue written to the outbox.`);
    console.log(emitted);
    return 0;
  } catch (error) {
    console.error(explainLocalFailure(error, connection));
    return 1;
  } finally {
    connection.client.destroy();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
