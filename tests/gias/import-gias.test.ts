import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { extractDateFromFileName } from '../../functions/core/gias/extract-date.js';
import type { CapacityChange, Provision, Setting } from '../../functions/core/model.js';
import {
  GiasImportError,
  type GiasImportOptions,
  type ImportTarget,
  importGias,
} from '../../functions/importer/import-gias.js';
import { NotAGiasFileError } from '../../functions/importer/read-gias.js';
import { createImportStore } from '../../functions/store/import-store.js';
import { testClient, testStore } from '../helpers/database.js';
import { recordCapacity } from '../helpers/settings.js';
import { copyFixtures, FIRST_EXTRACT, fixtureLine, NEWER_EXTRACT } from './fixtures.js';

const target: ImportTarget = {
  ...testStore,
  ...createImportStore({ client: testClient, tableName: inject('tableName') }),
};

function run(file: string, options: Partial<GiasImportOptions> = {}, into: ImportTarget | null = target) {
  return importGias(
    { file, extractDate: extractDateFromFileName(file) ?? '', laCodes: null, dryRun: false, ...options },
    { target: into, now: () => new Date() },
  );
}

async function stored(id: string): Promise<{ setting: Setting; revision: number }> {
  const found = await testStore.getSetting(id);
  if (!found) throw new Error(`Setting ${id} was not written`);
  return found;
}

function provisionOf(setting: Setting, kind: Provision['kind']): Provision {
  const found = setting.provisions.find((p) => p.kind === kind);
  if (!found) throw new Error(`${setting.id} has no ${kind}`);
  return found;
}

/** A school's SENCO states the resourced provision's figures, as updateCapacity would. */
async function schoolConfirms(setting: Setting): Promise<CapacityChange> {
  const rp = provisionOf(setting, 'RESOURCED_PROVISION');
  const changedAt = new Date().toISOString();
  const change: CapacityChange = {
    provisionId: rp.id,
    settingId: setting.id,
    version: rp.capacityVersion + 1,
    before: rp.capacity,
    after: {
      places: 12,
      onRoll: 12,
      vacancies: 0,
      vacanciesByYear: [],
      pendingConsultations: 2,
      note: 'Full until September.',
      source: 'SETTING',
      updatedAt: changedAt,
      updatedBy: 'senco-st-marys',
    },
    changedAt,
    changedBy: 'senco-st-marys',
    changedByRole: 'SETTING_STAFF',
    kind: 'STATEMENT',
  };
  await recordCapacity(testStore, change, rp.capacityVersion);
  return change;
}

// The URNs (9000NN) of the first fixture's rows that are imported.
const IMPORTED = [1, 2, 3, 4, 5, 6, 15, 16, 17, 18, 19];

describe('GIAS import into DynamoDB', () => {
  it('loads the extract: settings, provisions and GIAS capacity, with every bad row reported by line', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const summary = await run(fixture.files[FIRST_EXTRACT] ?? '');

    expect(summary).toMatchObject({
      rows: 19,
      created: 11,
      updated: 0,
      unchanged: 0,
      skipped: 3,
      rejected: 5,
    });
    expect(summary.rejectedBecause).toEqual({
      'missing URN': { count: 1, lines: [11] },
      'ageRange.low: low must not be above high': { count: 1, lines: [12] },
      'no coordinates (Easting/Northing blank)': { count: 1, lines: [13] },
      'unknown establishment type code 99 ("Unknown type")': { count: 1, lines: [14] },
      'unknown SEN code "XYZ"': { count: 1, lines: [15] },
    });
    expect(summary.skippedBecause).toEqual({
      'closed, and not in the register': { count: 1, lines: [8] },
      'not a school setting: online provider, not a place-based setting': { count: 1, lines: [9] },
      'proposed to open: not a setting yet': { count: 1, lines: [10] },
    });
    expect(Object.keys(summary.warnings)).toEqual([
      'resourced provision or SEN unit without SEN designation: not imported',
      'unknown Boarders value "Weekly boarding": recorded as day only',
    ]);

    const claims = await target.getUrnClaims([...Array(20).keys()].map((nn) => fixture.urn(nn)));
    expect([...claims.keys()].sort()).toEqual(IMPORTED.map((nn) => fixture.urn(nn)).sort());
    for (const nn of IMPORTED) expect(claims.get(fixture.urn(nn))).toBe(fixture.id(nn));

    const { setting: stMarys } = await stored(fixture.id(1));
    // Decoded from Windows-1252: the en dash is byte 0x96, the É 0xC9.
    expect(stMarys.name).toBe("St Mary's C of E (Aided) Primary School – Élan");
    expect(stMarys).toMatchObject({
      kind: 'MAINSTREAM',
      source: 'GIAS',
      religiousCharacter: 'Church of England',
    });
    expect(stMarys.provisions.map((p) => [p.kind, p.designation])).toEqual([
      ['MAIN_ROLL', []],
      ['RESOURCED_PROVISION', ['SLCN', 'ASD']],
      ['SEN_UNIT', ['SLCN', 'ASD']],
    ]);
    expect(provisionOf(stMarys, 'RESOURCED_PROVISION').capacity).toMatchObject({
      places: 12,
      onRoll: 10,
      vacancies: 2,
      source: 'GIAS',
      updatedAt: '2025-04-22T00:00:00.000Z',
      updatedBy: 'gias-import',
    });

    const { setting: special } = await stored(fixture.id(2));
    expect(provisionOf(special, 'MAIN_ROLL').designation).toEqual(['SLD', 'PMLD', 'ASD']);
    expect((await stored(fixture.id(3))).setting.status).toBe('PROPOSED_TO_CLOSE');
    const { setting: pru } = await stored(fixture.id(4));
    expect(pru.provisions.map((p) => [p.kind, p.apTiers])).toEqual([['AP_PROGRAMME', ['TIER_2', 'TIER_3']]]);
    expect(pru.sourceNotes.join(' ')).toContain('AP tiers are not in GIAS');
    expect((await stored(fixture.id(5))).setting).toMatchObject({
      sector: 'NON_MAINTAINED',
      boarding: 'DAY_AND_RESIDENTIAL',
    });
    expect((await stored(fixture.id(6))).setting).toMatchObject({
      kind: 'INDEPENDENT_SPECIAL',
      section41Approved: true,
    });
    expect((await stored(fixture.id(19))).setting.name).toBe('St Richard’s Middle School');
  });

  it('changes nothing when the same extract is imported again: not a revision, not a timestamp', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const file = fixture.files[FIRST_EXTRACT] ?? '';
    await run(file);
    const before = await target.getSettings(IMPORTED.map((nn) => fixture.id(nn)));

    const again = await run(file);

    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 11, skipped: 3, rejected: 5 });
    const after = await target.getSettings(IMPORTED.map((nn) => fixture.id(nn)));
    expect(after).toEqual(before);
  });

  it('takes a newer extract’s GIAS figures but never a capacity the school has confirmed, and keeps what the LA added', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT, NEWER_EXTRACT);
    await run(fixture.files[FIRST_EXTRACT] ?? '');
    const confirmed = await schoolConfirms((await stored(fixture.id(1))).setting);
    // An officer adds a provision of their own to the special school.
    const special = await stored(fixture.id(2));
    const byHand: Provision = {
      id: `${fixture.id(2)}.p_hand`,
      settingId: fixture.id(2),
      kind: 'SEN_UNIT',
      name: 'Hearing support unit',
      designation: ['HI'],
      ageRange: { low: 11, high: 16 },
      apTiers: [],
      capacity: null,
      capacityVersion: 0,
      source: 'LA',
    };
    await testStore.saveSetting(
      { ...special.setting, provisions: [...special.setting.provisions, byHand] },
      { expectedRevision: special.revision, previous: special.setting },
    );
    const { setting: pruBefore } = await stored(fixture.id(4));

    const summary = await run(fixture.files[NEWER_EXTRACT] ?? '');

    expect(summary).toMatchObject({ rows: 9, created: 0, updated: 3, unchanged: 5, skipped: 1, rejected: 0 });
    expect(summary.changedFields).toEqual({ capacity: 2, status: 1 });
    expect(summary.warnings).toEqual({
      'closed in GIAS with incomplete details: marked closed, nothing else updated': { count: 1, lines: [5] },
    });
    const { setting: stMarys } = await stored(fixture.id(1));
    expect(provisionOf(stMarys, 'RESOURCED_PROVISION')).toMatchObject({
      capacity: confirmed.after,
      capacityVersion: 1,
    });
    expect(provisionOf(stMarys, 'SEN_UNIT').capacity).toMatchObject({
      places: 10,
      onRoll: 7,
      vacancies: 3,
      source: 'GIAS',
      updatedAt: '2025-05-20T00:00:00.000Z',
    });
    // The import's new figures are in the history, as an import on the provision's next version.
    const unit = provisionOf(stMarys, 'SEN_UNIT');
    expect(unit.capacityVersion).toBeGreaterThan(0);
    const history = await testStore.listCapacityHistory(unit.id, { first: 5 });
    expect(history.items[0]?.item).toMatchObject({
      version: unit.capacityVersion,
      kind: 'IMPORT',
      changedByRole: null,
      changedBy: 'gias-import',
      after: { places: 10, onRoll: 7 },
    });
    const { setting: specialAfter } = await stored(fixture.id(2));
    expect(provisionOf(specialAfter, 'MAIN_ROLL').capacity).toMatchObject({ places: 250, onRoll: 255 });
    expect(specialAfter.provisions.at(-1)).toEqual(byHand);
    // The PRU closed; its row has no grid reference any more, so nothing else of it changes.
    const { setting: pru } = await stored(fixture.id(4));
    expect(pru).toEqual({ ...pruBefore, status: 'CLOSED', updatedAt: pru.updatedAt, revision: pru.revision });
    expect(pru.revision).toBe((pruBefore.revision ?? 0) + 1);
    expect(pru.updatedAt > pruBefore.updatedAt).toBe(true);
  });

  it('re-reads and merges again when a school updates its capacity between the read and the write', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT, NEWER_EXTRACT);
    await run(fixture.files[FIRST_EXTRACT] ?? '');
    let raced = false;
    // The school's update lands after the import read the setting and before it writes.
    const racing: ImportTarget = {
      ...target,
      async modifySetting(id, decide) {
        if (!raced && id === fixture.id(1)) {
          raced = true;
          await schoolConfirms((await stored(id)).setting);
        }
        return target.modifySetting(id, decide);
      },
    };

    const summary = await run(fixture.files[NEWER_EXTRACT] ?? '', {}, racing);

    expect(raced).toBe(true);
    expect(summary).toMatchObject({ updated: 3, rejected: 0 });
    const { setting } = await stored(fixture.id(1));
    expect(provisionOf(setting, 'RESOURCED_PROVISION').capacity).toMatchObject({
      source: 'SETTING',
      places: 12,
    });
    expect(provisionOf(setting, 'SEN_UNIT').capacity).toMatchObject({ source: 'GIAS', places: 10 });
  });

  it('writes nothing on a dry run, and says what it would do', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT, NEWER_EXTRACT);
    const dry = await run(fixture.files[FIRST_EXTRACT] ?? '', { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, comparedWithRegister: true, created: 11, rejected: 5 });
    expect((await target.getUrnClaims(IMPORTED.map((nn) => fixture.urn(nn)))).size).toBe(0);

    await run(fixture.files[FIRST_EXTRACT] ?? '');
    const before = await target.getSettings(IMPORTED.map((nn) => fixture.id(nn)));
    const newer = await run(fixture.files[NEWER_EXTRACT] ?? '', { dryRun: true });
    expect(newer).toMatchObject({ created: 0, updated: 3, unchanged: 5 });
    expect(await target.getSettings(IMPORTED.map((nn) => fixture.id(nn)))).toEqual(before);
  });

  it('checks the file alone on a dry run with no table', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const summary = await run(fixture.files[FIRST_EXTRACT] ?? '', { dryRun: true }, null);
    expect(summary).toMatchObject({ comparedWithRegister: false, created: 11, skipped: 3, rejected: 5 });
  });

  it('imports only the LAs asked for', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const summary = await run(fixture.files[FIRST_EXTRACT] ?? '', { laCodes: ['936', '846'] });
    expect(summary).toMatchObject({ rows: 19, outsideLas: 15, created: 4, skipped: 0, rejected: 0 });
    const claims = await target.getUrnClaims(IMPORTED.map((nn) => fixture.urn(nn)));
    expect([...claims.keys()].sort()).toEqual([5, 6, 16, 17].map((nn) => fixture.urn(nn)));
  });

  it('gives the same result in small batches, and rejects a URN seen in an earlier batch', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const file = fixture.files[FIRST_EXTRACT] ?? '';
    await fixture.append(FIRST_EXTRACT, [await fixtureLine(file, 3)]);
    const summary = await run(file, { batchSize: 4, concurrency: 2 });
    expect(summary).toMatchObject({ rows: 20, created: 11, skipped: 3, rejected: 6 });
    expect(summary.rejectedBecause['URN already on line 3']).toEqual({ count: 1, lines: [21] });
  });

  it('never overwrites a setting that has the id a new one would get but not its URN', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const file = fixture.files[FIRST_EXTRACT] ?? '';
    await run(file, { laCodes: ['846'] });
    // An officer takes the URN off the setting the import made; the id stays.
    const made = await stored(fixture.id(17));
    await testStore.saveSetting(
      { ...made.setting, urn: null },
      { expectedRevision: made.revision, previous: made.setting },
    );

    const summary = await run(file, { laCodes: ['846'] });

    expect(summary.rejectedBecause).toEqual({
      [`setting id ${fixture.id(17)} is taken by a setting without this URN`]: { count: 1, lines: [18] },
    });
    expect((await stored(fixture.id(17))).setting.urn).toBeNull();
  });

  it('stops with a clear error, having written nothing, when the file is not a GIAS extract', async () => {
    const file = join(tmpdir(), `not-gias-${Date.now()}.csv`);
    await writeFile(file, '"URN","Name"\r\n"912345","A school"\r\n');
    const error = await run(file, { extractDate: '2025-04-22' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GiasImportError);
    expect((error as GiasImportError).cause).toBeInstanceOf(NotAGiasFileError);
    expect((error as GiasImportError).summary.rows).toBe(0);
  });

  it('imports a file without the optional Locality and Address3 columns, and says they were missing', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    await fixture.dropColumns(FIRST_EXTRACT, ['Locality', 'Address3']);
    const summary = await run(fixture.files[FIRST_EXTRACT] ?? '');
    expect(summary).toMatchObject({
      missingColumns: ['Locality', 'Address3'],
      rows: 19,
      created: 11,
      skipped: 3,
      rejected: 5,
    });
    const { setting: stMarys } = await stored(fixture.id(1));
    expect(stMarys.address).toEqual({ lines: ['Church Lane'], town: 'Horsham', postcode: 'RH12 1AA' });
  });

  it('refuses a file without a required column, naming it, having written nothing', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    await fixture.dropColumns(FIRST_EXTRACT, ['Northing', 'Locality']);
    const error = await run(fixture.files[FIRST_EXTRACT] ?? '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GiasImportError);
    const cause = (error as GiasImportError).cause;
    expect(cause).toBeInstanceOf(NotAGiasFileError);
    expect((cause as NotAGiasFileError).missingColumns).toEqual(['Northing']);
    expect((error as Error).message).toContain('the required column "Northing" is missing');
    expect((error as GiasImportError).summary.rows).toBe(0);
    expect((await target.getUrnClaims(IMPORTED.map((nn) => fixture.urn(nn)))).size).toBe(0);
  });
});
