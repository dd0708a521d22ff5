import { describe, expect, inject, it } from 'vitest';
import { extractDateFromFileName } from '../../functions/core/gias/extract-date.js';
import { type ImportTarget, importGias } from '../../functions/importer/import-gias.js';
import { createImportStore } from '../../functions/store/import-store.js';
import { copyFixtures, FIRST_EXTRACT, NEWER_EXTRACT } from '../gias/fixtures.js';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aCapacityInput, aSettingInput } from '../helpers/builders.js';
import { testClient, testStore } from '../helpers/database.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// Who keeps a setting's figures: set by its staff or its LA's officers, through the register's one
// door, and readable by them only (anyone else gets FORBIDDEN for that one field).

const SET_CONTACTS = `mutation Set($settingId: ID!, $contacts: [CapacityContactInput!]!) {
  setCapacityContacts(settingId: $settingId, contacts: $contacts) { id revision capacityContacts { name email } }
}`;
const READ = `query Read($id: ID!) { setting(id: $id) { id name capacityContacts { name email } } }`;

const officer = asOfficer('938');
const contacts = [
  { name: 'Sam Head', email: 'head@school.example' },
  { name: 'Alex Office', email: 'office@school.example' },
];

async function aSetting() {
  const { upsertSetting } = await gqlOk(UPSERT_SETTING, { input: aSettingInput() }, officer);
  return upsertSetting as { id: string; name: string; provisions: { id: string; capacityVersion: number }[] };
}

describe('setCapacityContacts', () => {
  it('lets the setting’s staff and its LA’s officers set them, and read them back', async () => {
    const setting = await aSetting();
    const bySchool = await gqlOk(SET_CONTACTS, { settingId: setting.id, contacts }, asStaff(setting.id));
    expect(bySchool.setCapacityContacts.capacityContacts).toEqual(contacts);
    const byOfficer = await gqlOk(SET_CONTACTS, { settingId: setting.id, contacts: [contacts[1]] }, officer);
    expect(byOfficer.setCapacityContacts.capacityContacts).toEqual([contacts[1]]);
    expect((await gqlOk(READ, { id: setting.id }, asStaff(setting.id))).setting.capacityContacts).toEqual([
      contacts[1],
    ]);
  });

  it('refuses another school and another LA’s officers, writing nothing', async () => {
    const setting = await aSetting();
    const before = await testStore.getSetting(setting.id);
    for (const token of [asStaff('some-other-setting'), asOfficer('936')]) {
      const error = await gqlError(SET_CONTACTS, { settingId: setting.id, contacts }, token);
      expect(error.extensions.code).toBe('FORBIDDEN');
    }
    const after = await testStore.getSetting(setting.id);
    expect(after?.revision).toBe(before?.revision);
    expect(after?.setting.capacityContacts).toBeUndefined();
    expect((await gql(SET_CONTACTS, { settingId: setting.id, contacts })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const setting = await aSetting();
    const cases: [unknown[], string][] = [
      [[{ name: 'Sam', email: 'not an email' }], 'contacts.0.email'],
      [[{ name: '  ', email: 'a@school.example' }], 'contacts.0.name'],
      [
        [
          { name: 'A', email: 'same@school.example' },
          { name: 'B', email: 'Same@School.example' },
        ],
        'contacts.1.email',
      ],
      [Array.from({ length: 6 }, (_, i) => ({ name: `P${i}`, email: `p${i}@school.example` })), 'contacts'],
    ];
    for (const [bad, field] of cases) {
      const error = await gqlError(SET_CONTACTS, { settingId: setting.id, contacts: bad }, officer);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await testStore.getSetting(setting.id))?.revision).toBe(1);
    const missing = await gqlError(SET_CONTACTS, { settingId: 'no-such-setting', contacts }, officer);
    expect(missing.extensions.code).toBe('NOT_FOUND');
  });
});

describe('Setting.capacityContacts', () => {
  it('is refused, for that field alone, to anyone but the setting’s staff and its LA’s officers', async () => {
    const setting = await aSetting();
    await gqlOk(SET_CONTACTS, { settingId: setting.id, contacts }, officer);
    for (const token of [asStaff('some-other-setting'), asOfficer('936')]) {
      const response = await gql<any>(READ, { id: setting.id }, token);
      expect(response.data.setting).toEqual({ id: setting.id, name: setting.name, capacityContacts: null });
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]).toMatchObject({
        path: ['setting', 'capacityContacts'],
        extensions: { code: 'FORBIDDEN' },
      });
      expect(JSON.stringify(response)).not.toContain('head@school.example');
    }
  });

  it('reads as empty until set, for those who may see it', async () => {
    const setting = await aSetting();
    expect((await gqlOk(READ, { id: setting.id }, officer)).setting.capacityContacts).toEqual([]);
  });
});

describe('through the one door', () => {
  it('keeps contacts through setting changes and capacity updates, even at the same time', async () => {
    const setting = await aSetting();
    const [main] = setting.provisions;
    if (!main) throw new Error('no provision');
    const input = { ...aSettingInput({ name: setting.name }), id: setting.id };
    const results = await Promise.all([
      gql(SET_CONTACTS, { settingId: setting.id, contacts }, asStaff(setting.id)),
      gql(UPDATE_CAPACITY, { input: aCapacityInput(main.id, 0) }, asStaff(setting.id)),
      gql(
        UPSERT_SETTING,
        { input: { ...input, address: { lines: ['2 School Lane'], town: 'Horsham' } } },
        officer,
      ),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const stored = await testStore.getSetting(setting.id);
    expect(stored?.setting.capacityContacts).toEqual(contacts);
    expect(stored?.setting.address.lines).toEqual(['2 School Lane']);
    expect(stored?.setting.provisions.find((p) => p.id === main.id)?.capacityVersion).toBe(1);
    // And an unchanged list writes nothing.
    const again = await gqlOk(SET_CONTACTS, { settingId: setting.id, contacts }, officer);
    expect(again.setCapacityContacts.revision).toBe(stored?.revision);
  });
});

describe('a GIAS re-import', () => {
  it('never wipes a setting’s capacity contacts', async () => {
    const target: ImportTarget = {
      ...testStore,
      ...createImportStore({ client: testClient, tableName: inject('tableName') }),
    };
    const fixture = await copyFixtures(FIRST_EXTRACT, NEWER_EXTRACT);
    const run = (name: string) =>
      importGias(
        {
          file: fixture.files[name] ?? '',
          extractDate: extractDateFromFileName(name) ?? '',
          laCodes: null,
          dryRun: false,
        },
        { target, now: () => new Date() },
      );
    await run(FIRST_EXTRACT);
    const id = fixture.id(1);
    await gqlOk(SET_CONTACTS, { settingId: id, contacts }, asStaff(id));
    const before = await testStore.getSetting(id);

    const summary = await run(NEWER_EXTRACT);

    expect(summary.updated).toBeGreaterThan(0);
    const after = await testStore.getSetting(id);
    // The import did change this setting (its SEN unit's census figures), and kept who keeps them.
    expect(after?.revision).toBeGreaterThan(before?.revision ?? 0);
    expect(after?.setting.capacityContacts).toEqual(contacts);
  });
});
