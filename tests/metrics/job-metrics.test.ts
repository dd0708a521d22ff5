import { describe, expect, it } from 'vitest';
import { secondsSinceSchoolUpdate } from '../../functions/services/capacity-reminder-job.js';
import { measuredJob } from '../../functions/services/scheduled-job.js';
import { recordingMetrics } from '../helpers/metrics.js';

// What the scheduled jobs tell their alarms: a job that catches its items' failures returns
// normally, so Lambda's Errors stays 0; these counts are what page someone instead.

describe('a scheduled job’s own metrics', () => {
  it('count one success per completed run, and its items that failed', async () => {
    const metrics = recordingMetrics();
    await measuredJob(
      metrics,
      'CapacityReminders',
      async () => ({ failed: 2 }),
      (r) => r.failed,
    );
    await measuredJob(
      metrics,
      'CapacityReminders',
      async () => ({ failed: 0 }),
      (r) => r.failed,
    );
    expect(metrics.counts).toEqual({ CapacityRemindersSucceeded: 2, CapacityRemindersFailed: 2 });
  });

  it('count a run that fails outright as one failure and no success, and let the error through', async () => {
    const metrics = recordingMetrics();
    await expect(
      measuredJob(
        metrics,
        'OverdueJob',
        async () => {
          throw new Error('DynamoDB is unavailable');
        },
        () => 0,
      ),
    ).rejects.toThrow('DynamoDB is unavailable');
    expect(metrics.counts).toEqual({ OverdueJobFailed: 1 });
  });
});

describe('the time since a school last kept its figures', () => {
  const firstRun = '2027-01-01T07:00:00.000Z';
  const days = (n: number) => new Date(Date.parse(firstRun) + n * 86_400_000);

  it('is measured from the job’s first run on a register no school has touched yet, so a new stack is not stale', () => {
    expect(secondsSinceSchoolUpdate(null, firstRun, days(0))).toBe(0);
    expect(secondsSinceSchoolUpdate(null, firstRun, days(15))).toBe(15 * 86_400);
  });

  it('is measured from the latest school statement once there is one', () => {
    expect(secondsSinceSchoolUpdate(days(3).toISOString(), firstRun, days(10))).toBe(7 * 86_400);
    // A statement older than the first run counts from the first run: watching started then.
    expect(secondsSinceSchoolUpdate(days(-30).toISOString(), firstRun, days(2))).toBe(2 * 86_400);
  });
});
