// The one statement of how hard the service tries again (STYLE.md 13): attempts, and a jittered
// delay that grows from `baseDelayMs` to `maxDelayMs`. Every retry loop takes its delay from
// here. The worst cases stay far below the Lambda's timeout (a unit test holds them to it); a
// test seam may set one attempt to show what exhaustion answers.

export interface RetryBudget {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Changing a setting: enough for tens of writers on one setting at once (under 3 s of waiting). */
export const DEFAULT_RETRY: RetryBudget = { attempts: 16, baseDelayMs: 5, maxDelayMs: 150 };

/** Saving a case's next list version: twenty officers saving one case at once each get in. */
export const CASE_VERSION_RETRY: RetryBudget = { attempts: 30, baseDelayMs: 5, maxDelayMs: 100 };

/** Items a batch read or write left unprocessed (DynamoDB throttling): read or write them again. */
export const BATCH_RETRY: RetryBudget = { attempts: 10, baseDelayMs: 5, maxDelayMs: 200 };

/** Journey events EventBridge did not take (FailedEntryCount): send those again, then give up. */
export const PUT_EVENTS_RETRY: RetryBudget = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

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
