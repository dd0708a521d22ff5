import type { Template } from 'aws-cdk-lib/assertions';
import type { AwsRequest } from '../../functions/local/request-recorder.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';

// Holds recorded DynamoDB requests against the IAM policy of the role that sends them, as IAM
// would evaluate them: each action (a transaction's items one by one), on the table or an index,
// under any dynamodb:LeadingKeys condition (ForAllValues:StringLike). Only Allow statements are
// written by the stack; a request no statement allows would be refused in AWS.

type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: any;
};

/** One thing IAM authorises: an action on the table or one of its indexes, with the partition keys it touches. */
export interface Authorisation {
  action: string;
  on: 'table' | 'index';
  leadingKeys: string[];
}

const PK = TABLE_DEFINITION.partitionKey;

const pkOf = (item: unknown): string[] => {
  const value = (item as Record<string, { S?: string }> | undefined)?.[PK]?.S;
  return value === undefined ? [] : [value];
};

/** What IAM checks for one recorded request. */
export function authorisationsOf(request: AwsRequest): Authorisation[] {
  const input = request.input as Record<string, any>;
  const table = (action: string, leadingKeys: string[]): Authorisation => ({
    action,
    on: 'table',
    leadingKeys,
  });
  switch (request.action) {
    case 'dynamodb:PutItem':
      return [table(request.action, pkOf(input.Item))];
    case 'dynamodb:GetItem':
    case 'dynamodb:UpdateItem':
    case 'dynamodb:DeleteItem':
      return [table(request.action, pkOf(input.Key))];
    case 'dynamodb:Query': {
      const values = Object.values(input.ExpressionAttributeValues ?? {}) as { S?: string }[];
      // The partition key's value is the key condition's first equality; LeadingKeys applies to the table only.
      const [first] = values.flatMap((v) => (v.S === undefined ? [] : [v.S]));
      return input.IndexName
        ? [{ action: request.action, on: 'index', leadingKeys: [] }]
        : [table(request.action, first === undefined ? [] : [first])];
    }
    case 'dynamodb:BatchGetItem':
    case 'dynamodb:BatchWriteItem': {
      const keys = Object.values(input.RequestItems as Record<string, any>).flatMap((entry) =>
        Array.isArray(entry)
          ? entry.flatMap((w: any) => pkOf(w.PutRequest?.Item ?? w.DeleteRequest?.Key))
          : (entry.Keys as unknown[]).flatMap(pkOf),
      );
      return [table(request.action, keys)];
    }
    case 'dynamodb:TransactWriteItems':
      return (input.TransactItems as Record<string, any>[]).map((item) => {
        if (item.Put) return table('dynamodb:PutItem', pkOf(item.Put.Item));
        if (item.Update) return table('dynamodb:UpdateItem', pkOf(item.Update.Key));
        if (item.Delete) return table('dynamodb:DeleteItem', pkOf(item.Delete.Key));
        return table('dynamodb:ConditionCheckItem', pkOf(item.ConditionCheck.Key));
      });
    case 'dynamodb:TransactGetItems':
      return (input.TransactItems as Record<string, any>[]).map((item) =>
        table('dynamodb:GetItem', pkOf(item.Get.Key)),
      );
    default:
      return [table(request.action, [])];
  }
}

/** The Allow statements of the role of the function whose description starts with `description`. */
export function statementsOfFunctionRole(template: Template, description: string): Statement[] {
  const functions = Object.values(template.findResources('AWS::Lambda::Function'));
  const fn = functions.find((f) => String(f.Properties.Description).startsWith(description));
  if (!fn) throw new Error(`No function described "${description}…"`);
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[])
    .filter((s) => s.Effect === 'Allow');
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

/** Whether a resource of the template names the table or its indexes (by its shape: <table arn> or …/index/*). */
function resourceKind(resource: unknown): 'table' | 'index' | 'other' {
  const text = JSON.stringify(resource);
  if (!text.includes('Table') && !text.includes(':table/')) return 'other';
  if (text.includes('/stream')) return 'other';
  return text.includes('/index/') ? 'index' : 'table';
}

/** Whether one statement allows this authorisation, as IAM would evaluate it. */
function allows(statement: Statement, need: Authorisation): boolean {
  const actions = [statement.Action].flat();
  if (!actions.some((a) => glob(a).test(need.action))) return false;
  if (![statement.Resource].flat().some((r) => resourceKind(r) === need.on)) return false;
  const condition = statement.Condition as Record<string, Record<string, string[] | string>> | undefined;
  if (!condition) return true;
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [key, expected] of Object.entries(entries)) {
      if (key !== 'dynamodb:LeadingKeys') return false; // a condition this helper cannot judge: refuse
      const patterns = [expected].flat().map(glob);
      const matches = (value: string) => patterns.some((p) => p.test(value));
      if (operator === 'ForAllValues:StringLike' || operator === 'ForAllValues:StringEquals') {
        if (!need.leadingKeys.every(matches)) return false;
      } else return false;
    }
  }
  return true;
}

/** The authorisations of these requests that no statement allows (empty: IAM allows them all). */
export function refusedBy(statements: Statement[], requests: readonly AwsRequest[]): Authorisation[] {
  return requests
    .flatMap(authorisationsOf)
    .filter((need) => !statements.some((statement) => allows(statement, need)));
}
