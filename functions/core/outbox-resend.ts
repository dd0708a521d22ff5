// Re-sending journey events the stream forwarder did not publish (its batch ended in the dead-letter
// queue, or its stream mapping was off): the decisions only. The job that acts on them is
// functions/events/resend.ts; each outbox item carries its own attempt count, so the job keeps no
// state of its own and two runs at once decide the same.

const MINUTE_MS = 60_000;

/** An outbox item is left to the stream forwarder for this long after it was written. */
export const RESEND_AFTER_MS = 15 * MINUTE_MS;

/** Attempts the re-send job makes at one event before it gives up and a person is needed. */
export const MAX_RESEND_ATTEMPTS = 5;

/** What an outbox item records of the re-send job's attempts at it. */
export interface ResendState {
  /** When the item was written (its sort key begins with it). */
  writtenAt: string;
  /** Attempts made so far (0: none yet). */
  attempts: number;
  /** When the next attempt may be made; null before the first. */
  nextAttemptAt: string | null;
  /** When the job gave up on it; null while it goes on trying. */
  gaveUpAt: string | null;
}

/** Whether the job should try to publish this item now. */
export function isDueForResend(state: ResendState, now: Date): boolean {
  if (state.gaveUpAt !== null || state.attempts >= MAX_RESEND_ATTEMPTS) return false;
  const due = state.nextAttemptAt ?? new Date(Date.parse(state.writtenAt) + RESEND_AFTER_MS).toISOString();
  return Date.parse(due) <= now.getTime();
}

/** The wait after the `failures`-th failed attempt: 15 minutes, then doubling (15, 30, 60, 120). */
export function resendDelayMs(failures: number): number {
  return RESEND_AFTER_MS * 2 ** Math.max(0, failures - 1);
}

/**
 * The item's state after an attempt that failed at `now`: one more attempt, and either the time
 * of the next or, after the last, given up. An item no code can read can never be sent: it is given
 * up at once (`unreadable`), for a person to look at.
 */
export function afterFailedAttempt(
  state: ResendState,
  now: Date,
  options: { unreadable?: boolean } = {},
): ResendState {
  const attempts = state.attempts + 1;
  if (options.unreadable || attempts >= MAX_RESEND_ATTEMPTS) {
    return { ...state, attempts, nextAttemptAt: null, gaveUpAt: now.toISOString() };
  }
  return {
    ...state,
    attempts,
    nextAttemptAt: new Date(now.getTime() + resendDelayMs(attempts)).toISOString(),
    gaveUpAt: null,
  };
}
