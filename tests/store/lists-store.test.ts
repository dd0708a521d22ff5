import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { callerFromGroups } from '../../functions/core/access.js';
import { REACH_STRIPS_PER_DEGREE, STRIPS_PER_DEGREE, stripRangesWithin } from '../../functions/core/geo.js';
import { isPlainSetting } from '../../functions/core/lists/plain-settings.js';
import type { CapacityChange, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import { createListsService } from '../../functions/services/lists-service.js';
import { createRegisterMemory } from '../../functions/services/register-memory.js';
import { createJourneyStore } from '../../functions/store/journey-store.js';
import { createListsStore } from '../../functions/store/lists-store.js';
import { createRegisterMemoryStore } from '../../functions/store/register-memory-store.js';
import { aSettingInput } from '../helpers/builders.js';
import { testCaseKeys, testClient, testStore } from '../helpers/database.js';
import { aListInput, aPlace, east } from '../helpers/lists.js';
import { recordCapacity } from '../helpers/settings.js';

const lists = createListsStore({
  client: testClient,
  tableName: inject('tableName'),
  caseKeys: testCaseKeys,
});

async function stored(overrides: Record<string, unknown>): Promise<Setting> {
  const setting = applySettingDraft({
    draft: parseSettingInput(aSettingInput(overrides)),
    existing: null,
    ids: randomIds,
    now: new Date().toISOString(),
  });
  await testStore.saveSetting(setting, { expectedRevision: null, previous: null });
  return setting;
}

const plainPrimary = (at: { lat: number; lon: number }, ageRange = { low: 4, high: 11 }) =>
  stored({ location: at, ageRange, provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }] });
const plainSecondary = (at: { lat: number; lon: number }) =>
  stored({
    location: at,
    phase: 'SECONDARY',
    ageRange: { low: 11, high: 16 },
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }],
  });
const special = (at: { lat: number; lon: number }) =>
  stored({
    location: at,
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
  });

const ids = (settings: readonly Setting[]) => new Set(settings.map((s) => s.id));

describe('the map the lists read', () => {
  it("reads a circle's settings of the child's age band, specialist and plain layers apart", async () => {
    const home = aPlace();
    const [near, farAway, primary, secondary] = await Promise.all([
      special(east(home, 8)),
      special(east(home, 40)),
      plainPrimary(east(home, 1), { low: 4, high: 7 }),
      plainSecondary(east(home, -1)),
    ]);
    expect([near, primary].map(isPlainSetting)).toEqual([false, true]);

    const specialistRanges = stripRangesWithin(home, 15, STRIPS_PER_DEGREE.specialist);
    const forAChildOf9 = ids(await lists.settingsInStrips('upTo10', 'specialist', specialistRanges));
    expect(forAChildOf9.has(near.id)).toBe(true);
    expect(forAChildOf9.has(farAway.id)).toBe(false);
    expect(forAChildOf9.has(primary.id)).toBe(false);

    const plainRanges = stripRangesWithin(home, 3, STRIPS_PER_DEGREE.plain);
    const plainFor9 = ids(await lists.settingsInStrips('upTo10', 'plain', plainRanges));
    const plainFor13 = ids(await lists.settingsInStrips('from11To15', 'plain', plainRanges));
    expect([plainFor9.has(primary.id), plainFor9.has(secondary.id), plainFor9.has(near.id)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([plainFor13.has(primary.id), plainFor13.has(secondary.id)]).toEqual([false, true]);
    // An all-through special school is in every band it takes children in.
    const forAChildOf17 = ids(await lists.settingsInStrips('from16', 'specialist', specialistRanges));
    expect(forAChildOf17.has(near.id)).toBe(true);
  });

  it('moves a mainstream school that states its capacity into the layer read in full', async () => {
    const home = aPlace();
    const school = await plainPrimary(east(home, 2));
    const mainRoll = school.provisions[0];
    if (!mainRoll) throw new Error('the builder gives a main roll');
    const at = new Date().toISOString();
    const change: CapacityChange = {
      provisionId: mainRoll.id,
      settingId: school.id,
      version: 1,
      before: null,
      after: {
        places: 30,
        onRoll: 28,
        vacancies: 2,
        vacanciesByYear: [],
        pendingConsultations: 0,
        note: null,
        source: 'SETTING',
        updatedAt: at,
        updatedBy: 'business-manager',
      },
      changedAt: at,
      changedBy: 'business-manager',
      changedByRole: 'SETTING_STAFF',
      kind: 'STATEMENT',
    };
    await recordCapacity(testStore, change, 0);

    const ranges = stripRangesWithin(home, 5, STRIPS_PER_DEGREE.specialist);
    const plainRanges = stripRangesWithin(home, 5, STRIPS_PER_DEGREE.plain);
    const specialist = await lists.settingsInStrips('upTo10', 'specialist', ranges);
    const plain = await lists.settingsInStrips('upTo10', 'plain', plainRanges);
    expect(specialist.find((s) => s.id === school.id)?.provisions[0]?.capacity?.vacancies).toBe(2);
    expect(ids(plain).has(school.id)).toBe(false);
  });
});

describe('the reach index', () => {
  const reachAround = async (
    home: { lat: number; lon: number },
    need: 'MSI' | 'PD',
    band: 'upTo10' | 'from11To15',
  ) =>
    new Set(
      (
        await lists.reachPointersInStrips(need, band, stripRangesWithin(home, 30, REACH_STRIPS_PER_DEGREE))
      ).map((p) => p.settingId),
    );

  it('keeps a pointer per need and age band with the setting, and moves it when the setting changes', async () => {
    const home = aPlace();
    const setting = await stored({
      location: east(home, 5),
      kind: 'SPECIAL',
      phase: 'PRIMARY',
      ageRange: { low: 4, high: 10 },
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['MSI'] }],
    });
    expect((await reachAround(home, 'MSI', 'upTo10')).has(setting.id)).toBe(true);
    expect((await reachAround(home, 'MSI', 'from11To15')).has(setting.id)).toBe(false);

    // Re-designated for PD: the MSI pointer goes in the same write, the PD one comes.
    const current = await testStore.getSetting(setting.id);
    if (!current) throw new Error('not saved');
    const changed: Setting = {
      ...current.setting,
      provisions: current.setting.provisions.map((p) => ({ ...p, designation: ['PD'] })),
    };
    await testStore.saveSetting(changed, { expectedRevision: current.revision, previous: current.setting });
    expect((await reachAround(home, 'MSI', 'upTo10')).has(setting.id)).toBe(false);
    expect((await reachAround(home, 'PD', 'upTo10')).has(setting.id)).toBe(true);
  });

  it('writes pointers with settings loaded in bulk', async () => {
    const home = aPlace();
    const setting = applySettingDraft({
      draft: parseSettingInput(
        aSettingInput({
          location: east(home, 3),
          provisions: [{ kind: 'SEN_UNIT', name: 'Unit', designation: ['PD'] }],
        }),
      ),
      existing: null,
      ids: randomIds,
      now: new Date().toISOString(),
    });
    await testStore.putNewSettings([setting]);
    expect((await reachAround(home, 'PD', 'upTo10')).has(setting.id)).toBe(true);
  });
});

describe('lists made before keyed ids', () => {
  it('still open by their ids, and their case carries on under the current key', async () => {
    const caseReference = `LEGACY/${Math.random().toString(36).slice(2, 10)}`;
    const legacyHash = createHash('sha256').update(`938#${caseReference}`).digest('base64url').slice(0, 22);
    const legacyId = `l_${legacyHash}_1`;
    const service = createListsService({
      lists,
      journey: createJourneyStore({
        client: testClient,
        tableName: inject('tableName'),
        caseKeys: testCaseKeys,
      }),
      register: createRegisterMemory(
        createRegisterMemoryStore({ client: testClient, tableName: inject('tableName') }),
      ),
      now: () => new Date(),
      config: { capacityFreshDays: 30, familyLinkDays: 90, guessLimit: { attempts: 20, windowSeconds: 600 } },
    });
    const officer = callerFromGroups('officer', ['la-officer-938']);
    // A list as the previous release stored it: unkeyed partition, its JSON as a string in `doc`.
    const template = await service.generateTailoredList(officer, aListInput(aPlace()));
    await testClient.send(
      new PutCommand({
        TableName: inject('tableName'),
        Item: {
          pk: `LIST#${legacyHash}`,
          sk: 'V#0000000001',
          type: 'TailoredList',
          version: 1,
          doc: JSON.stringify({ ...template.list, version: 1, id: legacyId, caseReference }),
          links: {},
        },
      }),
    );
    expect(await lists.getList(legacyId)).toMatchObject({ id: legacyId, version: 1 });
    const next = await service.generateTailoredList(officer, { ...aListInput(aPlace()), caseReference });
    expect(next.list.version).toBe(2);
    expect(next.list.id).toMatch(/^l2_/);
    expect((await lists.listsForCase('938', caseReference)).map((l) => l.id)).toEqual([
      next.list.id,
      legacyId,
    ]);
  });
});
