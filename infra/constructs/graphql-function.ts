import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DYNAMODB_WORST_CASE_MS, LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { esbuildArgs, LAMBDA_BUNDLE, LAMBDA_ENTRY } from './lambda-bundle.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(LAMBDA_ENTRY);
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** API Gateway HTTP APIs give up on an integration after 30 s, answering a bare 503. */
const HTTP_API_INTEGRATION_LIMIT_SECONDS = 30;

/**
 * The function's timeout, derived in functions/config.ts from the DynamoDB client's worst case so
 * a failing DynamoDB call is answered (masked, with its correlation id) before Lambda or API
 * Gateway cut the request off. Checked here too, so an edit to either number cannot undo that.
 */
export function functionTimeoutSeconds(
  seconds = LAMBDA_TIMEOUT_SECONDS,
  dynamodbWorstCaseMs = DYNAMODB_WORST_CASE_MS,
): number {
  if (seconds * 1000 <= dynamodbWorstCaseMs || seconds >= HTTP_API_INTEGRATION_LIMIT_SECONDS) {
    throw new Error(
      `The function's timeout (${seconds} s) must be above the DynamoDB client's worst case ` +
        `(${dynamodbWorstCaseMs} ms) and below the HTTP API's ${HTTP_API_INTEGRATION_LIMIT_SECONDS} s limit: ` +
        'change DYNAMODB_LIMITS in functions/config.ts.',
    );
  }
  return seconds;
}

/** One knob for both Powertools and Lambda's own application-log filter, so they agree. */
const LOG_LEVEL = 'INFO';

export interface GraphqlFunctionProps {
  /** The Cognito user pool whose access tokens the API accepts. */
  readonly userPoolId: string;
  /** App client ids whose access tokens the API accepts (checked against `client_id`). */
  readonly clientIds: readonly string[];
}

/**
 * The one Lambda function: the Apollo Server GraphQL API (functions/graphql/handler.ts), bundled
 * with esbuild as a single minified ESM file, AWS SDK included (measured faster cold start than
 * using the runtime's copy, see TECH.md).
 *
 * It runs with its own role holding only inline grants (its log group, X-Ray, and whatever is
 * granted to it, e.g. the register table), rather than the AWSLambdaBasicExecutionRole managed
 * policy, which would allow writing to any log group in the account.
 */
export class GraphqlFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  /** The keyring behind case and list ids (functions/store/case-keys.ts), read once per container. */
  readonly caseKeys: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    super(scope, id);

    // RETAIN: the log group outlives an accidental stack deletion for incident investigation,
    // but the retention period still ages every entry out, so nothing is kept indefinitely.
    // The name is generated, so a retained group never blocks re-creating the stack.
    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'OpenPlace GraphQL API function: its log group, X-Ray, and explicit grants only.',
    });
    // The group exists already, so only CreateLogStream and PutLogEvents, on this group only.
    this.logGroup.grantWrite(role);

    // The secret of the keyed case hashes: generated here, never in the template or an env var.
    // Rotate by adding a key ("k2") and pointing currentId at it; lists made under k1 stay readable.
    // RETAIN: without it no list id made under it could be opened again.
    this.caseKeys = new secretsmanager.Secret(this, 'CaseKeys', {
      description:
        'OpenPlace: keys of the keyed hashes that name a case and its lists (JSON: currentId and keys by id)',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ currentId: 'k1' }),
        generateStringKey: 'k1',
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.caseKeys).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the case key cannot be automatic: a new key is added beside the old ones (which must stay to open older lists) and made current by an operator, as the README describes.',
    });

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      description: 'OpenPlace GraphQL API (Apollo Server)',
      entry: ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(functionTimeoutSeconds()),
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel[LOG_LEVEL],
      systemLogLevelV2: lambda.SystemLogLevel.INFO,
      bundling: {
        format: nodejs.OutputFormat.ESM,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: LAMBDA_BUNDLE.sourcemap,
        sourcesContent: LAMBDA_BUNDLE.sourcesContent,
        target: LAMBDA_BUNDLE.target,
        mainFields: [...LAMBDA_BUNDLE.mainFields],
        banner: LAMBDA_BUNDLE.banner,
        esbuildArgs: esbuildArgs(),
        // Bundle everything, the AWS SDK included.
        externalModules: [],
        forceDockerBundling: false,
      },
      environment: {
        POWERTOOLS_SERVICE_NAME: 'openplace',
        POWERTOOLS_LOG_LEVEL: LOG_LEVEL,
        // Only Cognito in AWS: functions/config.ts refuses AUTH_MODE=local inside Lambda anyway.
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.userPoolId,
        COGNITO_CLIENT_IDS: props.clientIds.join(','),
        CASE_KEYS_SECRET_ARN: this.caseKeys.secretArn,
        GRAPHQL_INTROSPECTION: 'false',
        GRAPHQL_LANDING_PAGE: 'false',
      },
    });

    // Read only, this one secret only.
    this.caseKeys.grantRead(role);

    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which do not ' +
        'support resource-level permissions, so the resource must be "*".',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Runtime pinned deliberately to nodejs22.x (see TECH.md): a newer runtime is adopted on purpose, ' +
        'after the bundle, cold start and tests are checked on it, not by a moving "latest".',
    });
  }
}
