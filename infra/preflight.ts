import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addOpenPlace, STACK_NAME } from './open-place-app.js';
import { contextFindings, offlineChecklist } from './preflight-checks.js';

// `npm run preflight -- -c webDomainPrefix=… -c reminderSender=… [-c …]`: with the same -c values
// as the deploy, stops a deploy that would fail or misbehave in a council's account, each reason in
// a line: placeholders, values AWS would refuse, cdk-nag findings, and what cfn-lint finds in the
// template (where cfn-lint is installed). Then it lists what only the account can tell, with the
// commands to check. Exit codes: 0 ready to deploy, 1 not ready, 2 the arguments are wrong.

const CDK_JSON = new URL('../cdk.json', import.meta.url);

/** `-c key=value`, `--context key=value` and `--context=key=value`, as the CDK CLI takes them. */
export function parseContextArgs(args: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    let pair: string | undefined;
    if (arg === '-c' || arg === '--context') pair = args[++i];
    else if (arg.startsWith('--context=')) pair = arg.slice('--context='.length);
    else throw new UsageError(`Unknown argument "${arg}": give context values as -c key=value.`);
    const at = pair?.indexOf('=') ?? -1;
    if (!pair || at < 1) throw new UsageError(`"${pair ?? ''}" is not key=value.`);
    context[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return context;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function main(): number {
  let given: Record<string, string>;
  try {
    given = parseContextArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const cdkContext = (JSON.parse(readFileSync(CDK_JSON, 'utf8')) as { context: Record<string, unknown> })
    .context;
  const context = { ...cdkContext, ...given };
  const read = (key: string) => context[key];

  const findings = contextFindings(read);
  for (const f of findings) console.log(`${f.level === 'error' ? 'ERROR' : 'WARNING'} ${f.message}`);
  const errors = findings.filter((f) => f.level === 'error').length;
  if (errors > 0) {
    console.log(`\nPreflight failed: ${errors} problem(s) to fix before deploying. Nothing was synthesized.`);
    return 1;
  }

  const outdir = mkdtempSync(join(tmpdir(), 'openplace-preflight-'));
  try {
    // The functions' code is not bundled: the template is what is checked here (npm run synth bundles).
    const app = new App({ outdir, context: { ...context, 'aws:cdk:bundling-stacks': [] } });
    addOpenPlace(app);
    let templateFile: string;
    try {
      const assembly = app.synth();
      const stack = assembly.getStackByName(STACK_NAME);
      const problems = stack.messages.filter((m) => m.level === 'error');
      for (const m of problems) console.log(`ERROR ${m.id}: ${String(m.entry.data)}`);
      if (problems.length > 0) {
        console.log(`\nPreflight failed: the stack has ${problems.length} error(s).`);
        return 1;
      }
      templateFile = join(outdir, stack.templateFile);
    } catch (error) {
      console.log(
        `ERROR The stack does not synthesize: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.log('\nPreflight failed.');
      return 1;
    }
    console.log('The stack synthesizes, and cdk-nag finds nothing unacknowledged.');

    // cfn-lint exits with a bit mask: 2 errors, 4 warnings, 8 informational. W3005 is the DependsOn
    // CDK always writes beside a GetAtt: harmless.
    const lint = spawnSync('cfn-lint', ['--ignore-checks', 'W3005', '--', templateFile], {
      encoding: 'utf8',
    });
    if (lint.error) {
      console.log('cfn-lint is not installed here: the template was not linted (pip install cfn-lint).');
    } else {
      const output = `${lint.stdout}${lint.stderr}`.trim();
      if (output) console.log(output);
      if ((lint.status ?? 0) & 2) {
        console.log('\nPreflight failed: cfn-lint found errors in the template.');
        return 1;
      }
      console.log(`cfn-lint: no errors in the template${(lint.status ?? 0) & 4 ? ' (warnings above)' : ''}.`);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }

  console.log('\nWhat only the account can tell — check each before the first deploy:');
  for (const [i, line] of offlineChecklist(read).entries()) console.log(`${i + 1}. ${line}`);
  const args = Object.entries(given)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  console.log(`\nPreflight passed. Deploy with the same values:\n  npx cdk deploy ${args}`);
  return 0;
}

process.exitCode = main();
