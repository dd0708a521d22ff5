import { isLaCode } from '../core/la-code.js';
import './sdk-node-notice.js';
import { join } from 'node:path';
import { ConfigError } from '../config.js';
import { createFolderPublisher } from '../events/folder-publisher.js';
import { UnknownLaCodeError, WEST_SUSSEX_AND_NEIGHBOURS } from '../reference/load-england.js';
import { DynamoDbLocalError, STOP_GRACE_MS } from './dynamodb-local.js';
import { EVENTS_DIR, STATE_DIR } from './paths.js';
import { loadReferenceRegister, RegisterLoadError } from './register-load.js';
import { DRAIN_GRACE_MS, startLocalStack } from './runtime.js';
import { seedDemoRegister } from './seed.js';
import { startSnapshotLoop } from './snapshot-loop.js';

// `npm start`: DynamoDB Local (persisting under .openplace/), the seeded demo register, and the
// Lambda handler on http://localhost:4000/graphql, with ready-to-paste tokens; journey events are
// published from the outbox to .openplace/events/events.jsonl every few seconds.
// SIGTERM or SIGINT (Ctrl-C): no new connections, requests in flight finish, then DynamoDB Local
// stops; the process is gone within EXIT_DEADLINE_MS.

/** How often the outbox is published locally (in AWS, the table's stream does it within a second or so). */
const EVENTS_INTERVAL_MS = 3_000;

/** The drain, DynamoDB Local's stop, and a second to spare; past it the process exits anyway. */
const EXIT_DEADLINE_MS = DRAIN_GRACE_MS + STOP_GRACE_MS + 1_000;

let stopping = false;

/** The first start's register load, measured on this project's 2-core machines: 28 s idle, 249 s beside three busy processes (README). */
const FIRST_LOAD_TIME = 'about 30 s; several minutes on a busy machine';

/** REFERENCE_LAS: the LAs of the England reference register to load, or `none`. */
function referenceLas(raw: string | undefined): readonly string[] {
  const value = raw?.trim();
  if (!value) return WEST_SUSSEX_AND_NEIGHBOURS;
  if (value === 'none') return [];
  const codes = value.split(',').map((code) => code.trim());
  const wrong = codes.filter((code) => !isLaCode(code));
  if (wrong.length > 0) {
    throw new ConfigError(`REFERENCE_LAS must be 3-digit LA codes separated by commas, or none: "${raw}".`);
  }
  return codes;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${process.env.PORT}".`);
  const laCodes = referenceLas(process.env.REFERENCE_LAS);
  const log = (line: string) => console.log(line);
  const events = createFolderPublisher({ folder: process.env.EVENTS_DIR?.trim() || EVENTS_DIR });
  const stack = await startLocalStack({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    tableName: process.env.TABLE_NAME ?? 'openplace',
    dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT ?? null,
    dataDir: process.env.DATA_DIR?.trim() || join(STATE_DIR, 'data'),
    logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? 'WARN',
    log,
    events: { publisher: events, intervalMs: EVENTS_INTERVAL_MS },
  });
  const stop = async (signal: string) => {
    if (stopping) {
      log(`${signal}: already stopping (at most ${EXIT_DEADLINE_MS / 1000} s).`);
      return;
    }
    stopping = true;
    setTimeout(() => {
      console.error(`Not stopped after ${EXIT_DEADLINE_MS / 1000} s: exiting anyway.`);
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    log(
      `\n${signal}: finishing requests in flight (up to ${DRAIN_GRACE_MS / 1000} s), then stopping DynamoDB Local…`,
    );
    const { cutOff } = await stack.stop();
    if (cutOff > 0) log(`${cutOff} request(s) did not finish in time and were cut off.`);
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  // Seeding and loading use the bulk client: patient, so a busy machine slows the first start
  // down rather than ending it (the API's own client keeps its quick limits).
  const seeded = await seedDemoRegister(stack.bulkClient, stack.tableName);
  if (laCodes.length > 0) {
    log(`Loading real schools of LAs ${laCodes.join(', ')} (first start only; ${FIRST_LOAD_TIME})…`);
  }
  const reference =
    laCodes.length > 0
      ? await loadReferenceRegister({ client: stack.bulkClient, tableName: stack.tableName, laCodes, log })
      : null;
  // The snapshot every list-making instance starts from, written by the scheduled writer's path.
  const snapshot = await startSnapshotLoop({ client: stack.bulkClient, tableName: stack.tableName }, log);
  process.once('exit', () => snapshot.stop());
  const officer = stack.auth.mint({ role: 'officer', laCodes: ['938'], subject: 'demo-officer-938' });
  const otherOfficer = stack.auth.mint({ role: 'officer', laCodes: ['846'], subject: 'demo-officer-846' });
  const school = stack.auth.mint({
    role: 'setting',
    settingIds: ['demo-oakfield'],
    subject: 'demo-senco-oakfield',
  });
  const demo = await demoFamilyLink(stack.url, officer);
  log(`
OpenPlace API ready at ${stack.url.replace('127.0.0.1', 'localhost')}
  DynamoDB: ${stack.dynamodbEndpoint} (table ${stack.tableName})
  Events:   ${events.file} (every ${EVENTS_INTERVAL_MS / 1000} s)
  Register: ${seeded} fictional demo settings${
    reference
      ? `, and the real schools of LAs ${laCodes.join(', ')}
            (${reference.skipped ? 'loaded on an earlier start' : `${reference.loaded} loaded now`}; their designations and capacity are SYNTHETIC)`
      : ' (REFERENCE_LAS=none: no real schools)'
  }

Tokens (valid 12 hours; send as  Authorization: Bearer <token>):
  LA officer, West Sussex (938):
    ${officer}
  LA officer, Brighton and Hove (846):
    ${otherOfficer}
  Staff of Oakfield Primary School (demo-oakfield):
    ${school}
More: npm run token -- officer 938   |   npm run token -- setting <settingId>

Pages: ${stack.baseUrl.replace('127.0.0.1', 'localhost')}/  and  /your-rights/938
Staff pages: ${stack.baseUrl.replace('127.0.0.1', 'localhost')}/staff  (sign in on the development page: pick a demo officer or school)
A family's page (demo case DEMO/0001, a new list version and a new link at every start):
  ${demo.replace('127.0.0.1', 'localhost')}
Overdue consultations: DYNAMODB_ENDPOINT=${stack.dynamodbEndpoint} npm run journey:overdue

Press Ctrl-C to stop.`);
}

/**
 * A list for the demo case, made through the API as an officer would: each start makes the next
 * version and a new link (only links' hashes are stored, so an old link cannot be shown again).
 */
async function demoFamilyLink(apiUrl: string, officerToken: string): Promise<string> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${officerToken}` },
    body: JSON.stringify({
      query:
        'mutation Demo($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) { familyLink { url } } }',
      variables: {
        input: {
          caseReference: 'DEMO/0001',
          laCode: '938',
          age: 9,
          startDate: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10),
          primaryNeed: 'ASD',
          secondaryNeeds: ['SLCN'],
          home: { lat: 51.063, lon: -0.3 },
          maxTravelKm: 20,
          familyChoices: [{ settingId: 'demo-meadowhouse' }],
        },
      },
    }),
  });
  const body = (await response.json()) as {
    data?: { generateTailoredList?: { familyLink: { url: string } } };
    errors?: { message: string }[];
  };
  const url = body.data?.generateTailoredList?.familyLink.url;
  if (!url) return `(no demo list: ${body.errors?.[0]?.message ?? response.status})`;
  return url;
}

main().catch((error: unknown) => {
  // Seeding cut short by a shutdown: the shutdown reports and exits.
  if (stopping) return;
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? 4000} is already in use: stop what is using it, or run with PORT=4001 npm start.`,
    );
  } else if (
    error instanceof DynamoDbLocalError ||
    error instanceof RegisterLoadError ||
    error instanceof ConfigError ||
    error instanceof UnknownLaCodeError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
