import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { loadReminderConfig } from '../config.js';
import { type ReminderJobResult, runCapacityReminders } from '../services/capacity-reminder-job.js';
import { createDocumentClient } from '../store/client.js';
import { createReminderStore } from '../store/reminder-store.js';
import { createSesMailer } from './ses-mailer.js';

// Lambda entry of the capacity reminder job, invoked daily by an EventBridge Scheduler schedule.
// Each setting due a reminder is claimed for the window before SES is asked to send, so a run
// delivered twice, or two runs at once, email nobody twice.

const config = loadReminderConfig();
const client = createDocumentClient({
  region: config.region,
  ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
});
const mailer = createSesMailer({
  client: new SESv2Client({ region: config.region, maxAttempts: 3 }),
  from: config.from,
  configurationSet: config.configurationSet,
});
const logger = new Logger({ serviceName: 'openplace' });

export async function handler(): Promise<ReminderJobResult> {
  const result = await runCapacityReminders({
    store: createReminderStore({ client, tableName: config.tableName }),
    mailer,
    now: () => new Date(),
    days: config.days,
    publicBaseUrl: config.publicBaseUrl,
    log: { warn: (message, extra) => logger.warn(message, { ...extra }) },
  });
  logger.info('Capacity reminders done', { ...result });
  return result;
}
