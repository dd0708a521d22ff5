import type { Setting } from '../model.js';

// What of a setting a list's search needs that changes rarely: everything but its live figures.
// An instance holds these in memory (register-index.ts) and reads only the live figures per list,
// so only a change to this part has to reach every instance (a register change item).

/**
 * The setting's static facts: its kind, sector, designations, AP tiers, ages, place and status —
 * with no capacity figures, open consultations, capacity contacts or update time, which change
 * with every statement and are read fresh for each list, and nothing a list does not use.
 */
export function staticFactsOf(setting: Setting): Setting {
  const { revision: _revision, capacityContacts: _contacts, ...facts } = setting;
  return {
    ...facts,
    // What lists never show or weigh, left out: a third of the register's size in memory (notes on
    // how each field was derived) and the street lines (a list names the town and postcode).
    sourceNotes: [],
    address: { lines: [], town: setting.address.town, postcode: setting.address.postcode },
    createdAt: '',
    updatedAt: '',
    provisions: setting.provisions.map(({ openConsultations: _open, ...p }) => ({
      ...p,
      capacity: null,
      capacityVersion: 0,
    })),
  };
}

/** True when saving `after` over `before` changes what lists search by (a new setting always does). */
export function staticFactsChanged(before: Setting | null, after: Setting): boolean {
  if (!before) return true;
  return JSON.stringify(staticFactsOf(before)) !== JSON.stringify(staticFactsOf(after));
}
