import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../functions/local/runtime.js';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    /** Where the pages are, e.g. http://127.0.0.1:39123 */
    baseUrl: string;
    dynamodbEndpoint: string;
    tableName: string;
  }
}

/** Starts DynamoDB Local (in memory) and the local API on a free port, once per test run. */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({
    port: 0,
    tableName: `openplace-test-${Date.now()}`,
    dynamodbEndpoint: process.env.TEST_DYNAMODB_ENDPOINT ?? null,
    logLevel: (process.env.TEST_LOG_LEVEL as 'ERROR' | undefined) ?? 'SILENT',
    log: (line) => console.log(line),
  });
  project.provide('apiUrl', stack.url);
  project.provide('baseUrl', stack.baseUrl);
  project.provide('dynamodbEndpoint', stack.dynamodbEndpoint);
  project.provide('tableName', stack.tableName);
  return () => stack.stop();
}
