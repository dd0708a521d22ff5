import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYNAMODB_LIMITS } from '../../functions/config.js';
import { MASKED_MESSAGE } from '../../functions/graphql/errors.js';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { seedDemoRegister } from '../../functions/local/seed.js';
import { aSettingInput } from '../helpers/builders.js';
import { LIST_SETTINGS, RIGHTS, UPSERT_SETTING } from '../helpers/operations.js';
import { freeze, type GraphqlAnswer, graphql, officerOf938, signalIfAlive } from './local-server.js';

// A DynamoDB Local of this test's own, frozen with SIGSTOP (as a hung host or a network black
// hole would leave DynamoDB): the API must still answer every request, masked, well within 10 s.

const ANSWER_BOUND_MS = 10_000;

let database: DynamoDbLocal;
let stack: LocalStack;

beforeAll(async () => {
  database = await startDynamoDbLocal();
  stack = await startLocalStack({
    port: 0,
    tableName: `faults-frozen-${Date.now()}`,
    dynamodbEndpoint: database.endpoint,
    logLevel: 'SILENT',
  });
  await seedDemoRegister(stack.client, stack.tableName);
});

afterAll(async () => {
  if (database) signalIfAlive(database.pid, 'SIGCONT');
  await stack?.stop();
  await database?.stop();
});

const requests: [string, () => Promise<GraphqlAnswer>][] = [
  ['the settings of an LA', () => graphql(stack.url, LIST_SETTINGS, { first: 5 }, officerOf938)],
  ["an LA's parents' rights statement", () => graphql(stack.url, RIGHTS, { laCode: '938' })],
  ['a new setting', () => graphql(stack.url, UPSERT_SETTING, { input: aSettingInput() }, officerOf938)],
];

describe('with DynamoDB frozen', () => {
  it('answers every request within 10 s with a masked internal error and a correlation id, and recovers', async () => {
    // Working first, so the client has connections open to the process about to freeze.
    for (const [name, send] of requests) {
      const before = await send();
      expect(before.body.errors, name).toBeUndefined();
    }

    await freeze(database.pid);
    let answers: GraphqlAnswer[];
    try {
      answers = await Promise.all(requests.map(([, send]) => send()));
    } finally {
      process.kill(database.pid, 'SIGCONT');
    }

    console.log(
      `frozen DynamoDB: answered in ${answers.map((a, i) => `${requests[i]?.[0]} ${Math.round(a.ms)} ms`).join(', ')}`,
    );
    for (const [i, answer] of answers.entries()) {
      const name = requests[i]?.[0];
      expect(answer.ms, name).toBeLessThan(ANSWER_BOUND_MS);
      // It did wait on DynamoDB: at least one attempt timed out.
      expect(answer.ms, name).toBeGreaterThanOrEqual(DYNAMODB_LIMITS.requestTimeoutMs);
      expect(answer.body.errors, name).toHaveLength(1);
      expect(answer.body.errors?.[0], name).toMatchObject({
        message: MASKED_MESSAGE,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(answer.body), name).not.toMatch(/timeout|socket|dynamodb|ECONN/i);
      expect(answer.body.extensions?.correlationId, name).toEqual(expect.any(String));
    }
    const ids = answers.map((a) => a.body.extensions?.correlationId);
    expect(new Set(ids).size).toBe(ids.length);

    // Thawed, the same requests work again on the same client.
    for (const [name, send] of requests) {
      const after = await send();
      expect(after.body.errors, name).toBeUndefined();
    }
  });
});
