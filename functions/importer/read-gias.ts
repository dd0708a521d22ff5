import { type Readable, Transform } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { COLUMNS_READ, canonicalHeader, type GiasRow } from '../core/gias/columns.js';
import { createTextDecoder } from './windows-1252.js';

export type GiasCsvItem =
  | { line: number; row: GiasRow }
  /** A record the CSV parser could not read (e.g. a wrong number of fields); the rest go on. */
  | { line: number; problem: string };

/** The file is not a GIAS establishment extract, or lacks a column the import needs: nothing is imported. */
export class NotAGiasFileError extends Error {
  override readonly name = 'NotAGiasFileError';
  /** The required columns the header lacks. */
  constructor(readonly missingColumns: string[]) {
    const names = missingColumns.map((c) => `"${c}"`);
    const missing =
      names.length > 1
        ? `the required columns ${names.slice(0, -1).join(', ')} and ${names.at(-1)} are missing`
        : `the required column ${names[0]} is missing`;
    super(`This is not a GIAS "all establishment data" file the import can use: ${missing}.`);
  }
}

export interface ReadGiasOptions {
  /** Called with each chunk's size in bytes, as it is read. */
  onBytes?: (count: number) => void;
  /** Called once the header is read, with the optional columns it lacks (see OPTIONAL_COLUMNS). */
  onColumns?: (columns: { missingOptional: string[] }) => void;
}

/**
 * Streams a GIAS CSV (Windows-1252) as rows keyed by the columns we read, each with the line it
 * starts on (the header is line 1), without holding the file in memory. Throws NotAGiasFileError,
 * before any row, when the header lacks a required column.
 */
export async function* readGiasCsv(
  source: Readable,
  options: ReadGiasOptions = {},
): AsyncGenerator<GiasCsvItem> {
  const problems: { line: number; problem: string }[] = [];
  // The line the last good record ended on, as the parser goes: a bad one starts after it.
  let lastLine = 0;
  // Records as arrays: building a 130-key object per row would cost more than all the rest.
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error) {
        // A broken quote runs on over many lines: report where it starts, not where it ends.
        const line = error.code.includes('QUOTE') ? lastLine + 1 : Number(error.lines);
        problems.push({ line, problem: `unreadable CSV record: ${csvProblem(error)}` });
        lastLine = Number(error.lines);
      }
      return undefined;
    },
  });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      options.onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  const decoder = createTextDecoder();
  for (const stream of [source, counter, decoder]) stream.on('error', (error) => parser.destroy(error));
  source.pipe(counter).pipe(decoder).pipe(parser);
  try {
    let columns: [name: string, index: number][] | null = null;
    // csv-parse counts the line a record ends on, and counts a CRLF inside a quoted field as two
    // lines; `extra` is how far its count has run ahead of the file's real line numbers.
    let extra = 0;
    const pendingProblems = function* (before: number) {
      while (problems[0] && problems[0].line < before) {
        const { line, problem } = problems.shift() as { line: number; problem: string };
        yield { line: line - extra, problem };
      }
    };
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const breaks = lineBreaksIn(record);
      if (!columns) {
        const header = canonicalHeader(record);
        if (header.missingRequired.length > 0) throw new NotAGiasFileError(header.missingRequired);
        options.onColumns?.({ missingOptional: header.missingOptional });
        columns = columnIndexes(header.names);
      } else {
        yield* pendingProblems(info.lines);
        const row: Record<string, string | undefined> = {};
        for (const [name, index] of columns) row[name] = record[index];
        yield { line: info.lines - extra - breaks.counted, row };
      }
      extra += breaks.counted - breaks.real;
    }
    yield* pendingProblems(Number.POSITIVE_INFINITY);
  } finally {
    source.destroy();
  }
}

/** Where each column we read is: a column the file lacks is left out, so its rows have no such key. */
function columnIndexes(names: string[]): [string, number][] {
  const wanted = new Set(COLUMNS_READ);
  return names.flatMap((name, index) => (wanted.has(name) ? [[name, index] as [string, number]] : []));
}

/** Line breaks inside a record's fields: as the file has them, and as csv-parse counts them. */
function lineBreaksIn(record: readonly string[]): { real: number; counted: number } {
  let real = 0;
  let counted = 0;
  for (const value of record) {
    if (!value || !/[\r\n]/.test(value)) continue;
    real += value.match(/\r\n|\r|\n/g)?.length ?? 0;
    counted += value.match(/[\r\n]/g)?.length ?? 0;
  }
  return { real, counted };
}

function csvProblem(error: CsvError): string {
  if (error.code.startsWith('CSV_RECORD_INCONSISTENT')) return 'wrong number of fields';
  if (error.code.includes('QUOTE'))
    return 'broken quotes (the lines up to the next quote were read as one record)';
  return error.code;
}
