import { Logger } from '@aws-lambda-powertools/logger';
import { tableClient } from '../compose.js';
import { resendEntry } from '../compose-jobs.js';
import { loadEventBusName, loadTableConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';
import { createEventBridgeClient } from './eventbridge-publisher.js';

// Lambda entry of the outbox re-send job, invoked every 15 minutes by an EventBridge Scheduler
// schedule: journey events the stream forwarder left in the outbox go to the bus after all.

const table = loadTableConfig();

export const handler = resendEntry({
  table,
  dynamodb: tableClient(table),
  eventBridge: createEventBridgeClient({ region: table.region }),
  eventBusName: loadEventBusName(),
  logger: new Logger({ serviceName: 'openplace' }),
  // OutboxResendSucceeded/Failed, OutboxEventsResent and OutboxEventsGivenUp, flushed every run.
  metrics: createEmfMetrics(),
});
