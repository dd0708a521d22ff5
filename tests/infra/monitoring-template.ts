import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { OpenPlaceStack, type OpenPlaceStackProps } from '../../infra/openplace-stack.js';

// The stack's template for the tests of monitoring*.test.ts, synthesized once for each file, and
// how they find its alarms.

export type Resource = { Type: string; Properties: Record<string, any>; [key: string]: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

export function synth(props: OpenPlaceStackProps = {}): Template {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  return Template.fromStack(new OpenPlaceStack(app, 'OpenPlaceMonitoring', props));
}

export const template = synth();

export function resources(type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

export const [topicId] = resources('AWS::SNS::Topic').map(([id]) => id);
export const alarms = resources('AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);

export function alarmDescribed(text: string): Record<string, any> {
  const found = alarms.filter((a) => String(a.AlarmDescription).includes(text));
  expect(found, `one alarm described "${text}"`).toHaveLength(1);
  return found[0] as Record<string, any>;
}

export function functionId(description: string): string {
  const found = resources('AWS::Lambda::Function').filter(
    ([, r]) => r.Properties.Description === description,
  );
  expect(found).toHaveLength(1);
  return (found[0] as [string, Resource])[0];
}

export const openPlace = (name: string, extra: Record<string, string> = {}) => ({
  Namespace: 'OpenPlace',
  MetricName: name,
  // CDK writes dimensions sorted by name.
  Dimensions: [
    { Name: 'service', Value: 'openplace' },
    ...Object.entries(extra).map(([Name, Value]) => ({ Name, Value })),
  ].sort((a, b) => (a.Name < b.Name ? -1 : 1)),
});
