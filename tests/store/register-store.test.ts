import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { ConcurrentUpdateError } from '../../functions/core/errors.js';
import type { CapacityChange, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import { keys } from '../../functions/store/keys.js';
import { StaleWriteError } from '../../functions/store/optimistic.js';
import { createRegisterStore } from '../../functions/store/register-store.js';
import { aSettingInput } from '../helpers/builders.js';
import { testClient, testStore } from '../helpers/database.js';
import { recordCapacity } from '../helpers/settings.js';

async function aStoredSetting(): Promise<Setting> {
  const setting = applySettingDraft({
    draft: parseSettingInput(aSettingInput()),
    existing: null,
    ids: randomIds,
    now: new Date().toISOString(),
  });
  await testStore.saveSetting(setting, { expectedRevision: null, previous: null });
  return setting;
}

function aChange(setting: Setting, version: number, onRoll: number): CapacityChange {
  const provision = setting.provisions[1];
  if (!provision) throw new Error('builder setting has two provisions');
  const after = {
    places: 12,
    onRoll,
    vacancies: 0,
    vacanciesByYear: [],
    pendingConsultations: 0,
    note: null,
    source: 'SETTING' as const,
    updatedAt: new Date().toISOString(),
    updatedBy: 'senco',
  };
  return {
    provisionId: provision.id,
    settingId: setting.id,
    version,
    before: null,
    after,
    changedAt: after.updatedAt,
    changedBy: 'senco',
    changedByRole: 'SETTING_STAFF',
    kind: 'STATEMENT',
  };
}

describe('register store', () => {
  it('writes a capacity change and its history entry together or not at all', async () => {
    const setting = await aStoredSetting();
    const change = aChange(setting, 1, 7);
    // A history entry already at version 1 makes the second half of the transaction fail...
    await testClient.send(
      new PutCommand({
        TableName: inject('tableName'),
        Item: { ...keys.capacityChange(change.provisionId, 1), type: 'CapacityChange', squatter: true },
      }),
    );
    // (a state the door never leaves behind, so it reads as a write that cannot get in: tried within
    // the budget, then refused as concurrent)...
    const quick = createRegisterStore({
      client: testClient,
      tableName: inject('tableName'),
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(recordCapacity(quick, change, 0)).rejects.toBeInstanceOf(ConcurrentUpdateError);
    // ...and then the provision's live figures must not have moved either.
    const stored = await testStore.getSetting(setting.id);
    expect(stored?.setting.provisions[1]).toMatchObject({ capacityVersion: 0, capacity: null });
  });

  it('decides again when another write lands between its read and its write, and gives up only past the budget', async () => {
    const setting = await aStoredSetting();
    const [, base] = setting.provisions;
    if (!base) throw new Error('no base');
    // A real competing write (the setting's details) made while the door is deciding.
    const competing = async () => {
      const current = await testStore.getSetting(setting.id);
      if (!current) throw new Error('gone');
      await testStore.saveSetting(
        { ...current.setting, name: `${current.setting.name}!` },
        { expectedRevision: current.revision, previous: current.setting },
      );
    };
    const oneAttempt = createRegisterStore({
      client: testClient,
      tableName: inject('tableName'),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const rename = (store: typeof testStore, race: boolean) =>
      store.modifySetting(setting.id, async (current) => {
        if (!current) throw new Error('gone');
        if (race) await competing();
        const renamed = { ...current.setting, religiousCharacter: 'Quaker' };
        return { write: true, setting: renamed, result: renamed };
      });
    await expect(rename(oneAttempt, true)).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect((await testStore.getSetting(setting.id))?.setting).toMatchObject({
      name: `${setting.name}!`,
      religiousCharacter: null,
    });
    // With the default budget the same race is decided again on the new revision: both changes kept.
    let raced = false;
    await testStore.modifySetting(setting.id, async (current) => {
      if (!current) throw new Error('gone');
      if (!raced) {
        raced = true;
        await competing();
      }
      const renamed = { ...current.setting, religiousCharacter: 'Quaker' };
      return { write: true, setting: renamed, result: renamed };
    });
    expect((await testStore.getSetting(setting.id))?.setting).toMatchObject({
      name: `${setting.name}!!`,
      religiousCharacter: 'Quaker',
    });
  });

  it('refuses a whole-setting write based on an old revision, so a capacity update in between is never overwritten', async () => {
    const setting = await aStoredSetting();
    const read = await testStore.getSetting(setting.id);
    await recordCapacity(testStore, aChange(setting, 1, 9), 0);
    await expect(
      testStore.saveSetting(
        { ...setting, name: 'Renamed' },
        { expectedRevision: read?.revision ?? 0, previous: null },
      ),
    ).rejects.toBeInstanceOf(StaleWriteError);
    const stored = await testStore.getSetting(setting.id);
    expect(stored?.setting.name).toBe(setting.name);
    expect(stored?.setting.provisions[1]?.capacity?.onRoll).toBe(9);
  });

  it('refuses to create a setting over an existing id', async () => {
    const setting = await aStoredSetting();
    await expect(
      testStore.saveSetting(setting, { expectedRevision: null, previous: null }),
    ).rejects.toBeInstanceOf(StaleWriteError);
  });

  it('bulk-loads new settings, with their URN claims, in batches', async () => {
    const base = 700000 + Math.floor(Math.random() * 90000);
    const settings = Array.from({ length: 60 }, (_, i) =>
      applySettingDraft({
        draft: parseSettingInput(aSettingInput({ urn: String(base + i) }), {
          source: 'REFERENCE',
          notes: ['built by a test'],
          provisionSource: 'SYNTHETIC',
        }),
        existing: null,
        ids: randomIds,
        now: new Date().toISOString(),
      }),
    );
    const progress: number[] = [];
    await testStore.putNewSettings(settings, (written) => progress.push(written));
    expect(progress.at(-1)).toBe(60);
    for (const setting of [settings[0], settings[59]]) {
      if (!setting) throw new Error('missing');
      expect((await testStore.getSetting(setting.id))?.setting).toEqual({ ...setting, revision: 1 });
      expect(await testStore.findSettingIdByUrn(setting.urn ?? '')).toBe(setting.id);
    }
    expect(settings[0]?.source).toBe('REFERENCE');
    expect(settings[0]?.provisions.every((p) => p.source === 'SYNTHETIC')).toBe(true);
  });
});
