import { join } from 'node:path';
import { ConfigError } from '../config.js';
import { loadEnglandRegister, WEST_SUSSEX_AND_NEIGHBOURS } from '../reference/load-england.js';
import { DynamoDbLocalError } from './dynamodb-local.js';
import { STATE_DIR } from './paths.js';
import { startLocalStack } from './runtime.js';
import { seedDemoRegister } from './seed.js';

// `npm start`: DynamoDB Local (persisting under .openplace/), the seeded demo register, and the
// Lambda handler on http://localhost:4000/graphql, with ready-to-paste tokens.

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${process.env.PORT}".`);
  const log = (line: string) => console.log(line);
  const stack = await startLocalStack({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    tableName: process.env.TABLE_NAME ?? 'openplace',
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT ?? null,
    dataDir: join(STATE_DIR, 'data'),
    logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? 'WARN',
    log,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping the API and DynamoDB Local…`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const seeded = await seedDemoRegister(stack.client, stack.tableName);
  log('Loading real schools of West Sussex and its neighbours (first start only; about half a minute)…');
  const reference = await loadEnglandRegister({
    client: stack.client,
    tableName: stack.tableName,
    laCodes: WEST_SUSSEX_AND_NEIGHBOURS,
  });
  const officer = stack.auth.mint({ role: 'officer', laCodes: ['938'], subject: 'demo-officer-938' });
  const otherOfficer = stack.auth.mint({ role: 'officer', laCodes: ['846'], subject: 'demo-officer-846' });
  const school = stack.auth.mint({
    role: 'setting',
    settingIds: ['demo-oakfield'],
    subject: 'demo-senco-oakfield',
  });
  log(`
OpenPlace API ready at ${stack.url.replace('127.0.0.1', 'localhost')}
  DynamoDB: ${stack.dynamodbEndpoint} (table ${stack.tableName})
  Register: ${seeded} fictional demo settings, and the real schools of LAs ${WEST_SUSSEX_AND_NEIGHBOURS.join(', ')}
            (${reference.skipped ? 'loaded on an earlier start' : `${reference.loaded} loaded now`}; their designations and capacity are SYNTHETIC)

Tokens (valid 12 hours; send as  Authorization: Bearer <token>):
  LA officer, West Sussex (938):
    ${officer}
  LA officer, Brighton and Hove (846):
    ${otherOfficer}
  Staff of Oakfield Primary School (demo-oakfield):
    ${school}
More: npm run token -- officer 938   |   npm run token -- setting <settingId>

Press Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? 4000} is already in use: stop what is using it, or run with PORT=4001 npm start.`,
    );
  } else if (error instanceof DynamoDbLocalError || error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
