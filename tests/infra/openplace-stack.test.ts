import { readFileSync } from 'node:fs';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { DYNAMODB_LIMITS, DYNAMODB_WORST_CASE_MS, LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import { functionTimeoutSeconds } from '../../infra/constructs/graphql-function.js';
import { webSignInAndStaffRoutes } from '../../infra/constructs/http-api.js';
import {
  corsOriginsFromContext,
  OpenPlaceStack,
  type OpenPlaceStackProps,
} from '../../infra/openplace-stack.js';

type Resource = { Type: string; Properties: Record<string, unknown>; [key: string]: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A fresh app with the feature flags `cdk synth` uses, and no esbuild bundling. */
function newApp(): App {
  return new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
}

function build(props?: OpenPlaceStackProps) {
  const app = newApp();
  const stack = new OpenPlaceStack(app, 'OpenPlaceTest', props);
  return { app, stack, template: Template.fromStack(stack) };
}

function resources(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

/** The one resource of a type, with its logical id. */
function only(template: Template, type: string): { id: string; resource: Resource } {
  const found = Object.entries(resources(template, type));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
}

const { template } = build();
const table = only(template, 'AWS::DynamoDB::Table');
/** The GraphQL API's function (the stack's others carry the journey's events). */
const fn = (() => {
  const found = Object.entries(resources(template, 'AWS::Lambda::Function')).filter(
    ([, r]) => r.Properties.Description === 'OpenPlace GraphQL API (Apollo Server)',
  );
  expect(found, 'exactly one GraphQL function').toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
})();
const userPool = only(template, 'AWS::Cognito::UserPool');
/** The API's app client (SRP); the pages' own (managed login) is tested in web-function.test.ts. */
const client = (() => {
  const found = Object.entries(resources(template, 'AWS::Cognito::UserPoolClient')).filter(
    ([, r]) => r.Properties.ClientName !== 'openplace-pages',
  );
  expect(found, 'exactly one API client').toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
})();
const fnVariables = (fn.resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const fnRoleId = (fn.resource.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

type Statement = { Action: string | string[]; Resource: unknown };

describe('register table', () => {
  it('is on-demand, with point-in-time recovery, deletion protection and AWS-managed encryption', () => {
    expect(table.resource.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    expect(table.resource.DeletionPolicy).toBe('Retain');
    expect(table.resource.UpdateReplacePolicy).toBe('Retain');
  });

  it('has the keys, indexes and TTL of TABLE_DEFINITION', () => {
    const { partitionKey, sortKey, globalSecondaryIndexes, timeToLiveAttribute } = TABLE_DEFINITION;
    const props = table.resource.Properties;
    expect(props.KeySchema).toEqual([
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ]);
    expect(props.GlobalSecondaryIndexes).toEqual(
      globalSecondaryIndexes.map((g) => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey, KeyType: 'HASH' },
          { AttributeName: g.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const keyNames = [
      partitionKey,
      sortKey,
      ...globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
    ];
    expect(props.AttributeDefinitions).toEqual(
      expect.arrayContaining(keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
    );
    expect(props.AttributeDefinitions).toHaveLength(new Set(keyNames).size);
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: timeToLiveAttribute, Enabled: true });
  });
});

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

  it('is one of seven functions with the web pages, the outbox forwarder and re-send job, the overdue job, the capacity reminders and the retention sweeper (no custom-resource helpers)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 7);
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

  it('may read and write the table and its indexes, and nothing else in DynamoDB', () => {
    const statements = Object.values(resources(template, 'AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: fnRoleId }]))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    const [grant] = dynamo as [{ Action: string[]; Resource: unknown }];
    expect(grant.Action).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
      ]),
    );
    expect(grant.Action.some((a) => a.includes('*'))).toBe(false);
    expect(grant.Resource).toEqual([
      { 'Fn::GetAtt': [table.id, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table.id, 'Arn'] }, '/index/*']] },
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

describe('HTTP API', () => {
  it('routes POST and GET /graphql to the function, the pages to the web function, and nothing else', () => {
    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      [
        'GET /graphql',
        'POST /graphql',
        'POST /f/{token}/choices/{form}',
        ...['/', '/your-rights', '/your-rights/{laCode}', '/f/{token}', '/assets/{proxy+}'].flatMap(
          (path) => [`GET ${path}`, `HEAD ${path}`],
        ),
        // Signing in and out, and the staff pages (web/view/routes.ts).
        ...webSignInAndStaffRoutes().flatMap(({ path, methods }) => methods.map((m) => `${m} ${path}`)),
      ].sort(),
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [fn.id, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
  });

  it('throttles the default stage', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage').resource.Properties;
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const settings = stage.DefaultRouteSettings as {
      ThrottlingRateLimit: number;
      ThrottlingBurstLimit: number;
    };
    expect(settings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(settings.ThrottlingBurstLimit).toBeGreaterThanOrEqual(settings.ThrottlingRateLimit);
  });

  it('writes JSON access logs, with the request id, to a log group with a retention period', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage').resource.Properties;
    const access = stage.AccessLogSettings as {
      DestinationArn: { 'Fn::GetAtt': [string, string] };
      Format: string;
    };
    const logGroup = resources(template, 'AWS::Logs::LogGroup')[access.DestinationArn['Fn::GetAtt'][0]];
    expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
    expect(JSON.parse(access.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
  });

  it('answers CORS preflight for the headers Apollo clients send; every origin by default', () => {
    const api = only(template, 'AWS::ApiGatewayV2::Api').resource.Properties;
    expect(api.CorsConfiguration).toMatchObject({
      AllowOrigins: ['*'],
      AllowMethods: expect.arrayContaining(['GET', 'POST', 'OPTIONS']),
      AllowHeaders: expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    });
  });

  it('restricts CORS to the configured origins', () => {
    const origins = ['https://openplace.example', 'https://staff.openplace.example'];
    const api = only(build({ corsOrigins: origins }).template, 'AWS::ApiGatewayV2::Api').resource.Properties;
    expect(api.CorsConfiguration).toMatchObject({ AllowOrigins: origins });
  });
});

describe('corsOriginsFromContext', () => {
  it('defaults to every origin', () => {
    expect(corsOriginsFromContext(undefined)).toEqual(['*']);
    expect(corsOriginsFromContext('')).toEqual(['*']);
  });

  it('reads a comma-separated string or an array', () => {
    expect(corsOriginsFromContext('https://a.example, https://b.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(corsOriginsFromContext(['https://a.example'])).toEqual(['https://a.example']);
  });

  it('refuses anything else', () => {
    expect(() => corsOriginsFromContext(42)).toThrow(/corsOrigins/);
  });
});

describe('user pool', () => {
  it('requires TOTP MFA, has no self sign-up, recovers by email only, and is retained', () => {
    expect(userPool.resource.Properties).toMatchObject({
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      DeletionProtection: 'ACTIVE',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
    expect(userPool.resource.DeletionPolicy).toBe('Retain');
  });

  it('has a public SRP-only client with one-hour access tokens', () => {
    expect(client.resource.Properties).toMatchObject({
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes' },
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('outputs', () => {
  it('publish the GraphQL URL, user pool, client and table', () => {
    template.hasOutput('GraphqlUrl', {
      Value: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.anyValue(), 'ApiEndpoint'] }, '/graphql']] },
    });
    template.hasOutput('UserPoolId', { Value: { Ref: userPool.id } });
    template.hasOutput('UserPoolClientId', { Value: { Ref: client.id } });
    template.hasOutput('TableName', { Value: { Ref: table.id } });
  });
});

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
      ...Array(7).fill('AwsSolutions-IAM5[Resource::*]'),
      // The register table's indexes, for the API, the pages, the overdue job, the capacity reminders
      // and the retention sweeper.
      ...Array(5).fill('AwsSolutions-IAM5[Resource::<resource>/index/*]'),
      // The scheduler roles' invoke of the overdue, reminder, retention and re-send functions' versions.
      ...Array(4).fill('AwsSolutions-IAM5[Resource::<resource>:*]'),
      ...Array(7).fill('AwsSolutions-L1'),
      // The case keys and the pages' session keys: rotated by an operator.
      'AwsSolutions-SMG4',
      'AwsSolutions-SMG4',
      // Dead-letter queues: the forwarder's, and each of the four schedules'.
      ...Array(5).fill('AwsSolutions-SQS3'),
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
