import { Logger } from '@aws-lambda-powertools/logger';
import { runOverdueJob, tableClient } from '../compose.js';
import { loadTableConfig } from '../config.js';
import { createEmfMetrics, flushingMetrics } from '../metrics/emf-metrics.js';

// Lambda entry of the overdue job, invoked by an EventBridge Scheduler schedule. It writes each
// ConsultationOverdue event to the outbox (once per consultation, by a conditional transaction);
// the stream forwarder publishes it like any other journey event.

const table = loadTableConfig();
const client = tableClient(table);
const logger = new Logger({ serviceName: 'openplace' });
// ConsultationsOverdue and the outbox's oldest age (OutboxOldestAgeSeconds), flushed every run.
const metrics = createEmfMetrics();

export const handler = flushingMetrics(metrics, async (): Promise<{ emitted: number }> => {
  const result = await runOverdueJob({ client, tableName: table.tableName, now: () => new Date(), metrics });
  logger.info('Overdue job done', { emitted: result.emitted });
  return result;
});
