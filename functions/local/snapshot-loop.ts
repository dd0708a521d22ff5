import { registerSnapshotStore } from '../compose.js';
import { runRegisterSnapshot } from '../services/register-snapshot-job.js';
import type { DocumentClient } from '../store/client.js';

/** How often the register's snapshot is written locally, as the scheduled writer does in AWS. */
export const LOCAL_SNAPSHOT_INTERVAL_MS = 5 * 60_000;

/**
 * `npm start`'s register snapshot (services/register-snapshot-job.ts, the scheduled writer's own
 * path): written once now, after the register is seeded, then every LOCAL_SNAPSHOT_INTERVAL_MS.
 * A failing run is reported and the next tries again (lists catch up from the changes meanwhile).
 */
export async function startSnapshotLoop(
  deps: { client: DocumentClient; tableName: string },
  log: (line: string) => void,
): Promise<{ stop(): void; settings: number }> {
  const store = registerSnapshotStore(deps.client, deps.tableName);
  const run = () => runRegisterSnapshot({ store, now: () => new Date() });
  const first = await run();
  const timer = setInterval(() => {
    run().catch((error: unknown) =>
      log(`Register snapshot not written (will retry): ${(error as Error).message ?? error}`),
    );
  }, LOCAL_SNAPSHOT_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), settings: first.settings };
}
