import { afterAll, beforeAll, inject } from 'vitest';
import { type AwsRequest, sequentialRounds } from '../../functions/local/request-recorder.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { isCatchUp, isRegisterLoad } from '../bench/recorded.js';
import { gqlAt } from './api.js';

// Two local APIs on one table of their own — two instances, each holding the register in memory —
// with every DynamoDB request of the second's API recorded: for what lists from memory must keep
// true across instances (README: the read path).

export function twoInstances(name: string) {
  const tableName = `openplace-${name}-${Date.now()}`;
  const recorded: AwsRequest[] = [];
  let writer: LocalStack | undefined;
  let reader: LocalStack | undefined;
  beforeAll(async () => {
    const shared = {
      port: 0,
      tableName,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT' as const,
    };
    writer = await startLocalStack(shared);
    reader = await startLocalStack({ ...shared, requests: { api: (r) => recorded.push(r) } });
  });
  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop()]);
  });
  const started = (stack: LocalStack | undefined): LocalStack => {
    if (!stack) throw new Error('The stacks are not started yet: use them inside a test.');
    return stack;
  };
  const ok = async (stack: LocalStack, query: string, variables: Record<string, unknown>, token: string) => {
    const r = await gqlAt<any>(stack.url, query, variables, token);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  return {
    tableName,
    writer: () => started(writer),
    reader: () => started(reader),
    /** An operation on the instance that writes. */
    write: (query: string, variables: Record<string, unknown>, token: string) =>
      ok(started(writer), query, variables, token),
    /** An operation on the other instance, with the DynamoDB requests its API made for it. */
    async read(query: string, variables: Record<string, unknown>, token: string) {
      const from = recorded.length;
      const data = await ok(started(reader), query, variables, token);
      const requests = recorded.slice(from);
      return {
        data,
        requests,
        rounds: sequentialRounds(requests.filter((r) => !r.action.endsWith('TransactWriteItems'))),
      };
    },
  };
}

/** The requests that read the register's change items (catch-up). */
export const catchUps = (requests: readonly AwsRequest[]) => requests.filter(isCatchUp);

/** The requests that (re)load the register: a snapshot's chunks, or the register's own index. */
export const registerLoads = (requests: readonly AwsRequest[]) => requests.filter(isRegisterLoad);
