import type { DocumentClient } from '../store/client.js';

/** One AWS request as it goes on the wire: the service's action and its JSON body. */
export interface AwsRequest {
  /** e.g. "dynamodb:TransactWriteItems", as IAM names the action */
  action: string;
  /** The request's JSON body (DynamoDB's wire format: attribute values typed, { S: "…" }). */
  input: Record<string, unknown>;
  /** When it was sent and answered (performance.now()), for telling requests made in turn from those made together. */
  startedAt?: number;
  endedAt?: number | null;
  /** The capacity units DynamoDB said it consumed, when asked for (RecordOptions.consumedCapacity). */
  consumedUnits?: number | null;
}

export type RequestListener = (request: AwsRequest) => void;

export interface RecordOptions {
  /** Ask DynamoDB to return the capacity each request consumes (ReturnConsumedCapacity: INDEXES): the benchmark's. */
  consumedCapacity?: boolean;
}

/** The operations that take ReturnConsumedCapacity. */
const CONSUMING = new Set([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactWriteItems',
  'TransactGetItems',
]);

/**
 * Tells `listener` of every request `client` sends, once built (after the document client has
 * marshalled it, before signing and retries): what the role the code runs under must allow. The
 * record is completed when the answer comes (endedAt, and consumedUnits if asked for).
 * A test seam of the local runtime (LocalStackOptions.requests); nothing in AWS uses it.
 */
export function recordRequests(
  client: DocumentClient,
  listener: RequestListener,
  options: RecordOptions = {},
): void {
  if (options.consumedCapacity) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const operation = String(context.commandName ?? '').replace(/Command$/, '');
        if (CONSUMING.has(operation))
          (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'INDEXES';
        return next(args);
      },
      { step: 'initialize', name: 'openplaceConsumedCapacity', override: true },
    );
  }
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      const target = request.headers?.['x-amz-target'] ?? request.headers?.['X-Amz-Target'];
      // The serializer leaves the body as a string or as bytes, depending on the SDK's version.
      const body =
        typeof request.body === 'string'
          ? request.body
          : request.body instanceof Uint8Array
            ? new TextDecoder().decode(request.body)
            : null;
      let record: AwsRequest | null = null;
      if (target && body !== null) {
        // "DynamoDB_20120810.PutItem" → "dynamodb:PutItem"
        const operation = target.split('.').pop() ?? target;
        // Parsed only when read: the benchmark records every request it times, and a list's write
        // is tens of kilobytes.
        let parsed: Record<string, unknown> | undefined;
        record = {
          action: `dynamodb:${operation}`,
          get input() {
            parsed ??= JSON.parse(body) as Record<string, unknown>;
            return parsed;
          },
          startedAt: performance.now(),
          endedAt: null,
          consumedUnits: null,
        };
        listener(record);
      }
      const result = await next(args);
      if (record) {
        record.endedAt = performance.now();
        record.consumedUnits = consumedUnitsOf(
          (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity,
        );
      }
      return result;
    },
    { step: 'build', name: 'openplaceRequestRecorder', override: true },
  );
}

function consumedUnitsOf(consumed: unknown): number | null {
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  if (list.length === 0) return null;
  return list.reduce((sum, c) => sum + Number((c as { CapacityUnits?: number }).CapacityUnits ?? 0), 0);
}

/**
 * How many requests had to wait on another's answer, plus one: the sequential rounds of a piece
 * of work. A request is in the round after the latest round of any request answered before it was sent.
 */
export function sequentialRounds(requests: readonly AwsRequest[]): number {
  return Math.max(0, ...roundsOf(requests));
}

/** Each request's round (1 first), in the order given: see sequentialRounds. */
export function roundsOf(requests: readonly AwsRequest[]): number[] {
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => (requests[a]?.startedAt ?? 0) - (requests[b]?.startedAt ?? 0));
  const round = new Array<number>(requests.length).fill(1);
  order.forEach((i, k) => {
    const r = requests[i] as AwsRequest;
    for (const j of order.slice(0, k)) {
      const before = requests[j] as AwsRequest;
      if ((before.endedAt ?? Number.POSITIVE_INFINITY) <= (r.startedAt ?? 0))
        round[i] = Math.max(round[i] ?? 1, (round[j] ?? 1) + 1);
    }
  });
  return round;
}
