import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { cell, GIAS_COLUMNS, type GiasRow } from '../core/gias/columns.js';
import { withImportedCapacityHistory } from '../core/gias/import-capacity.js';
import { type GiasRowResult, mapGiasRow } from '../core/gias/map-row.js';
import { decideGiasRow, type GiasDecision, type GiasIds } from '../core/gias/merge.js';
import { addReason, emptySummary, type ImportSummary } from '../core/gias/summary.js';
import type { ImportStore } from '../store/import-store.js';
import { provisionId } from '../store/keys.js';
import type { RegisterStore, VersionedSetting } from '../store/register-store.js';
import { readGiasCsv } from './read-gias.js';

/** What the importer needs of the table: batch reads, bulk create, versioned whole-item saves. */
export type ImportTarget = Pick<RegisterStore, 'getSetting' | 'modifySetting' | 'putNewSettings'> &
  Pick<ImportStore, 'getUrnClaims' | 'getSettings'>;

export interface GiasImportOptions {
  file: string;
  /** YYYY-MM-DD: stamped on GIAS capacity figures. */
  extractDate: string;
  /** Only rows of these LAs; all when null. */
  laCodes: readonly string[] | null;
  /** Read, validate and compare, but write nothing. */
  dryRun: boolean;
  /** Rows looked up and written together (default 1,000). */
  batchSize?: number;
  /** Whole-setting saves in flight at once (default 8). */
  concurrency?: number;
}

export interface ImportProgress {
  start(totalBytes: number): void;
  update(bytesRead: number, summary: ImportSummary): void;
  stop(summary: ImportSummary): void;
}

export interface GiasImportDeps {
  /** null: a dry run with no table, which checks the file alone. */
  target: ImportTarget | null;
  now: () => Date;
  progress?: ImportProgress;
}

/** The import stopped on an error it cannot get past; `summary` says what was done before. */
export class GiasImportError extends Error {
  override readonly name = 'GiasImportError';
  constructor(
    readonly summary: ImportSummary,
    options: { cause: unknown },
  ) {
    super(`The import stopped after ${summary.rows} rows: ${describe(options.cause)}`, options);
  }
}

/** New settings are urn-<URN>; provisions <setting id>.<slot> (main, ap, rp, unit). */
export const giasIds: GiasIds = {
  setting: (urn) => `urn-${urn}`,
  provision: (settingId, local) => provisionId(settingId, local),
};

/** putNewSettings calls in flight at once. */
const BULK_WRITERS = 4;

interface Pending {
  line: number;
  result: GiasRowResult;
}

/**
 * Streams a GIAS extract into the register: maps and validates each row in the core, looks the
 * batch's URNs up together, decides create / update / unchanged in the core, then writes new
 * settings with BatchWriteItem and changed ones with optimistic whole-setting saves. A setting is
 * written whole or not at all; invalid rows are reported with their line numbers, never written.
 */
export async function importGias(options: GiasImportOptions, deps: GiasImportDeps): Promise<ImportSummary> {
  const { target, now, progress } = deps;
  const batchSize = options.batchSize ?? 1000;
  const laCodes = options.laCodes ? new Set(options.laCodes) : null;
  const summary = emptySummary({
    extractDate: options.extractDate,
    dryRun: options.dryRun,
    comparedWithRegister: target !== null,
    laCodes: options.laCodes,
  });
  // URN → line it was first seen on: GIAS URNs are unique, so a repeat is a broken file.
  const firstSeen = new Map<string, number>();
  const { size } = await stat(options.file);
  const source = createReadStream(options.file, { highWaterMark: 256 * 1024 });
  let bytesRead = 0;
  progress?.start(size);

  let writing: Promise<void> = Promise.resolve();
  try {
    let batch: Pending[] = [];
    const onBytes = (count: number) => {
      bytesRead += count;
    };
    const onColumns = ({ missingOptional }: { missingOptional: string[] }) => {
      summary.missingColumns = missingOptional;
    };
    for await (const item of readGiasCsv(source, { onBytes, onColumns })) {
      summary.rows += 1;
      if (summary.rows % 500 === 0) progress?.update(bytesRead, summary);
      if ('problem' in item) {
        reject(summary, [item.problem], item.line);
        continue;
      }
      if (laCodes && !laCodes.has(cell(item.row, GIAS_COLUMNS.laCode))) {
        summary.outsideLas += 1;
        continue;
      }
      batch.push({ line: item.line, result: mapRow(item.row, options.extractDate, item.line, firstSeen) });
      if (batch.length >= batchSize) {
        // One batch is written while the next is read: at most two batches in memory.
        await writing;
        writing = flush(batch);
        writing.catch(() => {}); // awaited (and thrown) before the next batch or at the end
        batch = [];
      }
    }
    await writing;
    await flush(batch);
  } catch (error) {
    // Let a batch being written finish (each setting is written whole or not at all) before reporting.
    await writing.catch(() => {});
    progress?.stop(summary);
    throw new GiasImportError(summary, { cause: error });
  }
  progress?.update(size, summary);
  progress?.stop(summary);
  return summary;

  async function flush(rows: Pending[]): Promise<void> {
    if (rows.length === 0) return;
    const existing = await lookUp(rows);
    const creates: { line: number; decision: GiasDecision & { action: 'create' } }[] = [];
    const updates: {
      line: number;
      result: GiasRowResult;
      found: VersionedSetting;
      decision: GiasDecision;
    }[] = [];
    for (const { line, result } of rows) {
      const urn = urnOf(result);
      const found = urn ? (existing.get(urn) ?? null) : null;
      if (found === 'blocked') {
        reject(
          summary,
          [`setting id ${giasIds.setting(urn ?? '')} is taken by a setting without this URN`],
          line,
        );
        continue;
      }
      const decision = decideGiasRow({
        result,
        existing: found?.setting ?? null,
        ids: giasIds,
        now: timestamp(),
      });
      if (decision.action === 'create') {
        creates.push({ line, decision });
        continue;
      }
      if (decision.action === 'update' && found) {
        updates.push({ line, result, found, decision });
        continue;
      }
      record(decision, line);
    }
    if (!options.dryRun && target && creates.length > 0) {
      // A few bulk writers side by side; each retries its own unprocessed items.
      const settings = creates.map((c) => c.decision.setting);
      const slice = Math.ceil(settings.length / BULK_WRITERS);
      const slices = Array.from({ length: Math.ceil(settings.length / slice) }, (_, i) =>
        settings.slice(i * slice, (i + 1) * slice),
      );
      await inParallel(slices, BULK_WRITERS, (part) => target.putNewSettings(part));
    }
    // Counted once written, so a summary after a failure never claims a write that did not happen.
    for (const { line, decision } of creates) record(decision, line);
    await inParallel(updates, options.concurrency ?? 8, async (update) => {
      record(
        options.dryRun ? update.decision : await save(update.result, update.found, update.decision),
        update.line,
      );
    });
  }

  /** Existing settings by URN; 'blocked' when the id a new setting would get is already taken. */
  async function lookUp(rows: Pending[]): Promise<Map<string, VersionedSetting | 'blocked'>> {
    const found = new Map<string, VersionedSetting | 'blocked'>();
    if (!target) return found;
    const urns = [
      ...new Set(rows.flatMap(({ result }) => (needsLookUp(result) ? [urnOf(result) ?? ''] : []))),
    ];
    if (urns.length === 0) return found;
    const claims = await target.getUrnClaims(urns);
    const ids = urns.map((urn) => claims.get(urn) ?? giasIds.setting(urn));
    const settings = await target.getSettings(ids);
    for (const urn of urns) {
      const claimed = claims.get(urn);
      const setting = settings.get(claimed ?? giasIds.setting(urn));
      if (setting) found.set(urn, claimed ? setting : 'blocked');
    }
    return found;
  }

  /**
   * Writes one changed setting through the register's one door: if it changed meanwhile (a
   * capacity update), it is re-read and the row decided again. Capacity figures the import
   * changes go into the history as IMPORT changes, on the provision's next version.
   */
  async function save(
    result: GiasRowResult,
    found: VersionedSetting,
    first: GiasDecision,
  ): Promise<GiasDecision> {
    if (first.action !== 'update' || !target) return first;
    return target.modifySetting(found.setting.id, (current) => {
      const decision =
        current && current.revision === found.revision
          ? first
          : decideGiasRow({ result, existing: current?.setting ?? null, ids: giasIds, now: timestamp() });
      if (decision.action !== 'update' || !current) return { write: false, result: decision };
      const { setting, history } = withImportedCapacityHistory(
        current.setting,
        decision.setting,
        timestamp(),
      );
      return { write: true, setting, history, result: decision };
    });
  }

  function record(decision: GiasDecision, line: number): void {
    switch (decision.action) {
      case 'create':
        summary.created += 1;
        break;
      case 'update':
        summary.updated += 1;
        for (const field of decision.changed) {
          summary.changedFields[field] = (summary.changedFields[field] ?? 0) + 1;
        }
        break;
      case 'unchanged':
        summary.unchanged += 1;
        break;
      case 'skip':
        summary.skipped += 1;
        addReason(summary.skippedBecause, decision.reason, line);
        return;
      case 'reject':
        reject(summary, decision.reasons, line);
        return;
      default: {
        const unreachable: never = decision;
        throw new Error(`Unknown decision ${JSON.stringify(unreachable)}`);
      }
    }
    for (const warning of decision.warnings) addReason(summary.warnings, warning, line);
  }

  function timestamp(): string {
    return now().toISOString();
  }
}

function mapRow(
  row: GiasRow,
  extractDate: string,
  line: number,
  firstSeen: Map<string, number>,
): GiasRowResult {
  const result = mapGiasRow(row, extractDate);
  const urn = urnOf(result);
  if (!urn || result.outcome === 'skip') return result;
  const earlier = firstSeen.get(urn);
  if (earlier !== undefined) {
    return { outcome: 'reject', reasons: [`URN already on line ${earlier}`], urn: null, closed: false };
  }
  firstSeen.set(urn, line);
  return result;
}

function urnOf(result: GiasRowResult): string | null {
  if (result.outcome === 'import') return result.record.urn;
  if (result.outcome === 'reject') return result.urn;
  return null;
}

/** Valid rows, and closed rows that may close a setting already in the register. */
function needsLookUp(result: GiasRowResult): boolean {
  return result.outcome === 'import' || (result.outcome === 'reject' && result.closed && result.urn !== null);
}

function reject(summary: ImportSummary, reasons: readonly string[], line: number): void {
  summary.rejected += 1;
  for (const reason of reasons) addReason(summary.rejectedBecause, reason, line);
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
