import { type RunSimulationResults, runSimulation } from '@cloud-copilot/iam-simulate';
import type { Template } from 'aws-cdk-lib/assertions';

// A function's IAM policies as AWS would hold them, read from a synthesized template: the
// template's intrinsics (Ref, Fn::GetAtt, Fn::Join, Fn::Sub) resolved to the ARNs they would name
// in one account and region, so IAM's own evaluation (iam-simulate) can be run offline.

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-2';
const PARTITION = 'aws';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Resources = Record<string, { Type: string; Properties?: Record<string, Json> }>;

/** A function's role policies, resolved, and the names the audit needs. */
export interface FunctionPolicies {
  functionId: string;
  roleArn: string;
  policies: { name: string; policy: Record<string, Json> }[];
  /** The ARN of the table its TABLE_NAME names, and so of every request it sends to DynamoDB. */
  tableArn: string;
  /** Its environment variables, resolved: the secrets, bus and sender its code is told to use. */
  env: Record<string, string>;
}

/** A physical name for a resource of the template: its logical id, lower-cased, as CloudFormation would. */
const physicalName = (logicalId: string) => logicalId.toLowerCase();

function arnOf(resources: Resources, logicalId: string): string {
  const resource = resources[logicalId];
  const name = physicalName(logicalId);
  switch (resource?.Type) {
    case 'AWS::DynamoDB::Table':
    case 'AWS::DynamoDB::GlobalTable':
      return `arn:${PARTITION}:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
    case 'AWS::SecretsManager::Secret':
      return `arn:${PARTITION}:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`;
    case 'AWS::Events::EventBus':
      return `arn:${PARTITION}:events:${REGION}:${ACCOUNT}:event-bus/${name}`;
    case 'AWS::SQS::Queue':
      return `arn:${PARTITION}:sqs:${REGION}:${ACCOUNT}:${name}`;
    case 'AWS::SNS::Topic':
      return `arn:${PARTITION}:sns:${REGION}:${ACCOUNT}:${name}`;
    case 'AWS::Logs::LogGroup':
      return `arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:${name}:*`;
    case 'AWS::KMS::Key':
      return `arn:${PARTITION}:kms:${REGION}:${ACCOUNT}:key/${name}`;
    case 'AWS::IAM::Role':
      return `arn:${PARTITION}:iam::${ACCOUNT}:role/${name}`;
    case 'AWS::Lambda::Function':
      return `arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:${name}`;
    case 'AWS::Cognito::UserPool':
      return `arn:${PARTITION}:cognito-idp:${REGION}:${ACCOUNT}:userpool/${REGION}_${name}`;
    default:
      return `arn:${PARTITION}:unknown:${REGION}:${ACCOUNT}:${name}`;
  }
}

/** What `Ref` gives for a resource: a name for tables and queues' URLs aside, an ARN for secrets and topics. */
function refOf(resources: Resources, logicalId: string): string {
  switch (logicalId) {
    case 'AWS::Partition':
      return PARTITION;
    case 'AWS::Region':
      return REGION;
    case 'AWS::AccountId':
      return ACCOUNT;
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
  }
  const type = resources[logicalId]?.Type;
  if (type === 'AWS::SecretsManager::Secret' || type === 'AWS::SNS::Topic')
    return arnOf(resources, logicalId);
  return physicalName(logicalId);
}

function getAtt(resources: Resources, logicalId: string, attribute: string): string {
  if (attribute === 'Arn') return arnOf(resources, logicalId);
  if (attribute === 'StreamArn') return `${arnOf(resources, logicalId)}/stream/2026-01-01T00:00:00.000`;
  if (attribute === 'Name') return physicalName(logicalId);
  if (attribute === 'ApiEndpoint')
    return `https://${physicalName(logicalId)}.execute-api.${REGION}.amazonaws.com`;
  if (attribute === 'UserPoolProviderURL')
    return `https://cognito-idp.${REGION}.amazonaws.com/${REGION}_${physicalName(logicalId)}`;
  throw new Error(
    `Fn::GetAtt ${logicalId}.${attribute} is not resolved by the audit: add it to policies.ts.`,
  );
}

/** Resolves the intrinsics of a template value into what CloudFormation would write. */
export function resolve(value: Json, resources: Resources): Json {
  if (Array.isArray(value)) return value.map((v) => resolve(v, resources));
  if (value === null || typeof value !== 'object') return value;
  const [key] = Object.keys(value);
  const arg = key === undefined ? undefined : value[key];
  if (key === 'Ref' && typeof arg === 'string') return refOf(resources, arg);
  if (key === 'Fn::GetAtt' && Array.isArray(arg)) return getAtt(resources, String(arg[0]), String(arg[1]));
  if (key === 'Fn::Join' && Array.isArray(arg)) {
    const parts = resolve(arg[1] as Json, resources) as Json[];
    return parts.map(String).join(String(arg[0]));
  }
  if (key === 'Fn::Sub' && typeof arg === 'string') {
    return arg.replace(/\$\{([^}]+)\}/g, (_, name: string) =>
      name.includes('.')
        ? getAtt(resources, name.split('.')[0] ?? '', name.split('.')[1] ?? '')
        : refOf(resources, name),
    );
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, resources)]));
}

/** The resolved role policies of the function whose Description starts with `description`. */
export function policiesOf(template: Template, description: string): FunctionPolicies {
  const resources = template.toJSON().Resources as Resources;
  const entry = Object.entries(resources).find(
    ([, r]) =>
      r.Type === 'AWS::Lambda::Function' && String(r.Properties?.Description).startsWith(description),
  );
  if (!entry) throw new Error(`No function described "${description}…" in the template.`);
  const [functionId, fn] = entry;
  const role = (fn.Properties?.Role ?? {}) as Record<string, Json[]>;
  const roleId = String((role['Fn::GetAtt'] ?? [])[0]);
  const policies = Object.entries(resources)
    .filter(
      ([, r]) =>
        r.Type === 'AWS::IAM::Policy' &&
        ((r.Properties?.Roles ?? []) as { Ref?: string }[]).some((ref) => ref.Ref === roleId),
    )
    .map(([id, r]) => ({
      name: id,
      policy: resolve(r.Properties?.PolicyDocument as Json, resources) as Record<string, Json>,
    }));
  const variables = (fn.Properties?.Environment as { Variables?: Record<string, Json> } | undefined)
    ?.Variables;
  const env = Object.fromEntries(
    Object.entries(variables ?? {}).map(([name, value]) => [name, String(resolve(value, resources))]),
  );
  const tableName = env.TABLE_NAME ?? null;
  return {
    functionId,
    roleArn: arnOf(resources, roleId),
    policies,
    tableArn: tableName === null ? '' : `arn:${PARTITION}:dynamodb:${REGION}:${ACCOUNT}:table/${tableName}`,
    env,
  };
}

/** One request IAM authorises: an action on a resource, with the context keys the service sends. */
export interface IamRequest {
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
}

/** IAM's answer for one request under a function's policies (identity policies only, one account). */
export async function decide(fn: FunctionPolicies, request: IamRequest): Promise<string> {
  const result: RunSimulationResults = await runSimulation(
    {
      identityPolicies: fn.policies,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        action: request.action,
        principal: fn.roleArn,
        resource: { accountId: ACCOUNT, resource: request.resource },
        contextVariables: request.context,
      },
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(`iam-simulate refused the simulation: ${JSON.stringify(result.errors).slice(0, 500)}`);
  }
  if (result.resultType !== 'single') throw new Error(`Expected one resource, got ${result.resultType}.`);
  return result.overallResult;
}
