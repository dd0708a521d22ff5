import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { tableClient } from '../compose.js';
import { remindersEntry } from '../compose-jobs.js';
import { loadReminderConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';

// Lambda entry of the capacity reminder job, invoked daily by an EventBridge Scheduler schedule
// (the job itself: compose-jobs.ts remindersEntry).

const config = loadReminderConfig();

export const handler = remindersEntry({
  config,
  dynamodb: tableClient(config),
  ses: new SESv2Client({ region: config.region, maxAttempts: 3 }),
  logger: new Logger({ serviceName: 'openplace' }),
  metrics: createEmfMetrics(),
});
