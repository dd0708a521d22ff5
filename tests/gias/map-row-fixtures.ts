import type { GiasRecord, GiasRowResult } from '../../functions/core/gias/map-row.js';

// What the tests of mapGiasRow (map-row*.test.ts) share: the extract's date, and a mapped row's
// record and provisions.

export const EXTRACT = '2025-04-22';

export function imported(result: GiasRowResult): GiasRecord {
  if (result.outcome !== 'import') throw new Error(`Expected an import, got ${JSON.stringify(result)}`);
  return result.record;
}

export const provisionsOf = (record: GiasRecord) =>
  record.draft.provisions.map((p) => ({ kind: p.kind, designation: p.designation, apTiers: p.apTiers }));
