import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Resource, resourcesOf, synthStack } from '../infra/synth.js';
import { aQueue, drainQueue, type Queue } from './helpers/queues.js';
import { awsJson, awsQuery, CLOUDWATCH, xmlValue } from './helpers/wire.js';

// Every alarm of the synthesized stack put to CloudWatch (moto) as CloudFormation would put it:
// a smoke test that each is a PutMetricAlarm CloudWatch takes (metric math included), every one
// notifying the alarm topic when it fires and when it is over. The topic delivers to an SQS
// subscription (SNS → SQS). moto evaluates no alarm and publishes no alarm action: what CloudWatch
// would send is published to the topic here, by hand. moto takes an unknown member or a missing one
// without a word, so each input is also held against botocore's model of PutMetricAlarm (moto's
// own dependency), as an SDK does before sending.

const REGION = 'eu-west-2';
const ACCOUNT = '123456789012';
let alarms: Record<string, Resource>;
let topicLogicalId: string;
let topicArn: string;
let inbox: Queue;

/**
 * The template's intrinsic references made plausible values, as CloudFormation would resolve them:
 * the alarm topic to the topic made in moto, any other resource to a name of its logical id.
 */
function resolve(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolve);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if ('Ref' in object) {
    const ref = String(object.Ref);
    if (ref === topicLogicalId) return topicArn;
    if (ref === 'AWS::Region') return REGION;
    if (ref === 'AWS::AccountId') return ACCOUNT;
    if (ref === 'AWS::Partition') return 'aws';
    return `OpenPlace-${ref}`;
  }
  if ('Fn::GetAtt' in object) {
    const [id, attribute] = object['Fn::GetAtt'] as [string, string];
    return `OpenPlace-${id}-${attribute}`;
  }
  if ('Fn::Join' in object) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map(resolve).join(separator);
  }
  const intrinsic = Object.keys(object).find((key) => key.startsWith('Fn::'));
  if (intrinsic)
    throw new Error(`The alarms use ${intrinsic}: teach resolve() what CloudFormation makes of it.`);
  return Object.fromEntries(Object.entries(object).map(([key, v]) => [key, resolve(v)]));
}

/** botocore's client-side validation of each PutMetricAlarm input: unknown or ill-typed members. */
const VALIDATE = `
import json, sys, botocore.session
from botocore.validate import ParamValidator
shape = botocore.session.get_session().get_service_model('cloudwatch').operation_model('PutMetricAlarm').input_shape
reports = {name: ParamValidator().validate(params, shape).generate_report() for name, params in json.load(sys.stdin).items()}
print(json.dumps({name: report for name, report in reports.items() if report}))
`;

/** Each alarm's PutMetricAlarm input, by name: its properties, resolved, under a name of its logical id. */
const alarmInputs = () =>
  Object.fromEntries(
    Object.entries(alarms).map(([logicalId, alarm]) => [
      `OpenPlace-${logicalId}`,
      { AlarmName: `OpenPlace-${logicalId}`, ...(resolve(alarm.Properties) as Record<string, unknown>) },
    ]),
  );

async function describeAlarms(): Promise<Record<string, any>[]> {
  const found: Record<string, any>[] = [];
  let NextToken: string | undefined;
  do {
    const page = await awsJson<{ MetricAlarms: Record<string, any>[]; NextToken?: string }>(
      CLOUDWATCH,
      'DescribeAlarms',
      { AlarmNamePrefix: 'OpenPlace-', MaxRecords: 100, ...(NextToken ? { NextToken } : {}) },
    );
    found.push(...page.MetricAlarms);
    NextToken = page.NextToken;
  } while (NextToken);
  return found;
}

beforeAll(async () => {
  const { template } = synthStack();
  alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm');
  const topics = Object.entries(resourcesOf(template, 'AWS::SNS::Topic'));
  expect(topics).toHaveLength(1);
  const [[logicalId, topic]] = topics as [[string, Resource]];
  topicLogicalId = logicalId;
  topicArn =
    xmlValue(
      await awsQuery('sns', '2010-03-31', 'CreateTopic', {
        Name: `OpenPlace-${logicalId}`,
        'Attributes.entry.1.key': 'DisplayName',
        'Attributes.entry.1.value': String(topic.Properties.DisplayName),
      }),
      'TopicArn',
    ) ?? '';
  inbox = await aQueue('openplace-alarm-inbox');
  await awsQuery('sns', '2010-03-31', 'Subscribe', {
    TopicArn: topicArn,
    Protocol: 'sqs',
    Endpoint: inbox.arn,
  });
});

describe("the stack's alarms in CloudWatch", () => {
  it("holds every alarm's input to CloudWatch's API model: no unknown or ill-typed member", () => {
    const problems = execFileSync('python3', ['-c', VALIDATE], { input: JSON.stringify(alarmInputs()) });
    expect(JSON.parse(problems.toString())).toEqual({});
  });

  it('takes every alarm of the template as CloudFormation would put it', async () => {
    expect(Object.keys(alarms).length).toBeGreaterThan(20);
    for (const [name, input] of Object.entries(alarmInputs())) {
      await awsJson(CLOUDWATCH, 'PutMetricAlarm', input).catch((error: Error) => {
        throw new Error(`CloudWatch refused alarm ${name}: ${error.message}`);
      });
    }
    const stored = await describeAlarms();
    expect(stored.map((a) => a.AlarmName).sort()).toEqual(
      Object.keys(alarms)
        .map((id) => `OpenPlace-${id}`)
        .sort(),
    );
    for (const alarm of stored) {
      const source = alarms[String(alarm.AlarmName).replace(/^OpenPlace-/, '')] as Resource;
      // Each tells the topic when it fires and when it is over.
      expect(alarm.AlarmActions).toEqual([topicArn]);
      expect(alarm.OKActions).toEqual([topicArn]);
      expect(alarm.Threshold).toBe(source.Properties.Threshold);
      expect(alarm.ComparisonOperator).toBe(source.Properties.ComparisonOperator);
      expect((alarm.Metrics ?? []).length).toBe((source.Properties.Metrics ?? []).length);
    }
    // Metric math is among them (the schedules' failed invocations, for one).
    expect(stored.some((a) => (a.Metrics ?? []).some((m: any) => m.Expression))).toBe(true);
  });

  it('the alarm topic delivers what CloudWatch publishes to its SQS subscription', async () => {
    const [name] = Object.keys(alarms).map((id) => `OpenPlace-${id}`);
    await awsJson(CLOUDWATCH, 'SetAlarmState', {
      AlarmName: name,
      StateValue: 'ALARM',
      StateReason: 'Threshold Crossed: 1 datapoint [1.0] was greater than or equal to the threshold (1.0).',
    });
    // What CloudWatch would publish to the alarm's actions (moto does not).
    const notification = {
      AlarmName: name,
      NewStateValue: 'ALARM',
      OldStateValue: 'OK',
      NewStateReason: 'Threshold Crossed',
      Region: 'EU (London)',
      AWSAccountId: ACCOUNT,
    };
    await awsQuery('sns', '2010-03-31', 'Publish', {
      TopicArn: topicArn,
      Subject: `ALARM: "${name}" in EU (London)`,
      Message: JSON.stringify(notification),
    });
    const delivered = await drainQueue<{ Type: string; TopicArn: string; Subject: string; Message: string }>(
      inbox,
    );
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ Type: 'Notification', TopicArn: topicArn });
    expect(JSON.parse(delivered[0]?.Message ?? '{}')).toEqual(notification);
  });
});
