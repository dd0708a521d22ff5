import type { Caller } from '../core/access.js';
import { applySettingDraft, type Ids } from '../core/register.js';
import { parseSettingInput } from '../core/setting-input.js';
import { randomIds } from '../services/ids.js';
import { createRegisterService } from '../services/register-service.js';
import type { DocumentClient } from '../store/client.js';
import { createRegisterStore } from '../store/register-store.js';
import { DEMO_SETTINGS, type DemoSetting } from './demo-register.js';

/**
 * Loads the demo register with fixed ids (so the README's examples work), through the core's
 * validation and the same store and service the API uses. Idempotent: an existing setting is
 * left alone, and capacity is stated only where none has been stated yet.
 */
export async function seedDemoRegister(client: DocumentClient, tableName: string): Promise<number> {
  const store = createRegisterStore({ client, tableName });
  const register = createRegisterService({ store, ids: randomIds, now: () => new Date() });
  const seeder: Caller = {
    subject: 'openplace-demo-seed',
    laCodes: [...new Set(DEMO_SETTINGS.map((s) => s.laCode))],
    settingIds: [],
  };
  for (const demo of DEMO_SETTINGS) {
    if (!(await store.getSetting(demo.id))) {
      const { id: _id, provisions, ...details } = demo;
      const draft = parseSettingInput({
        ...details,
        provisions: provisions.map(({ id: _p, capacity: _c, ...rest }) => rest),
      });
      const setting = applySettingDraft({
        draft,
        existing: null,
        ids: fixedIds(demo),
        now: new Date().toISOString(),
      });
      await store.saveSetting(setting, { expectedRevision: null, previous: null });
    }
    const saved = await register.getSetting(seeder, demo.id);
    for (const provision of saved?.provisions ?? []) {
      const capacity = demo.provisions.find((p) => p.id === provision.id)?.capacity;
      if (!capacity || provision.capacityVersion > 0) continue;
      await register.updateCapacity(seeder, {
        provisionId: provision.id,
        expectedVersion: 0,
        ...capacity,
        note: 'Demonstration figures, not a real school.',
      });
    }
  }
  return DEMO_SETTINGS.length;
}

function fixedIds(demo: DemoSetting): Ids {
  const provisionIds = demo.provisions.map((p) => p.id);
  return {
    setting: () => demo.id,
    provision: () => {
      const next = provisionIds.shift();
      if (!next) throw new Error(`Demo setting ${demo.id} needs more provision ids`);
      return next;
    },
  };
}
