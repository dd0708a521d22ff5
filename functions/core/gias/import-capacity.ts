import type { CapacityChange, Setting } from '../model.js';

/** Who an import's capacity changes are recorded as: no person, the import itself. */
export const GIAS_IMPORTER = 'gias-import';

/**
 * A re-import's capacity figures as history: each provision whose figures the import changed
 * moves to its next version, with a change of kind IMPORT (no person's role), so the history
 * holds every change and a school's update based on the old version is told it moved.
 */
export function withImportedCapacityHistory(
  previous: Setting,
  next: Setting,
  at: string,
): { setting: Setting; history: CapacityChange[] } {
  const history: CapacityChange[] = [];
  const provisions = next.provisions.map((provision) => {
    const before = previous.provisions.find((p) => p.id === provision.id);
    if (!before) return provision;
    const changed = JSON.stringify(before.capacity) !== JSON.stringify(provision.capacity);
    if (!changed || provision.capacity === null)
      return { ...provision, capacityVersion: before.capacityVersion };
    const version = before.capacityVersion + 1;
    history.push({
      provisionId: provision.id,
      settingId: next.id,
      version,
      before: before.capacity,
      after: provision.capacity,
      changedAt: at,
      changedBy: GIAS_IMPORTER,
      changedByRole: null,
      kind: 'IMPORT',
    });
    return { ...provision, capacityVersion: version };
  });
  return { setting: { ...next, provisions }, history };
}
