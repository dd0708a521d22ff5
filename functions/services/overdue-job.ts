import type { DocumentClient } from '../store/client.js';
import { createJourneyStore } from '../store/journey-store.js';
import { emitOverdueEvents } from './journey-service.js';

const PASS_SIZE = 100;
const MAX_PASSES = 50;

/**
 * The scheduled overdue job (EventBridge Scheduler → Lambda in AWS; `npm run journey:overdue`
 * locally): one ConsultationOverdue event per consultation past its due date with no answer.
 * It reads consultations only, so it needs no case keyring.
 */
export async function runOverdueJob(deps: {
  client: DocumentClient;
  tableName: string;
  now: () => Date;
}): Promise<{ emitted: number }> {
  const journey = createJourneyStore({ client: deps.client, tableName: deps.tableName, caseKeys: null });
  let emitted = 0;
  // Each pass takes what is due; what it marks leaves the due index. A pass that marks nothing (the
  // index lagging behind) ends the run: the next scheduled run picks up anything left.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const done = await emitOverdueEvents(journey, deps.now, PASS_SIZE);
    emitted += done.emitted;
    if (done.seen < PASS_SIZE || done.emitted === 0) break;
  }
  return { emitted };
}
