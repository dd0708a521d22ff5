import { describe, expect, it } from 'vitest';
import { extractDateFromFileName } from '../../functions/core/gias/extract-date.js';
import { connectionFromEnv, parseCliArgs, UsageError } from '../../functions/importer/cli-options.js';

describe('import:gias arguments', () => {
  it('takes the file, LA codes (repeated or comma-separated) and --dry-run; the date from the name', () => {
    expect(
      parseCliArgs(['data/edubasealldata20250422.csv', '--la', '938', '--la', '936,846,938', '--dry-run']),
    ).toEqual({
      help: false,
      file: 'data/edubasealldata20250422.csv',
      extractDate: '2025-04-22',
      laCodes: ['938', '936', '846'],
      dryRun: true,
    });
  });

  it('takes --extract-date when the file name has none, and imports every LA by default', () => {
    expect(parseCliArgs(['gias.csv', '--extract-date', '2025-05-01'])).toMatchObject({
      extractDate: '2025-05-01',
      laCodes: null,
      dryRun: false,
    });
  });

  it.each([
    [[], 'Give the GIAS CSV file.'],
    [['a.csv', 'b.csv'], 'Give one file only.'],
    [['gias.csv'], /Give --extract-date/],
    [['gias.csv', '--extract-date', '2025-02-30'], /not a YYYY-MM-DD date/],
    [['edubasealldata20250422.csv', '--la', 'West Sussex'], /not a 3-digit DfE LA code/],
    [['edubasealldata20250422.csv', '--force'], /Unknown option '--force'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('reads the extract date from GIAS file names only when it is a real date', () => {
    expect(extractDateFromFileName('/tmp/edubasealldata20250422.csv')).toBe('2025-04-22');
    expect(extractDateFromFileName('EDUBASEALLDATA20241231-la938.csv')).toBe('2024-12-31');
    expect(extractDateFromFileName('edubasealldata20251340.csv')).toBeNull();
    expect(extractDateFromFileName('/data/edubasealldata20250422/gias.csv')).toBeNull();
  });
});

describe('import:gias connection', () => {
  it('uses a local endpoint with the table npm start uses unless told otherwise', () => {
    expect(connectionFromEnv({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8123' }, false)).toEqual({
      endpoint: 'http://127.0.0.1:8123',
      tableName: 'openplace',
      region: 'eu-west-2',
    });
  });

  it('uses DynamoDB in AWS when only a table is named', () => {
    expect(connectionFromEnv({ TABLE_NAME: 'OpenPlace-Table', AWS_REGION: 'eu-west-1' }, false)).toEqual({
      endpoint: null,
      tableName: 'OpenPlace-Table',
      region: 'eu-west-1',
    });
  });

  it('asks where to import to when neither is set, unless it is a dry run of the file alone', () => {
    expect(() => connectionFromEnv({}, false)).toThrow(/Set DYNAMODB_ENDPOINT and\/or TABLE_NAME/);
    expect(connectionFromEnv({}, true)).toBeNull();
  });
});
