import { execFile } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { testStore } from '../helpers/database.js';
import { copyFixtures, FIRST_EXTRACT } from './fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run import:gias -- …` as a person runs it, with only the environment given here. */
function importGias(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { DYNAMODB_ENDPOINT: _e, TABLE_NAME: _t, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'import:gias', '--', ...args],
      { env: { ...inherited, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run import:gias', () => {
  it('imports into the table it is pointed at and prints the summary', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const result = await importGias([fixture.files[FIRST_EXTRACT] ?? '', '--la', '936'], {
      DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
      TABLE_NAME: inject('tableName'),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('GIAS import of the extract of 2025-04-22');
    expect(result.stdout).toMatch(/created\s+3/);
    expect(await testStore.findSettingIdByUrn(fixture.urn(6))).toBe(fixture.id(6));
  });

  it('exits 2 with the usage when it is not told where to import to', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    const result = await importGias([fixture.files[FIRST_EXTRACT] ?? '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Set DYNAMODB_ENDPOINT and/or TABLE_NAME');
    expect(result.stderr).toContain('Usage: npm run import:gias');
  });

  it('exits 1 and names the required column a file lacks', async () => {
    const fixture = await copyFixtures(FIRST_EXTRACT);
    await fixture.dropColumns(FIRST_EXTRACT, ['Easting']);
    const result = await importGias([fixture.files[FIRST_EXTRACT] ?? '', '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'This is not a GIAS "all establishment data" file the import can use: the required column "Easting" is missing.',
    );
  });
});
