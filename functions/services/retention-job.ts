import type { CaseKeys } from '../store/case-keys.js';
import type { DocumentClient } from '../store/client.js';
import { createJourneyStore } from '../store/journey-store.js';
import { createListsStore } from '../store/lists-store.js';
import { createRegisterStore } from '../store/register-store.js';
import { createRetentionStore } from '../store/retention-store.js';
import { createRetentionService } from './retention-service.js';

const PASS_SIZE = 50;
const MAX_PASSES = 40;

/**
 * The retention sweeper (EventBridge Scheduler → Lambda in AWS; `npm run retention:sweep` locally,
 * tests with their own clock): removes every case whose expiry has passed, and finishes any erasure
 * cut short. It needs the case keyring: a case's lists may sit under older keys of the ring.
 */
export async function runRetentionSweep(deps: {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
  now: () => Date;
}): Promise<{ removed: number; failed: string[] }> {
  const { client, tableName, caseKeys, now } = deps;
  const service = createRetentionService({
    journey: createJourneyStore({ client, tableName, caseKeys }),
    lists: createListsStore({ client, tableName, caseKeys }),
    register: createRegisterStore({ client, tableName }),
    retention: createRetentionStore({ client, tableName, caseKeys }),
    now,
  });
  let removed = 0;
  const failed: string[] = [];
  // Each pass takes the oldest due cases; what it removes leaves the index. A pass that removes
  // nothing (the index lagging, or every case refreshed) ends the run: the next run goes on.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const done = await service.sweep(PASS_SIZE);
    removed += done.removed;
    failed.push(...done.failed);
    if (done.seen < PASS_SIZE || done.removed === 0) break;
  }
  // The partitions (keyed hashes, never a case reference) of cases left for the next run.
  return { removed, failed };
}
