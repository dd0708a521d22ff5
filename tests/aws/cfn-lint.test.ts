import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { existingTableFromContext } from '../../infra/openplace-stack.js';
import { synthStack } from '../infra/synth.js';

// cfn-lint (CloudFormation's own linter, a Python tool) on both templates the stack synthesizes:
// the default one, and the existing-table variant (`-c tableName=… -c tableStreamArn=…`). It
// checks every resource's properties against CloudFormation's schemas, not IAM semantics or
// quotas. The one finding expected is W3005, the DependsOn CDK always writes beside a GetAtt.

const run = promisify(execFile);
const EXPECTED = new Set(['W3005']);

interface Finding {
  Rule: { Id: string };
  Level: string;
  Message: string;
  Location: { Path: (string | number)[] };
}

async function cfnLintVersion(): Promise<string | null> {
  try {
    return (await run('cfn-lint', ['--version'])).stdout.trim();
  } catch {
    return null;
  }
}

const version = await cfnLintVersion();
// Said once, where it shows whatever the reporter: this run does not lint the templates.
if (!version)
  process.stderr.write('cfn-lint is not installed (pip install cfn-lint): the templates were not linted.\n');
const folder = await mkdtemp(join(tmpdir(), 'openplace-cfn-lint-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

/** cfn-lint's findings on a template (its exit code sums 2 errors, 4 warnings, 8 notes: there are findings). */
async function lint(name: string, template: unknown): Promise<Finding[]> {
  const file = join(folder, `${name}.json`);
  await writeFile(file, JSON.stringify(template, null, 1));
  const { stdout } = await run('cfn-lint', ['--format', 'json', '--', file], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
    const findingsFound =
      typeof error.code === 'number' && error.code > 0 && error.code < 16 && error.code % 2 === 0;
    if (findingsFound && error.stdout) {
      return { stdout: error.stdout };
    }
    throw new Error(`cfn-lint could not lint ${name}: ${error.stderr ?? String(error)}`);
  });
  return JSON.parse(stdout) as Finding[];
}

const described = (findings: Finding[]) =>
  findings.map((f) => `${f.Rule.Id} (${f.Level}) at ${f.Location.Path.join('/')}: ${f.Message}`);

const TEMPLATES = {
  default: () => synthStack().template.toJSON(),
  'existing-table': () =>
    synthStack(
      existingTableFromContext({
        tableName: 'openplace-restored-2027-01-10',
        tableStreamArn:
          'arn:aws:dynamodb:eu-west-2:123456789012:table/openplace-restored-2027-01-10/stream/2027-01-10T09:00:00.000',
      }),
      'OpenPlaceRestored',
    ).template.toJSON(),
};

describe('cfn-lint on the synthesized templates', () => {
  for (const [name, synth] of Object.entries(TEMPLATES)) {
    it(`finds no error, and nothing but ${[...EXPECTED].join(', ')}, in the ${name} template`, async (context) => {
      // Elsewhere it is skipped with a line saying so; in CI, where it is installed, it must run.
      if (!version && process.env.CI) throw new Error('cfn-lint is not installed, and CI must run it');
      if (!version) return context.skip();
      const findings = await lint(name, synth());
      expect(described(findings.filter((f) => f.Level === 'Error'))).toEqual([]);
      expect(described(findings.filter((f) => !EXPECTED.has(f.Rule.Id)))).toEqual([]);
    });
  }
});
