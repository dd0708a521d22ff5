import { BULK_LOAD_LIMITS } from '../config.js';
import { type LoadEnglandResult, loadEnglandRegister } from '../reference/load-england.js';
import type { DocumentClient } from '../store/client.js';

/** The first start's register load could not go on: its message is one line, with what to do. */
export class RegisterLoadError extends Error {
  override readonly name = 'RegisterLoadError';
}

/** How often a progress line is printed while the register loads. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * Loads the real schools of `laCodes` on `client` (a bulk client: BULK_LOAD_LIMITS), saying how far
 * it has got every few seconds. What is written stays: an LA is recorded as loaded only once all its
 * schools are, and a school already on the register is skipped, so a load cut short (Ctrl-C, a
 * failure) goes on from where it was at the next start. A failure is one line saying so.
 */
export async function loadReferenceRegister(options: {
  client: DocumentClient;
  tableName: string;
  laCodes: readonly string[];
  log: (line: string) => void;
  now?: () => number;
}): Promise<LoadEnglandResult> {
  const now = options.now ?? Date.now;
  const started = now();
  let lastLine = started;
  try {
    const result = await loadEnglandRegister({
      client: options.client,
      tableName: options.tableName,
      laCodes: options.laCodes,
      onProgress: ({ written, total, laName }) => {
        if (now() - lastLine < PROGRESS_EVERY_MS) return;
        lastLine = now();
        options.log(
          `  ${written.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} schools (${laName})…`,
        );
      },
    });
    if (!result.skipped) {
      options.log(
        `  ${result.loaded.toLocaleString('en-GB')} schools loaded in ${Math.round((now() - started) / 1000)} s.`,
      );
    }
    return result;
  } catch (error) {
    throw new RegisterLoadError(
      `The register could not be loaded (${why(error)}). What was loaded is kept: run npm start again to go on from there; on a busy machine, let other heavy work finish first.`,
      { cause: error },
    );
  }
}

/** A failure in a few words, never a stack trace. */
function why(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { attempts?: number } };
  if (e?.name === 'TimeoutError' || /timed? ?out/i.test(e?.message ?? '')) {
    const attempts = e.$metadata?.attempts ?? BULK_LOAD_LIMITS.maxAttempts;
    return `DynamoDB Local did not answer in time, ${attempts} time${attempts === 1 ? '' : 's'} in a row`;
  }
  if (e?.code === 'ECONNREFUSED' || e?.name === 'ECONNREFUSED') return 'DynamoDB Local is not running';
  return `${e?.name ?? 'Error'}: ${(e?.message ?? String(error)).split('\n')[0]}`;
}
