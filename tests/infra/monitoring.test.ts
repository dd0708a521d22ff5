import { describe, expect, it } from 'vitest';
import { alarmEmailFromContext } from '../../infra/constructs/monitoring.js';
import { alarms, type Resource, resources, synth, topicId } from './monitoring-template.js';

// The alarms, their topic and the dashboard, which cannot run here: every number asserted, so a
// change to one is a change to the runbook too. Here the topic, that every alarm notifies it, and
// the dashboard; the alarms by what they watch in monitoring-*-alarms.test.ts.

describe('the alarm topic', () => {
  it('has one topic, encrypted with a rotated customer-managed key CloudWatch may use, TLS only', () => {
    expect(resources('AWS::SNS::Topic')).toHaveLength(1);
    const [, topic] = resources('AWS::SNS::Topic')[0] as [string, Resource];
    const [[keyId, key]] = resources('AWS::KMS::Key') as [[string, Resource]];
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    // CloudWatch may use it only for this account's alarms (aws:SourceAccount), and only so.
    const forCloudWatch = (key.Properties.KeyPolicy.Statement as Record<string, any>[]).filter((st) =>
      JSON.stringify(st.Principal ?? {}).includes('cloudwatch.amazonaws.com'),
    );
    expect(forCloudWatch).toEqual([
      expect.objectContaining({
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    ]);
    const [[, policy]] = resources('AWS::SNS::TopicPolicy') as [[string, Resource]];
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('has no subscription unless alarmEmail is given', () => {
    expect(resources('AWS::SNS::Subscription')).toEqual([]);
    const withEmail = synth({ alarmEmail: 'platform@council.example.gov.uk' });
    withEmail.resourceCountIs('AWS::SNS::Subscription', 1);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'platform@council.example.gov.uk',
    });
  });

  it('reads alarmEmail from context: one address or nothing', () => {
    expect(alarmEmailFromContext(undefined)).toEqual({});
    expect(alarmEmailFromContext('')).toEqual({});
    expect(alarmEmailFromContext(' ops@example.gov.uk ')).toEqual({ alarmEmail: 'ops@example.gov.uk' });
    expect(() => alarmEmailFromContext('a@b.uk,c@d.uk')).toThrow(/one email address/);
    expect(() => alarmEmailFromContext('not an address')).toThrow(/one email address/);
    expect(() => alarmEmailFromContext(42)).toThrow(/one email address/);
  });
});

describe('the alarms', () => {
  it('each notify the topic when they fire and when they are over', () => {
    // 3 per function (8), 2 per scheduled job (5), a dead-letter queue per schedule (5) and the
    // forwarder's, the schedule group (2), the stream, SES (2), the HTTP API, the table (2), and 5
    // on the service's own metrics.
    expect(alarms.length).toBe(24 + 10 + 6 + 2 + 1 + 2 + 1 + 2 + 5);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
    }
  });
});

describe('the dashboard', () => {
  const [[, dashboard]] = resources('AWS::CloudWatch::Dashboard') as [[string, Resource]];
  const body = JSON.stringify(dashboard.Properties.DashboardBody);

  it('shows the share of listed entries that are UNCONFIRMED', () => {
    expect(body).toContain('100 * unconfirmed / listed');
    expect(body).toContain('UnconfirmedListedEntries');
    expect(body).toContain('ListedEntries');
  });

  it('shows the service’s metrics and every alarm', () => {
    for (const name of [
      'ListsGenerated',
      'ListEntries',
      'ListsWithNoAvailableEntry',
      'CapacityStatements',
      'CapacityConfirmations',
      'FamilyPagesOpened',
      'FailedLinkGuesses',
      'ConsultationsStarted',
      'ConsultationsAnswered',
      'ConsultationsOverdue',
      'OutboxOldestAgeSeconds',
    ]) {
      expect(body, name).toContain(name);
    }
    expect(resources('AWS::CloudWatch::Dashboard')).toHaveLength(1);
    // The alarm widget lists every alarm, those added after the dashboard was made too.
    const parts = (dashboard.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    const listed = parts.flatMap((part) => {
      const att = (part as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      return att?.[1] === 'Arn' ? [att[0]] : [];
    });
    expect(new Set(listed)).toEqual(new Set(resources('AWS::CloudWatch::Alarm').map(([id]) => id)));
  });
});
