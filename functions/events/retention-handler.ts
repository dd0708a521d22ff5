import { Logger } from '@aws-lambda-powertools/logger';
import { runRetentionSweep, tableClient } from '../compose.js';
import { caseKeysConfig, loadTableConfig } from '../config.js';
import { createEmfMetrics, flushingMetrics } from '../metrics/emf-metrics.js';
import { loadCaseKeys } from '../store/case-keys-secret.js';

// Lambda entry of the retention sweeper, invoked by an EventBridge Scheduler schedule: removes the
// cases whose expiry has passed and finishes erasures cut short. It reads the case keyring (a
// case's lists may sit under older keys of the ring) once per container.

const table = loadTableConfig();
const client = tableClient(table);
const caseKeys = loadCaseKeys({ caseKeys: caseKeysConfig(process.env), region: table.region });
const logger = new Logger({ serviceName: 'openplace' });
// RetentionSweepSucceeded/Failed and the time since the last complete sweep, flushed every run.
const metrics = createEmfMetrics();

export const handler = flushingMetrics(metrics, async (): Promise<{ removed: number }> => {
  const result = await runRetentionSweep({
    client,
    tableName: table.tableName,
    caseKeys: await caseKeys,
    now: () => new Date(),
    metrics,
  });
  if (result.failed.length > 0) logger.warn('Cases left for the next sweep', { failed: result.failed });
  logger.info('Retention sweep done', {
    removed: result.removed,
    completed: result.completed,
    secondsSinceCompleted: result.secondsSinceCompleted,
  });
  return { removed: result.removed };
});
