import { afterFailedAttempt, isDueForResend, RESEND_AFTER_MS } from '../core/outbox-resend.js';
import { type Metrics, noMetrics } from '../services/metrics.js';
import { measuredJob } from '../services/scheduled-job.js';
import type { OutboxStore, StrandedItem } from '../store/outbox-store.js';
import type { EventPublisher } from './publisher.js';

/** Items one run looks at: a stuck stream leaves few, and the next run, 15 minutes on, goes on. */
export const RESEND_BATCH = 200;

export interface ResendResult {
  /** Events published and removed from the outbox. */
  resent: number;
  /** Attempts that failed (the item records it, and is tried again later or given up). */
  failed: number;
  /** Of those, items given up on this run: they wait for a person (the runbook). */
  gaveUp: number;
}

export interface ResendLogger {
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/**
 * The outbox re-send job (EventBridge Scheduler → Lambda, every 15 minutes): publishes the journey
 * events the stream forwarder left in the outbox for longer than RESEND_AFTER_MS, one at a time, and
 * removes each once published. A failed attempt is recorded on the item (core/outbox-resend.ts
 * decides when to try again, and when to give up). Delivery stays at least once: an event may reach
 * the bus twice (the forwarder retrying too), and subscribers dedupe by its id.
 */
export async function runOutboxResend(deps: {
  outbox: Pick<OutboxStore, 'strandedItems' | 'recordAttempt' | 'deleteEvent'>;
  publisher: EventPublisher;
  now: () => Date;
  logger: ResendLogger;
  /** OutboxResendSucceeded/Failed, OutboxEventsResent, OutboxEventsGivenUp. @default noMetrics */
  metrics?: Metrics;
}): Promise<ResendResult> {
  const metrics = deps.metrics ?? noMetrics;
  return measuredJob(
    metrics,
    'OutboxResend',
    async () => {
      const now = deps.now();
      const writtenBy = new Date(now.getTime() - RESEND_AFTER_MS).toISOString();
      const due = (await deps.outbox.strandedItems(writtenBy, RESEND_BATCH)).filter((item) =>
        isDueForResend(item.state, now),
      );
      const result: ResendResult = { resent: 0, failed: 0, gaveUp: 0 };
      for (const item of due) await attempt(item, result);
      metrics.count('OutboxEventsResent', result.resent);
      metrics.count('OutboxEventsGivenUp', result.gaveUp);
      return result;
    },
    (result) => result.failed,
  );

  async function attempt(item: StrandedItem, result: ResendResult): Promise<void> {
    let failure: unknown = item.error;
    if (item.event) {
      try {
        await deps.publisher.publish([item.event]);
        await deps.outbox.deleteEvent(item.event);
        result.resent += 1;
        return;
      } catch (error) {
        failure = error;
      }
    }
    const next = afterFailedAttempt(item.state, deps.now(), { unreadable: item.event === null });
    const recorded = await deps.outbox.recordAttempt(item.key, item.state.attempts, next);
    // Another run recorded an attempt, or the forwarder published it meanwhile: nothing to count.
    if (!recorded) return;
    result.failed += 1;
    const details = {
      outboxKey: item.key.sk,
      attempts: next.attempts,
      error: failure instanceof Error ? { name: failure.name, message: failure.message } : String(failure),
    };
    if (next.gaveUpAt) {
      result.gaveUp += 1;
      deps.logger.error(
        'Journey event given up after its last attempt: it waits in the outbox for a person',
        details,
      );
    } else {
      deps.logger.warn('Journey event not re-sent; it will be tried again', {
        ...details,
        nextAttemptAt: next.nextAttemptAt,
      });
    }
  }
}
