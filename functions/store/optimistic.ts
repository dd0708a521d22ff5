import { ConcurrentUpdateError } from '../core/errors.js';
import { type RetryBudget, retryAfterSeconds, retryDelay } from './retry-budget.js';

// Optimistic concurrency, once (STYLE.md: one door per change). Every item that several writers
// may change carries a `revision`; a write is conditional on the revision read, and a write that
// lost runs again on fresh reads. The setting, the case (with its list versions and its erasure
// tombstone) and the consultation all change through `optimisticWrite` with `onRevision`.

/** Something this change read moved before it was written: read again and decide again. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
}

/** The condition of a write based on the revision read; null means "create": the item must be new. */
export function onRevision(expected: number | null): {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
} {
  if (expected === null) return { ConditionExpression: 'attribute_not_exists(pk)' };
  return {
    ConditionExpression: '#revision = :expected',
    ExpressionAttributeNames: { '#revision': 'revision' },
    ExpressionAttributeValues: { ':expected': expected },
  };
}

/** The revision an item gets when written on the one read (null: none yet). */
export const nextRevision = (expected: number | null): number => (expected ?? 0) + 1;

/** One try: what it decided, and the write that makes it so (null: nothing to write). */
export interface Attempt<R> {
  write: (() => Promise<void>) | null;
  result: R;
}

/**
 * The one read → decide → conditional write → retry loop. `attempt` reads what it needs, decides
 * in the core and returns its write; a write that throws StaleWriteError runs the attempt again
 * on fresh reads, with jittered backoff, within `retry`. A budget used up by real contention is
 * ConcurrentUpdateError (a 503 with Retry-After at the edges); refusals and faults pass through.
 * `attempt` is told which try it is (0 first), so it may reuse reads made before the loop once.
 */
export async function optimisticWrite<R>(
  what: string,
  retry: RetryBudget,
  attempt: (n: number) => Promise<Attempt<R>>,
): Promise<R> {
  for (let n = 0; n < retry.attempts; n++) {
    if (n > 0) await retryDelay(retry, n);
    const { write, result } = await attempt(n);
    if (!write) return result;
    try {
      await write();
      return result;
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  throw new ConcurrentUpdateError(what, retryAfterSeconds(retry));
}
