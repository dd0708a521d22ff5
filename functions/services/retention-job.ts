import type { JobRunsStore } from '../store/job-runs-store.js';
import { type Metrics, noMetrics, secondsSince } from './metrics.js';
import type { RetentionService } from './retention-service.js';
import { measuredJob } from './scheduled-job.js';

const PASS_SIZE = 50;
const MAX_PASSES = 40;

/**
 * The retention sweep (composed in functions/compose.ts): removes every case whose expiry has
 * passed, and finishes any erasure cut short.
 */
export async function sweepRetention(deps: {
  service: Pick<RetentionService, 'sweep'>;
  runs: Pick<JobRunsStore, 'recordRun'>;
  now: () => Date;
  /** RetentionSweepSucceeded, RetentionSweepFailed and SecondsSinceRetentionSweep. @default noMetrics */
  metrics?: Metrics;
}): Promise<RetentionSweepResult> {
  const { service, runs, now } = deps;
  const metrics = deps.metrics ?? noMetrics;
  return measuredJob(
    metrics,
    'RetentionSweep',
    async () => {
      let removed = 0;
      const failed: string[] = [];
      let cutShort = true;
      // Each pass takes the oldest due cases; what it removes leaves the index. A pass that removes
      // nothing (the index lagging, or every case refreshed) ends the run: the next run goes on.
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const done = await service.sweep(PASS_SIZE);
        removed += done.removed;
        failed.push(...done.failed);
        if (done.seen < PASS_SIZE || done.removed === 0) {
          cutShort = false;
          break;
        }
      }
      // A sweep is complete when nothing due was left: personal data past its time is gone.
      const completed = failed.length === 0 && !cutShort;
      const at = now();
      const record = await runs.recordRun('RetentionSweep', { at: at.toISOString(), completed });
      const since = completed ? at.toISOString() : (record.lastCompletedAt ?? record.firstRunAt);
      const secondsSinceCompleted = secondsSince(Date.parse(since), at);
      metrics.gaugeSeconds('SecondsSinceRetentionSweep', secondsSinceCompleted);
      // The partitions (keyed hashes, never a case reference) of cases left for the next run.
      return { removed, failed, completed, secondsSinceCompleted };
    },
    (result) => result.failed.length,
  );
}

export interface RetentionSweepResult {
  removed: number;
  /** The partitions (keyed hashes) of cases left for the next run. */
  failed: string[];
  /** Nothing due was left: every case past its time was removed. */
  completed: boolean;
  /** Since the last complete sweep (0 when this run was one). */
  secondsSinceCompleted: number;
}
