import { InvalidInputError } from './errors.js';
import type { Provision, Setting, SettingStatus } from './model.js';
import type { ProvisionDraft, SettingDraft } from './setting-input.js';

export interface Ids {
  setting(): string;
  provision(settingId: string): string;
}

/**
 * The setting an upsert produces: the draft's details over the existing setting, its
 * provisions created or updated (capacity and its version are never touched here),
 * and a main roll added to a new setting that lists none.
 */
export function applySettingDraft(args: {
  draft: SettingDraft;
  existing: Setting | null;
  ids: Ids;
  now: string;
}): Setting {
  const { draft, existing, ids, now } = args;
  const id = existing?.id ?? ids.setting();
  const provisions = mergeProvisions(id, existing?.provisions ?? [], draft.provisions, ids);
  if (provisions.length === 0) provisions.push(defaultMainRoll(id, ids));

  const outOfRange = provisions.findIndex(
    (p) =>
      p.ageRange &&
      (p.ageRange.low < draft.details.ageRange.low || p.ageRange.high > draft.details.ageRange.high),
  );
  if (outOfRange >= 0) {
    const p = provisions[outOfRange];
    throw new InvalidInputError([
      {
        field: 'input.ageRange',
        code: 'SETTING_AGES_EXCLUDE_PROVISION',
        params: { name: p?.name ?? '', low: p?.ageRange?.low ?? 0, high: p?.ageRange?.high ?? 0 },
        message: `must cover the age range of provision "${p?.name}" (${p?.ageRange?.low}–${p?.ageRange?.high})`,
      },
    ]);
  }

  return {
    ...draft.details,
    id,
    provisions,
    // Not part of a setting's details: kept, as capacity is.
    ...(existing?.capacityContacts ? { capacityContacts: existing.capacityContacts } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** A setting with a new status; nothing else changes. */
export function withStatus(setting: Setting, status: SettingStatus, now: string): Setting {
  return { ...setting, status, updatedAt: now };
}

function mergeProvisions(
  settingId: string,
  existing: readonly Provision[],
  drafts: readonly ProvisionDraft[],
  ids: Ids,
): Provision[] {
  const merged = existing.map((p) => ({ ...p }));
  drafts.forEach((draft, index) => {
    const at =
      draft.id === null
        ? merged.findIndex((p) => sameProvision(p, draft))
        : merged.findIndex((p) => p.id === draft.id);
    const current = merged[at];
    if (draft.id !== null && !current) {
      throw new InvalidInputError([
        {
          field: `input.provisions.${index}.id`,
          code: 'NO_SUCH_PROVISION',
          params: { id: draft.id },
          message: `no provision ${draft.id} on this setting`,
        },
      ]);
    }
    const fields = {
      kind: draft.kind,
      name: draft.name,
      designation: draft.designation,
      ageRange: draft.ageRange,
      apTiers: draft.apTiers,
      source: draft.source,
    };
    if (current) {
      merged[at] = { ...current, ...fields };
    } else {
      merged.push({ id: ids.provision(settingId), settingId, ...fields, capacity: null, capacityVersion: 0 });
    }
  });
  if (merged.filter((p) => p.kind === 'MAIN_ROLL').length > 1) {
    throw new InvalidInputError([
      { field: 'input.provisions', code: 'MAIN_ROLL_TWICE', message: 'a setting has at most one main roll' },
    ]);
  }
  return merged;
}

/**
 * A provision sent without an id is the existing one of the same kind and name (or the main
 * roll), so sending the same setting twice — as an import does — changes nothing.
 */
function sameProvision(existing: Provision, draft: ProvisionDraft): boolean {
  if (existing.kind !== draft.kind) return false;
  return draft.kind === 'MAIN_ROLL' || existing.name.trim().toLowerCase() === draft.name.trim().toLowerCase();
}

function defaultMainRoll(settingId: string, ids: Ids): Provision {
  return {
    id: ids.provision(settingId),
    settingId,
    kind: 'MAIN_ROLL',
    name: 'Main roll',
    designation: [],
    ageRange: null,
    apTiers: [],
    capacity: null,
    capacityVersion: 0,
    source: 'LA',
  };
}
