import cliProgress from 'cli-progress';
import type { ImportSummary } from '../core/gias/summary.js';
import type { ImportProgress } from './import-gias.js';

const counts = (s: ImportSummary) =>
  `${s.rows} rows: ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped, ${s.rejected} rejected`;

/** A progress bar over the file's bytes, for a terminal. */
export function barProgress(stream: NodeJS.WritableStream): ImportProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'GIAS import [{bar}] {percentage}% | {counts}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (totalBytes) => bar.start(Math.max(1, totalBytes), 0, { counts: 'starting…' }),
    update: (bytesRead, summary) => bar.update(bytesRead, { counts: counts(summary) }),
    stop: () => bar.stop(),
  };
}

/** Plain lines, at most one every `intervalMs`, and the last when done: for logs and pipes. */
export function lineProgress(write: (line: string) => void, intervalMs = 1000): ImportProgress {
  let total = 1;
  let read = 0;
  let last = Date.now();
  const line = (bytesRead: number, summary: ImportSummary) =>
    write(`GIAS import ${Math.min(100, Math.floor((bytesRead / total) * 100))}%: ${counts(summary)}`);
  return {
    start: (totalBytes) => {
      total = Math.max(1, totalBytes);
    },
    update: (bytesRead, summary) => {
      read = bytesRead;
      if (Date.now() - last < intervalMs) return;
      last = Date.now();
      line(bytesRead, summary);
    },
    stop: (summary) => line(read, summary),
  };
}
