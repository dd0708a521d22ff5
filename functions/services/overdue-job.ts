import { isOverdue } from '../core/journey/consultation.js';
import { londonDate } from '../core/journey/dates.js';
import { consultationOverdue } from '../core/journey/events.js';
import type { JourneyStore } from '../store/journey-store.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { journeyIds } from './ids.js';
import { type Metrics, noMetrics, secondsSince } from './metrics.js';
import { measuredJob } from './scheduled-job.js';

const PASS_SIZE = 100;
const MAX_PASSES = 50;

/**
 * The scheduled overdue job (EventBridge Scheduler → Lambda in AWS; `npm run journey:overdue`
 * locally): one ConsultationOverdue event per consultation past its due date with no answer.
 * It reads consultations only, so it needs no case keyring. Each run also measures the outbox's
 * oldest event, so an alarm can tell when events stop leaving it.
 */
export async function runOverdue(deps: {
  outbox: OutboxStore;
  journey: JourneyStore;
  now: () => Date;
  /** ConsultationsOverdue and OutboxOldestAgeSeconds. @default noMetrics */
  metrics?: Metrics;
}): Promise<{ emitted: number }> {
  const metrics = deps.metrics ?? noMetrics;
  return measuredJob(
    metrics,
    'OverdueJob',
    () => overdueRun(deps, metrics),
    () => 0,
  );
}

async function overdueRun(
  deps: { outbox: OutboxStore; journey: JourneyStore; now: () => Date },
  metrics: Metrics,
): Promise<{ emitted: number }> {
  await measureOutbox(deps.outbox, deps.now, metrics);
  const { journey } = deps;
  let emitted = 0;
  // Each pass takes what is due; what it marks leaves the due index. A pass that marks nothing (the
  // index lagging behind) ends the run: the next scheduled run picks up anything left.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const done = await emitOverdueEvents(journey, deps.now, PASS_SIZE);
    emitted += done.emitted;
    if (done.seen < PASS_SIZE || done.emitted === 0) break;
  }
  metrics.count('ConsultationsOverdue', emitted);
  return { emitted };
}

/**
 * How long the oldest journey event has waited in the outbox (0 when it is empty). In AWS the
 * stream forwarder publishes an event within seconds; one still there minutes later means the
 * forwarder is failing, its stream mapping is stuck or disabled, or its batch went to the
 * dead-letter queue — in every case the event has not reached the LA's case system.
 */
export async function measureOutbox(
  outbox: Pick<OutboxStore, 'oldestPendingAt'>,
  now: () => Date,
  metrics: Metrics,
): Promise<number> {
  const oldest = await outbox.oldestPendingAt();
  const written = oldest ? Date.parse(oldest) : Number.NaN;
  const seconds = Number.isNaN(written) ? 0 : secondsSince(written, now());
  metrics.gaugeSeconds('OutboxOldestAgeSeconds', seconds);
  return seconds;
}

/**
 * The overdue job's pass: each consultation still unanswered after its due date (London) gets one
 * ConsultationOverdue event, written with the mark that it was sent, so a job run twice (or two at
 * once) writes it once. Reads consultations only: it needs no case keyring.
 */
export async function emitOverdueEvents(
  journey: Pick<JourneyStore, 'consultationsPastDue' | 'getConsultation' | 'change'>,
  now: () => Date,
  limit = 100,
): Promise<{ emitted: number; seen: number }> {
  const at = now();
  const today = londonDate(at);
  const due = await journey.consultationsPastDue(today, limit);
  let emitted = 0;
  for (const { consultation: first } of due) {
    const wrote = await journey.change(`consultation ${first.id}`, async () => {
      const found = await journey.getConsultation(first.id);
      const c = found?.consultation;
      if (!found || !c || !isOverdue(c, today) || c.overdueNotifiedAt || c.decisionRecorded) {
        return { writes: null, result: false };
      }
      const next = { ...c, overdueNotifiedAt: at.toISOString() };
      return {
        writes: {
          consultations: [{ consultation: next, expectedRevision: found.revision }],
          events: [consultationOverdue(next, at.toISOString(), journeyIds.eventId)],
        },
        result: true,
      };
    });
    if (wrote) emitted++;
  }
  return { emitted, seen: due.length };
}
