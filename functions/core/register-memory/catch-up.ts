// How an instance keeps its register current (the rules; store/register-memory-store.ts reads and
// services/register-memory.ts applies). Changes to settings' static facts are appended as change
// items under a partition per UTC day, sorted by the instant they were written. An instance reads,
// strongly consistent, those after its high-water mark — less a trailing window, since a write
// stamped a moment before another instance's read can commit after it — and applies them by
// revision, so reading one twice changes nothing. A snapshot gives a starting point.

/** How far before its high-water mark an instance reads again: longer than any write takes to commit. */
export const CATCH_UP_WINDOW_MS = 10_000;

/** More changes than this waiting: reading the snapshot again is cheaper than catching up. */
export const MAX_PENDING_CHANGES = 500;

/** How long change items are kept (by TTL), and so how far back an instance may catch up. */
export const CHANGE_DAYS_KEPT = 8;

/** The most day partitions an instance catches up across; further behind, it reads the snapshot again. */
export const MAX_CATCH_UP_DAYS = 7;

/** The snapshot an instance starts from: which generation, and up to when it holds every change. */
export interface SnapshotPointer {
  generation: string;
  /** Every change written before this instant (less the window) is in the snapshot. */
  coversUpTo: string;
  /** How many chunks the generation has, and settings in all. */
  chunks: number;
  settings: number;
  /** The chunks' compressed size in all (0 on pointers written before it was recorded). */
  bytes: number;
  writtenAt: string;
}

/** The UTC day a change is filed under (yyyy-mm-dd). */
export function changeDay(at: string): string {
  return at.slice(0, 10);
}

/** The instant catch-up reads from, having caught up to `highWaterMark`. */
export function catchUpFrom(highWaterMark: string): string {
  return new Date(Date.parse(highWaterMark) - CATCH_UP_WINDOW_MS).toISOString();
}

/**
 * The day partitions to read to catch up from `from` to `now`, oldest first; null when that spans
 * more than MAX_CATCH_UP_DAYS (read the snapshot again instead).
 */
export function daysToCatchUp(from: string, now: string): string[] | null {
  const days: string[] = [];
  const last = changeDay(now);
  for (let day = Date.parse(`${changeDay(from)}T00:00:00Z`); ; day += 86_400_000) {
    const d = new Date(day).toISOString().slice(0, 10);
    if (d > last) break;
    days.push(d);
    if (days.length > MAX_CATCH_UP_DAYS) return null;
  }
  return days.length === 0 ? [last] : days;
}

/** What an instance holds: the generation it loaded (null: built from the register itself) and how far it has caught up. */
export interface HeldRegister {
  generation: string | null;
  highWaterMark: string;
}

/**
 * Whether an instance must read the snapshot again rather than apply what it read: the pointer
 * names another generation, or more changes are pending than is worth applying.
 */
export function mustReload(
  held: HeldRegister,
  pointer: SnapshotPointer | null,
  catchUp: { truncated: boolean } | null,
): boolean {
  if (catchUp === null || catchUp.truncated) return true;
  return (pointer?.generation ?? null) !== held.generation;
}
