import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DYNAMODB_WORST_CASE_MS } from '../../functions/config.js';
import {
  PUT_EVENTS_CHUNK_WORST_CASE_MS,
  PUT_EVENTS_MAX_ENTRIES,
} from '../../functions/events/eventbridge-publisher.js';
import {
  FORWARDER_BATCH_SIZE,
  FORWARDER_RETRY_ATTEMPTS,
  forwarderTimeoutSeconds,
} from '../../infra/constructs/journey-events.js';
import { OpenPlaceStack } from '../../infra/openplace-stack.js';

// The AWS side of the journey's events, which cannot run here: the table's stream, the forwarder
// and its event source mapping, the bus, the dead-letter queue, the overdue job and its schedule,
// and that every role may do what it needs and no more.

type Resource = { Type: string; Properties: Record<string, unknown>; [key: string]: unknown };
type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
  Principal?: unknown;
};

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};
const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
const template = Template.fromStack(new OpenPlaceStack(app, 'OpenPlaceEvents'));

function resources(type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

function only(
  type: string,
  where: (r: Resource) => boolean = () => true,
): { id: string; resource: Resource } {
  const found = resources(type).filter(([, r]) => where(r));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
}

const getAtt = (id: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [id, attribute] });
const described = (text: string) => (r: Resource) => String(r.Properties.Description).includes(text);

const table = only('AWS::DynamoDB::Table');
const bus = only('AWS::Events::EventBus');
const queue = (() => {
  const [id, resource] = resources('AWS::SQS::Queue').find(([queueId]) =>
    queueId.includes('ForwarderDeadLetters'),
  ) as [string, Resource];
  return { id, resource };
})();
const forwarder = only('AWS::Lambda::Function', described('publishes journey events'));
const overdue = only('AWS::Lambda::Function', described('ConsultationOverdue'));
const mapping = only('AWS::Lambda::EventSourceMapping');
const schedule = only('AWS::Scheduler::Schedule', described('consultations that became overdue'));

const roleOf = (fn: Resource) => (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

/** Every statement of every policy attached to a role. */
function statementsOf(roleId: string): Statement[] {
  return resources('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const actions = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
const allowing = (statements: Statement[], prefix: string) =>
  statements.filter((s) => [s.Action].flat().some((a) => a.startsWith(prefix)));

describe('the register table', () => {
  it('streams the new image of every write, for the outbox forwarder', () => {
    expect(table.resource.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
  });
});

describe('the journey event bus', () => {
  it('is a bus of its own, named after the stack, and an output of the stack', () => {
    expect(bus.resource.Properties.Name).toBe('OpenPlaceEvents-journey');
    template.hasOutput('JourneyEventBusName', { Value: { Ref: bus.id } });
    template.hasOutput('JourneyEventBusArn', { Value: getAtt(bus.id) });
  });
});

describe('the outbox forwarder', () => {
  const variables = (forwarder.resource.Properties.Environment as { Variables: Record<string, unknown> })
    .Variables;

  it('runs Node.js 22 on arm64, is told the bus and table, and waits out its slowest batch', () => {
    expect(forwarder.resource.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
    });
    expect(variables).toMatchObject({ EVENT_BUS_NAME: { Ref: bus.id }, TABLE_NAME: { Ref: table.id } });
    const timeout = forwarder.resource.Properties.Timeout as number;
    expect(timeout).toBe(forwarderTimeoutSeconds());
    const chunks = Math.ceil(FORWARDER_BATCH_SIZE / PUT_EVENTS_MAX_ENTRIES);
    expect(timeout * 1000).toBeGreaterThan(chunks * PUT_EVENTS_CHUNK_WORST_CASE_MS + DYNAMODB_WORST_CASE_MS);
    expect(timeout).toBeLessThanOrEqual(900);
  });

  it('is fed outbox inserts only, from the table stream, in order, reporting the records it could not forward', () => {
    expect(mapping.resource.Properties).toEqual({
      EventSourceArn: getAtt(table.id, 'StreamArn'),
      FunctionName: { Ref: forwarder.id },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: FORWARDER_BATCH_SIZE,
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: FORWARDER_RETRY_ATTEMPTS,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: getAtt(queue.id) } },
      FilterCriteria: { Filters: [{ Pattern: expect.any(String) }] },
    });
    const [filter] = (mapping.resource.Properties.FilterCriteria as { Filters: { Pattern: string }[] })
      .Filters;
    expect(JSON.parse(filter?.Pattern ?? '')).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { type: { S: ['OutboxEvent'] } } },
    });
  });

  it('sends batches it gave up on to a dead-letter queue that is encrypted and refuses plain HTTP', () => {
    expect(queue.resource.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    const policy = only('AWS::SQS::QueuePolicy', (p) =>
      (p.Properties.Queues as { Ref: string }[]).some((q) => q.Ref === queue.id),
    ).resource.Properties;
    expect(policy.Queues).toEqual([{ Ref: queue.id }]);
    expect((policy.PolicyDocument as { Statement: Statement[] }).Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Resource: getAtt(queue.id),
      }),
    );
  });

  describe('its role', () => {
    const roleId = roleOf(forwarder.resource);
    const statements = statementsOf(roleId);

    it('allows no wildcard action and no managed policy', () => {
      expect(actions(statements).filter((a) => a.includes('*'))).toEqual([]);
      expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
      const role = resources('AWS::IAM::Role').find(([id]) => id === roleId)?.[1];
      expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
    });

    it('may put events on the journey bus only', () => {
      const puts = allowing(statements, 'events:');
      expect(puts).toEqual([
        expect.objectContaining({ Action: 'events:PutEvents', Resource: getAtt(bus.id) }),
      ]);
    });

    it('may delete outbox items and read the stream, and do nothing else in DynamoDB', () => {
      const dynamo = allowing(statements, 'dynamodb:');
      expect(
        actions(dynamo)
          .filter((a) => a.startsWith('dynamodb:'))
          .sort(),
      ).toEqual([
        'dynamodb:DeleteItem',
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ]);
      expect(dynamo).toContainEqual(
        expect.objectContaining({
          Action: 'dynamodb:DeleteItem',
          Resource: getAtt(table.id),
          Condition: {
            'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['OUTBOX'] },
            Null: { 'dynamodb:LeadingKeys': 'false' },
          },
        }),
      );
      expect(dynamo).toContainEqual(
        expect.objectContaining({
          Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
          Resource: getAtt(table.id, 'StreamArn'),
        }),
      );
      // ListStreams has no resource-level permissions: the one wildcard resource, with X-Ray's.
      const wildcard = statements.filter((s) => s.Resource === '*');
      expect(actions(wildcard).sort()).toEqual([
        'dynamodb:ListStreams',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
    });

    it('may send to its dead-letter queue only, and write its own log group', () => {
      expect(allowing(statements, 'sqs:').map((s) => s.Resource)).toEqual([getAtt(queue.id)]);
      const logs = allowing(statements, 'logs:');
      expect(logs).toHaveLength(1);
      expect(logs[0]?.Resource).toEqual(
        getAtt((forwarder.resource.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref),
      );
      expect(actions(statements).filter((a) => !/^(events|dynamodb|sqs|logs|xray):/.test(a))).toEqual([]);
    });
  });
});

describe('the overdue job', () => {
  it('is told the table, reads it and queries its indexes, and writes only consultations and the outbox', () => {
    const variables = (overdue.resource.Properties.Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(variables.TABLE_NAME).toEqual({ Ref: table.id });
    const statements = statementsOf(roleOf(overdue.resource));
    const dynamo = allowing(statements, 'dynamodb:');
    expect(
      dynamo.map((s) => ({ Action: [s.Action].flat().sort(), Resource: s.Resource, Condition: s.Condition })),
    ).toEqual([
      {
        Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
        Resource: getAtt(table.id),
        Condition: undefined,
      },
      {
        Action: ['dynamodb:Query'],
        Resource: { 'Fn::Join': ['', [getAtt(table.id), '/index/*']] },
        Condition: undefined,
      },
      {
        Action: ['dynamodb:PutItem'],
        Resource: getAtt(table.id),
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['CONSULTATION#*', 'OUTBOX'] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      },
    ]);
    expect(actions(statements).filter((a) => a.includes('*') || a.startsWith('events:'))).toEqual([]);
  });

  it('runs every 15 minutes, invoked by EventBridge Scheduler with a role that may invoke only it', () => {
    const group = only('AWS::Scheduler::ScheduleGroup');
    const deadLetters = (schedule.resource.Properties.Target as { DeadLetterConfig: { Arn: unknown } })
      .DeadLetterConfig.Arn;
    expect(schedule.resource.Properties).toMatchObject({
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      // The stack's own group, so Scheduler's metrics and alarms are OpenPlace's alone.
      GroupName: group.resource.Properties.Name,
      Target: { Arn: getAtt(overdue.id), RetryPolicy: { MaximumRetryAttempts: 2 } },
    });
    expect(deadLetters).toEqual(getAtt(expect.stringMatching(/OverdueScheduleDeadLetters/)));
    const roleId = (schedule.resource.Properties.Target as { RoleArn: { 'Fn::GetAtt': [string, string] } })
      .RoleArn['Fn::GetAtt'][0];
    const role = resources('AWS::IAM::Role').find(([id]) => id === roleId)?.[1] as Resource;
    const trust = (role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
    expect(trust).toEqual([
      expect.objectContaining({
        Action: 'sts:AssumeRole',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: {
          // Schedules of the stack's own group only (the confused-deputy guard).
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' }, 'aws:SourceArn': getAtt(group.id) },
        },
      }),
    ]);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(statementsOf(roleId)).toEqual([
      {
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: [getAtt(overdue.id), { 'Fn::Join': ['', [getAtt(overdue.id), ':*']] }],
      },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: deadLetters },
    ]);
  });
});
