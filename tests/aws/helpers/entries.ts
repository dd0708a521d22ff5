import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { vi } from 'vitest';
import { tableClient } from '../../../functions/compose.js';
import { createHttpAdapter } from '../../../functions/local/http-adapter.js';
import { ensureTable } from '../../../functions/local/runtime.js';

// The Lambda entries as AWS runs them: each module imported afresh under the environment its
// function has in AWS (it reads its configuration, and its secrets, when it is loaded).

type Env = Record<string, string | undefined>;

/**
 * Imports a Lambda entry module afresh with `env` added to the environment, as a new container
 * would load it; the environment is put back afterwards. Rejects as the container's start would.
 */
export async function loadEntry<T>(load: () => Promise<T>, env: Env): Promise<T> {
  const before = { ...process.env };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  vi.resetModules();
  try {
    return await load();
  } finally {
    for (const name of Object.keys(env)) {
      if (before[name] === undefined) delete process.env[name];
      else process.env[name] = before[name];
    }
  }
}

/** A new table on DynamoDB Local (through AWS_ENDPOINT_URL_DYNAMODB), made from the shared definition. */
export async function aTable(prefix: string): Promise<string> {
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = tableClient({ region: 'eu-west-2' });
  try {
    await ensureTable(client, tableName);
  } finally {
    client.destroy();
  }
  return tableName;
}

type HttpHandler = Handler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/** The API's entry behind a local HTTP server, at /graphql as the HTTP API routes it. */
export async function serve(api: HttpHandler): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const http = createHttpAdapter(api, '/graphql');
  http.server.listen(0, '127.0.0.1');
  await once(http.server, 'listening');
  const { port } = http.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await http.close(1_000);
    },
  };
}
