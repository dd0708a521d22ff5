import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { reminderJobStores, tableClient } from '../compose.js';
import { loadReminderConfig } from '../config.js';
import { createEmfMetrics, flushingMetrics } from '../metrics/emf-metrics.js';
import {
  type ReminderJobResult,
  runCapacityReminders,
  secondsSinceSchoolUpdate,
} from '../services/capacity-reminder-job.js';
import { measuredJob } from '../services/scheduled-job.js';
import { createSesMailer } from './ses-mailer.js';

// Lambda entry of the capacity reminder job, invoked daily by an EventBridge Scheduler schedule.
// Each setting due a reminder is claimed for the window before SES is asked to send, so a run
// delivered twice, or two runs at once, email nobody twice.

const config = loadReminderConfig();
const stores = reminderJobStores(tableClient(config), config.tableName);
const mailer = createSesMailer({
  client: new SESv2Client({ region: config.region, maxAttempts: 3 }),
  from: config.from,
  configurationSet: config.configurationSet,
});
const logger = new Logger({ serviceName: 'openplace' });
const metrics = createEmfMetrics();

export const handler = flushingMetrics(metrics, () =>
  measuredJob(
    metrics,
    'CapacityReminders',
    async (): Promise<ReminderJobResult> => {
      const result = await runCapacityReminders({
        store: stores.reminders,
        mailer,
        now: () => new Date(),
        days: config.days,
        publicBaseUrl: config.publicBaseUrl,
        log: { warn: (message, extra) => logger.warn(message, { ...extra }) },
      });
      const now = new Date();
      const runs = await stores.runs.recordRun('CapacityReminders', {
        at: now.toISOString(),
        completed: true,
      });
      metrics.gaugeSeconds(
        'SecondsSinceSchoolCapacityUpdate',
        secondsSinceSchoolUpdate(result.lastSchoolStatementAt, runs.firstRunAt, now),
      );
      logger.info('Capacity reminders done', { ...result });
      return result;
    },
    (result) => result.failed,
  ),
);
