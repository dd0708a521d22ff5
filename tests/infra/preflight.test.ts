import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contextFindings } from '../../infra/preflight-checks.js';
import { resourcesOf, synthStack } from './synth.js';

// `npm run preflight`: stops a first deploy that would fail or misbehave in a council's account,
// with one line a reason, before anything reaches AWS.

const run = promisify(execFile);

async function preflight(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'infra/preflight.ts', ...args], { timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const ready = {
  webDomainPrefix: 'westsussex-openplace',
  reminderSender: 'westsussex.gov.uk',
  alarmEmail: 'ops@westsussex.gov.uk',
  publicBaseUrl: 'https://openplace.westsussex.gov.uk',
  staffEmailFrom: 'openplace@westsussex.gov.uk',
} as const;
const reading = (values: Record<string, string>) => (key: string) => values[key];

describe('the preflight’s judgement of a deploy’s context', () => {
  it('refuses the placeholder domain prefix and reminder sender, and says what to give instead', () => {
    const errors = contextFindings(reading({})).filter((f) => f.level === 'error');
    expect(errors.map((f) => f.message)).toEqual([
      expect.stringMatching(/^No -c webDomainPrefix=….*placeholder.*Choose your own/),
      expect.stringMatching(/^No -c reminderSender=….*SES refuses.*verified/),
    ]);
  });

  it('finds nothing wrong with a council’s own values', () => {
    expect(contextFindings(reading(ready))).toEqual([]);
  });

  it('warns, without refusing, when alarms would reach nobody or invitations are capped', () => {
    const { alarmEmail: _a, staffEmailFrom: _s, ...rest } = ready;
    const findings = contextFindings(reading(rest));
    expect(findings.every((f) => f.level === 'warning')).toBe(true);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/alarmEmail[\s\S]*staffEmailFrom/);
  });

  it('passes on the reason for a value AWS would refuse', () => {
    expect(contextFindings(reading({ ...ready, webDomainPrefix: 'My Council' }))).toEqual([
      { level: 'error', message: expect.stringContaining('webDomainPrefix must be lowercase letters') },
    ]);
  });
});

describe('npm run preflight', () => {
  it('exits 1 without synthesizing when the placeholders would be deployed', async () => {
    const { code, out } = await preflight();
    expect(code).toBe(1);
    expect(out).toContain('ERROR No -c webDomainPrefix=');
    expect(out).toContain('ERROR No -c reminderSender=');
    expect(out).toContain('Nothing was synthesized');
  });

  it('exits 2 on arguments it cannot read', async () => {
    const { code, out } = await preflight('--region', 'eu-west-2');
    expect(code).toBe(2);
    expect(out).toContain('-c key=value');
  });

  it('passes a council’s values: synthesized, cdk-nag and cfn-lint clean, then what only the account can tell', {
    timeout: 120_000,
  }, async () => {
    const args = Object.entries(ready).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    const { code, out } = await preflight(...args);
    expect(out).toContain('The stack synthesizes, and cdk-nag finds nothing unacknowledged.');
    expect(out).toMatch(/cfn-lint: no errors in the template|cfn-lint is not installed here/);
    for (const check of [
      'SES production access',
      'DKIM',
      'Staff invitations go through SES',
      'Lambda concurrency',
    ]) {
      expect(out).toContain(check);
    }
    expect(out).toContain(
      'Preflight passed. Deploy with the same values:\n  npx cdk deploy -c webDomainPrefix=',
    );
    expect(code).toBe(0);
  });
});

describe('staff invitations through SES', () => {
  it('sends from the given address, authorised by its verified domain in the deploy’s region', () => {
    const { template } = synthStack({ staffEmailFrom: 'openplace@westsussex.gov.uk' });
    const [pool] = Object.values(resourcesOf(template, 'AWS::Cognito::UserPool'));
    expect(pool?.Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: 'OpenPlace <openplace@westsussex.gov.uk>',
    });
    expect(JSON.stringify(pool?.Properties.EmailConfiguration.SourceArn)).toContain(
      ':identity/westsussex.gov.uk',
    );
    const [plain] = Object.values(resourcesOf(synthStack().template, 'AWS::Cognito::UserPool'));
    expect(plain?.Properties.EmailConfiguration).toBeUndefined();
  });
});
