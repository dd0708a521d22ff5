import { describe, expect, it } from 'vitest';
import { createEmfMetrics, flushingMetrics } from '../../functions/metrics/emf-metrics.js';
import { measureOutbox } from '../../functions/services/overdue-job.js';
import { emfWrittenDuring, total } from '../helpers/emf.js';

// The Powertools adapter's output, as CloudWatch reads it from the function's stdout.
describe('the EMF metrics adapter', () => {
  it('files a count in its total and under each dimension separately, never their cross-product', async () => {
    const metrics = createEmfMetrics();
    const records = await emfWrittenDuring(async () => {
      metrics.count('ListsGenerated', 1, { LaCode: '938', PrimaryNeed: 'ASD' });
      metrics.count('ListsGenerated', 1, { LaCode: '846', PrimaryNeed: 'ASD' });
      metrics.flush();
    });
    expect(records.every((r) => r.namespace === 'OpenPlace' && r.unit === 'Count')).toBe(true);
    expect(total(records, 'ListsGenerated')).toBe(2);
    expect(total(records, 'ListsGenerated', { LaCode: '938' })).toBe(1);
    expect(total(records, 'ListsGenerated', { LaCode: '846' })).toBe(1);
    expect(total(records, 'ListsGenerated', { PrimaryNeed: 'ASD' })).toBe(2);
    expect(records.some((r) => 'LaCode' in r.dimensions && 'PrimaryNeed' in r.dimensions)).toBe(false);
  });

  it('writes totals only when flushed, once per invocation, failed invocations too', async () => {
    const metrics = createEmfMetrics();
    const handler = flushingMetrics(metrics, async (fail: boolean) => {
      metrics.count('FailedLinkGuesses', 1);
      if (fail) throw new Error('boom');
      return 'ok';
    });
    const records = await emfWrittenDuring(async () => {
      await handler(false);
      await expect(handler(true)).rejects.toThrow('boom');
    });
    expect(records.filter((r) => r.name === 'FailedLinkGuesses')).toHaveLength(2);
    expect(total(records, 'FailedLinkGuesses')).toBe(2);
    // Nothing left over for the next invocation, and no line at all for an empty one.
    expect(await emfWrittenDuring(async () => metrics.flush())).toEqual([]);
  });

  it("records the outbox's oldest event's age in seconds, and 0 when it is empty", async () => {
    const metrics = createEmfMetrics();
    const now = () => new Date('2026-11-22T10:20:00.000Z');
    const records = await emfWrittenDuring(async () => {
      await measureOutbox({ oldestPendingAt: async () => '2026-11-22T10:00:00.000Z' }, now, metrics);
      metrics.flush();
      await measureOutbox({ oldestPendingAt: async () => null }, now, metrics);
      metrics.flush();
    });
    expect(records.map((r) => [r.name, r.unit, r.value])).toEqual([
      ['OutboxOldestAgeSeconds', 'Seconds', 1200],
      ['OutboxOldestAgeSeconds', 'Seconds', 0],
    ]);
  });
});
