import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import type { CapacityChange } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { loadEnglandRegister, UnknownLaCodeError } from '../../functions/reference/load-england.js';
import { createRegisterStore } from '../../functions/store/register-store.js';
import { createTableInput } from '../../functions/store/table-definition.js';
import { aSettingInput } from '../helpers/builders.js';
import { testClient } from '../helpers/database.js';
import { recordCapacity } from '../helpers/settings.js';

// Each test gets a table of its own in the run's DynamoDB Local: which LAs are loaded is
// table-wide state, so sharing a table would make tests depend on one another.
const client = testClient;
const now = new Date('2026-02-01T09:00:00.000Z');
const tables: string[] = [];

async function aTable(): Promise<string> {
  const tableName = `openplace-reference-${randomUUID().slice(0, 8)}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  tables.push(tableName);
  return tableName;
}

afterAll(async () => {
  await Promise.all(tables.map((TableName) => client.send(new DeleteTableCommand({ TableName }))));
});

describe('loadEnglandRegister', () => {
  it('loads an LA once, never overwriting changes or schools already on the register', async () => {
    const tableName = await aTable();
    const store = createRegisterStore({ client, tableName });
    // Oakham School (URN 120322) is already on the register, e.g. from a GIAS import.
    const imported = applySettingDraft({
      draft: parseSettingInput(aSettingInput({ urn: '120322', name: 'Oakham School', laCode: '857' })),
      existing: null,
      ids: { setting: () => 'gias-oakham', provision: (id) => `${id}.p${randomUUID().slice(0, 4)}` },
      now: now.toISOString(),
    });
    await store.saveSetting(imported, { expectedRevision: null, previous: null });

    const progress: number[] = [];
    const first = await loadEnglandRegister({
      client,
      tableName,
      laCodes: ['857'],
      seed: 3,
      now,
      onProgress: (p) => progress.push(p.written),
    });
    expect(first).toMatchObject({ skipped: false, alreadyPresent: 1 });
    expect(first.loaded).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(first.loaded);

    const catmose = (await store.getSetting('urn-136530'))?.setting;
    expect(catmose).toMatchObject({
      name: 'Catmose College',
      laCode: '857',
      source: 'REFERENCE',
      address: { town: 'Oakham', postcode: 'LE15 6RP' },
    });
    expect(await store.findSettingIdByUrn('136530')).toBe('urn-136530');
    expect(await store.findSettingIdByUrn('120322')).toBe('gias-oakham');
    expect(await store.getSetting('urn-120322')).toBeNull();

    // A school states its own capacity...
    const mainRoll = catmose?.provisions.find((p) => p.kind === 'MAIN_ROLL');
    if (!mainRoll || !catmose) throw new Error('Catmose College has a main roll');
    const stated = {
      places: 1000,
      onRoll: 990,
      vacancies: 10,
      vacanciesByYear: [],
      pendingConsultations: 0,
      note: null,
      source: 'SETTING' as const,
      updatedAt: now.toISOString(),
      updatedBy: 'senco-catmose',
    };
    const change: CapacityChange = {
      provisionId: mainRoll.id,
      settingId: catmose.id,
      version: 1,
      before: mainRoll.capacity,
      after: stated,
      changedAt: now.toISOString(),
      changedBy: 'senco-catmose',
      changedByRole: 'SETTING_STAFF',
      kind: 'STATEMENT',
    };
    await recordCapacity(store, change, 0);

    // ...and loading again (another `npm start`) leaves it as it is.
    expect(await loadEnglandRegister({ client, tableName, laCodes: ['857'], seed: 4, now })).toEqual({
      loaded: 0,
      skipped: true,
      alreadyPresent: 0,
    });
    const after = (await store.getSetting('urn-136530'))?.setting.provisions.find(
      (p) => p.id === mainRoll.id,
    );
    expect(after).toMatchObject({ capacityVersion: 1, capacity: stated });
  });

  it('loads only the LAs not loaded yet', async () => {
    const tableName = await aTable();
    // The Isles of Scilly have one school.
    expect(await loadEnglandRegister({ client, tableName, laCodes: ['420'], now })).toEqual({
      loaded: 1,
      skipped: false,
      alreadyPresent: 0,
    });
    const both = await loadEnglandRegister({ client, tableName, laCodes: ['420', '857'], now });
    expect(both).toMatchObject({ skipped: false, alreadyPresent: 0 });
    expect(both.loaded).toBeGreaterThan(20);
    expect(await loadEnglandRegister({ client, tableName, laCodes: ['857', '420'], now })).toMatchObject({
      loaded: 0,
      skipped: true,
    });
  });

  it('refuses an LA code that is not a live English LA', async () => {
    const tableName = await aTable();
    await expect(loadEnglandRegister({ client, tableName, laCodes: ['999'] })).rejects.toBeInstanceOf(
      UnknownLaCodeError,
    );
  });
});
