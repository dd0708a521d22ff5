import { describe, expect, it } from 'vitest';
import { REGISTER_SNAPSHOT_RATE } from '../../infra/constructs/register-snapshot.js';
import { decide, type IamRequest, policiesOf } from '../iam/policies.js';
import { alarmDescribed, openPlace } from './monitoring-template.js';
import { type Resource, resourcesOf, synthStack } from './synth.js';

// The AWS side of the register's snapshot writer, which cannot run here: its function, its
// schedule (every 5 minutes) and their alarms, and a role that reads only the pointer, the change
// items and the register's index partition, and writes only the snapshot's items (tests/iam holds
// every request it makes against this role).

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const DESCRIPTION = 'OpenPlace: writes the register snapshot that lists start from';
const { template } = synthStack();
const entries = (type: string) => Object.entries(resourcesOf(template, type));
const only = (type: string, where: (r: Resource) => boolean) => {
  const found = entries(type).filter(([, r]) => where(r));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0] as [string, Resource];
};
const [fnId, fn] = only('AWS::Lambda::Function', (r) => r.Properties.Description === DESCRIPTION);
const [, schedule] = only('AWS::Scheduler::Schedule', (r) =>
  String(r.Properties.Description).includes('register snapshot'),
);
const [tableId] = entries('AWS::DynamoDB::Table').map(([id]) => id);
const roleOf = (f: Resource) => f.Properties.Role['Fn::GetAtt'][0] as string;
const statementsOf = (roleId: string) =>
  entries('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
const actions = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
const underKeys = (operator: string, keys: string[]) => ({
  [`ForAllValues:${operator}`]: { 'dynamodb:LeadingKeys': keys },
  Null: { 'dynamodb:LeadingKeys': 'false' },
});

describe('the register snapshot writer', () => {
  it('runs Node.js 22 on arm64 with 1024 MB, a 3-minute timeout, and is told the table', () => {
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 180,
      TracingConfig: { Mode: 'Active' },
    });
    expect(fn.Properties.Timeout).toBeLessThan(REGISTER_SNAPSHOT_RATE.toSeconds());
    expect(fn.Properties.Environment.Variables.TABLE_NAME).toEqual({ Ref: tableId });
  });

  it('is invoked every 5 minutes, with a role that may invoke only it, dead letters to its own queue', () => {
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/DeadLetters/), 'Arn'] } },
      },
    });
    const invoke = statementsOf(schedule.Properties.Target.RoleArn['Fn::GetAtt'][0]);
    expect(actions(invoke).sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
    expect(JSON.stringify(invoke.find((s) => s.Action === 'lambda:InvokeFunction'))).toContain(fnId);
  });

  it('pages on its errors, throttles, slow runs, a failed run, no run completed in 10 minutes, and a run Scheduler could not start', () => {
    for (const text of ['Lambda invocations failed', 'Lambda turned invocations away', 'p99 duration']) {
      expect(alarmDescribed(`OpenPlace RegisterSnapshot: ${text}`).Namespace).toBe('AWS/Lambda');
    }
    expect(alarmDescribed('OpenPlace RegisterSnapshot: a run failed')).toMatchObject({
      ...openPlace('RegisterSnapshotFailed'),
      Period: 300,
      Threshold: 1,
    });
    expect(alarmDescribed('OpenPlace RegisterSnapshot: no run completed in 10 minutes')).toMatchObject({
      ...openPlace('RegisterSnapshotSucceeded'),
      Period: 600,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
    // Its schedule's own dead-letter queue: runs Scheduler could not start.
    const queueId = schedule.Properties.Target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
    expect(alarmDescribed('OpenPlace RegisterSnapshot: messages in its dead-letter queue')).toMatchObject({
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
    });
  });
});

describe('its role', () => {
  const statements = statementsOf(roleOf(fn));
  const dynamo = statements.filter((s) => actions([s]).some((a) => a.startsWith('dynamodb:')));
  const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };

  it('reads and writes only under the snapshot’s, the change items’ and the register’s partitions', () => {
    expect(dynamo).toEqual([
      // The pointer: read, and written (CDK merges the two grants, whose conditions are the same).
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        Resource: tableArn,
        Condition: underKeys('StringEquals', ['REGSNAP']),
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: tableArn,
        Condition: underKeys('StringLike', ['REGCHANGE#*']),
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/*']] },
        Condition: underKeys('StringEquals', ['REGISTER']),
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:BatchWriteItem',
        Resource: tableArn,
        Condition: underKeys('StringLike', ['REGSNAP#*']),
      },
    ]);
    expect(actions(statements).filter((a) => !/^(dynamodb|logs|xray):/.test(a))).toEqual([]);
  });

  // IAM's own evaluation (tests/iam/policies.ts) of what the role would be asked, as AWS asks it.
  const role = policiesOf(template, DESCRIPTION);
  const ask = (action: string, keys: string[] | null, resource = role.tableArn): IamRequest => ({
    action: `dynamodb:${action}`,
    resource,
    context: keys ? { 'dynamodb:LeadingKeys': keys } : {},
  });
  const index = `${role.tableArn}/index/gsi1`;

  it.each([
    ['the pointer', ask('GetItem', ['REGSNAP'])],
    ['a day of change items', ask('Query', ['REGCHANGE#2027-01-10'])],
    ['the register on its index', ask('Query', ['REGISTER'], index)],
    ['the pointer written', ask('PutItem', ['REGSNAP'])],
    ['chunks written and deleted', ask('BatchWriteItem', ['REGSNAP#2027-01-10T09:00:00.000Z-a1b2c3'])],
  ])('is allowed %s', async (_what, request) => {
    expect(await decide(role, request)).toBe('Allowed');
  });

  it.each([
    ['a setting written', ask('PutItem', ['SETTING#abc'])],
    ['a change item written', ask('PutItem', ['REGCHANGE#2027-01-10'])],
    ['a chunk put one by one', ask('PutItem', ['REGSNAP#2027-01-10T09:00:00.000Z-a1b2c3'])],
    ['the pointer updated or deleted', ask('UpdateItem', ['REGSNAP'])],
    ['the pointer deleted', ask('DeleteItem', ['REGSNAP'])],
    ['a batch that strays outside the snapshot', ask('BatchWriteItem', ['REGSNAP#g', 'LIST#x'])],
    ['the pointer in a batch', ask('BatchWriteItem', ['REGSNAP'])],
    ['a look-alike partition', ask('BatchWriteItem', ['REGSNAPSHOT'])],
    ['a write that names no key', ask('BatchWriteItem', null)],
    ['a list read', ask('GetItem', ['LIST#x'])],
    ['another partition of the index', ask('Query', ['LA#938'], index)],
    ['a scan', ask('Scan', null)],
  ])('is refused %s', async (_what, request) => {
    expect(await decide(role, request)).not.toBe('Allowed');
  });
});
