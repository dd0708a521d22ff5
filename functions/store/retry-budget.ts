// The one statement of how hard a write tries again under contention (STYLE.md 13): attempts,
// and a jittered delay that grows from `baseDelayMs` to `maxDelayMs`. The worst case stays far
// below the Lambda's timeout; a test seam may set one attempt to show what exhaustion answers.

export interface RetryBudget {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Enough for tens of writers on one setting at once; at most about 1.5 s of waiting in all. */
export const DEFAULT_RETRY: RetryBudget = { attempts: 16, baseDelayMs: 5, maxDelayMs: 150 };

/** The longest the delays of a budget can add up to, in ms. */
export function worstCaseDelayMs(budget: RetryBudget): number {
  let total = 0;
  for (let attempt = 1; attempt < budget.attempts; attempt++) total += delayCap(budget, attempt) * 1.5;
  return total;
}

/** Waits before attempt `attempt` (1 = the first retry), with jitter so colliding writers spread out. */
export function retryDelay(budget: RetryBudget, attempt: number): Promise<void> {
  const ms = delayCap(budget, attempt) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What to tell a client whose write lost to contention every time: try again in about a second. */
export function retryAfterSeconds(budget: RetryBudget): number {
  return Math.max(1, Math.ceil(budget.maxDelayMs / 1000));
}

function delayCap(budget: RetryBudget, attempt: number): number {
  return Math.min(budget.maxDelayMs, budget.baseDelayMs * 2 ** attempt);
}
