import { Logger } from '@aws-lambda-powertools/logger';
import { tableClient } from '../compose.js';
import { retentionEntry } from '../compose-jobs.js';
import { caseKeysConfig, loadTableConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';
import { loadCaseKeys } from '../store/case-keys-secret.js';

// Lambda entry of the retention sweeper, invoked by an EventBridge Scheduler schedule: removes the
// cases whose expiry has passed and finishes erasures cut short.

const table = loadTableConfig();

export const handler = retentionEntry({
  table,
  dynamodb: tableClient(table),
  // Read once per container: a case's lists may sit under older keys of the ring.
  caseKeys: loadCaseKeys({ caseKeys: caseKeysConfig(process.env), region: table.region }),
  logger: new Logger({ serviceName: 'openplace' }),
  // RetentionSweepSucceeded/Failed and the time since the last complete sweep, flushed every run.
  metrics: createEmfMetrics(),
});
