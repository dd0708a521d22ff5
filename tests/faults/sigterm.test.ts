import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSettingInput } from '../helpers/builders.js';
import { GET_SETTING, LIST_SETTINGS, UPSERT_SETTING } from '../helpers/operations.js';
import {
  freeze,
  graphql,
  heldRequest,
  officerOf938,
  processesMatching,
  processGroupMembers,
  refusesConnections,
  type ServerProcess,
  signalIfAlive,
  startServerProcess,
  waitUntil,
} from './local-server.js';

// `npm start`'s program as a child process, with a DynamoDB Local persisting to a folder of the
// test's own: stopped with SIGTERM while requests are in flight, then started again on the folder;
// stopped by Ctrl-C; stopped while DynamoDB Local is frozen.

const EXIT_BOUND_MS = 10_000;

let dataDir: string;
const servers: ServerProcess[] = [];

/** Signals a server's whole process group (never pid 0: that would be this test's own group). */
function signalGroup(server: ServerProcess, signal: NodeJS.Signals) {
  const { pid } = server.child;
  if (!pid) throw new Error('The server process has no pid.');
  signalIfAlive(-pid, signal);
}

/** Sends SIGTERM and waits for the exit: the time from signal to exit, in ms. */
async function terminate(server: ServerProcess): Promise<number> {
  const sent = performance.now();
  server.child.kill('SIGTERM');
  const { at } = await server.exited;
  return at - sent;
}

// The scenario runs once; each test below checks one promise it makes.
const scenario = {
  acknowledged: [] as string[],
  inFlight: [] as { status: number; body: { data?: any; errors?: unknown } }[],
  refusedWhileDraining: false,
  exit: { ms: 0, code: null as number | null },
  javaLeft: [] as string[],
  groupLeft: [] as string[],
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'openplace-sigterm-'));
  const server = await startServerProcess(dataDir);
  servers.push(server);

  for (let i = 0; i < 3; i++) {
    const { body } = await graphql(server.url, UPSERT_SETTING, { input: aSettingInput() }, officerOf938);
    expect(body.errors).toBeUndefined();
    scenario.acknowledged.push(body.data?.upsertSetting.id);
  }

  // A write and a read, each with half its body sent: in flight when the signal comes.
  const write = heldRequest(server.url, UPSERT_SETTING, { input: aSettingInput() }, officerOf938);
  const read = heldRequest(server.url, LIST_SETTINGS, { first: 5 }, officerOf938);
  await Promise.all([write.received, read.received]);
  const sent = performance.now();
  server.child.kill('SIGTERM');
  scenario.refusedWhileDraining = await waitUntil(() => refusesConnections(server.url), { withinMs: 3_000 });
  scenario.inFlight = await Promise.all([write.finish(), read.finish()]);
  const { at, code } = await server.exited;
  scenario.exit = { ms: at - sent, code };
  const written = scenario.inFlight[0]?.body.data?.upsertSetting?.id;
  if (written) scenario.acknowledged.push(written);

  scenario.javaLeft = (await processesMatching(dataDir)).map((p) => `${p.pid} ${p.args}`);
  scenario.groupLeft = (await processGroupMembers(server.child.pid ?? -1)).map((p) => `${p.pid} ${p.args}`);
  console.log(`SIGTERM with 2 requests in flight: exited ${code} after ${Math.round(scenario.exit.ms)} ms`);
}, 120_000);

afterAll(async () => {
  // Only after a failure is anything left: each server is its own process group.
  for (const server of servers) {
    if (server.child.exitCode === null && server.child.signalCode === null) signalGroup(server, 'SIGKILL');
  }
  if (!dataDir) return;
  for (const { pid } of await processesMatching(dataDir)) signalIfAlive(pid, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('SIGTERM to the local server', () => {
  it('stops accepting new connections while it finishes those in flight', () => {
    expect(scenario.refusedWhileDraining).toBe(true);
  });

  it('finishes the requests in flight, successfully', () => {
    const [write, read] = scenario.inFlight;
    expect(write).toMatchObject({
      status: 200,
      body: { data: { upsertSetting: { id: expect.any(String) } } },
    });
    expect(write?.body.errors).toBeUndefined();
    expect(read).toMatchObject({ status: 200, body: { data: { settings: { edges: expect.any(Array) } } } });
    expect(read?.body.errors).toBeUndefined();
  });

  it('exits cleanly within 10 s, leaving no DynamoDB Local and nothing in its process group', () => {
    expect(scenario.exit.code).toBe(0);
    expect(scenario.exit.ms).toBeLessThan(EXIT_BOUND_MS);
    expect(scenario.javaLeft).toEqual([]);
    expect(scenario.groupLeft).toEqual([]);
  });

  it('keeps every acknowledged write across a restart on the same data folder', async () => {
    expect(scenario.acknowledged).toHaveLength(4);
    const restarted = await startServerProcess(dataDir);
    servers.push(restarted);
    for (const id of scenario.acknowledged) {
      const { body } = await graphql(restarted.url, GET_SETTING, { id }, officerOf938);
      expect(body.errors, id).toBeUndefined();
      expect(body.data?.setting?.id, id).toBe(id);
    }

    // And killed outright, with no chance to clean up, it still leaves no DynamoDB Local behind.
    const sent = performance.now();
    signalGroup(restarted, 'SIGKILL');
    // Polled until gone, within the exit bound.
    let left = await processesMatching(dataDir);
    while (left.length > 0 && performance.now() - sent < EXIT_BOUND_MS) {
      await new Promise((r) => setTimeout(r, 100));
      left = await processesMatching(dataDir);
    }
    console.log(
      `SIGKILL to the server: DynamoDB Local gone after ${Math.round(performance.now() - sent)} ms`,
    );
    expect(left).toEqual([]);
  }, 90_000);

  it('drains the same way on Ctrl-C, which signals the whole process group (DynamoDB Local has its own)', async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'openplace-sigint-'));
    try {
      const server = await startServerProcess(ownDir);
      servers.push(server);
      const read = heldRequest(server.url, LIST_SETTINGS, { first: 5 }, officerOf938);
      await read.received;
      const sent = performance.now();
      // As a terminal does: npm, tsx and node all get SIGINT.
      signalGroup(server, 'SIGINT');
      // The rest of the request only once the server is draining (it stopped listening): it must
      // still be answered. (Within the exit bound; the checks below fail if it never drains.)
      await waitUntil(() => refusesConnections(server.url), { withinMs: EXIT_BOUND_MS });
      const answer = await read.finish();
      const { at, code } = await server.exited;
      console.log(
        `SIGINT to the process group with 1 request in flight: exited ${code} after ${Math.round(at - sent)} ms`,
      );
      expect(answer).toMatchObject({
        status: 200,
        body: { data: { settings: { edges: expect.any(Array) } } },
      });
      expect(at - sent).toBeLessThan(EXIT_BOUND_MS);
      expect(await processesMatching(ownDir)).toEqual([]);
    } finally {
      for (const { pid } of await processesMatching(ownDir)) signalIfAlive(pid, 'SIGKILL');
      await rm(ownDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('still exits within 10 s when the requests in flight wait on a frozen DynamoDB Local', async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'openplace-frozen-stop-'));
    try {
      const server = await startServerProcess(ownDir);
      servers.push(server);
      const [java, ...others] = await processesMatching(ownDir);
      if (!java || others.length > 0) throw new Error(`Expected one DynamoDB Local for ${ownDir}`);
      expect(java.args).toContain('DynamoDBLocal.jar');
      await freeze(java.pid);
      // Taken by the server, and sent in full: its handler goes on to DynamoDB, which will not answer.
      const request = heldRequest(server.url, LIST_SETTINGS, { first: 5 }, officerOf938);
      await request.received;
      const waiting = request.finish().then(
        (answer) => `answered ${answer.status}`,
        (error: Error) => `cut off (${error.message})`,
      );
      const exitMs = await terminate(server);
      console.log(
        `SIGTERM with DynamoDB Local frozen: exited after ${Math.round(exitMs)} ms; the request ${await waiting}`,
      );
      expect(exitMs).toBeLessThan(EXIT_BOUND_MS);
      expect(await processesMatching(ownDir)).toEqual([]);
    } finally {
      for (const { pid } of await processesMatching(ownDir)) {
        signalIfAlive(pid, 'SIGCONT');
        signalIfAlive(pid, 'SIGKILL');
      }
      await rm(ownDir, { recursive: true, force: true });
    }
  }, 90_000);
});
