import { CATCH_UP_WINDOW_MS, catchUpFrom, daysToCatchUp } from '../core/register-memory/catch-up.js';
import type { RegisterMemoryStore } from '../store/register-memory-store.js';

// The register's snapshot writer (scheduled every few minutes; at `npm start` locally): when the
// static facts changed since the snapshot, writes a new generation from the register; when nothing
// did, only moves the pointer's coversUpTo on, so a new instance starts close to now.

/** The register is read from its index (eventually consistent): the snapshot claims to cover changes only up to this long before the read. */
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
  const entries = await store.readWholeRegister();
  const coversUpTo = new Date(Date.parse(startedAt) - INDEX_LAG_MARGIN_MS - CATCH_UP_WINDOW_MS).toISOString();
  const written = await store.writeSnapshot(entries, coversUpTo, pointer);
  return {
    wrote: written !== null,
    generation: written?.generation ?? null,
    settings: entries.length,
    chunks: written?.chunks ?? 0,
    bytes: written?.bytes ?? 0,
  };
}
