import type { Capacity, Provision, ProvisionKind, Setting, SettingDetails } from '../model.js';
import { LIMITS, type ProvisionDraft } from '../setting-input.js';
import type { GiasRecord, GiasRowResult } from './map-row.js';

export interface GiasIds {
  /** A new setting's id: deterministic (urn-<URN>), so the same extract gives the same ids. */
  setting(urn: string): string;
  /** A provision id within a setting, from a local slot name. */
  provision(settingId: string, local: string): string;
}

export type GiasDecision =
  | { action: 'create'; setting: Setting; warnings: string[] }
  | { action: 'update'; setting: Setting; changed: string[]; warnings: string[] }
  | { action: 'unchanged'; warnings: string[] }
  | { action: 'skip'; reason: string }
  | { action: 'reject'; reasons: string[] };

export const CLOSED_NOT_IN_REGISTER = 'closed, and not in the register';

const SLOTS: Readonly<Record<ProvisionKind, string>> = {
  MAIN_ROLL: 'main',
  AP_PROGRAMME: 'ap',
  RESOURCED_PROVISION: 'rp',
  SEN_UNIT: 'unit',
};

const PROVISION_LABELS: Readonly<Record<ProvisionKind, string>> = {
  MAIN_ROLL: 'main roll',
  AP_PROGRAMME: 'AP programme',
  RESOURCED_PROVISION: 'resourced provision',
  SEN_UNIT: 'SEN unit',
};

const DETAIL_FIELDS: readonly (keyof SettingDetails)[] = [
  'urn',
  'name',
  'kind',
  'sector',
  'section41Approved',
  'establishmentType',
  'phase',
  'ageRange',
  'genderIntake',
  'boarding',
  'religiousCharacter',
  'laCode',
  'address',
  'location',
  'status',
  'source',
  'sourceNotes',
];

/**
 * What one GIAS row does to the register, given the setting already there for its URN (if any).
 *
 * - GIAS is the authority for the details it carries: they replace the setting's.
 * - Provisions are matched by kind (a GIAS-sourced one first, then same name, then the only one of
 *   that kind; never a guess between several); one an LA entered or edited (source LA) keeps its
 *   own name and designation.
 * - GIAS capacity replaces only GIAS, synthetic or absent capacity, never a school's or LA's.
 * - Provisions GIAS no longer lists are kept (and warned about): they may hold confirmed figures.
 * - Nothing differs → 'unchanged', so re-running an extract writes nothing, not even updatedAt.
 * - Closed rows create nothing; they close a setting already in the register.
 * - A detail the file has no column for (boarding, religious character, section 41, town, needs,
 *   resourced provisions) keeps the register's value: a missing column says nothing about it.
 */
export function decideGiasRow(args: {
  result: GiasRowResult;
  existing: Setting | null;
  ids: GiasIds;
  now: string;
}): GiasDecision {
  const { result, existing, ids, now } = args;
  if (result.outcome === 'skip') return { action: 'skip', reason: result.reason };
  if (result.outcome === 'reject') {
    if (!result.closed) return { action: 'reject', reasons: result.reasons };
    if (!existing) return { action: 'skip', reason: CLOSED_NOT_IN_REGISTER };
    // GIAS often stops maintaining a closed school's other fields; its closure still counts.
    const warnings = ['closed in GIAS with incomplete details: marked closed, nothing else updated'];
    if (existing.status === 'CLOSED') return { action: 'unchanged', warnings };
    return {
      action: 'update',
      setting: { ...existing, status: 'CLOSED', updatedAt: now },
      changed: ['status'],
      warnings,
    };
  }
  const { record } = result;
  if (!existing) {
    if (record.draft.details.status === 'CLOSED') return { action: 'skip', reason: CLOSED_NOT_IN_REGISTER };
    return { action: 'create', setting: newSetting(record, ids, now), warnings: record.warnings };
  }
  return mergeIntoExisting(record, existing, ids, now);
}

function newSetting(record: GiasRecord, ids: GiasIds, now: string): Setting {
  const id = ids.setting(record.urn);
  const taken = new Set<string>();
  const provisions = record.draft.provisions.map((draft) => {
    const provision = newProvision(id, draft, record.capacities[draft.kind] ?? null, ids, taken);
    taken.add(provision.id);
    return provision;
  });
  return { ...record.draft.details, id, provisions, createdAt: now, updatedAt: now };
}

function mergeIntoExisting(record: GiasRecord, existing: Setting, ids: GiasIds, now: string): GiasDecision {
  const warnings = [...record.warnings];
  const notInFile = new Set(record.notInFile?.details ?? []);
  // Without the SEN or resourced-provision columns, GIAS's silence about one is not news.
  const specialistUnknown = notInFile.has('designation') || notInFile.has('specialistProvisions');
  const merged = existing.provisions.map((p) => ({ ...p }));
  const matched = new Set<number>();
  for (const draft of record.draft.provisions) {
    const imported = record.capacities[draft.kind] ?? null;
    const at = matchingProvision(merged, draft, matched);
    if (at === 'ambiguous') {
      warnings.push(
        `GIAS lists a ${PROVISION_LABELS[draft.kind]}; the register has several it could be: none changed, check them`,
      );
      continue;
    }
    const current = at >= 0 ? merged[at] : undefined;
    if (!current) {
      const taken = new Set(merged.map((p) => p.id));
      merged.push(newProvision(existing.id, draft, imported, ids, taken));
      matched.add(merged.length - 1);
      continue;
    }
    matched.add(at);
    const described: Provision =
      current.source === 'LA'
        ? current
        : {
            ...current,
            name: draft.name,
            designation: notInFile.has('designation') ? current.designation : draft.designation,
            ageRange: draft.ageRange,
            apTiers: draft.apTiers,
            source: draft.source,
          };
    merged[at] = { ...described, capacity: nextCapacity(current.capacity, imported) };
  }
  merged.forEach((p, index) => {
    const unknown = specialistUnknown && (p.kind === 'RESOURCED_PROVISION' || p.kind === 'SEN_UNIT');
    if (!matched.has(index) && p.source === 'GIAS' && !unknown) {
      warnings.push(`GIAS no longer lists the ${PROVISION_LABELS[p.kind]}: kept in the register, check it`);
    }
  });

  const details = keptDetails(record, existing);
  const outside = merged.find(
    (p) => p.ageRange && (p.ageRange.low < details.ageRange.low || p.ageRange.high > details.ageRange.high),
  );
  if (outside?.ageRange) {
    return {
      action: 'reject',
      reasons: [
        `GIAS age range does not cover the register's provision "${outside.name}" (${outside.ageRange.low}–${outside.ageRange.high}): update it first`,
      ],
    };
  }
  if (merged.length > LIMITS.provisions) {
    return { action: 'reject', reasons: [`more than ${LIMITS.provisions} provisions after the import`] };
  }

  const setting: Setting = { ...existing, ...details, provisions: merged };
  const changed = changedFields(existing, setting);
  if (changed.length === 0) return { action: 'unchanged', warnings };
  return { action: 'update', setting: { ...setting, updatedAt: now }, changed, warnings };
}

/** The draft's details, with the register's values for what the file had no column for. */
function keptDetails(record: GiasRecord, existing: Setting): SettingDetails {
  const { draft, notInFile } = record;
  if (!notInFile) return draft.details;
  const kept = new Set(notInFile.details);
  const defaultNotes = new Set(notInFile.defaultNotes);
  const { details } = draft;
  return {
    ...details,
    boarding: kept.has('boarding') ? existing.boarding : details.boarding,
    religiousCharacter: kept.has('religiousCharacter')
      ? existing.religiousCharacter
      : details.religiousCharacter,
    section41Approved: kept.has('section41Approved') ? existing.section41Approved : details.section41Approved,
    address: kept.has('town') ? { ...details.address, town: existing.address.town } : details.address,
    sourceNotes: [...details.sourceNotes.filter((n) => !defaultNotes.has(n)), notInFile.keptNote],
  };
}

/**
 * The existing provision a GIAS one is: of its kind, the one an earlier import made, else the one
 * of the same name, else the only one. Several an LA entered: 'ambiguous' (we do not guess).
 */
function matchingProvision(
  provisions: readonly Provision[],
  draft: ProvisionDraft,
  matched: Set<number>,
): number | 'ambiguous' {
  const candidates = provisions
    .map((p, index) => ({ p, index }))
    .filter(({ p, index }) => p.kind === draft.kind && !matched.has(index));
  const sameName = (p: Provision) => p.name.trim().toLowerCase() === draft.name.trim().toLowerCase();
  const found =
    candidates.find(({ p }) => p.source === 'GIAS') ??
    candidates.find(({ p }) => sameName(p)) ??
    (candidates.length === 1 || draft.kind === 'MAIN_ROLL' ? candidates[0] : undefined);
  if (found) return found.index;
  return candidates.length > 1 ? 'ambiguous' : -1;
}

/** Confirmed figures stay; GIAS replaces its own (when they differ), synthetic or none. */
function nextCapacity(current: Capacity | null, imported: Capacity | null): Capacity | null {
  if (!imported) return current;
  if (current && (current.source === 'SETTING' || current.source === 'LA')) return current;
  if (
    current?.source === 'GIAS' &&
    current.places === imported.places &&
    current.onRoll === imported.onRoll &&
    current.vacancies === imported.vacancies
  ) {
    // The same figures from a newer extract: keep the date they first appeared.
    return current;
  }
  return imported;
}

function newProvision(
  settingId: string,
  draft: ProvisionDraft,
  capacity: Capacity | null,
  ids: GiasIds,
  taken: ReadonlySet<string>,
): Provision {
  const slot = SLOTS[draft.kind];
  let id = ids.provision(settingId, slot);
  for (let n = 2; taken.has(id); n++) id = ids.provision(settingId, `${slot}${n}`);
  return {
    id,
    settingId,
    kind: draft.kind,
    name: draft.name,
    designation: draft.designation,
    ageRange: draft.ageRange,
    apTiers: draft.apTiers,
    capacity,
    capacityVersion: 0,
    source: draft.source,
  };
}

/** The names of what differs, for the summary; empty when the two are the same data. */
export function changedFields(before: Setting, after: Setting): string[] {
  const changed: string[] = DETAIL_FIELDS.filter((field) => !sameData(before[field], after[field]));
  if (after.provisions.length !== before.provisions.length) changed.push('provisions added');
  const pairs = before.provisions.map((p, i) => [p, after.provisions[i]] as const);
  if (pairs.some(([b, a]) => !sameData(b.capacity, a?.capacity))) changed.push('capacity');
  if (pairs.some(([b, a]) => !sameData({ ...b, capacity: null }, a ? { ...a, capacity: null } : undefined))) {
    changed.push('provision details');
  }
  if (changed.length === 0 && !sameData(before, after)) changed.push('other');
  return changed;
}

/** Structural equality of plain data, treating an undefined property as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameData(value, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameData(left[key], right[key])) return false;
  return true;
}
