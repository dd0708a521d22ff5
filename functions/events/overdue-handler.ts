import { Logger } from '@aws-lambda-powertools/logger';
import { tableClient } from '../compose.js';
import { overdueEntry } from '../compose-jobs.js';
import { loadTableConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';

// Lambda entry of the overdue job, invoked by an EventBridge Scheduler schedule. It writes each
// ConsultationOverdue event to the outbox (once per consultation, by a conditional transaction);
// the stream forwarder publishes it like any other journey event.

const table = loadTableConfig();

export const handler = overdueEntry({
  table,
  dynamodb: tableClient(table),
  logger: new Logger({ serviceName: 'openplace' }),
  // ConsultationsOverdue and the outbox's oldest age (OutboxOldestAgeSeconds), flushed every run.
  metrics: createEmfMetrics(),
});
