import { describe, expect, it } from 'vitest';
import { synthStack } from './synth.js';

// Least privilege, checked where it is easiest to lose: an action granted on every resource ("*").
// Each is listed here with why it cannot be scoped; a new one fails this test until it is.

const WILDCARD_ACTIONS: Record<string, string> = {
  'xray:PutTelemetryRecords': 'X-Ray has no resource-level permissions',
  'xray:PutTraceSegments': 'X-Ray has no resource-level permissions',
  'dynamodb:ListStreams': 'ListStreams takes no resource: the event source mapping finds the stream with it',
};

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

describe('actions granted on every resource', () => {
  it('are only those that AWS cannot scope, each with its reason', () => {
    const policies = Object.values(synthStack().template.findResources('AWS::IAM::Policy'));
    const wildcard = policies
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[])
      .filter((s) => s.Effect === 'Allow' && [s.Resource].flat().includes('*'))
      .flatMap((s) => [s.Action].flat());
    expect([...new Set(wildcard)].sort()).toEqual(Object.keys(WILDCARD_ACTIONS).sort());
  });
});
