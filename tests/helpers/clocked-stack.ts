import { afterAll, beforeAll, inject } from 'vitest';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { gqlAt } from './api.js';

/**
 * A second local API for one test file, on the shared DynamoDB Local but with a table of its own
 * (so the file sees only its own data), whose clock is `now()`: the file moves it. Started before
 * the file's tests, stopped after them.
 */
export function clockedStack(name: string, now: () => Date) {
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      tableName: `openplace-${name}-${Date.now()}`,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT',
      now,
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const started = (): LocalStack => {
    if (!stack) throw new Error('The clocked stack is not started yet: use it inside a test.');
    return stack;
  };
  return {
    stack: started,
    /** A GraphQL operation's data, or a thrown error naming the errors it answered. */
    async ok(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
      const r = await gqlAt<any>(started().url, query, variables, token);
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
      return r.data;
    },
  };
}
