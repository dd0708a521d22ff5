import { describe, expect, it } from 'vitest';
import { DYNAMODB_LIMITS, DYNAMODB_WORST_CASE_MS, LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { functionTimeoutSeconds } from '../../infra/constructs/graphql-function.js';
import { type Resource, resources } from './openplace-stack-app.js';
import { client, fn, fnRoleId, fnVariables, table, template, userPool } from './openplace-stack-template.js';

// The stack's GraphQL function: runtime, timeout (after the DynamoDB client gives up, before the
// HTTP API does), configuration, logs and what its role may do; and the DynamoDB client's limits.

type Statement = { Action: string | string[]; Resource: unknown };

describe('GraphQL function', () => {
  it('runs Node.js 22 on arm64 with the house defaults', () => {
    expect(fn.resource.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('times out only after the DynamoDB client has given up, and before the HTTP API does', () => {
    const timeout = fn.resource.Properties.Timeout as number;
    expect(timeout).toBe(LAMBDA_TIMEOUT_SECONDS);
    expect(timeout * 1000).toBeGreaterThan(DYNAMODB_WORST_CASE_MS);
    expect(timeout).toBeLessThan(30);
  });

  it('refuses a timeout that the DynamoDB worst case or the HTTP API limit would overrun', () => {
    expect(() => functionTimeoutSeconds(12, 12_000)).toThrow(/worst case/);
    expect(() => functionTimeoutSeconds(30, 12_000)).toThrow(/30 s limit/);
    expect(functionTimeoutSeconds(15, 12_000)).toBe(15);
  });

  it('is one of eight functions with the web pages, the outbox forwarder and re-send job, the overdue job, the capacity reminders, the retention sweeper and the register snapshot writer (no custom-resource helpers)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 8);
  });

  it('is told the table name by a Ref to the register table', () => {
    expect(fnVariables.TABLE_NAME).toEqual({ Ref: table.id });
  });

  it('accepts Cognito access tokens only from this user pool and client, and never local tokens', () => {
    expect(fnVariables).toMatchObject({
      AUTH_MODE: 'cognito',
      COGNITO_USER_POOL_ID: { Ref: userPool.id },
      COGNITO_CLIENT_IDS: { Ref: client.id },
    });
    const names = Object.keys(fnVariables);
    expect(names.filter((name) => name.startsWith('LOCAL_AUTH_'))).toEqual([]);
    expect(names).not.toContain('DYNAMODB_ENDPOINT');
  });

  it('has introspection and the landing page off, and Powertools configured', () => {
    expect(fnVariables).toMatchObject({
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_LANDING_PAGE: 'false',
      POWERTOOLS_SERVICE_NAME: 'openplace',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
    // Source maps would be parsed at every cold start: they ship beside the bundle, unloaded.
    expect(Object.keys(fnVariables)).not.toContain('NODE_OPTIONS');
  });

  it('logs JSON to its own log group with a retention period', () => {
    const logging = fn.resource.Properties.LoggingConfig as { LogGroup: { Ref: string }; LogFormat: string };
    expect(logging.LogFormat).toBe('JSON');
    const logGroup = resources(template, 'AWS::Logs::LogGroup')[logging.LogGroup.Ref];
    expect(logGroup?.Properties.RetentionInDays).toBe(90);
  });

  it('may read and write the table’s items and query its indexes, with only the actions its code sends', () => {
    const statements = Object.values(resources(template, 'AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: fnRoleId }]))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.map((s) => ({ Action: [s.Action].flat().sort(), Resource: s.Resource }))).toEqual([
      {
        Action: [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        Resource: { 'Fn::GetAtt': [table.id, 'Arn'] },
      },
      // No Scan, no stream reads, no DescribeTable: tests/iam holds every request it sends to these.
      {
        Action: ['dynamodb:Query'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table.id, 'Arn'] }, '/index/*']] },
      },
    ]);
  });

  it('reads the case keyring from its own secret, once, and may read no other secret', () => {
    const caseKeysRef = (fnVariables.CASE_KEYS_SECRET_ARN as { Ref: string }).Ref;
    const secret = {
      id: caseKeysRef,
      resource: resources(template, 'AWS::SecretsManager::Secret')[caseKeysRef] as Resource,
    };
    expect(secret.resource.Properties.GenerateSecretString).toMatchObject({
      GenerateStringKey: 'k1',
      PasswordLength: 64,
    });
    expect(secret.resource.DeletionPolicy).toBe('Retain');
    expect(fnVariables.CASE_KEYS_SECRET_ARN).toEqual({ Ref: secret.id });
    expect(Object.keys(fnVariables)).not.toContain('CASE_KEYS');
    const statements = Object.values(resources(template, 'AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: fnRoleId }]))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const reads = statements.filter((st) => [st.Action].flat().some((a) => a.startsWith('secretsmanager:')));
    expect(reads).toHaveLength(1);
    expect([reads[0]?.Action].flat().sort()).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
    ]);
    expect(reads[0]?.Resource).toEqual({ Ref: secret.id });
  });

  it('has a role without AWS managed policies', () => {
    const role = resources(template, 'AWS::IAM::Role')[fnRoleId];
    expect(role?.Properties).toBeDefined();
    expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('DynamoDB client limits', () => {
  it('give the worst case and function timeout the README states (change both together)', () => {
    const { maxAttempts, requestTimeoutMs, socketTimeoutMs, connectionTimeoutMs } = DYNAMODB_LIMITS;
    expect(connectionTimeoutMs).toBeLessThanOrEqual(requestTimeoutMs);
    // 3 × (2 s to the headers + a 2 s stall in the body) + up to 1 s + 2 s of throttling backoff.
    expect(maxAttempts * (requestTimeoutMs + socketTimeoutMs)).toBeLessThan(DYNAMODB_WORST_CASE_MS);
    expect(DYNAMODB_WORST_CASE_MS).toBe(15_000);
    expect(LAMBDA_TIMEOUT_SECONDS).toBe(18);
  });
});
