import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Retry } from '@smithy/core/retry';
import { afterAll, describe, expect, it } from 'vitest';
import { DYNAMODB_LIMITS, DYNAMODB_WORST_CASE_MS, SDK_RETRY_DELAY_BASE_MS } from '../../functions/config.js';
import { createDocumentClient } from '../../functions/store/client.js';

// The client's limits against endpoints that misbehave, no DynamoDB needed: this checks that the
// installed SDK does what DYNAMODB_LIMITS says (its timeout options have changed meaning before).

const servers: Server[] = [];
const sockets = new Set<Socket>();

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // The client hangs up on purpose; a write racing that is expected.
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function clientFor(endpoint: string) {
  return createDocumentClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** Sends one GetItem and returns how it failed and after how long. */
async function timeGet(endpoint: string) {
  const client = clientFor(endpoint);
  const started = performance.now();
  const error = await client.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } })).then(
    () => null,
    (e: unknown) => e as Error & { $metadata?: { attempts?: number } },
  );
  const elapsed = performance.now() - started;
  client.destroy();
  return { error, elapsed };
}

// Concurrent: each waits out its timeouts, with a server of its own.
describe.concurrent('the DynamoDB client', () => {
  it('gives up on an endpoint that accepts connections but never answers, after its attempts', async () => {
    let requests = 0;
    // Like a frozen process: the kernel accepts the connection, nothing ever answers.
    const endpoint = await listen(createServer((socket) => socket.on('data', () => requests++)));
    const { error, elapsed } = await timeGet(endpoint);
    expect(error?.name).toBe('TimeoutError');
    expect(requests).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(elapsed).toBeGreaterThanOrEqual(
      DYNAMODB_LIMITS.maxAttempts * DYNAMODB_LIMITS.requestTimeoutMs - 50,
    );
    expect(elapsed).toBeLessThan(DYNAMODB_WORST_CASE_MS);
  });

  it('gives up on an answer whose headers never end, though bytes keep arriving', async () => {
    let requests = 0;
    // Activity on the socket keeps its idle timeout from firing: only the request timeout can.
    const endpoint = await listen(
      createServer((socket) => {
        requests++;
        socket.write('HTTP/1.1 200 OK\r\n');
        const trickle = setInterval(() => socket.write(`x-trickle-${Date.now()}: 1\r\n`), 300);
        socket.on('close', () => clearInterval(trickle));
      }),
    );
    const { error, elapsed } = await timeGet(endpoint);
    expect(error?.name).toBe('TimeoutError');
    expect(requests).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(elapsed).toBeGreaterThanOrEqual(
      DYNAMODB_LIMITS.maxAttempts * DYNAMODB_LIMITS.requestTimeoutMs - 50,
    );
    expect(elapsed).toBeLessThan(DYNAMODB_WORST_CASE_MS);
  });

  it('gives up on a response whose body stops arriving', async () => {
    let requests = 0;
    const server = createHttpServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': '1000' });
      res.write('{"Item":{"pk":{"S":"a"');
    });
    const endpoint = await listen(server as unknown as Server);
    const { error, elapsed } = await timeGet(endpoint);
    expect(error?.name).toBe('TimeoutError');
    expect(requests).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(elapsed).toBeGreaterThanOrEqual(
      DYNAMODB_LIMITS.maxAttempts * DYNAMODB_LIMITS.socketTimeoutMs - 50,
    );
    expect(elapsed).toBeLessThan(DYNAMODB_WORST_CASE_MS);
  });

  it('counts with the retry backoff of the installed SDK', () => {
    expect(Retry.delay()).toBe(SDK_RETRY_DELAY_BASE_MS.transient);
    expect(Retry.throttlingDelay()).toBe(SDK_RETRY_DELAY_BASE_MS.throttling);
  });
});
