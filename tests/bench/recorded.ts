// The DynamoDB requests of `npm run bench`, as the SDK sent them: each entry's client records every
// request with when it was sent and answered, and the capacity DynamoDB says it consumed
// (functions/local/request-recorder.ts). A piece of work is measured by the requests made while it ran.

import { type AwsRequest, recordRequests, roundsOf } from '../../functions/local/request-recorder.js';
import { createDocumentClient } from '../../functions/store/client.js';

export function createRecorder() {
  const requests: AwsRequest[] = [];
  return {
    listener: (request: AwsRequest) => {
      requests.push(request);
    },
    /** Where the record stands now: pass it to `since` when the work is done. */
    mark: () => requests.length,
    since: (mark: number): AwsRequest[] => requests.slice(mark),
  };
}

export type Recorder = ReturnType<typeof createRecorder>;

/** A document client of the benchmark's own on the stack's DynamoDB Local, every request it sends recorded with the capacity consumed. */
export function recordedClient(stack: { dynamodbEndpoint: string }) {
  const client = createDocumentClient({
    endpoint: stack.dynamodbEndpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const recorder = createRecorder();
  recordRequests(client, recorder.listener, { consumedCapacity: true });
  return { client, recorder };
}

const body = (r: AwsRequest) => JSON.stringify(r.input);

/** Reads the register's change items (catch-up). */
export const isCatchUp = (r: AwsRequest) => r.action === 'dynamodb:Query' && body(r).includes('REGCHANGE#');

/** (Re)loads the register: a snapshot's chunks, or the register's own index. */
export const isRegisterLoad = (r: AwsRequest) =>
  body(r).includes('REGSNAP#') ||
  (r.action === 'dynamodb:Query' && body(r).includes('"gsi1"') && body(r).includes('"REGISTER"'));

/** What one piece of work sent: its requests, its sequential rounds, the capacity units consumed. */
export interface WorkRequests {
  reads: number;
  writes: number;
  rounds: number;
  readUnits: number;
  writeUnits: number;
  /** Catch-up reads beyond the one a list always makes (another day's partition, or a page more). */
  extraCatchUps: number;
  /** The register was (re)loaded for it. */
  reloaded: boolean;
}

const WRITES = new Set([
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:TransactWriteItems',
]);

export function summariseWork(requests: readonly AwsRequest[]): WorkRequests {
  const reads = requests.filter((r) => !WRITES.has(r.action));
  const writes = requests.filter((r) => WRITES.has(r.action));
  const units = (rs: readonly AwsRequest[]) => rs.reduce((sum, r) => sum + (r.consumedUnits ?? 0), 0);
  return {
    reads: reads.length,
    writes: writes.length,
    rounds: Math.max(0, ...roundsOf(reads)),
    readUnits: units(reads),
    writeUnits: units(writes),
    extraCatchUps: Math.max(0, reads.filter(isCatchUp).length - 1),
    reloaded: requests.some(isRegisterLoad),
  };
}

/** The read requests by round (1 first), for replaying them as they were made. */
export function readsByRound(requests: readonly AwsRequest[]): AwsRequest[][] {
  const reads = requests.filter((r) => !WRITES.has(r.action));
  const rounds = roundsOf(reads);
  const byRound: AwsRequest[][] = [];
  reads.forEach((r, i) => {
    const n = (rounds[i] ?? 1) - 1;
    byRound[n] = [...(byRound[n] ?? []), r];
  });
  return byRound;
}
