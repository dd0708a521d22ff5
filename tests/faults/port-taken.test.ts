import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DynamoDbLocal,
  DynamoDbLocalError,
  startDynamoDbLocal,
} from '../../functions/local/dynamodb-local.js';
import { listensOn } from '../../functions/local/port-owner.js';
import { ensureTable } from '../../functions/local/runtime.js';
import { createDocumentClient } from '../../functions/store/client.js';

// Several test runs or starts at once on one machine: a port chosen free can be taken by another
// DynamoDB Local before Java binds it. Java then reports it and stays up without listening, while
// the other one answers on the port: a test that froze "its" database froze nothing, and its
// requests went to another run's data. Starting must never hand out someone else's database.

let first: DynamoDbLocal;
beforeAll(async () => {
  first = await startDynamoDbLocal();
});
afterAll(async () => {
  await first?.stop();
});

describe('starting DynamoDB Local', () => {
  it('refuses a port another DynamoDB Local holds, rather than answer with that one', {
    timeout: 60_000,
  }, async () => {
    const started = await startDynamoDbLocal({ port: first.port }).catch((error: unknown) => error);
    if (!(started instanceof Error)) await (started as DynamoDbLocal).stop();
    expect(started).toBeInstanceOf(DynamoDbLocalError);
    expect((started as Error).message).toContain(`Port ${first.port} is taken`);
  });

  it('hands out a database whose Java process holds its port, and whose data is its own', {
    timeout: 60_000,
  }, async () => {
    const second = await startDynamoDbLocal();
    try {
      expect(second.port).not.toBe(first.port);
      if (process.platform === 'linux') expect(await listensOn(second.pid, second.port)).toBe(true);
      const connect = (endpoint: string) =>
        createDocumentClient({
          endpoint,
          region: 'eu-west-2',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        });
      const a = connect(first.endpoint);
      const b = connect(second.endpoint);
      try {
        await ensureTable(a, 'only-in-the-first');
        expect((await b.send(new ListTablesCommand({}))).TableNames).not.toContain('only-in-the-first');
      } finally {
        a.destroy();
        b.destroy();
      }
    } finally {
      await second.stop();
    }
  });
});
