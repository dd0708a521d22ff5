import {
  catchUpFrom,
  daysToCatchUp,
  type HeldRegister,
  mustReload,
  type SnapshotPointer,
} from '../core/register-memory/catch-up.js';
import {
  applyRegisterChanges,
  buildRegisterIndex,
  type RegisterEntry,
  type RegisterIndex,
} from '../core/register-memory/register-index.js';
import { pointerFromItem, type RegisterMemoryStore } from '../store/register-memory-store.js';

// The register's static facts held by this instance (a Lambda container, a local process), for
// lists: loaded from the snapshot on first use, then kept current before every list by reading the
// changes since this instance's high-water mark (core/register-memory/catch-up.ts says how).

/** Built from the register itself (before any snapshot): catch up from this long before the read began. */
const WHOLE_READ_MARGIN_MS = 60_000;

/** The register as a list uses it: the index, and which snapshot and changes it holds. */
export interface RegisterView {
  index: RegisterIndex;
  generation: string | null;
  highWaterMark: string;
  /** What bringing it up to date took for this list: changes applied, and whether it was (re)loaded. */
  applied: number;
  loaded: 'snapshot' | 'register' | null;
}

interface Held extends HeldRegister {
  index: RegisterIndex;
  /** Change items applied and still inside the trailing window, by key (their sort key), with their instant. */
  seen: Map<string, string>;
}

export type RegisterMemory = ReturnType<typeof createRegisterMemory>;

export function createRegisterMemory(store: RegisterMemoryStore, clock: () => Date = () => new Date()) {
  let held: Held | null = null;
  let loading: Promise<{ held: Held; from: 'snapshot' | 'register' }> | null = null;

  /** Reads the snapshot the pointer names (or, with none, the register itself) and the changes since. */
  async function load(
    pointer: SnapshotPointer | null,
  ): Promise<{ held: Held; from: 'snapshot' | 'register' }> {
    const startedAt = clock().toISOString();
    const days = pointer ? daysToCatchUp(catchUpFrom(pointer.coversUpTo), startedAt) : null;
    if (pointer && days) {
      // Every change since the snapshot, however many (a load pays once; a list's catch-up is capped).
      const [entries, changes] = await Promise.all([
        store.readSnapshot(pointer),
        store.readAllChanges(pointer.coversUpTo, days),
      ]);
      const index = buildRegisterIndex(entries);
      applyRegisterChanges(index, changes);
      return {
        held: { index, generation: pointer.generation, highWaterMark: startedAt, seen: new Map() },
        from: 'snapshot',
      };
    }
    // No snapshot yet, or one too far behind to catch up from: the whole register, from its
    // (eventually consistent) index, and every change from a minute before the read began.
    const entries: RegisterEntry[] = await store.readWholeRegister();
    const from = new Date(Date.parse(startedAt) - WHOLE_READ_MARGIN_MS).toISOString();
    const index = buildRegisterIndex(entries);
    applyRegisterChanges(
      index,
      await store.readAllChanges(from, daysToCatchUp(catchUpFrom(from), startedAt) ?? []),
    );
    return {
      held: { index, generation: pointer?.generation ?? null, highWaterMark: startedAt, seen: new Map() },
      from: 'register',
    };
  }

  /** One load at a time: concurrent requests of a local process share it. */
  async function reload(pointer: SnapshotPointer | null) {
    loading ??= load(pointer).finally(() => {
      loading = null;
    });
    const done = await loading;
    held = done.held;
    return done;
  }

  /**
   * The register, current as of this call: everything written before it began is in it.
   * `pointerItem`: the snapshot pointer's item (at `pointerKey`), read strongly consistent alongside
   * (a list reads it with its case); else it is read here.
   */
  async function current(pointerItem?: Promise<Record<string, unknown> | undefined>): Promise<RegisterView> {
    const pointer = pointerItem ? pointerItem.then(pointerFromItem) : store.readPointer();
    if (!held) {
      const done = await reload(await pointer);
      return view(done.held, 0, done.from);
    }
    const was = held;
    const startedAt = clock().toISOString();
    const days = daysToCatchUp(catchUpFrom(was.highWaterMark), startedAt);
    const [latest, changes] = await Promise.all([
      pointer,
      days ? store.readChanges(was.highWaterMark, days) : Promise.resolve(null),
    ]);
    if (mustReload(was, latest, changes) || !changes) {
      const done = await reload(latest);
      return view(done.held, 0, done.from);
    }
    // The trailing window is read again by every list: an item applied before is not decoded again.
    const fresh = changes.changes.filter((c) => !was.seen.has(c.key));
    const applied = applyRegisterChanges(
      was.index,
      fresh.flatMap((c) => c.entries()),
    );
    for (const c of fresh) was.seen.set(c.key, c.key.slice(0, 24));
    const windowStart = catchUpFrom(startedAt);
    for (const [key, at] of was.seen) if (at < windowStart) was.seen.delete(key);
    if (startedAt > was.highWaterMark) was.highWaterMark = startedAt;
    return view(was, applied, null);
  }

  function view(h: Held, applied: number, loaded: RegisterView['loaded']): RegisterView {
    return { index: h.index, generation: h.generation, highWaterMark: h.highWaterMark, applied, loaded };
  }

  return { current, pointerKey: store.pointerKey, pointerAttributes: store.pointerAttributes };
}
