import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DYNAMODB_WORST_CASE_MS, LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { createHouseFunction } from './house-function.js';
import { LAMBDA_ENTRY } from './lambda-bundle.js';
import type { FunctionMonitor } from './monitoring.js';

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

export interface GraphqlFunctionProps {
  /** The Cognito user pool whose access tokens the API accepts. */
  readonly userPoolId: string;
  /** App client ids whose access tokens the API accepts (checked against `client_id`). */
  readonly clientIds: readonly string[];
  readonly monitoring: FunctionMonitor;
}

/**
 * The API's Lambda function: the Apollo Server GraphQL API (functions/graphql/handler.ts), with
 * the house defaults (house-function.ts), and the secret behind case and list ids.
 */
export class GraphqlFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  /** The keyring behind case and list ids (functions/store/case-keys.ts), read once per container. */
  readonly caseKeys: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    super(scope, id);

    const house = createHouseFunction(this, {
      entry: LAMBDA_ENTRY,
      description: 'OpenPlace GraphQL API (Apollo Server)',
      roleDescription: 'OpenPlace GraphQL API function: its log group, X-Ray, and explicit grants only.',
      memorySize: 1024,
      timeout: Duration.seconds(functionTimeoutSeconds()),
      monitoring: props.monitoring,
      alarmName: 'Api',
      environment: {
        // Only Cognito in AWS: functions/config.ts refuses AUTH_MODE=local inside Lambda anyway.
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.userPoolId,
        COGNITO_CLIENT_IDS: props.clientIds.join(','),
        GRAPHQL_INTROSPECTION: 'false',
        GRAPHQL_LANDING_PAGE: 'false',
      },
    });
    this.function = house.function;
    this.logGroup = house.logGroup;

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
    this.function.addEnvironment('CASE_KEYS_SECRET_ARN', this.caseKeys.secretArn);

    // Read only, this one secret only.
    this.caseKeys.grantRead(house.role);
  }
}
