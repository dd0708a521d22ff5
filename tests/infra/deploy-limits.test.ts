import { describe, expect, it } from 'vitest';
import { resourcesOf, synthStack } from './synth.js';

// Limits AWS enforces only at deploy time, which `cdk synth` does not check.
//
// A Lambda function's resource-based policy holds one statement per AWS::Lambda::Permission and
// may not exceed 20,480 bytes: past it, CloudFormation stops with PolicyLengthExceededException
// (aws-cdk#19535). Each statement is sized here as Lambda writes it, with the template's
// references replaced by values as long as a real deployment's, and every function's total is
// kept under half the limit, so that adding routes later cannot bring the blocker back.

const LAMBDA_POLICY_LIMIT = 20_480;
const OUR_CEILING = 10 * 1024;

const STACK = 'OpenPlace';
const REGION = 'eu-west-2';
const ACCOUNT = '123456789012';
// Lambda function names are at most 64 characters; CloudFormation names ours <stack>-<id>-<suffix>.
const FUNCTION_NAME = 'x'.repeat(64);
const API_ID = 'a1b2c3d4e5';

/** A template value with Ref, Fn::GetAtt and Fn::Join resolved to realistic, long values. */
function resolve(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if ('Ref' in node) {
    const ref = String(node.Ref);
    if (ref === 'AWS::Region') return REGION;
    if (ref === 'AWS::AccountId') return ACCOUNT;
    if (ref === 'AWS::Partition') return 'aws';
    if (ref === 'AWS::URLSuffix') return 'amazonaws.com';
    return API_ID;
  }
  if ('Fn::GetAtt' in node) {
    return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${FUNCTION_NAME}`;
  }
  if ('Fn::Join' in node) {
    const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(resolve).join(separator);
  }
  throw new Error(`Cannot size ${JSON.stringify(value)}`);
}

/** The statement Lambda adds for one AWS::Lambda::Permission (as GetPolicy returns it). */
function statementFor(logicalId: string, props: Record<string, any>): Record<string, unknown> {
  const principal = String(props.Principal);
  const condition: Record<string, Record<string, string>> = {};
  if (props.SourceArn) condition.ArnLike = { 'AWS:SourceArn': resolve(props.SourceArn) };
  if (props.SourceAccount) condition.StringEquals = { 'AWS:SourceAccount': resolve(props.SourceAccount) };
  return {
    // CloudFormation's statement id: the permission's physical id, <stack>-<logical id>-<suffix>.
    Sid: `${STACK}-${logicalId}-ABCDEFGHIJKL`,
    Effect: 'Allow',
    Principal: principal.includes('.') ? { Service: principal } : { AWS: principal },
    Action: String(props.Action),
    Resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${FUNCTION_NAME}`,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

/** Each function's resource-based policy, as Lambda would store it, in bytes. */
function resourcePolicySizes(template: ReturnType<typeof synthStack>['template']): Map<string, number> {
  const statements = new Map<string, Record<string, unknown>[]>();
  for (const [id, permission] of Object.entries(resourcesOf(template, 'AWS::Lambda::Permission'))) {
    const name = permission.Properties.FunctionName;
    const target = String(name?.['Fn::GetAtt']?.[0] ?? name?.Ref ?? JSON.stringify(name));
    statements.set(target, [...(statements.get(target) ?? []), statementFor(id, permission.Properties)]);
  }
  return new Map(
    [...statements].map(([target, list]) => [
      target,
      Buffer.byteLength(JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: list })),
    ]),
  );
}

describe('every function’s resource-based policy', () => {
  const { template } = synthStack({ publicBaseUrl: 'https://openplace.council.example.gov.uk' });
  const sizes = resourcePolicySizes(template);

  it('is sized for every function that has one (the API and the pages at least)', () => {
    expect(sizes.size).toBeGreaterThanOrEqual(2);
  });

  it.each([...sizes])('of %s stays under 10 KB (Lambda refuses over 20 KB)', (_fn, bytes) => {
    expect(bytes).toBeLessThan(OUR_CEILING);
    expect(OUR_CEILING).toBeLessThan(LAMBDA_POLICY_LIMIT);
  });

  it('lets API Gateway invoke the pages, for every route, with one statement scoped to this API', () => {
    const pagesFunction = Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).find(([, f]) =>
      String(f.Properties.Description).startsWith('OpenPlace web pages'),
    )?.[0];
    const permissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission')).filter((p) =>
      JSON.stringify(p.Properties.FunctionName).includes(`"${pagesFunction}"`),
    );
    expect(permissions.map((p) => [p.Properties.Principal, resolve(p.Properties.SourceArn)])).toEqual([
      ['apigateway.amazonaws.com', `arn:aws:execute-api:${REGION}:${ACCOUNT}:${API_ID}/*/*/*`],
    ]);
  });
});
