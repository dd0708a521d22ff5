import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../../functions/local/dynamodb-local.js';
import { MOTO_MISSING, motoInstalled, startMotoServer } from '../../../functions/local/moto-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** moto's server: every AWS service of the tier but DynamoDB (AWS_ENDPOINT_URL). */
    motoEndpoint: string;
    /** DynamoDB Local: the data, and its stream (AWS_ENDPOINT_URL_DYNAMODB, _DYNAMODB_STREAMS). */
    dynamodbEndpoint: string;
  }
}

/**
 * The AWS emulator tier's emulators, once per run: moto and DynamoDB Local (in memory), each on a
 * free loopback port in its own process group. Stopped by the teardown, on SIGINT and SIGTERM,
 * and by their watchdogs if this process dies without either.
 */
export default async function setup(project: TestProject) {
  if (!(await motoInstalled())) {
    console.error(MOTO_MISSING);
    process.exit(1);
  }
  const [dynamodb, moto] = await Promise.all([startDynamoDbLocal(), startMotoServer()]);
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= Promise.all([dynamodb.stop(), moto.stop()]).then(() => {});
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.kill(process.pid, signal);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  project.provide('motoEndpoint', moto.endpoint);
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  };
}
