import { readFileSync } from 'node:fs';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { describe, expect, it } from 'vitest';
import { REMINDER_PREFIX } from '../../functions/store/keys.js';
import {
  CapacityReminders,
  type CapacityRemindersContext,
  capacityRemindersFromContext,
  PLACEHOLDER_REMINDER_SENDER,
} from '../../infra/constructs/capacity-reminders.js';
import { Monitoring } from '../../infra/constructs/monitoring.js';
import { RegisterTable } from '../../infra/constructs/register-table.js';

// The AWS side of capacity reminders, which cannot run here: the daily schedule, the function and
// its settings, and a role that reads the table, writes reminder claims only and sends email from
// the configured SES identity only.

type Resource = { Type: string; Properties: Record<string, any>; [key: string]: unknown };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** The construct on its own table (the stack wires it the same way: tests/infra/openplace-stack.test.ts). */
function synth(context: CapacityRemindersContext = {}): Template {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'OpenPlaceReminders');
  const table = new RegisterTable(stack, 'Register');
  new CapacityReminders(stack, 'CapacityReminders', {
    table,
    publicBaseUrl: 'https://places.example.gov.uk',
    group: new scheduler.ScheduleGroup(stack, 'Schedules'),
    monitoring: new Monitoring(stack, 'Monitoring'),
    ...context,
  });
  return Template.fromStack(stack);
}

function parts(template: Template) {
  const entries = (type: string) => Object.entries(template.findResources(type) as Record<string, Resource>);
  const [fnEntry] = entries('AWS::Lambda::Function').filter(([, r]) =>
    String(r.Properties.Description).includes('capacity reminders'),
  );
  const [scheduleEntry] = entries('AWS::Scheduler::Schedule').filter(([, r]) =>
    String(r.Properties.Description).includes('capacity figures are stale'),
  );
  const [tableId] = entries('AWS::DynamoDB::Table').map(([id]) => id);
  if (!fnEntry || !scheduleEntry || !tableId)
    throw new Error('the reminder function, schedule or table is missing');
  const [fnId, fn] = fnEntry;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const statements = entries('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  return { fnId, fn, schedule: scheduleEntry[1], tableId, statements, entries };
}

const sesArn = (resource: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':ses:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:${resource}`,
    ],
  ],
});

const configured = parts(synth({ sender: 'westsussex.gov.uk', configurationSet: 'openplace-reminders' }));
const bare = parts(synth());

describe('the capacity reminder function', () => {
  it('runs Node.js 22 on arm64 and is told the table, the sender, the configuration set and the pages', () => {
    expect(configured.fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
    });
    const variables = configured.fn.Properties.Environment.Variables;
    expect(variables).toMatchObject({
      TABLE_NAME: { Ref: configured.tableId },
      REMINDER_FROM: 'OpenPlace <no-reply@westsussex.gov.uk>',
      REMINDER_CONFIGURATION_SET: 'openplace-reminders',
      PUBLIC_BASE_URL: 'https://places.example.gov.uk',
    });
    expect(variables.CAPACITY_REMINDER_DAYS).toBeUndefined();
  });

  it('sends from an email identity as it is, and has no configuration set unless one is given', () => {
    const fromEmail = parts(synth({ sender: 'capacity@westsussex.gov.uk' }));
    const variables = fromEmail.fn.Properties.Environment.Variables;
    expect(variables.REMINDER_FROM).toBe('OpenPlace <capacity@westsussex.gov.uk>');
    expect(variables.REMINDER_CONFIGURATION_SET).toBeUndefined();
  });

  it('uses a placeholder SES can never verify when no sender is given', () => {
    expect(bare.fn.Properties.Environment.Variables.REMINDER_FROM).toBe(
      `OpenPlace <no-reply@${PLACEHOLDER_REMINDER_SENDER}>`,
    );
    expect(PLACEHOLDER_REMINDER_SENDER).toMatch(/\.invalid$/);
  });
});

describe('its role', () => {
  it('may send email only from the configured identity, through the configured configuration set', () => {
    const ses = configured.statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:')));
    expect(ses).toEqual([
      {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: [sesArn('configuration-set/openplace-reminders'), sesArn('identity/westsussex.gov.uk')],
      },
    ]);
    // An address may be verified as itself or through its domain: SES authorises against the one that verified it.
    const byAddress = parts(synth({ sender: 'places@westsussex.gov.uk' })).statements.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('ses:')),
    );
    expect(byAddress).toEqual([
      {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: [sesArn('identity/places@westsussex.gov.uk'), sesArn('identity/westsussex.gov.uk')],
      },
    ]);
    const bareSes = bare.statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('ses:')));
    expect(bareSes).toEqual([
      {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: sesArn(`identity/${PLACEHOLDER_REMINDER_SENDER}`),
      },
    ]);
  });

  it('writes only reminder claim items and its own run record, and reads the table', () => {
    const writes = configured.statements.filter((s) =>
      [s.Action].flat().some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)),
    );
    expect(writes).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [configured.tableId, 'Arn'] },
        Condition: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [`${REMINDER_PREFIX}*`, 'JOB#CapacityReminders'],
          },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      },
    ]);
    const reads = configured.statements.filter((s) => [s.Action].flat().includes('dynamodb:Query'));
    expect(reads).toHaveLength(1);
    expect([reads[0]?.Action].flat()).not.toContain('dynamodb:PutItem');
    const actions = configured.statements.flatMap((s) => [s.Action].flat());
    expect(actions).not.toContain('dynamodb:BatchWriteItem');
    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual(['ses:SendEmail']);
  });
});

describe('its schedule', () => {
  it('runs daily at 07:00 London time, invoking the reminder function with a role that may invoke only it, dead letters to its own queue', () => {
    expect(configured.schedule.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/London',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [configured.fnId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/DeadLetters/), 'Arn'] } },
      },
    });
    const roleId = configured.schedule.Properties.Target.RoleArn['Fn::GetAtt'][0] as string;
    const invoke = configured
      .entries('AWS::IAM::Policy')
      .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
      .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    // Invoke this function; send to its own dead-letter queue; nothing else.
    expect(invoke.flatMap((s) => [s.Action].flat()).sort()).toEqual([
      'lambda:InvokeFunction',
      'sqs:SendMessage',
    ]);
    const invokeStatement = invoke.find((s) => s.Action === 'lambda:InvokeFunction');
    expect(JSON.stringify(invokeStatement)).toContain(configured.fnId);
    const send = invoke.find((s) => s.Action === 'sqs:SendMessage');
    expect(send?.Resource).toEqual(configured.schedule.Properties.Target.DeadLetterConfig.Arn);
  });
});

describe('context', () => {
  it('takes an email or domain identity and a configuration set name, and refuses anything else', () => {
    expect(capacityRemindersFromContext({})).toEqual({ capacityReminders: {} });
    expect(
      capacityRemindersFromContext({ reminderSender: 'westsussex.gov.uk', reminderConfigurationSet: 'cs-1' }),
    ).toEqual({ capacityReminders: { sender: 'westsussex.gov.uk', configurationSet: 'cs-1' } });
    expect(capacityRemindersFromContext({ reminderSender: 'places@westsussex.gov.uk' })).toEqual({
      capacityReminders: { sender: 'places@westsussex.gov.uk' },
    });
    expect(() => capacityRemindersFromContext({ reminderSender: 'not an identity' })).toThrow(
      /reminderSender/,
    );
    expect(() => capacityRemindersFromContext({ reminderConfigurationSet: 'bad set!' })).toThrow(
      /reminderConfigurationSet/,
    );
  });
});
