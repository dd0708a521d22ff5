import { decideCapacityChange } from '../../functions/core/capacity-change.js';
import type { Capacity, CapacityChange, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import type { RegisterStore } from '../../functions/store/register-store.js';
import { aSettingInput } from './builders.js';

let counter = 0;

/** A valid domain Setting built through the core (for pure tests): a primary with an ASD base by default. */
export function aSetting(overrides: Record<string, unknown> = {}, id = `s${++counter}`): Setting {
  let n = 0;
  return applySettingDraft({
    draft: parseSettingInput(aSettingInput(overrides)),
    existing: null,
    ids: { setting: () => id, provision: () => `${id}.p${++n}` },
    now: '2026-11-01T00:00:00.000Z',
  });
}

/** The same setting with every provision's capacity stated. */
export function withCapacity(setting: Setting, capacity: Partial<Capacity>): Setting {
  return {
    ...setting,
    provisions: setting.provisions.map((p) => ({
      ...p,
      capacityVersion: 1,
      capacity: {
        places: 10,
        onRoll: 8,
        vacancies: 2,
        vacanciesByYear: [],
        pendingConsultations: 0,
        note: null,
        source: 'SETTING',
        updatedAt: '2026-11-20T09:00:00.000Z',
        updatedBy: 'senco',
        ...capacity,
      },
    })),
  };
}

/**
 * Records a capacity change made elsewhere (a fixture's statement) through the register's one door
 * and the core's decision, as the service does: CONFLICT if the provision is not at `expectedVersion`.
 */
export function recordCapacity(
  store: Pick<RegisterStore, 'modifySetting'>,
  change: CapacityChange,
  expectedVersion: number,
): Promise<void> {
  return store.modifySetting(change.settingId, (current) => {
    const decided = decideCapacityChange({
      setting: current?.setting ?? null,
      provisionId: change.provisionId,
      expectedVersion,
      kind: change.kind,
      by: { subject: change.changedBy, role: change.changedByRole ?? 'LA_OFFICER', at: change.changedAt },
      figuresFor: () => change.after,
    });
    return { write: true, setting: decided.setting, history: [decided.change], result: undefined };
  });
}
