import { randomInt } from 'node:crypto';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// The fixtures are small GIAS extracts, Windows-1252 encoded like the real file, with URNs
// 9000NN. Tests share one table, so each test imports a copy whose URNs are its own: 9BBBBNN,
// with BBBB unique to the copy. Line numbers and bytes otherwise stay as in the fixture.

export const FIRST_EXTRACT = 'edubasealldata20250422-sample.csv';
export const NEWER_EXTRACT = 'edubasealldata20250520-sample.csv';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const usedBlocks = new Set<number>();

export interface FixtureCopies {
  /** The copies' paths, by fixture name (file names kept: they carry the extract date). */
  files: Record<string, string>;
  /** The URN a fixture's 9000NN became. */
  urn(nn: number): string;
  /** The setting id a new setting with that URN gets. */
  id(nn: number): string;
  /** Appends CSV lines (Windows-1252) to a copy. */
  append(name: string, lines: string[]): Promise<void>;
  /** Rewrites a copy without these columns (every field quoted, line numbers kept). */
  dropColumns(name: string, columns: readonly string[]): Promise<void>;
}

export async function copyFixtures(...names: string[]): Promise<FixtureCopies> {
  let block = randomInt(1000, 10_000);
  while (usedBlocks.has(block)) block = randomInt(1000, 10_000);
  usedBlocks.add(block);
  const dir = await mkdtemp(join(tmpdir(), 'openplace-gias-'));
  const files: Record<string, string> = {};
  for (const name of names) {
    const text = (await readFile(new URL(name, FIXTURES))).toString('latin1');
    files[name] = join(dir, name);
    await writeFile(files[name], Buffer.from(text.replace(/"9000(\d\d)"/g, `"9${block}$1"`), 'latin1'));
  }
  const urn = (nn: number) => `9${block}${String(nn).padStart(2, '0')}`;
  const copy = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`No copy of ${name}`);
    return file;
  };
  return {
    files,
    urn,
    id: (nn) => `urn-${urn(nn)}`,
    append: async (name, lines) => {
      await appendFile(copy(name), Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'latin1'));
    },
    dropColumns: async (name, columns) => {
      const records: string[][] = parse((await readFile(copy(name))).toString('latin1'), {
        relax_column_count: true,
      });
      const kept = (records[0] ?? []).flatMap((column, i) => (columns.includes(column) ? [] : [i]));
      const quote = (value: string | undefined) => `"${(value ?? '').replaceAll('"', '""')}"`;
      const text = records.map((record) => `${kept.map((i) => quote(record[i])).join(',')}\r\n`).join('');
      await writeFile(copy(name), Buffer.from(text, 'latin1'));
    },
  };
}

/** A fixture line as text (Windows-1252 decoded as Latin-1, which keeps every byte). */
export async function fixtureLine(file: string, line: number): Promise<string> {
  const lines = (await readFile(file)).toString('latin1').split('\r\n');
  const found = lines[line - 1];
  if (found === undefined) throw new Error(`${file} has no line ${line}`);
  return found;
}
