import { describe, expect, it } from 'vitest';
import {
  afterFailedAttempt,
  isDueForResend,
  MAX_RESEND_ATTEMPTS,
  type ResendState,
  resendDelayMs,
} from '../../functions/core/outbox-resend.js';

const MINUTE = 60_000;
const written = '2026-11-02T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(written) + minutes * MINUTE);
const fresh: ResendState = { writtenAt: written, attempts: 0, nextAttemptAt: null, gaveUpAt: null };

describe('re-sending a journey event the forwarder left in the outbox', () => {
  it('leaves it to the stream forwarder for its first 15 minutes', () => {
    expect(isDueForResend(fresh, at(14))).toBe(false);
    expect(isDueForResend(fresh, at(15))).toBe(true);
  });

  it('waits 15 minutes after the first failure, then twice as long after each', () => {
    expect([1, 2, 3, 4].map(resendDelayMs)).toEqual([15, 30, 60, 120].map((m) => m * MINUTE));
    const once = afterFailedAttempt(fresh, at(15));
    expect(once).toMatchObject({ attempts: 1, nextAttemptAt: at(30).toISOString(), gaveUpAt: null });
    expect(isDueForResend(once, at(29))).toBe(false);
    expect(isDueForResend(once, at(30))).toBe(true);
    const twice = afterFailedAttempt(once, at(30));
    expect(twice.nextAttemptAt).toBe(at(60).toISOString());
  });

  it('gives up after its fifth failed attempt, and is then never due again', () => {
    let state = fresh;
    let now = at(15);
    for (let i = 1; i < MAX_RESEND_ATTEMPTS; i++) {
      state = afterFailedAttempt(state, now);
      expect(state.gaveUpAt).toBeNull();
      now = new Date(Date.parse(state.nextAttemptAt ?? ''));
    }
    // 15, 30, 60, 120 and 240 minutes after it was written: about four hours in all.
    expect(now).toEqual(at(240));
    state = afterFailedAttempt(state, now);
    expect(state).toEqual({ ...fresh, attempts: 5, nextAttemptAt: null, gaveUpAt: at(240).toISOString() });
    expect(isDueForResend(state, at(10_000))).toBe(false);
  });

  it('gives up at once on an item no code can read: retrying cannot mend it', () => {
    expect(afterFailedAttempt(fresh, at(15), { unreadable: true })).toMatchObject({
      attempts: 1,
      gaveUpAt: at(15).toISOString(),
    });
  });
});
