import type { Setting } from '../core/model.js';
import type { DocumentClient } from '../store/client.js';
import { createReferenceStore } from '../store/reference-store.js';
import { createRegisterStore } from '../store/register-store.js';
import { type EnglandData, readEnglandData } from './england-data.js';
import { buildEnglandRegister } from './synthetic-register.js';
import { MODEL_VERSION } from './synthetic-tables.js';

// Loads the England reference register (real schools, synthetic capacity) into DynamoDB with
// the bulk writer. Idempotent: an LA is loaded once per table (recorded under REFERENCE#england),
// and a school whose URN is already on the register is never written over, so restarting on a
// persistent database keeps every capacity figure people have changed since.

/** West Sussex and its neighbours: what `npm start` loads. Codes checked against data/england/las.csv. */
export const WEST_SUSSEX_AND_NEIGHBOURS = [
  '938', // West Sussex
  '936', // Surrey
  '845', // East Sussex
  '846', // Brighton and Hove
  '850', // Hampshire
  '851', // Portsmouth
] as const;

export const DEFAULT_SEED = 2025;
const REGISTER = 'england';
/** LAs written at once: on 2 CPUs, 8 loaded England into DynamoDB Local in 43 s, 4 in 55 s. */
const PARALLEL_LAS = 8;

/** An LA code that is not a live English LA in data/england/las.csv. */
export class UnknownLaCodeError extends Error {
  override readonly name = 'UnknownLaCodeError';
  constructor(readonly laCodes: string[]) {
    super(`Not a live English LA code (see data/england/las.csv): ${laCodes.join(', ')}`);
  }
}

export interface LoadProgress {
  laCode: string;
  laName: string;
  /** settings written so far, over all LAs of this load */
  written: number;
  /** settings to write in this load */
  total: number;
}

export interface LoadEnglandOptions {
  client: DocumentClient;
  tableName: string;
  /** 3-digit LA codes; every LA in England when absent. */
  laCodes?: readonly string[];
  seed?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** The model dates its capacity figures within the 90 days before this. */
  now?: Date;
}

export interface LoadEnglandResult {
  /** settings written by this call */
  loaded: number;
  /** true when every requested LA had been loaded before, so nothing was written */
  skipped: boolean;
  /** schools left alone because their URN was already on the register (e.g. a GIAS import) */
  alreadyPresent: number;
}

let cached: Promise<EnglandData> | null = null;

/** Loads the requested LAs that this table does not have yet. */
export async function loadEnglandRegister(options: LoadEnglandOptions): Promise<LoadEnglandResult> {
  cached ??= readEnglandData();
  const data = await cached.catch((error: unknown) => {
    cached = null;
    throw error;
  });
  const names = new Map(data.las.map((la) => [la.laCode, la.name]));
  const requested = [...new Set(options.laCodes ?? data.las.map((la) => la.laCode))].sort();
  const unknown = requested.filter((code) => !names.has(code));
  if (unknown.length > 0) throw new UnknownLaCodeError(unknown);

  const references = createReferenceStore(options);
  const register = createRegisterStore(options);
  const done = await references.loadedLas(REGISTER);
  const missing = requested.filter((code) => !done.has(code));
  if (missing.length === 0) return { loaded: 0, skipped: true, alreadyPresent: 0 };

  const seed = options.seed ?? DEFAULT_SEED;
  const settings = buildEnglandRegister({
    schools: data.schools,
    calibration: data.calibration,
    seed,
    laCodes: missing,
    now: options.now ?? new Date(),
  });
  const byLa = new Map<string, Setting[]>(missing.map((code) => [code, []]));
  for (const setting of settings) byLa.get(setting.laCode)?.push(setting);

  // Settings written per LA, for progress while several LAs load at once.
  const writtenByLa = new Map<string, number>();
  const report = (laCode: string, settingsWritten: number) => {
    writtenByLa.set(laCode, settingsWritten);
    let written = 0;
    for (const n of writtenByLa.values()) written += n;
    options.onProgress?.({ laCode, laName: names.get(laCode) ?? laCode, written, total: settings.length });
  };
  let alreadyPresent = 0;
  const queue = [...missing];
  const worker = async () => {
    for (let la = queue.shift(); la !== undefined; la = queue.shift()) {
      const candidates = byLa.get(la) ?? [];
      const claimed = await references.findUrnClaims(candidates.flatMap((s) => (s.urn ? [s.urn] : [])));
      const fresh = candidates.filter((s) => !s.urn || !claimed.has(s.urn));
      alreadyPresent += candidates.length - fresh.length;
      await register.putNewSettings(fresh, (written) => report(la, written));
      await references.recordLoadedLa(REGISTER, {
        laCode: la,
        seed,
        modelVersion: MODEL_VERSION,
        settings: fresh.length,
        loadedAt: new Date().toISOString(),
      });
      report(la, fresh.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_LAS, missing.length) }, worker));
  let loaded = 0;
  for (const n of writtenByLa.values()) loaded += n;
  return { loaded, skipped: false, alreadyPresent };
}
