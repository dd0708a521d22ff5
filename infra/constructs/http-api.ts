import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { STAFF_ROUTES } from '../../web/view/routes.js';

export interface HttpApiProps {
  /** The GraphQL function behind POST and GET /graphql. */
  readonly handler: lambda.IFunction;
  /** The web pages' function, behind /, /your-rights, the family's page /f/… and /assets/…. */
  readonly web?: lambda.IFunction;
  /** Origins allowed by CORS. @default ['*'] */
  readonly corsOrigins?: readonly string[];
  /** Default-stage throttling, requests per second. @default 50 */
  readonly rateLimit?: number;
  /** Default-stage burst. @default 100 */
  readonly burstLimit?: number;
}

/** The pages' GET routes (web/view/routes.ts): home, the rights page, the family's page, assets. */
export const WEB_GET_ROUTES = [
  '/',
  '/your-rights',
  '/your-rights/{laCode}',
  '/f/{token}',
  '/assets/{proxy+}',
] as const;

/**
 * The sign-in and staff routes as API Gateway paths (`:name` → `{name}`), from the pages' route
 * table (web/view/routes.ts), so a page added there is routed here too.
 */
export function webSignInAndStaffRoutes(): { path: string; methods: ('GET' | 'HEAD' | 'POST')[] }[] {
  const routes: { path: string; methods: ('GET' | 'HEAD' | 'POST')[] }[] = [
    { path: '/sign-in', methods: ['GET', 'HEAD'] },
    { path: '/auth/callback', methods: ['GET'] },
    { path: '/sign-out', methods: ['POST'] },
  ];
  for (const [, methods, path] of STAFF_ROUTES) {
    const verbs = methods.split(' ') as ('GET' | 'POST')[];
    routes.push({
      path: path.replace(/:([a-zA-Z]+)/g, '{$1}'),
      methods: verbs.flatMap((m) => (m === 'GET' ? (['GET', 'HEAD'] as const) : ([m] as const))),
    });
  }
  return routes;
}

/** Context variables of HTTP API access logs, one JSON object per request. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  // The route, never the path: a family page's path holds its link's token.
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
};

/**
 * The public HTTP API: POST and GET /graphql to the GraphQL function, CORS preflight answered by
 * API Gateway, default-stage throttling, and JSON access logs.
 *
 * There is deliberately no API Gateway authorizer: parents' share links and the rights statement
 * must work with no account, so one route serves anonymous and signed-in callers. The function
 * verifies a bearer token when one is sent (aws-jwt-verify against the Cognito user pool, access
 * tokens only, client id checked) and the resolvers enforce roles.
 */
export class HttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HttpApiProps) {
    super(scope, id);

    this.api = new apigwv2.HttpApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-graphql`,
      description: 'OpenPlace GraphQL API',
      // The default stage is created below, with throttling and access logs.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...(props.corsOrigins ?? ['*'])],
        allowMethods: [
          apigwv2.CorsHttpMethod.GET,
          apigwv2.CorsHttpMethod.POST,
          apigwv2.CorsHttpMethod.OPTIONS,
        ],
        allowHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
        // Bearer tokens, not cookies: no credentials, so '*' stays a valid origin.
        allowCredentials: false,
        // Browsers cap this (Chromium at 2 hours); it saves a preflight round trip per request.
        maxAge: Duration.hours(2),
      },
    });

    const integration = new HttpLambdaIntegration('GraphqlIntegration', props.handler);
    this.api.addRoutes({
      path: '/graphql',
      methods: [apigwv2.HttpMethod.POST, apigwv2.HttpMethod.GET],
      integration,
    });

    if (props.web) {
      // One resource-based permission for all the pages' routes, not one per route: ~420 bytes a
      // statement would take the function's policy past Lambda's 20,480-byte limit at ~49 routes
      // and fail the deploy (aws-cdk#19535). The API's own routes all lead to this function anyway.
      const pages = new HttpLambdaIntegration('WebIntegration', props.web, { scopePermissionToRoute: false });
      const get = [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.HEAD];
      for (const path of WEB_GET_ROUTES) this.api.addRoutes({ path, methods: get, integration: pages });
      // The family's forms (add, order, remove choices): Post/Redirect/Get.
      this.api.addRoutes({
        path: '/f/{token}/choices/{form}',
        methods: [apigwv2.HttpMethod.POST],
        integration: pages,
      });
      // Signing in and out, and the staff pages: from the pages' own route table.
      for (const { path, methods } of webSignInAndStaffRoutes()) {
        this.api.addRoutes({ path, methods: methods.map((m) => apigwv2.HttpMethod[m]), integration: pages });
      }
    }

    // Default retention policy (RETAIN) with a bounded retention: see the function's log group.
    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
    });

    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 50, burstLimit: props.burstLimit ?? 100 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorization is done in the Lambda function on purpose: share links for parents and the rights ' +
        'statement must work with no account, so /graphql accepts anonymous requests. When a bearer token ' +
        'is sent, the function verifies it against the Cognito user pool (aws-jwt-verify, access tokens, ' +
        'client id checked) and resolvers enforce the cognito:groups roles; an invalid token is rejected.',
    });
  }

  /** The pages' address (the API's own). */
  get baseUrl(): string {
    return this.api.apiEndpoint;
  }

  /** The URL clients post GraphQL requests to. */
  get graphqlUrl(): string {
    return `${this.api.apiEndpoint}/graphql`;
  }
}
