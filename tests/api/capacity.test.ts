import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aCapacityInput, aSettingInput } from '../helpers/builders.js';
import { CAPACITY_HISTORY, GET_SETTING, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

const westSussex = asOfficer('938');

async function aResourcedProvision() {
  const setting = (await gqlOk(UPSERT_SETTING, { input: aSettingInput() }, westSussex)).upsertSetting;
  const provision = setting.provisions.find((p: { kind: string }) => p.kind === 'RESOURCED_PROVISION');
  return { setting, provisionId: provision.id as string };
}

async function history(provisionId: string, token: string) {
  const versions: any[] = [];
  let after: string | null = null;
  do {
    const data: any = await gqlOk(CAPACITY_HISTORY, { provisionId, first: 100, after }, token);
    versions.push(...data.capacityHistory.edges.map((e: { node: unknown }) => e.node));
    after = data.capacityHistory.pageInfo.hasNextPage ? data.capacityHistory.pageInfo.endCursor : null;
  } while (after);
  return versions;
}

describe('updateCapacity', () => {
  it("lets a school's own staff state its capacity, over its commissioned number, and keeps the history", async () => {
    const { setting, provisionId } = await aResourcedProvision();
    const staff = asStaff(setting.id);
    const first = await gqlOk(
      UPDATE_CAPACITY,
      {
        input: aCapacityInput(provisionId, 0, {
          places: 12,
          onRoll: 14,
          vacancies: 0,
          note: 'Two over number',
        }),
      },
      staff,
    );
    expect(first.updateCapacity).toMatchObject({
      id: provisionId,
      capacityVersion: 1,
      capacity: {
        places: 12,
        onRoll: 14,
        vacancies: 0,
        source: 'SETTING',
        note: 'Two over number',
        updatedBy: `staff-${setting.id}`,
      },
    });
    const second = await gqlOk(
      UPDATE_CAPACITY,
      {
        input: aCapacityInput(provisionId, 1, {
          places: 12,
          onRoll: 9,
          vacancies: 3,
          vacanciesByYear: [
            { year: 3, vacancies: 2 },
            { year: 0, vacancies: 1 },
          ],
          pendingConsultations: 4,
        }),
      },
      staff,
    );
    expect(second.updateCapacity.capacity.vacanciesByYear).toEqual([
      { year: 0, vacancies: 1 },
      { year: 3, vacancies: 2 },
    ]);

    const read = await gqlOk(GET_SETTING, { id: setting.id }, asOfficer('846'));
    const live = read.setting.provisions.find((p: { id: string }) => p.id === provisionId);
    expect(live).toMatchObject({
      capacityVersion: 2,
      capacity: { onRoll: 9, vacancies: 3, pendingConsultations: 4 },
    });

    const changes = await history(provisionId, staff);
    expect(changes.map((c) => c.version)).toEqual([2, 1]);
    expect(changes[0]).toMatchObject({
      changedByRole: 'SETTING_STAFF',
      before: { places: 12, onRoll: 14, vacancies: 0 },
      after: { places: 12, onRoll: 9, vacancies: 3, source: 'SETTING' },
    });
    expect(changes[1].before).toBeNull();
  });

  it("lets an officer of the setting's LA update it, recorded as the LA", async () => {
    const { provisionId } = await aResourcedProvision();
    const data = await gqlOk(UPDATE_CAPACITY, { input: aCapacityInput(provisionId, 0) }, westSussex);
    expect(data.updateCapacity.capacity.source).toBe('LA');
    expect((await history(provisionId, westSussex))[0].changedByRole).toBe('LA_OFFICER');
  });

  it("refuses another school's staff and another LA's officers, and writes nothing", async () => {
    const { setting, provisionId } = await aResourcedProvision();
    const { setting: otherSchool } = await aResourcedProvision();
    for (const token of [asStaff(otherSchool.id), asOfficer('846')]) {
      const error = await gqlError(UPDATE_CAPACITY, { input: aCapacityInput(provisionId, 0) }, token);
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
    expect((await gqlError(UPDATE_CAPACITY, { input: aCapacityInput(provisionId, 0) })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const read = await gqlOk(GET_SETTING, { id: setting.id }, westSussex);
    expect(read.setting.provisions.find((p: { id: string }) => p.id === provisionId).capacityVersion).toBe(0);
    expect(await history(provisionId, westSussex)).toEqual([]);
  });

  it('answers NOT_FOUND for a provision that does not exist', async () => {
    const { setting } = await aResourcedProvision();
    const error = await gqlError(
      UPDATE_CAPACITY,
      { input: aCapacityInput(`${setting.id}.nope`, 0) },
      westSussex,
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Provision' });
  });

  it('refuses a stale version with CONFLICT and the current figures', async () => {
    const { setting, provisionId } = await aResourcedProvision();
    const staff = asStaff(setting.id);
    await gqlOk(UPDATE_CAPACITY, { input: aCapacityInput(provisionId, 0, { vacancies: 1 }) }, staff);
    const error = await gqlError(
      UPDATE_CAPACITY,
      { input: aCapacityInput(provisionId, 0, { vacancies: 5 }) },
      staff,
    );
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      provisionId,
      expectedVersion: 0,
      currentVersion: 1,
      current: { places: 12, vacancies: 1 },
    });
    expect((await history(provisionId, staff)).length).toBe(1);
  });

  // About 1,300 conditional writes (each loser re-bases and tries again): on a busy machine that
  // takes longer than the default 30 s, and the test is about what is kept, not how fast.
  it('loses no update when 50 updates race for one provision', { timeout: 120_000 }, async () => {
    const { setting, provisionId } = await aResourcedProvision();
    const staff = asStaff(setting.id);
    const accepted: { version: number; onRoll: number }[] = [];
    let conflicts = 0;

    // Each writer states its own figures and, like a real client, re-bases on CONFLICT.
    async function writer(onRoll: number) {
      let expectedVersion = 0;
      for (let attempt = 0; attempt < 200; attempt++) {
        const response = await gql<any>(
          UPDATE_CAPACITY,
          { input: aCapacityInput(provisionId, expectedVersion, { places: 100, onRoll, vacancies: 0 }) },
          staff,
        );
        const error = response.errors?.[0];
        if (!error) {
          accepted.push({ version: response.data.updateCapacity.capacityVersion, onRoll });
          return;
        }
        expect(error.extensions.code).toBe('CONFLICT');
        conflicts++;
        expectedVersion = error.extensions.currentVersion as number;
      }
      throw new Error(`writer ${onRoll} never got through`);
    }
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer(i + 1)));

    expect(accepted).toHaveLength(50);
    expect(conflicts).toBeGreaterThan(0);
    expect(new Set(accepted.map((a) => a.version))).toEqual(
      new Set(Array.from({ length: 50 }, (_, i) => i + 1)),
    );

    const changes = await history(provisionId, staff);
    expect(changes).toHaveLength(50);
    // Every accepted update is in the history, as the version it was given, and each change
    // starts from the figures the one before it left.
    for (const a of accepted) {
      expect(changes.find((c) => c.version === a.version)?.after.onRoll).toBe(a.onRoll);
    }
    const ascending = [...changes].reverse();
    for (let i = 1; i < ascending.length; i++) {
      expect(ascending[i].before.onRoll).toBe(ascending[i - 1].after.onRoll);
    }
    const last = accepted.find((a) => a.version === 50);
    const read = await gqlOk(GET_SETTING, { id: setting.id }, staff);
    const live = read.setting.provisions.find((p: { id: string }) => p.id === provisionId);
    expect(live.capacityVersion).toBe(50);
    expect(live.capacity.onRoll).toBe(last?.onRoll);
  });
});

describe('capacityHistory', () => {
  it('pages newest first and is closed to other schools and other LAs', async () => {
    const { setting, provisionId } = await aResourcedProvision();
    const staff = asStaff(setting.id);
    for (let v = 0; v < 5; v++) {
      await gqlOk(UPDATE_CAPACITY, { input: aCapacityInput(provisionId, v, { onRoll: v }) }, staff);
    }
    const page1 = await gqlOk(CAPACITY_HISTORY, { provisionId, first: 2 }, westSussex);
    expect(page1.capacityHistory.edges.map((e: any) => e.node.version)).toEqual([5, 4]);
    expect(page1.capacityHistory.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlOk(
      CAPACITY_HISTORY,
      { provisionId, first: 3, after: page1.capacityHistory.pageInfo.endCursor },
      westSussex,
    );
    expect(page2.capacityHistory.edges.map((e: any) => e.node.version)).toEqual([3, 2, 1]);
    expect(page2.capacityHistory.pageInfo.hasNextPage).toBe(false);

    const { setting: other } = await aResourcedProvision();
    expect((await gqlError(CAPACITY_HISTORY, { provisionId }, asStaff(other.id))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gqlError(CAPACITY_HISTORY, { provisionId }, asOfficer('846'))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await gqlError(CAPACITY_HISTORY, { provisionId: 'not-a-provision' }, westSussex)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'provisionId',
    });
  });
});
