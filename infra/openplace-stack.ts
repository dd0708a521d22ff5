import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type { Construct } from 'constructs';
import { Auth } from './constructs/auth.js';
import {
  CapacityReminders,
  type CapacityRemindersContext,
  PLACEHOLDER_REMINDER_SENDER,
} from './constructs/capacity-reminders.js';
import { CaseRetention } from './constructs/case-retention.js';
import { GraphqlFunction } from './constructs/graphql-function.js';
import { HttpApi } from './constructs/http-api.js';
import { JourneyEvents } from './constructs/journey-events.js';
import { Monitoring } from './constructs/monitoring.js';
import { RegisterSnapshot } from './constructs/register-snapshot.js';
import { type ExistingTable, RegisterTable } from './constructs/register-table.js';
import {
  watchHttpApi,
  watchSchedules,
  watchServiceMetrics,
  watchSes,
  watchTable,
} from './constructs/service-alarms.js';
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
  /** Run against this existing table instead of creating one (context `tableName`, `tableStreamArn`). */
  readonly existingTable?: ExistingTable;
  /** Where alarms are emailed (context `alarmEmail`, see alarmEmailFromContext); none by default. */
  readonly alarmEmail?: string;
  /** Capacity reminders' SES sender and configuration set (context `reminderSender`, `reminderConfigurationSet`). */
  readonly capacityReminders?: CapacityRemindersContext;
  /** Staff invitations through SES from this address (context `staffEmailFrom`, see staffEmailFromContext). */
  readonly staffEmailFrom?: string;
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

    const register = new RegisterTable(
      this,
      'Register',
      props.existingTable ? { existing: props.existingTable } : {},
    );
    // Alarms (to an SNS topic; email from context) and one dashboard: every function, schedule and
    // job adds its own as it is made (monitoring.ts), the rest is added below (service-alarms.ts).
    const monitoring = new Monitoring(
      this,
      'Monitoring',
      props.alarmEmail ? { alarmEmail: props.alarmEmail } : {},
    );
    // The stack's own schedule group: its Scheduler metrics and alarms are OpenPlace's alone.
    // It holds only the schedules below, which go with the stack: so does the group (RETAIN, CDK's
    // default, would leave an empty group behind a failed first deploy).
    const schedules = new scheduler.ScheduleGroup(this, 'Schedules', {
      removalPolicy: RemovalPolicy.DESTROY,
    });
    watchSchedules(monitoring, schedules);

    const auth = new Auth(this, 'Auth', props.staffEmailFrom ? { staffEmailFrom: props.staffEmailFrom } : {});
    const graphql = new GraphqlFunction(this, 'Graphql', {
      userPoolId: auth.userPoolId,
      clientIds: [auth.clientId],
      monitoring,
    });
    register.grantReadWriteTo(graphql.function);
    const { publicBaseUrl } = props;
    const web = new WebFunction(this, 'Web', {
      table: register,
      caseKeys: graphql.caseKeys,
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
      monitoring,
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
      group: schedules,
      monitoring,
    });
    watchHttpApi(monitoring, api.api);
    watchTable(monitoring, register.tableName);
    watchServiceMetrics(monitoring);

    // Capacity reminders: daily, by SES from the configured identity, linking to each school's page.
    if (!props.capacityReminders?.sender) {
      Annotations.of(this).addWarningV2(
        'openplace:reminderSender',
        `No -c reminderSender=…: capacity reminders are sent from the placeholder identity "${PLACEHOLDER_REMINDER_SENDER}", which SES will refuse. Give a verified SES email address or domain before deploying.`,
      );
    }
    new CapacityReminders(this, 'CapacityReminders', {
      table: register,
      publicBaseUrl: pagesOrigin,
      group: schedules,
      monitoring,
      ...props.capacityReminders,
    });
    // Reminders are the stack's only mail: SES's reputation is the account's, alarmed here.
    watchSes(monitoring);

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
    new CfnOutput(this, 'OutboxResendFunctionName', { value: journeyEvents.resend.function.functionName });

    // Cases past their retention are removed hourly (reads treat them as gone at once).
    const retention = new CaseRetention(this, 'CaseRetention', {
      table: register,
      caseKeys: graphql.caseKeys,
      group: schedules,
      monitoring,
    });
    new CfnOutput(this, 'RetentionSweeperName', { value: retention.sweeper.functionName });

    // The register's static facts that list-making instances start from, rewritten every 5 minutes
    // when they changed (the API and the pages append the change items it reads).
    const snapshot = new RegisterSnapshot(this, 'RegisterSnapshot', {
      table: register,
      group: schedules,
      monitoring,
    });
    new CfnOutput(this, 'RegisterSnapshotFunctionName', { value: snapshot.function.functionName });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: monitoring.topic.topicArn,
      description: 'CloudWatch alarms notify this topic: subscribe to it (or deploy with -c alarmEmail=…).',
    });
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

/**
 * Reads the existing-table context: `-c tableName=…` runs the stack against that table (e.g. one
 * restored from point-in-time recovery) instead of creating one, and then `-c tableStreamArn=…`
 * (its stream, new images) is required, since the outbox forwarder reads it. Unset: the stack
 * creates its table.
 */
export function existingTableFromContext(context: { tableName?: unknown; tableStreamArn?: unknown }): {
  existingTable?: ExistingTable;
} {
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (!given(context.tableName)) {
    if (given(context.tableStreamArn)) {
      throw new Error('Context value tableStreamArn is only for an existing table: give tableName too.');
    }
    return {};
  }
  const tableName = typeof context.tableName === 'string' ? context.tableName.trim() : '';
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(tableName)) {
    throw new Error(
      `Context value tableName must be a DynamoDB table name (3 to 255 letters, digits, _ . -), not ${JSON.stringify(context.tableName)}.`,
    );
  }
  if (!given(context.tableStreamArn)) {
    throw new Error(
      `Context value tableStreamArn is required with tableName: the outbox forwarder reads the table's stream. Enable the stream (new images) on ${tableName} and give its ARN (aws dynamodb describe-table --table-name ${tableName} --query Table.LatestStreamArn).`,
    );
  }
  const tableStreamArn = typeof context.tableStreamArn === 'string' ? context.tableStreamArn.trim() : '';
  const escaped = tableName.replace(/\./g, '\\.');
  if (
    !new RegExp(`^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/${escaped}/stream/[^/\\s]+$`).test(
      tableStreamArn,
    )
  ) {
    throw new Error(
      `Context value tableStreamArn must be the stream ARN of table ${tableName} (arn:aws:dynamodb:<region>:<account>:table/${tableName}/stream/<label>), not ${JSON.stringify(context.tableStreamArn)}.`,
    );
  }
  return { existingTable: { tableName, tableStreamArn } };
}

/**
 * Reads `staffEmailFrom` (`-c staffEmailFrom=openplace@westsussex.gov.uk`): the address Cognito
 * sends staff invitations and password resets from, through SES; its domain must be a verified
 * SES identity in the region. Unset: Cognito's own sender (about 50 messages a day).
 */
export function staffEmailFromContext(value: unknown): { staffEmailFrom?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string' || !/^[^\s@,;<>"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value.trim())) {
    throw new Error(
      `Context value staffEmailFrom must be one email address on a verified SES domain, not ${JSON.stringify(value)}.`,
    );
  }
  return { staffEmailFrom: value.trim() };
}
