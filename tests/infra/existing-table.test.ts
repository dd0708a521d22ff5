import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import { RETENTION_SWEEP_RATE } from '../../infra/constructs/case-retention.js';
import { existingTableFromContext, OpenPlaceStack } from '../../infra/openplace-stack.js';

// Existing-table mode: a table restored from point-in-time recovery is put into service with
// `-c tableName=… -c tableStreamArn=…`. The stack must not create a table, and every function
// and grant must point at the given one.

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};
const newApp = () => new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });

const TABLE = 'openplace-restored-2027-01-10';
const STREAM = `arn:aws:dynamodb:eu-west-2:123456789012:table/${TABLE}/stream/2027-01-10T09:00:00.000`;

function build(context: { tableName?: unknown; tableStreamArn?: unknown }) {
  const app = newApp();
  const stack = new OpenPlaceStack(app, 'OpenPlaceRestored', existingTableFromContext(context));
  return { app, template: Template.fromStack(stack) };
}

type Resource = { Type: string; Properties: Record<string, any> };
const resources = (template: Template, type: string) =>
  Object.values(template.findResources(type)) as Resource[];

/** The ARN CDK builds for an imported table, as it appears in the template. */
const importedTableArn = (suffix = '') => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':dynamodb:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:table/${TABLE}${suffix}`,
    ],
  ],
});

describe('existing-table mode (-c tableName, -c tableStreamArn)', () => {
  const { app, template } = build({ tableName: TABLE, tableStreamArn: STREAM });

  it('creates no table', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
  });

  it('gives every function that uses the table TABLE_NAME = the given name', () => {
    const withTable = resources(template, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Environment?.Variables?.TABLE_NAME !== undefined,
    );
    // The API, the pages, the outbox forwarder, the overdue job, the retention sweeper (and any other job).
    expect(withTable.length).toBeGreaterThanOrEqual(5);
    for (const f of withTable) expect(f.Properties.Environment.Variables.TABLE_NAME).toBe(TABLE);
  });

  it("scopes every DynamoDB grant to that table's ARN, its indexes or its stream, and nothing else", () => {
    const allowed = [
      JSON.stringify(importedTableArn()),
      JSON.stringify(importedTableArn('/index/*')),
      JSON.stringify(STREAM),
    ];
    let dynamoStatements = 0;
    for (const policy of resources(template, 'AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Record<string, any>[]) {
        const actions = [statement.Action].flat() as string[];
        if (!actions.some((a) => a.startsWith('dynamodb:'))) continue;
        // ListStreams has no resource-level permissions (the forwarder's event source mapping needs it).
        // (shared with X-Ray's actions, whose resource is "*").
        if (actions.filter((a) => a.startsWith('dynamodb:')).every((a) => a === 'dynamodb:ListStreams'))
          continue;
        dynamoStatements++;
        for (const resource of [statement.Resource].flat()) {
          expect(allowed, JSON.stringify(statement)).toContain(JSON.stringify(resource));
        }
      }
    }
    expect(dynamoStatements).toBeGreaterThan(0);
  });

  // Each function that queries an index (the register search, the map, the due and expiry lists,
  // the reminders' read of the register): Query must be allowed on <table>/index/* for it.
  it.each([
    ['the API', 'OpenPlace GraphQL API'],
    ['the pages', 'OpenPlace web pages'],
    ['the overdue job', 'OpenPlace: writes ConsultationOverdue events'],
    ['the capacity reminders', 'OpenPlace: emails settings whose capacity figures are stale'],
    ['the retention sweeper', 'OpenPlace: removes cases past their retention'],
    ['the register snapshot writer', 'OpenPlace: writes the register snapshot'],
  ])("lets %s query the given table's indexes", (_who, description) => {
    const fn = resources(template, 'AWS::Lambda::Function').find((f) =>
      String(f.Properties.Description).startsWith(description),
    );
    const roleId = fn?.Properties.Role['Fn::GetAtt'][0];
    const statements = resources(template, 'AWS::IAM::Policy')
      .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, any>[]);
    const onIndexes = statements.filter((s) =>
      [s.Resource].flat().some((r) => JSON.stringify(r) === JSON.stringify(importedTableArn('/index/*'))),
    );
    expect(onIndexes.flatMap((s) => [s.Action].flat())).toContain('dynamodb:Query');
  });

  it("wires the outbox forwarder to the given table's stream", () => {
    const [mapping] = resources(template, 'AWS::Lambda::EventSourceMapping');
    expect(mapping?.Properties.EventSourceArn).toBe(STREAM);
  });

  it('still schedules the retention sweeper', () => {
    const schedules = resources(template, 'AWS::Scheduler::Schedule').map((s) => s.Properties);
    expect(schedules.map((s) => s.ScheduleExpression)).toContain(
      `rate(${RETENTION_SWEEP_RATE.toHours()} hour)`,
    );
  });

  it('passes cdk-nag with nothing unacknowledged', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(
      report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath)}`),
    ).toEqual([]);
  });
});

describe('the created table (the default)', () => {
  const { template } = build({});

  it('has TTL enabled on the shared attribute, and its stream on', () => {
    const [table] = resources(template, 'AWS::DynamoDB::Table');
    expect(table?.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE_DEFINITION.timeToLiveAttribute,
      Enabled: true,
    });
    expect(table?.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
  });

  it('sweeps expired cases every hour, with a function that reads the case keyring', () => {
    const sweeper = resources(template, 'AWS::Lambda::Function').find((f) =>
      String(f.Properties.Description).includes('past their retention'),
    );
    expect(sweeper?.Properties.Environment.Variables).toEqual(
      expect.objectContaining({ TABLE_NAME: expect.anything(), CASE_KEYS_SECRET_ARN: expect.anything() }),
    );
    const schedule = resources(template, 'AWS::Scheduler::Schedule').find(
      (s) => s.Properties.Description === 'OpenPlace: remove cases past their retention',
    );
    expect(schedule?.Properties.ScheduleExpression).toBe('rate(1 hour)');
  });
});

describe('existingTableFromContext', () => {
  it('is nothing when no table is named', () => {
    expect(existingTableFromContext({})).toEqual({});
  });

  it('reads a name and its stream ARN', () => {
    expect(existingTableFromContext({ tableName: ` ${TABLE} `, tableStreamArn: STREAM })).toEqual({
      existingTable: { tableName: TABLE, tableStreamArn: STREAM },
    });
  });

  it.each([
    ['a table without its stream ARN', { tableName: TABLE }, /tableStreamArn is required/],
    ['a stream ARN without a table', { tableStreamArn: STREAM }, /give tableName too/],
    [
      'a name DynamoDB would refuse',
      { tableName: 'a b', tableStreamArn: STREAM },
      /must be a DynamoDB table name/,
    ],
    [
      "another table's stream",
      { tableName: 'other-table', tableStreamArn: STREAM },
      /must be the stream ARN of table other-table/,
    ],
    [
      'a table ARN instead of a stream ARN',
      { tableName: TABLE, tableStreamArn: STREAM.split('/stream')[0] },
      /stream ARN/,
    ],
  ])('refuses %s', (_what, context, message) => {
    expect(() => existingTableFromContext(context)).toThrow(message);
  });
});
