import { Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { OpenPlaceStack } from '../../infra/openplace-stack.js';
import { build, newApp } from './openplace-stack-app.js';

// cdk-nag's AwsSolutions checks on the stack (each acknowledged rule with a real reason), and the
// CDK's own warnings.

/** Every acknowledged rule in the tree: id (without the `Annotation::` prefix) and reason. */
function acknowledgments(root: IConstruct): { id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY && entry.data)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged (errors or warnings)', () => {
    const { app } = build();
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const findings = report.violations.map((v) => ({
      rule: v.ruleName,
      severity: v.severity,
      paths: v.violatingResources.map((r) => r.constructPath),
    }));
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('passes as a synth-time validation plugin, as `cdk synth` runs it', () => {
    const app = newApp();
    new OpenPlaceStack(app, 'OpenPlaceNag');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('does detect findings (the check above is not vacuous)', () => {
    const app = newApp();
    const stack = new Stack(app, 'Bare');
    new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-DDB3');
  });

  it('acknowledges only the expected rules, each with a real reason', () => {
    const { stack } = build();
    const acks = acknowledgments(stack);
    expect(acks.map((a) => a.id.replace(/<[^>]+>/, '<resource>')).sort()).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-COG8',
      // X-Ray, on each function's role (and dynamodb:ListStreams on the forwarder's).
      ...Array(8).fill('AwsSolutions-IAM5[Resource::*]'),
      // The register table's indexes, for the API, the pages, the overdue job, the capacity reminders,
      // the retention sweeper and the register snapshot writer (its REGISTER partition only).
      ...Array(6).fill('AwsSolutions-IAM5[Resource::<resource>/index/*]'),
      // The scheduler roles' invoke of the overdue, reminder, retention, re-send and snapshot
      // functions' versions.
      ...Array(5).fill('AwsSolutions-IAM5[Resource::<resource>:*]'),
      ...Array(8).fill('AwsSolutions-L1'),
      // The case keys and the pages' session keys: rotated by an operator.
      'AwsSolutions-SMG4',
      'AwsSolutions-SMG4',
      // Dead-letter queues: the forwarder's, and each of the five schedules'.
      ...Array(6).fill('AwsSolutions-SQS3'),
    ]);
    for (const ack of acks) expect(ack.reason.length, ack.id).toBeGreaterThan(80);
  });

  it('leaves no CDK warnings or errors on the stack once its managed login domain prefix and reminder sender are given', () => {
    const { stack } = build({
      pagesSignIn: { domainPrefix: 'westsussex-openplace' },
      capacityReminders: { sender: 'westsussex.gov.uk' },
    });
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('warns, and only of those, when synthesized with the placeholder domain prefix and reminder sender', () => {
    const { stack } = build();
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.anyValue());
    expect(warnings.map((w) => String(w.entry.data))).toEqual([
      expect.stringContaining('webDomainPrefix'),
      expect.stringContaining('reminderSender'),
    ]);
  });
});
