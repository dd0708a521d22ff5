import { catchUpFrom, daysToCatchUp } from '../core/register-memory/catch-up.js';
import type { RegisterEntry } from '../core/register-memory/register-index.js';
import type { RegisterMemoryStore } from '../store/register-memory-store.js';

// The register's snapshot writer (scheduled every few minutes; at `npm start` locally): when the
// static facts changed since the snapshot, writes a new generation from the register; when nothing
// did, only moves the pointer's coversUpTo on, so a new instance starts close to now.

/** The register is read from its index (eventually consistent): changes written this long before the read are laid over it. */
const INDEX_LAG_MARGIN_MS = 60_000;

export interface SnapshotRunResult {
  /** A new generation was written (else the pointer was moved on, or another writer's landed). */
  wrote: boolean;
  generation: string | null;
  settings: number;
  chunks: number;
  /** The chunks' compressed size in all. */
  bytes: number;
}

export async function runRegisterSnapshot(deps: {
  store: RegisterMemoryStore;
  now: () => Date;
}): Promise<SnapshotRunResult> {
  const { store } = deps;
  const startedAt = deps.now().toISOString();
  const pointer = await store.readPointerForWriter();
  if (pointer) {
    const days = daysToCatchUp(catchUpFrom(pointer.coversUpTo), startedAt);
    if (days && !(await store.anyChangeSince(pointer.coversUpTo, days))) {
      // Nothing written since: the generation still holds everything up to the moment the changes were read.
      const moved = await store.advancePointer(pointer, startedAt);
      return {
        wrote: false,
        generation: moved ? pointer.generation : null,
        settings: pointer.settings,
        chunks: pointer.chunks,
        bytes: pointer.bytes,
      };
    }
  }
  // The register from its index (eventually consistent), then every change written in the minute
  // before the read began laid over it (strongly consistent, by revision): so the snapshot holds
  // everything written before it began, and instances catch up from then.
  const entries = await store.readWholeRegister();
  const since = new Date(Date.parse(startedAt) - INDEX_LAG_MARGIN_MS).toISOString();
  const recent = await store.readAllChanges(since, daysToCatchUp(catchUpFrom(since), startedAt) ?? []);
  const written = await store.writeSnapshot(newestOf(entries, recent), startedAt, pointer);
  return {
    wrote: written !== null,
    generation: written?.generation ?? null,
    settings: entries.length,
    chunks: written?.chunks ?? 0,
    bytes: written?.bytes ?? 0,
  };
}

/** Each setting's newest entry (by revision) of those read and those changed. */
function newestOf(read: readonly RegisterEntry[], changed: readonly RegisterEntry[]): RegisterEntry[] {
  const byId = new Map(read.map((e) => [e.setting.id, e]));
  for (const change of changed) {
    const held = byId.get(change.setting.id);
    if (!held || held.revision < change.revision) byId.set(change.setting.id, change);
  }
  return [...byId.values()];
}
