import { describe, expect, it } from 'vitest';
import { LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import {
  BATCH_RETRY,
  CASE_VERSION_RETRY,
  DEFAULT_RETRY,
  retryAfterSeconds,
  worstCaseDelayMs,
} from '../../functions/store/retry-budget.js';

describe('retry budgets', () => {
  it('wait, at worst, as long as the README says, far below the Lambda timeout', () => {
    expect(worstCaseDelayMs(DEFAULT_RETRY)).toBeLessThanOrEqual(2_700);
    expect(worstCaseDelayMs(CASE_VERSION_RETRY)).toBeLessThanOrEqual(4_000);
    expect(worstCaseDelayMs(BATCH_RETRY)).toBeLessThanOrEqual(1_700);
    for (const budget of [DEFAULT_RETRY, CASE_VERSION_RETRY]) {
      expect(worstCaseDelayMs(budget)).toBeLessThan((LAMBDA_TIMEOUT_SECONDS * 1000) / 4);
    }
  });

  it('tell a client that lost to contention to try again after at least a second', () => {
    expect(retryAfterSeconds(DEFAULT_RETRY)).toBe(1);
    expect(worstCaseDelayMs({ attempts: 1, baseDelayMs: 1, maxDelayMs: 1 })).toBe(0);
  });
});
