import { withOpenCount } from '../core/journey/consultation.js';
import type { Consultation } from '../core/journey/model.js';
import type { Setting } from '../core/model.js';
import type { RegisterStore, TransactItem } from '../store/register-store.js';

/**
 * Setting writes moving the open counts of these consultations' provisions (pendingConsultationsInOpenPlace),
 * each setting on its revision, through the register's one door (settingWriteItems): for a journey
 * change, and for an erasure that removes open consultations.
 */
export async function openCountWrites(
  register: Pick<RegisterStore, 'getSetting' | 'settingWriteItems'>,
  consultations: readonly Consultation[],
  delta: number,
): Promise<TransactItem[]> {
  const bySetting = new Map<string, Consultation[]>();
  for (const c of consultations) {
    if (!c.open || !c.countedProvisionId) continue;
    bySetting.set(c.setting.id, [...(bySetting.get(c.setting.id) ?? []), c]);
  }
  const writes = await Promise.all(
    [...bySetting].map(async ([settingId, ofSetting]) => {
      const current = await register.getSetting(settingId);
      // A setting deleted from the register has no count to keep.
      if (!current) return [];
      let setting: Setting = current.setting;
      for (const c of ofSetting) setting = withOpenCount(setting, c.countedProvisionId as string, delta);
      return register.settingWriteItems(setting, {
        expectedRevision: current.revision,
        previous: current.setting,
      });
    }),
  );
  return writes.flat();
}
