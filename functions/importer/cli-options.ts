import { parseArgs } from 'node:util';
import { extractDateFromFileName, isCalendarDate } from '../core/gias/extract-date.js';
import { isLaCode } from '../core/la-code.js';

export const USAGE = `Usage: npm run import:gias -- <file.csv> [--la <code> …] [--extract-date YYYY-MM-DD] [--dry-run]

Imports the GIAS "all establishment data" extract (edubasealldataYYYYMMDD.csv, from
https://get-information-schools.service.gov.uk/Downloads) into the register.

  --la <code>            only rows of this 3-digit DfE LA code; repeat or comma-separate for more
  --extract-date <date>  the extract's date, if the file name does not carry it
  --dry-run              read, validate and compare with the register; write nothing
  -h, --help             this text

Environment:
  DYNAMODB_ENDPOINT      a local DynamoDB, e.g. the one \`npm start\` prints (table default "openplace")
  TABLE_NAME             the table; without DYNAMODB_ENDPOINT, DynamoDB in AWS with your credentials
  AWS_REGION             region in AWS (default eu-west-2)

Example:
  DYNAMODB_ENDPOINT=http://127.0.0.1:8123 npm run import:gias -- edubasealldata20250422.csv --la 938`;

/** The command line is wrong: exit code 2, with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  help: boolean;
  file: string;
  extractDate: string;
  laCodes: string[] | null;
  dryRun: boolean;
}

/** Parses and checks the arguments after `--`. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true, file: '', extractDate: '', laCodes: null, dryRun: false };
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Give the GIAS CSV file.' : 'Give one file only.');
  }
  const file = positionals[0] as string;
  const laCodes = (values.la ?? []).flatMap((v) =>
    v
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  );
  const badLa = laCodes.find((code) => !isLaCode(code));
  if (badLa !== undefined) throw new UsageError(`--la "${badLa}" is not a 3-digit DfE LA code, e.g. 938.`);
  const extractDate = values['extract-date'] ?? extractDateFromFileName(file);
  if (!extractDate) {
    throw new UsageError(
      'Give --extract-date YYYY-MM-DD: the file name does not carry the extract date (edubasealldataYYYYMMDD.csv).',
    );
  }
  if (!isCalendarDate(extractDate))
    throw new UsageError(`--extract-date "${extractDate}" is not a YYYY-MM-DD date.`);
  return {
    help: false,
    file,
    extractDate,
    laCodes: laCodes.length > 0 ? [...new Set(laCodes)] : null,
    dryRun: values['dry-run'] ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      la: { type: 'string', multiple: true },
      'extract-date': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export interface Connection {
  /** A local DynamoDB (fake credentials); null for DynamoDB in AWS. */
  endpoint: string | null;
  tableName: string;
  region: string;
}

/**
 * Where to import to. `npm start` runs DynamoDB Local on a port of its choosing, so nothing is
 * assumed: without DYNAMODB_ENDPOINT or TABLE_NAME only a dry run (of the file alone) can go on.
 */
export function connectionFromEnv(
  env: Record<string, string | undefined>,
  dryRun: boolean,
): Connection | null {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim() || null;
  const tableName = env.TABLE_NAME?.trim() || null;
  const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || 'eu-west-2';
  if (endpoint) return { endpoint, tableName: tableName ?? 'openplace', region };
  if (tableName) return { endpoint: null, tableName, region };
  if (dryRun) return null;
  throw new UsageError(
    [
      'Where should the settings go? Set DYNAMODB_ENDPOINT and/or TABLE_NAME:',
      '  local:  DYNAMODB_ENDPOINT=http://127.0.0.1:<port> npm run import:gias -- <file.csv>',
      '          (the "DynamoDB:" line `npm start` prints gives the endpoint; the table defaults to "openplace")',
      "  AWS:    TABLE_NAME=<the stack's table> npm run import:gias -- <file.csv>   (with AWS credentials)",
      'Or add --dry-run to check the file alone.',
    ].join('\n'),
  );
}
