import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { COLUMNS_READ } from '../../functions/core/gias/columns.js';
import { changeDay } from '../../functions/core/register-memory/catch-up.js';
import { importGias } from '../../functions/importer/import-gias.js';
import { createImportStore } from '../../functions/store/import-store.js';
import { createListsStore } from '../../functions/store/lists-store.js';
import { createRegisterStore } from '../../functions/store/register-store.js';
import { aGiasRow, SEN } from '../gias/gias-rows.js';
import { asOfficer, asStaff } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import { aListInput } from '../helpers/lists.js';
import { catchUps, registerLoads, twoInstances } from '../helpers/memory-stacks.js';
import { GENERATE_LIST, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// Lists are searched over the register held in memory by each instance, caught up before each
// list from the change items every static change appends (README: the read path). Two instances
// on one table: what one writes, the other's very next list sees.

const stacks = twoInstances('memory');
const officer = asOfficer('938');
const home = { lat: 51.0, lon: -0.45 };

function specialSchool(name: string, designation: string[], at = home) {
  return aSettingInput({
    name: unique(name),
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: at,
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation }],
  });
}

const listFor = (input: Record<string, unknown>) =>
  stacks.read(GENERATE_LIST, { input: aListInput(home, input) }, officer);

const namesOn = (data: any): string[] =>
  data.generateTailoredList.list.entries.map((e: any) => e.setting.name);

async function changeItemsOf(tableName: string, settingId: string): Promise<number> {
  const { Items } = await testClient.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :day',
      ExpressionAttributeValues: { ':day': `REGCHANGE#${changeDay(new Date().toISOString())}` },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).filter((i) => String(i.sk).includes(`#${settingId}#`)).length;
}

/** Imports these GIAS rows as an extract of today into the table, as `npm run import:gias` does. */
async function importRows(tableName: string, rows: Record<string, string>[]): Promise<void> {
  const quote = (value: string | undefined) => `"${(value ?? '').replaceAll('"', '""')}"`;
  const text = [COLUMNS_READ, ...rows.map((row) => COLUMNS_READ.map((c) => row[c]))]
    .map((cells) => `${cells.map(quote).join(',')}\r\n`)
    .join('');
  const file = join(
    tmpdir(),
    `edubasealldata${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${Math.random().toString(36).slice(2)}.csv`,
  );
  await writeFile(file, Buffer.from(text, 'latin1'));
  const summary = await importGias(
    { file, extractDate: new Date().toISOString().slice(0, 10), laCodes: null, dryRun: false },
    {
      target: {
        ...createRegisterStore({ client: testClient, tableName }),
        ...createImportStore({ client: testClient, tableName }),
      },
      now: () => new Date(),
    },
  );
  expect(summary.rejected ?? 0).toBe(0);
}

describe('lists from memory, across instances', () => {
  it('an officer’s edit through one instance is in the very next list another makes, without reloading', async () => {
    const made = (
      await stacks.write(UPSERT_SETTING, { input: specialSchool('Harbour School', ['HI']) }, officer)
    ).upsertSetting;
    // The other instance loads the register (its first list) and lists nothing for MSI there.
    const before = await listFor({ primaryNeed: 'MSI', secondaryNeeds: [] });
    expect(namesOn(before.data)).not.toContain(made.name);

    await stacks.write(
      UPSERT_SETTING,
      {
        input: {
          ...specialSchool('x', ['HI', 'MSI']),
          id: made.id,
          name: made.name,
          expectedRevision: made.revision,
        },
      },
      officer,
    );
    const after = await listFor({ primaryNeed: 'MSI', secondaryNeeds: [] });
    expect(namesOn(after.data)).toContain(made.name);
    expect(registerLoads(after.requests)).toEqual([]);
    expect(catchUps(after.requests).length).toBeGreaterThanOrEqual(1);
  });

  it('a capacity statement appends no change item, and the next list shows it, read live', async () => {
    const made = (
      await stacks.write(UPSERT_SETTING, { input: specialSchool('Quay School', ['PD']) }, officer)
    ).upsertSetting;
    await listFor({ primaryNeed: 'PD', secondaryNeeds: [] });
    const changesBefore = await changeItemsOf(stacks.tableName, made.id);
    expect(changesBefore).toBe(1);
    await stacks.write(
      UPDATE_CAPACITY,
      {
        input: {
          provisionId: made.provisions[0].id,
          expectedVersion: 0,
          places: 40,
          onRoll: 33,
          vacancies: 7,
        },
      },
      asStaff(made.id),
    );
    expect(await changeItemsOf(stacks.tableName, made.id)).toBe(changesBefore);
    const { data } = await listFor({ primaryNeed: 'PD', secondaryNeeds: [] });
    const entry = data.generateTailoredList.list.entries.find((e: any) => e.setting.id === made.id);
    expect(entry.capacity).toMatchObject({ status: 'AVAILABLE', vacancies: 7 });
    // The list stores what it knew of free places near the child, and the register it was made from.
    const stored = await createListsStore({
      client: testClient,
      tableName: stacks.tableName,
      caseKeys: testCaseKeys,
    }).getList(data.generateTailoredList.list.id);
    expect(stored?.availability).toMatchObject({
      available: 1,
      full: 0,
      nearestWithFreePlace: { settingId: made.id },
      nearestSpecialist: { settingId: made.id },
    });
    expect(stored?.registerUsed?.highWaterMark).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('a GIAS re-import of 100 rows', () => {
  it('is caught up by the next list on another instance in one request', async () => {
    const block = String(Date.now()).slice(-4);
    const rows = (name: string) =>
      Array.from({ length: 100 }, (_, i) =>
        aGiasRow(
          {
            URN: `8${block}${String(i).padStart(2, '0')}`,
            EstablishmentName: `${name} ${block}-${i}`,
            'TypeOfEstablishment (code)': '07',
            'TypeOfEstablishment (name)': 'Community special school',
            'PhaseOfEducation (name)': 'Not applicable',
            StatutoryHighAge: '19',
          },
          [SEN.ASD],
        ),
      );
    const horsham = { lat: 51.062, lon: -0.33 };
    await importRows(stacks.tableName, rows('Weald Special School'));
    await stacks.read(GENERATE_LIST, { input: aListInput(horsham, { primaryNeed: 'ASD' }) }, officer);

    await importRows(stacks.tableName, rows('Downs Special School'));
    const { data, requests } = await stacks.read(
      GENERATE_LIST,
      { input: aListInput(horsham, { primaryNeed: 'ASD' }) },
      officer,
    );
    const imported = namesOn(data).filter((n) => n.includes(` ${block}-`));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.every((n) => n.startsWith('Downs Special School'))).toBe(true);
    // One Query per day partition it spans (two only when the minute before midnight is in it), never a second page.
    const partitions = catchUps(requests).map((r) => JSON.stringify(r.input).match(/REGCHANGE#[\d-]+/)?.[0]);
    expect(new Set(partitions).size).toBe(partitions.length);
    expect(partitions.length).toBeLessThanOrEqual(new Date().getUTCHours() === 0 ? 2 : 1);
    expect(registerLoads(requests)).toEqual([]);
  });
});
