// The composition of each scheduled or stream-fed Lambda: its whole body, from its configuration
// and the AWS clients it is given. Its handler module builds the real clients once per container
// and passes them in; the IAM audit (tests/iam) passes clients that record every request, so what
// the audit holds against each role is what the function runs, not a copy of it.

import type { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  outboxStore,
  registerSnapshotStore,
  reminderJobStores,
  runOverdueJob,
  runRetentionSweep,
} from './compose.js';
import type { ReminderConfig, TableConfig } from './config.js';
import { createEventBridgePublisher, type PutEventsSender } from './events/eventbridge-publisher.js';
import { createForwarder } from './events/forwarder.js';
import { type ResendResult, runOutboxResend } from './events/resend.js';
import { flushingMetrics } from './metrics/emf-metrics.js';
import { createSesMailer } from './reminders/ses-mailer.js';
import {
  type ReminderJobResult,
  runCapacityReminders,
  secondsSinceSchoolUpdate,
} from './services/capacity-reminder-job.js';
import type { Metrics } from './services/metrics.js';
import { runRegisterSnapshot, type SnapshotRunResult } from './services/register-snapshot-job.js';
import { measuredJob } from './services/scheduled-job.js';
import type { CaseKeys } from './store/case-keys.js';
import type { DocumentClient } from './store/client.js';

/** What the jobs log through (Powertools' Logger in AWS). */
export interface JobLogger {
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** A job's metrics, written at the end of every invocation (EMF in AWS). */
type JobMetrics = Metrics & { flush(): void };

interface JobDeps {
  table: TableConfig;
  dynamodb: DocumentClient;
  logger: JobLogger;
  /** @default the system clock */
  now?: () => Date;
}

const clock = (deps: JobDeps) => deps.now ?? (() => new Date());

/** The stream forwarder: outbox inserts from the table's stream to the journey event bus. */
export function forwarderEntry(deps: JobDeps & { eventBridge: PutEventsSender; eventBusName: string }) {
  return createForwarder({
    outbox: outboxStore(deps.dynamodb, deps.table.tableName),
    publisher: createEventBridgePublisher({ client: deps.eventBridge, eventBusName: deps.eventBusName }),
    logger: deps.logger,
  });
}

/** The outbox re-send job: journey events the forwarder left in the outbox go to the bus after all. */
export function resendEntry(
  deps: JobDeps & { eventBridge: PutEventsSender; eventBusName: string; metrics: JobMetrics },
) {
  const outbox = outboxStore(deps.dynamodb, deps.table.tableName);
  const publisher = createEventBridgePublisher({ client: deps.eventBridge, eventBusName: deps.eventBusName });
  return flushingMetrics(deps.metrics, async (): Promise<ResendResult> => {
    const result = await runOutboxResend({
      outbox,
      publisher,
      now: clock(deps),
      logger: deps.logger,
      metrics: deps.metrics,
    });
    deps.logger.info('Outbox re-send done', { ...result });
    return result;
  });
}

/** The overdue job: each ConsultationOverdue event written to the outbox, once per consultation. */
export function overdueEntry(deps: JobDeps & { metrics: JobMetrics }) {
  return flushingMetrics(deps.metrics, async (): Promise<{ emitted: number }> => {
    const result = await runOverdueJob({
      client: deps.dynamodb,
      tableName: deps.table.tableName,
      now: clock(deps),
      metrics: deps.metrics,
    });
    deps.logger.info('Overdue job done', { emitted: result.emitted });
    return result;
  });
}

/**
 * The retention sweeper: removes cases past their expiry and finishes erasures cut short. Its case
 * keyring is read once per container (a case's lists may sit under older keys of the ring).
 */
export function retentionEntry(deps: JobDeps & { caseKeys: Promise<CaseKeys>; metrics: JobMetrics }) {
  return flushingMetrics(deps.metrics, async (): Promise<{ removed: number }> => {
    const result = await runRetentionSweep({
      client: deps.dynamodb,
      tableName: deps.table.tableName,
      caseKeys: await deps.caseKeys,
      now: clock(deps),
      metrics: deps.metrics,
    });
    if (result.failed.length > 0)
      deps.logger.warn('Cases left for the next sweep', { failed: result.failed });
    deps.logger.info('Retention sweep done', {
      removed: result.removed,
      completed: result.completed,
      secondsSinceCompleted: result.secondsSinceCompleted,
    });
    return { removed: result.removed };
  });
}

/**
 * The capacity reminder job: each setting due a reminder is claimed for the window before SES is
 * asked to send, so a run delivered twice, or two runs at once, email nobody twice.
 */
export function remindersEntry(
  deps: Omit<JobDeps, 'table'> & {
    config: ReminderConfig;
    ses: Pick<SESv2Client, 'send'>;
    metrics: JobMetrics;
  },
) {
  const { config, metrics, logger } = deps;
  const stores = reminderJobStores(deps.dynamodb, config.tableName);
  const mailer = createSesMailer({
    client: deps.ses,
    from: config.from,
    configurationSet: config.configurationSet,
  });
  const now = deps.now ?? (() => new Date());
  return flushingMetrics(metrics, () =>
    measuredJob(
      metrics,
      'CapacityReminders',
      async (): Promise<ReminderJobResult> => {
        const result = await runCapacityReminders({
          store: stores.reminders,
          mailer,
          now,
          days: config.days,
          publicBaseUrl: config.publicBaseUrl,
          log: { warn: (message, extra) => logger.warn(message, { ...extra }) },
        });
        const at = now();
        const runs = await stores.runs.recordRun('CapacityReminders', {
          at: at.toISOString(),
          completed: true,
        });
        metrics.gaugeSeconds(
          'SecondsSinceSchoolCapacityUpdate',
          secondsSinceSchoolUpdate(result.lastSchoolStatementAt, runs.firstRunAt, at),
        );
        logger.info('Capacity reminders done', { ...result });
        return result;
      },
      (result) => result.failed,
    ),
  );
}

/**
 * The register's snapshot writer: a new generation of the static facts lists start from when they
 * changed, else the pointer moved on (services/register-snapshot-job.ts).
 */
export function registerSnapshotEntry(deps: JobDeps & { metrics: JobMetrics }) {
  const store = registerSnapshotStore(deps.dynamodb, deps.table.tableName);
  return flushingMetrics(deps.metrics, () =>
    measuredJob(
      deps.metrics,
      'RegisterSnapshot',
      async (): Promise<SnapshotRunResult> => {
        const result = await runRegisterSnapshot({ store, now: clock(deps) });
        deps.logger.info('Register snapshot done', { ...result });
        return result;
      },
      () => 0,
    ),
  );
}
