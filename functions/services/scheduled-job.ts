import type { Metrics, ScheduledJob } from './metrics.js';

/**
 * Runs one scheduled job and records how it went: `<Job>Failed` = the items it could not do
 * (`failedOf` its result), or 1 if the run itself failed (then the error goes on, so Lambda counts
 * it too); `<Job>Succeeded` = 1 when the run completed, even with failed items, which their own
 * count reports. Alarms read both: a failure pages, and so does a job that stopped completing.
 */
export async function measuredJob<R>(
  metrics: Pick<Metrics, 'count'>,
  job: ScheduledJob,
  run: () => Promise<R>,
  failedOf: (result: R) => number,
): Promise<R> {
  let result: R;
  try {
    result = await run();
  } catch (error) {
    metrics.count(`${job}Failed`, 1);
    throw error;
  }
  metrics.count(`${job}Failed`, failedOf(result));
  metrics.count(`${job}Succeeded`, 1);
  return result;
}
