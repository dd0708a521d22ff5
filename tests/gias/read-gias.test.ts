import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REQUIRED_COLUMNS } from '../../functions/core/gias/columns.js';
import { type GiasCsvItem, NotAGiasFileError, readGiasCsv } from '../../functions/importer/read-gias.js';

const header = REQUIRED_COLUMNS.map((c) => `"${c}"`).join(',');
const record = (urn: string, street = 'School Lane') =>
  REQUIRED_COLUMNS.map((c) => (c === 'URN' ? urn : c === 'Street' ? `"${street}"` : '""')).join(',');

async function readAll(csv: string | Buffer): Promise<GiasCsvItem[]> {
  const items: GiasCsvItem[] = [];
  for await (const item of readGiasCsv(Readable.from([Buffer.from(csv)]))) items.push(item);
  return items;
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
});
