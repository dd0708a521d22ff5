import { Logger } from '@aws-lambda-powertools/logger';
import { outboxStore, tableClient } from '../compose.js';
import { loadEventBusName, loadTableConfig } from '../config.js';
import { createEmfMetrics, flushingMetrics } from '../metrics/emf-metrics.js';
import { createEventBridgeClient, createEventBridgePublisher } from './eventbridge-publisher.js';
import { type ResendResult, runOutboxResend } from './resend.js';

// Lambda entry of the outbox re-send job, invoked every 15 minutes by an EventBridge Scheduler
// schedule: journey events the stream forwarder left in the outbox go to the bus after all.

const table = loadTableConfig();
const outbox = outboxStore(tableClient(table), table.tableName);
const publisher = createEventBridgePublisher({
  client: createEventBridgeClient({ region: table.region }),
  eventBusName: loadEventBusName(),
});
const logger = new Logger({ serviceName: 'openplace' });
const metrics = createEmfMetrics();

export const handler = flushingMetrics(metrics, async (): Promise<ResendResult> => {
  const result = await runOutboxResend({ outbox, publisher, now: () => new Date(), logger, metrics });
  logger.info('Outbox re-send done', { ...result });
  return result;
});
