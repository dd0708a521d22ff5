import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { GET_SETTING, LIST_SETTINGS, SET_STATUS, UPSERT_SETTING } from '../helpers/operations.js';

const westSussex = asOfficer('938');

async function createSetting(overrides: Record<string, unknown> = {}, token = westSussex) {
  const data = await gqlOk(UPSERT_SETTING, { input: aSettingInput(overrides) }, token);
  return data.upsertSetting;
}

describe('upsertSetting', () => {
  it('creates a setting with a resourced provision designated ASD, normalising what a form sends', async () => {
    const input = aSettingInput();
    const setting = await createSetting({ name: `  ${input.name}  ` });
    expect(setting).toMatchObject({
      name: input.name,
      laCode: '938',
      kind: 'MAINSTREAM',
      status: 'OPEN',
      genderIntake: 'MIXED',
      boarding: 'DAY',
      section41Approved: false,
      address: { postcode: 'RH12 1AA' },
    });
    const rp = setting.provisions.find((p: { kind: string }) => p.kind === 'RESOURCED_PROVISION');
    expect(rp).toMatchObject({
      designation: ['ASD'],
      capacity: null,
      capacityVersion: 0,
      settingId: setting.id,
    });

    const read = await gqlOk(GET_SETTING, { id: setting.id }, asStaff('some-other-setting'));
    expect(read.setting).toEqual(setting);
  });

  it('places a setting given only a postcode at the centre of its district, and notes it', async () => {
    const setting = await createSetting({
      location: null,
      address: { lines: ['1 Lane'], postcode: 'RH12 2NR' },
    });
    expect(setting.location).toEqual({ lat: 51.07579, lon: -0.33254 });
    const read = await gqlOk(
      'query($id: ID!) { setting(id: $id) { source sourceNotes } }',
      { id: setting.id },
      westSussex,
    );
    expect(read.setting).toEqual({
      source: 'LA',
      sourceNotes: ['Location is the centre of postcode district RH12, so it is approximate.'],
    });
    const error = await gqlError(
      UPSERT_SETTING,
      { input: aSettingInput({ location: null, address: { lines: ['1 Lane'], postcode: 'ZZ9 9ZZ' } }) },
      westSussex,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.address.postcode' });
  });

  it('gives a new setting a main roll when no provisions are listed', async () => {
    const setting = await createSetting({ provisions: null });
    expect(setting.provisions).toEqual([expect.objectContaining({ kind: 'MAIN_ROLL', designation: [] })]);
  });

  it('updates an existing setting by id, adding provisions and keeping the ones not listed', async () => {
    const setting = await createSetting();
    const updated = (
      await gqlOk(
        UPSERT_SETTING,
        {
          input: aSettingInput({
            id: setting.id,
            name: setting.name,
            phase: 'ALL_THROUGH',
            ageRange: { low: 4, high: 16 },
            provisions: [{ kind: 'SEN_UNIT', name: 'Speech unit', designation: ['SLCN', 'ASD'] }],
          }),
        },
        westSussex,
      )
    ).upsertSetting;
    expect(updated.id).toBe(setting.id);
    expect(updated.createdAt).toBe(setting.createdAt);
    expect(updated.phase).toBe('ALL_THROUGH');
    expect(updated.provisions.map((p: { kind: string }) => p.kind)).toEqual([
      'MAIN_ROLL',
      'RESOURCED_PROVISION',
      'SEN_UNIT',
    ]);
    // Designations are kept in census order whatever order they were sent in.
    expect(updated.provisions[2].designation).toEqual(['SLCN', 'ASD']);
  });

  it('updates the setting that holds a URN instead of creating a second one', async () => {
    const urn = String(900000 + Math.floor(Math.random() * 99999));
    const first = await createSetting({ urn });
    const second = await createSetting({ urn, name: first.name, religiousCharacter: 'Roman Catholic' });
    expect(second.id).toBe(first.id);
    expect(second.religiousCharacter).toBe('Roman Catholic');
  });

  it('refuses a URN already held by another setting with CONFLICT', async () => {
    const urn = String(800000 + Math.floor(Math.random() * 99999));
    await createSetting({ urn });
    const other = await createSetting();
    const error = await gqlError(UPSERT_SETTING, { input: aSettingInput({ id: other.id, urn }) }, westSussex);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.urn' });
    const unchanged = await gqlOk(GET_SETTING, { id: other.id }, westSussex);
    expect(unchanged.setting.urn).toBeNull();
  });

  it('answers NOT_FOUND for an id that does not exist', async () => {
    const error = await gqlError(
      UPSERT_SETTING,
      { input: aSettingInput({ id: 'no-such-setting' }) },
      westSussex,
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Setting', id: 'no-such-setting' });
  });

  it("refuses an officer of another LA, for new settings and for moving one out of the officer's LA", async () => {
    const error = await gqlError(UPSERT_SETTING, { input: aSettingInput({ laCode: '846' }) }, westSussex);
    expect(error.extensions.code).toBe('FORBIDDEN');

    const setting = await createSetting();
    const brighton = asOfficer('846');
    const takeOver = await gqlError(
      UPSERT_SETTING,
      { input: aSettingInput({ id: setting.id, laCode: '846' }) },
      brighton,
    );
    expect(takeOver.extensions.code).toBe('FORBIDDEN');
    const moveAway = await gqlError(
      UPSERT_SETTING,
      { input: aSettingInput({ id: setting.id, laCode: '846' }) },
      westSussex,
    );
    expect(moveAway.extensions.code).toBe('FORBIDDEN');
    expect((await gqlOk(GET_SETTING, { id: setting.id }, westSussex)).setting.laCode).toBe('938');
  });

  it('refuses setting staff, who may change capacity but not the register', async () => {
    const setting = await createSetting();
    const error = await gqlError(
      UPSERT_SETTING,
      { input: aSettingInput({ id: setting.id, name: 'Renamed by staff' }) },
      asStaff(setting.id),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a caller with no token with UNAUTHENTICATED', async () => {
    const error = await gqlError(UPSERT_SETTING, { input: aSettingInput() });
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('setSettingStatus', () => {
  it('closes and reopens a setting for an officer of its LA', async () => {
    const setting = await createSetting();
    const closed = await gqlOk(SET_STATUS, { id: setting.id, status: 'CLOSED' }, westSussex);
    expect(closed.setSettingStatus.status).toBe('CLOSED');
    expect((await gqlOk(GET_SETTING, { id: setting.id }, westSussex)).setting.status).toBe('CLOSED');
    const reopened = await gqlOk(SET_STATUS, { id: setting.id, status: 'OPEN' }, westSussex);
    expect(reopened.setSettingStatus.status).toBe('OPEN');
  });

  it('refuses officers of other LAs and setting staff, and answers NOT_FOUND for unknown ids', async () => {
    const setting = await createSetting();
    expect(
      (await gqlError(SET_STATUS, { id: setting.id, status: 'CLOSED' }, asOfficer('846'))).extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(SET_STATUS, { id: setting.id, status: 'CLOSED' }, asStaff(setting.id))).extensions.code,
    ).toBe('FORBIDDEN');
    expect((await gqlError(SET_STATUS, { id: 'nope', status: 'CLOSED' }, westSussex)).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await gqlError(SET_STATUS, { id: setting.id, status: 'CLOSED' })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await gqlOk(GET_SETTING, { id: setting.id }, westSussex)).setting.status).toBe('OPEN');
  });

  it('rejects a status that is not in the schema with BAD_USER_INPUT', async () => {
    const setting = await createSetting();
    const error = await gqlError(SET_STATUS, { id: setting.id, status: 'DEMOLISHED' }, westSussex);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

describe('setting and settings', () => {
  it('returns null for an unknown id and refuses anonymous readers', async () => {
    expect((await gqlOk(GET_SETTING, { id: 'missing' }, westSussex)).setting).toBeNull();
    expect((await gqlError(GET_SETTING, { id: 'missing' })).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists an LA in name order, page by page, with nothing repeated or skipped', async () => {
    // 0xx is no real LA's code: this test's settings are (almost always) the only ones there.
    const la = `0${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
    const officer = asOfficer(la);
    const names = ['Cedar', 'Ash', 'Elm', 'Birch', 'Douglas'].map((n) => unique(`${n} School`));
    for (const name of names) await createSetting({ name, laCode: la }, officer);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: any = await gqlOk(LIST_SETTINGS, { filter: { laCode: la }, first: 2, after }, officer);
      const connection = data.settings;
      seen.push(...connection.edges.map((e: { node: { name: string } }) => e.node.name));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (after);
    const mine = seen.filter((n) => names.includes(n));
    expect(mine).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by kind, need and AP tier across LAs', async () => {
    const apName = unique('Tier Two PRU');
    await createSetting({
      name: apName,
      kind: 'ALTERNATIVE_PROVISION',
      phase: 'NOT_APPLICABLE',
      ageRange: { low: 11, high: 16 },
      provisions: [{ kind: 'AP_PROGRAMME', name: 'Placements', designation: ['SEMH'], apTiers: ['TIER_2'] }],
    });
    const all: string[] = [];
    let after: string | null = null;
    do {
      const data: any = await gqlOk(
        LIST_SETTINGS,
        { filter: { kind: 'ALTERNATIVE_PROVISION', need: 'SEMH', apTier: 'TIER_2' }, first: 100, after },
        asOfficer('846'),
      );
      for (const edge of data.settings.edges) {
        expect(edge.node.kind).toBe('ALTERNATIVE_PROVISION');
        expect(edge.node.provisions.some((p: { apTiers: string[] }) => p.apTiers.includes('TIER_2'))).toBe(
          true,
        );
        all.push(edge.node.name);
      }
      after = data.settings.pageInfo.hasNextPage ? data.settings.pageInfo.endCursor : null;
    } while (after);
    expect(all).toContain(apName);
  });

  it('rejects a cursor it did not give out, and page sizes out of range', async () => {
    const bad = await gqlError(LIST_SETTINGS, { after: 'not-a-cursor' }, westSussex);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await gqlError(LIST_SETTINGS, { first: 1000 }, westSussex);
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('errors', () => {
  it('masks nothing it should show and shows no stack traces', async () => {
    const response = await gql(GET_SETTING, { id: 'x' }, 'Bearer-less-garbage');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(response)).not.toContain('stacktrace');
  });
});
