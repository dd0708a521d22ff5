import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { esbuildArgs, LAMBDA_BUNDLE } from './lambda-bundle.js';
import type { FunctionMonitor } from './monitoring.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** One knob for both Powertools and Lambda's own application-log filter, so they agree. */
export const LOG_LEVEL = 'INFO';

export interface HouseFunctionProps {
  /** The handler module (exports `handler`), e.g. new URL('../../functions/…/handler.ts', import.meta.url). */
  readonly entry: URL;
  readonly description: string;
  /** What the role is for: shown on the role in the console. */
  readonly roleDescription: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment?: Record<string, string>;
  /**
   * Why else this role needs a `*` resource, besides X-Ray (a grant that allows no narrower
   * resource): added to the one acknowledgement of AwsSolutions-IAM5[Resource::*].
   */
  readonly otherWildcardResources?: string;
  /** Files the handler reads at run time, copied beside its bundle (e.g. the web pages' templates). */
  readonly commandHooks?: nodejs.ICommandHooks;
  /**
   * Where its alarms go: every function gets Errors, Throttles and a p99 duration near its
   * timeout (Monitoring.watchFunction), named `alarmName`, e.g. "Api".
   */
  readonly monitoring: FunctionMonitor;
  readonly alarmName: string;
  /** How often a scheduled job runs (its duration alarm reads one period per run). */
  readonly runsEvery?: Duration;
}

export interface HouseFunction {
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
}

/**
 * A Lambda function with the house defaults, as `LogGroup`, `Role` and `Function` children of
 * `scope`: Node.js 22 on arm64; bundled by the local esbuild as one minified ESM file with the AWS
 * SDK included (measured faster cold start, see TECH.md); active tracing; JSON logs to its own log
 * group with a retention period; and its own role holding only inline grants (its log group,
 * X-Ray, and whatever is granted to it), rather than the AWSLambdaBasicExecutionRole managed
 * policy, which would allow writing to any log group in the account.
 */
export function createHouseFunction(scope: Construct, props: HouseFunctionProps): HouseFunction {
  // RETAIN: the log group outlives an accidental stack deletion for incident investigation,
  // but the retention period still ages every entry out, so nothing is kept indefinitely.
  // The name is generated, so a retained group never blocks re-creating the stack.
  const logGroup = new logs.LogGroup(scope, 'LogGroup', {
    retention: logs.RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const role = new iam.Role(scope, 'Role', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: props.roleDescription,
  });
  // The group exists already, so only CreateLogStream and PutLogEvents, on this group only.
  logGroup.grantWrite(role);

  const fn = new nodejs.NodejsFunction(scope, 'Function', {
    description: props.description,
    entry: fileURLToPath(props.entry),
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: LOCK_FILE,
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    tracing: lambda.Tracing.ACTIVE,
    role,
    logGroup,
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
      ...(props.commandHooks ? { commandHooks: props.commandHooks } : {}),
    },
    environment: {
      POWERTOOLS_SERVICE_NAME: 'openplace',
      POWERTOOLS_LOG_LEVEL: LOG_LEVEL,
      ...props.environment,
    },
  });

  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'Active X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which do not ' +
      `support resource-level permissions, so the resource must be "*".${
        props.otherWildcardResources ? ` ${props.otherWildcardResources}` : ''
      }`,
  });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Runtime pinned deliberately to nodejs22.x (see TECH.md): a newer runtime is adopted on purpose, ' +
      'after the bundle, cold start and tests are checked on it, not by a moving "latest".',
  });
  props.monitoring.watchFunction({
    name: props.alarmName,
    function: fn,
    timeout: props.timeout,
    ...(props.runsEvery ? { runsEvery: props.runsEvery } : {}),
  });
  return { function: fn, role, logGroup };
}
