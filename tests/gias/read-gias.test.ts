import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COLUMNS_READ } from '../../functions/core/gias/columns.js';
import {
  type GiasCsvItem,
  NotAGiasFileError,
  type ReadGiasOptions,
  readGiasCsv,
} from '../../functions/importer/read-gias.js';

const header = COLUMNS_READ.map((c) => `"${c}"`).join(',');
const record = (urn: string, street = 'School Lane') =>
  COLUMNS_READ.map((c) => (c === 'URN' ? urn : c === 'Street' ? `"${street}"` : '""')).join(',');

async function readAll(csv: string | Buffer, options: ReadGiasOptions = {}): Promise<GiasCsvItem[]> {
  const items: GiasCsvItem[] = [];
  for await (const item of readGiasCsv(Readable.from([Buffer.from(csv)]), options)) items.push(item);
  return items;
}

/** A header and one record with every column read but these. */
function fileWithout(...dropped: string[]): string {
  const columns = COLUMNS_READ.filter((c) => !dropped.includes(c));
  return [
    columns.map((c) => `"${c}"`).join(','),
    columns.map((c) => (c === 'URN' ? '"1"' : `"${c} value"`)).join(','),
  ].join('\r\n');
}

const lines = (items: GiasCsvItem[]) =>
  items.map((i) => ('row' in i ? [i.line, i.row.URN] : [i.line, i.problem]));

describe('readGiasCsv', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])(
    'gives each record the line it starts on, across %s, blank lines and quoted line breaks',
    async (_name, eol) => {
      const csv = [header, record('1'), '', record('2', `Unit 2${eol}High Street`), record('3'), ''].join(
        eol,
      );
      expect(lines(await readAll(csv))).toEqual([
        [2, '1'],
        [4, '2'],
        [6, '3'],
      ]);
    },
  );

  it('reports a record it cannot read, with its line, and reads on', async () => {
    const csv = [header, record('1'), '', '"2","too","few"', record('3')].join('\n');
    expect(lines(await readAll(csv))).toEqual([
      [2, '1'],
      [4, 'unreadable CSV record: wrong number of fields'],
      [5, '3'],
    ]);
  });

  it('reports a broken quote at the line it starts on: what follows up to the next quote is lost', async () => {
    const csv = [header, record('1'), '"2,Unclosed School', '3,Lost School'].join('\r\n');
    expect(lines(await readAll(csv))).toEqual([
      [2, '1'],
      [3, 'unreadable CSV record: broken quotes (the lines up to the next quote were read as one record)'],
    ]);
  });

  it('reads headers whatever their case, as GIAS has varied it', async () => {
    const csv = [header.replace('SenUnitCapacity', 'SENUnitCapacity'), record('1')].join('\n');
    const [item] = await readAll(csv);
    expect(item && 'row' in item && Object.keys(item.row)).toContain('SenUnitCapacity');
  });

  it('refuses a file without the GIAS columns, naming what is missing', async () => {
    const error = await readAll('"URN","Name"\n"1","x"\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAGiasFileError);
    expect((error as NotAGiasFileError).missingColumns).toContain('EstablishmentName');
    expect((error as Error).message).toMatch(/^This is not a GIAS "all establishment data" file/);
  });

  it('reads a file without optional columns, says which, and gives its rows no such keys', async () => {
    let missing: string[] = [];
    const items = await readAll(fileWithout('Locality', 'Address3'), {
      onColumns: ({ missingOptional }) => {
        missing = missingOptional;
      },
    });
    expect(missing).toEqual(['Locality', 'Address3']);
    const [item] = items;
    expect(item && 'row' in item && item.row).toMatchObject({ URN: '1', Street: 'Street value' });
    expect(item && 'row' in item && Object.keys(item.row)).not.toContain('Locality');
  });

  it('refuses a file without a required column, naming it', async () => {
    const error = await readAll(fileWithout('Easting')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAGiasFileError);
    expect((error as NotAGiasFileError).missingColumns).toEqual(['Easting']);
    expect((error as Error).message).toBe(
      'This is not a GIAS "all establishment data" file the import can use: the required column "Easting" is missing.',
    );
  });

  it('names every required column a file lacks, and no optional one', async () => {
    const error = await readAll(fileWithout('Postcode', 'Street', 'Town')).catch((e: unknown) => e);
    expect((error as NotAGiasFileError).missingColumns).toEqual(['Street', 'Postcode']);
    expect((error as Error).message).toContain('the required columns "Street" and "Postcode" are missing');
  });
});
