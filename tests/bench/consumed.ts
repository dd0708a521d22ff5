// What `npm run bench`'s operations consume in DynamoDB capacity units, measured from the requests
// each made (ReturnConsumedCapacity, which DynamoDB Local reports), and written to
// docs/costs-measured.json for the cost sheet (`npm run costs` writes docs/COSTS.md from it).

import { writeFile } from 'node:fs/promises';
import { familyPagePath } from '../../functions/core/lists/family-link.js';
import { createRegisterMemory } from '../../functions/services/register-memory.js';
import { createRegisterMemoryStore } from '../../functions/store/register-memory-store.js';
import type { createJsonPoster } from './http-client.js';
import { type Recorder, recordedClient, summariseWork, type WorkRequests } from './recorded.js';

const SEARCH = `query($q: String!) { searchSettings(query: $q, first: 20) { edges { node { id name } } } }`;

/** Officers' register searches and families' pages, a few of each, with the requests each made. */
export async function measureReads(input: {
  api: ReturnType<typeof createJsonPoster>;
  apiRecorder: Recorder;
  webRecorder: Recorder;
  baseUrl: string;
  officerToken: string;
  queries: readonly string[];
  familyTokens: readonly string[];
}): Promise<{ search: WorkRequests[]; familyPage: WorkRequests[] }> {
  const search: WorkRequests[] = [];
  for (const q of input.queries) {
    const mark = input.apiRecorder.mark();
    await input.api.post(
      { authorization: `Bearer ${input.officerToken}` },
      { query: SEARCH, variables: { q } },
    );
    search.push(summariseWork(input.apiRecorder.since(mark)));
  }
  const familyPage: WorkRequests[] = [];
  for (const token of input.familyTokens) {
    const mark = input.webRecorder.mark();
    const response = await fetch(`${input.baseUrl}${familyPagePath(token)}`);
    await response.text();
    if (response.status !== 200) throw new Error(`A family page answered ${response.status}`);
    familyPage.push(summariseWork(input.webRecorder.since(mark)));
  }
  return { search, familyPage };
}

/** A new instance's first load of the register (the snapshot and the changes since), in this process. */
export async function measureSnapshotLoad(stack: { dynamodbEndpoint: string; tableName: string }) {
  const { client, recorder } = recordedClient(stack);
  try {
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const view = await createRegisterMemory(
      createRegisterMemoryStore({ client, tableName: stack.tableName }),
    ).current();
    const ms = performance.now() - t0;
    return {
      ms,
      settings: view.index.settings.size,
      heapBytes: process.memoryUsage().heapUsed - before,
      work: summariseWork(recorder.since(0)),
    };
  } finally {
    client.destroy();
  }
}

export interface Consumption {
  readUnits: number;
  writeUnits: number;
  requests: number;
}

export const meanOf = (work: readonly WorkRequests[]): Consumption => {
  const n = Math.max(1, work.length);
  const sum = (f: (w: WorkRequests) => number) => work.reduce((s, w) => s + f(w), 0) / n;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    readUnits: round(sum((w) => w.readUnits)),
    writeUnits: round(sum((w) => w.writeUnits)),
    requests: round(sum((w) => w.reads + w.writes)),
  };
};

export async function writeCostsMeasured(
  file: URL,
  measured: {
    lists: number;
    perOperation: Record<string, Consumption>;
    snapshot: { chunks: number; bytes: number; settings: number };
  },
): Promise<void> {
  const body = {
    estimated: false,
    measuredAt: new Date().toISOString().slice(0, 10),
    lists: measured.lists,
    method: [
      'Measured by `npm run bench` on DynamoDB Local, all of England loaded: every request the API, the pages and the benchmark sent asked ReturnConsumedCapacity INDEXES, and each operation is the mean of the capacity units DynamoDB Local reported for the requests it made.',
      'listNew: generateTailoredList through the API (after warm-up): the first round, the live figures and the transaction. listOld: the read path lists used before (the table’s map and reach indexes, in-process, on the same requests) and the same transaction.',
      'capacityStatement: updateCapacity by a school’s staff; familyPage: GET /f/<token>; search: searchSettings; snapshotLoad: a new instance’s first load; snapshotWrite: the snapshot writer writing a new generation of all of England.',
    ],
    perOperation: measured.perOperation,
    snapshot: measured.snapshot,
  };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
}
