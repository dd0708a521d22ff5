import { Annotations, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Auth } from './constructs/auth.js';
import { GraphqlFunction } from './constructs/graphql-function.js';
import { HttpApi } from './constructs/http-api.js';
import { JourneyEvents } from './constructs/journey-events.js';
import { RegisterTable } from './constructs/register-table.js';
import { WebFunction } from './constructs/web-function.js';

export interface OpenPlaceStackProps extends StackProps {
  /** Origins allowed by CORS on the API. @default ['*'] */
  readonly corsOrigins?: readonly string[];
  /**
   * The pages' public address, e.g. a custom domain (context `publicBaseUrl`): the base of
   * FamilyLink.url. Without it, the API and pages use the address the request came to (the API's URL).
   */
  readonly publicBaseUrl?: string;
  /** Staff sign-in to the pages (Cognito managed login): see pagesSignInFromContext. */
  readonly pagesSignIn?: PagesSignInContext;
}

/** The pages' sign-in settings from CDK context; each has a default (see pagesSignInFromContext). */
export interface PagesSignInContext {
  readonly domainPrefix?: string;
  readonly callbackUrl?: string;
  readonly signOutUrl?: string;
}

/**
 * Without `-c webDomainPrefix=…` synth still works, with this placeholder and a warning: managed
 * login domain prefixes are unique across AWS, so a real deployment must choose its own.
 */
export const PLACEHOLDER_DOMAIN_PREFIX = 'openplace-set-webdomainprefix';

/**
 * OpenPlace: one DynamoDB table, one Cognito user pool, the GraphQL function behind an HTTP API,
 * and the journey's events: the outbox forwarder to an EventBridge bus, and the scheduled overdue job.
 * Environment-agnostic (no lookups), so it synthesizes offline without credentials.
 */
export class OpenPlaceStack extends Stack {
  constructor(scope: Construct, id: string, props: OpenPlaceStackProps = {}) {
    super(scope, id, props);

    const register = new RegisterTable(this, 'Register');
    const auth = new Auth(this, 'Auth');
    const graphql = new GraphqlFunction(this, 'Graphql', {
      userPoolId: auth.userPoolId,
      clientIds: [auth.clientId],
    });
    register.grantReadWriteTo(graphql.function);
    const { publicBaseUrl } = props;
    const web = new WebFunction(this, 'Web', {
      table: register,
      caseKeys: graphql.caseKeys,
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
    });
    if (publicBaseUrl) graphql.function.addEnvironment('PUBLIC_BASE_URL', publicBaseUrl);
    const api = new HttpApi(this, 'Http', {
      handler: graphql.function,
      web: web.function,
      ...(props.corsOrigins ? { corsOrigins: props.corsOrigins } : {}),
    });

    // Staff sign in to the pages with Cognito's managed login, through the pages' own app client.
    const pagesOrigin = publicBaseUrl ?? api.baseUrl;
    const domainPrefix = props.pagesSignIn?.domainPrefix ?? PLACEHOLDER_DOMAIN_PREFIX;
    if (!props.pagesSignIn?.domainPrefix) {
      Annotations.of(this).addWarningV2(
        'openplace:webDomainPrefix',
        `No -c webDomainPrefix=…: the managed login domain uses the placeholder "${PLACEHOLDER_DOMAIN_PREFIX}". Choose a prefix of your own before deploying.`,
      );
    }
    const pagesSignIn = auth.addPagesSignIn({
      domainPrefix,
      callbackUrl: props.pagesSignIn?.callbackUrl ?? `${pagesOrigin}/auth/callback`,
      signOutUrl: props.pagesSignIn?.signOutUrl ?? `${pagesOrigin}/`,
    });
    web.useSignIn({
      issuer: pagesSignIn.issuer,
      clientId: pagesSignIn.client.userPoolClientId,
      callbackUrl: props.pagesSignIn?.callbackUrl ?? `${pagesOrigin}/auth/callback`,
      logoutUrl: pagesSignIn.logoutUrl,
    });

    const journeyEvents = new JourneyEvents(this, 'JourneyEvents', {
      table: register,
      eventBusName: `${this.stackName}-journey`,
    });

    new CfnOutput(this, 'GraphqlUrl', { value: api.graphqlUrl, description: 'POST GraphQL requests here.' });
    new CfnOutput(this, 'PagesUrl', {
      value: publicBaseUrl ?? api.baseUrl,
      description: 'The pages: / (what OpenPlace is), /your-rights/<LA code>, family pages /f/<token>.',
    });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.clientId });
    new CfnOutput(this, 'PagesClientId', {
      value: pagesSignIn.client.userPoolClientId,
      description: 'The pages’ app client (managed login, authorization code + PKCE).',
    });
    new CfnOutput(this, 'ManagedLoginUrl', { value: pagesSignIn.domain.baseUrl() });
    new CfnOutput(this, 'TableName', { value: register.tableName });
    new CfnOutput(this, 'JourneyEventBusName', {
      value: journeyEvents.bus.eventBusName,
      description: 'Journey events (source openplace.journey): subscribe with a rule on this bus.',
    });
    new CfnOutput(this, 'JourneyEventBusArn', { value: journeyEvents.bus.eventBusArn });
    new CfnOutput(this, 'OverdueFunctionName', { value: journeyEvents.overdueJob.functionName });
  }
}

/**
 * Reads the `corsOrigins` context value: a comma-separated string (`-c corsOrigins=https://a,https://b`)
 * or a JSON array in cdk.json. Unset or empty means every origin ('*').
 */
export function corsOriginsFromContext(value: unknown): string[] {
  if (value === undefined || value === null) return ['*'];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    throw new Error(
      `Context value corsOrigins must be a string or an array of strings, not ${typeof value}.`,
    );
  }
  const items: unknown[] = typeof value === 'string' ? value.split(',') : value;
  const origins = items.map((item) => String(item).trim()).filter(Boolean);
  return origins.length > 0 ? origins : ['*'];
}

/**
 * Reads the `publicBaseUrl` context value (`-c publicBaseUrl=https://openplace.example.gov.uk`): an
 * https:// origin with no path. Unset means the pages use the address requests come to.
 */
export function publicBaseUrlFromContext(value: unknown): { publicBaseUrl?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string' || !/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(value.trim())) {
    throw new Error(
      `Context value publicBaseUrl must be an https:// origin with no path, not ${JSON.stringify(value)}.`,
    );
  }
  return { publicBaseUrl: value.trim() };
}

/**
 * Reads the pages' sign-in context: `webDomainPrefix` (the managed login's domain prefix),
 * `webCallbackUrl` and `webSignOutUrl` (default: the pages' /auth/callback and /, on publicBaseUrl
 * or the API's own address).
 */
export function pagesSignInFromContext(context: {
  webDomainPrefix?: unknown;
  webCallbackUrl?: unknown;
  webSignOutUrl?: unknown;
}): { pagesSignIn: PagesSignInContext } {
  const text = (name: string, value: unknown, pattern: RegExp, what: string): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' || !pattern.test(value.trim())) {
      throw new Error(`Context value ${name} must be ${what}, not ${JSON.stringify(value)}.`);
    }
    return value.trim();
  };
  const https = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[^\s]*)?$/;
  const domainPrefix = text(
    'webDomainPrefix',
    context.webDomainPrefix,
    /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    'lowercase letters, digits and hyphens (up to 63)',
  );
  if (domainPrefix && /aws|amazon|cognito/.test(domainPrefix)) {
    throw new Error('Context value webDomainPrefix may not contain "aws", "amazon" or "cognito".');
  }
  const callbackUrl = text('webCallbackUrl', context.webCallbackUrl, https, 'an https:// address');
  const signOutUrl = text('webSignOutUrl', context.webSignOutUrl, https, 'an https:// address');
  return {
    pagesSignIn: {
      ...(domainPrefix ? { domainPrefix } : {}),
      ...(callbackUrl ? { callbackUrl } : {}),
      ...(signOutUrl ? { signOutUrl } : {}),
    },
  };
}
