import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { JourneyEvent } from '../core/journey/model.js';
import { EVENT_SOURCE, type EventPublisher, eventDetail } from './publisher.js';

/** The file, in `folder`, that the local publisher appends to. */
export const EVENTS_FILE = 'events.jsonl';

/**
 * The local adapter: appends each event as one JSON line, shaped like the EventBridge event a rule
 * delivers (source, detail-type, time, detail), to `<folder>/events.jsonl`. One append per call, so
 * two drains at once do not interleave inside a line.
 */
export function createFolderPublisher({ folder }: { folder: string }): EventPublisher & { file: string } {
  const file = join(folder, EVENTS_FILE);
  return {
    file,
    async publish(events: readonly JourneyEvent[]) {
      if (events.length === 0) return;
      await mkdir(folder, { recursive: true });
      const lines = events.map((event) =>
        JSON.stringify({
          source: EVENT_SOURCE,
          'detail-type': event.type,
          time: event.occurredAt,
          detail: eventDetail(event),
        }),
      );
      await appendFile(file, `${lines.join('\n')}\n`, 'utf8');
    },
  };
}
