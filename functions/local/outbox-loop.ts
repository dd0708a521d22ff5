import { drainOutbox } from '../events/drain.js';
import type { EventPublisher } from '../events/publisher.js';
import type { OutboxStore } from '../store/outbox-store.js';

/** Events drained per read: a tick reads again while a read comes back full. */
export const LOCAL_DRAIN_BATCH = 100;

export interface OutboxLoop {
  /** No further ticks; resolves when the one in flight (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * `npm start`'s stand-in for the stream forwarder: every `intervalMs`, publishes what the outbox
 * holds. One tick at a time; a failing tick is reported (once, until one succeeds) and the next
 * tick tries again, since the events stay in the outbox.
 */
export function startOutboxLoop({
  outbox,
  publisher,
  intervalMs,
  log = () => {},
}: {
  outbox: OutboxStore;
  publisher: EventPublisher;
  intervalMs: number;
  log?: (line: string) => void;
}): OutboxLoop {
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      let drained: number;
      do {
        drained = await drainOutbox(outbox, publisher, { limit: LOCAL_DRAIN_BATCH });
      } while (drained === LOCAL_DRAIN_BATCH && !stopped);
      failing = false;
    } catch (error) {
      if (!failing)
        log(`Journey events not published yet (will retry): ${(error as Error).message ?? error}`);
      failing = true;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = tick().then(schedule);
    }, intervalMs);
    // The loop alone never keeps the process alive.
    timer.unref();
  };
  schedule();

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      return inFlight;
    },
  };
}
