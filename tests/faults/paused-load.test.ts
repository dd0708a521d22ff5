import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNAMODB_WORST_CASE_MS } from '../../functions/config.js';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { loadReferenceRegister } from '../../functions/local/register-load.js';
import { ensureTable } from '../../functions/local/runtime.js';
import { createBulkDocumentClient, type DocumentClient } from '../../functions/store/client.js';
import { createReferenceStore } from '../../functions/store/reference-store.js';
import { signalIfAlive } from './local-server.js';

// The first `npm start` on a busy 2-core machine: DynamoDB Local (a JVM) starved of CPU stops
// answering for seconds in the middle of the register load. Here it is paused outright with
// SIGSTOP (the Java process, not its watchdog) for 5 s mid-load, and later for longer than the
// API's client would ever wait: the load must wait both out and finish, where the API's quick
// limits ended `npm start` with a stack trace.

const PAUSE_MS = 5_000;
/** Past the API client's worst case (DYNAMODB_WORST_CASE_MS): a load on its limits fails here. */
const LONGER_THAN_THE_API_WAITS_MS = DYNAMODB_WORST_CASE_MS + 2_000;
// Rutland, Hartlepool, Brighton and Hove, and East Sussex: ~430 schools, enough to pause in the middle of.
const LAS = ['857', '805', '846', '845'];

let database: DynamoDbLocal;
let client: DocumentClient;

beforeAll(async () => {
  database = await startDynamoDbLocal();
  client = createBulkDocumentClient({
    endpoint: database.endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  if (database) signalIfAlive(database.pid, 'SIGCONT');
  client?.destroy();
  await database?.stop();
});

describe('the first start’s register load', () => {
  it('waits out DynamoDB Local paused for 5 s, and then for longer than the API would wait, and loads every LA', {
    timeout: 180_000,
  }, async () => {
    const tableName = `paused-load-${Date.now()}`;
    await ensureTable(client, tableName);
    const lines: string[] = [];
    // One pause at a time, each starting at a reading of the clock (a fake one, so every progress
    // report prints a line) from the 2nd on. The next pause waits for the first reading after the
    // last one ended: counted by readings alone, two could start together (several LAs load at
    // once, so readings can come in a burst) and the first's end would cut the second short.
    const pauses = [PAUSE_MS, LONGER_THAN_THE_API_WAITS_MS];
    const done: Promise<void>[] = [];
    let paused = false;
    let reports = 0;
    const pauseFor = (ms: number) => {
      paused = true;
      process.kill(database.pid, 'SIGSTOP');
      done.push(
        new Promise((resolve) =>
          setTimeout(() => {
            process.kill(database.pid, 'SIGCONT');
            paused = false;
            resolve();
          }, ms),
        ),
      );
    };
    const loading = loadReferenceRegister({
      client,
      tableName,
      laCodes: LAS,
      log: (line) => {
        lines.push(line);
      },
      now: () => {
        reports += 1;
        const ms = reports >= 2 && !paused ? pauses.shift() : undefined;
        if (ms) pauseFor(ms);
        return reports * 10_000;
      },
    });
    const result = await loading;
    expect(done).toHaveLength(2);
    await Promise.all(done);
    expect(result.skipped).toBe(false);
    expect(result.loaded).toBeGreaterThan(0);
    const loaded = await createReferenceStore({ client, tableName }).loadedLas('england');
    expect([...loaded.keys()].sort()).toEqual([...LAS].sort());
    // It said how far it had got, and how it ended.
    expect(lines.some((l) => / of [\d,]+ schools \(/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/schools loaded in \d+ s\.$/);
  });

  it('ends in one line saying what to do when the database is gone, never a stack trace', {
    timeout: 60_000,
  }, async () => {
    const gone = createBulkDocumentClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'eu-west-2',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    try {
      const failure = await loadReferenceRegister({
        client: gone,
        tableName: 'nowhere',
        laCodes: ['857'],
        log: () => {},
      }).catch((error: unknown) => error as Error);
      expect(failure).toBeInstanceOf(Error);
      const message = (failure as Error).message;
      expect(message).toMatch(
        /^The register could not be loaded \(.+\)\. What was loaded is kept: run npm start again/,
      );
      expect(message).not.toContain('\n');
      expect(message).not.toMatch(/\bat \w+ \(/);
    } finally {
      gone.destroy();
    }
  });
});
