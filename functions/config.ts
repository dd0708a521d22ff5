import { DEFAULT_CASE_RETENTION_DAYS } from './core/journey/retention.js';

// Configuration is read once per process, here, and fails loudly when something is missing.

/** What making lists and opening family links needs (lists-service.ts). */
export interface ListsConfig {
  /** Capacity not stated for longer than this is UNCONFIRMED on a list. */
  capacityFreshDays: number;
  /** How long a family link lasts unless the officer says otherwise. */
  familyLinkDays: number;
  /** Failed family-link attempts allowed from one source per window. */
  guessLimit: { attempts: number; windowSeconds: number };
  /** Days a case is kept after its last activity (CASE_RETENTION_DAYS). @default 730 */
  caseRetentionDays?: number;
}

export type AuthConfig =
  | { kind: 'cognito'; userPoolId: string; clientIds: string[] }
  | { kind: 'local'; issuer: string; jwks: { keys: Record<string, unknown>[] } };

export interface Config {
  tableName: string;
  /** Set for DynamoDB Local or another endpoint; unset in AWS. */
  dynamodbEndpoint: string | null;
  region: string;
  auth: AuthConfig;
  /** Schema introspection: on locally, off in AWS unless asked for. */
  introspection: boolean;
  /** The Apollo Sandbox landing page on GET /graphql: local only. */
  landingPage: boolean;
  lists: ListsConfig;
  /**
   * The keyring behind case and list ids (functions/store/case-keys.ts): in AWS a Secrets Manager
   * secret the function reads once at start; locally its JSON, from the git-ignored .openplace/.
   */
  caseKeys: KeyringSource;
  /**
   * The public origin of the family's pages (FamilyLink.url), e.g. https://places.example.gov.uk:
   * PUBLIC_BASE_URL, set by the stack in AWS. When null, the request's own origin is used.
   */
  publicBaseUrl: string | null;
  /** CAPACITY_REMINDER_DAYS: figures older are stale (staleCapacity); absent means the default. */
  capacityReminderDays?: number;
}

/**
 * How long one DynamoDB call may take before it fails (and the request is answered with a masked
 * INTERNAL_SERVER_ERROR), applied by functions/store/client.ts. The SDK's defaults have no request
 * timeout, only a 5-minute idle one, and 4 attempts: with DynamoDB unresponsive a request hung until
 * the Lambda itself timed out. In-region DynamoDB connects in ~1 ms and answers in single-digit ms,
 * so these only ever cut off a fault.
 */
export const DYNAMODB_LIMITS = {
  /** To open the TCP connection (a blackholed endpoint). */
  connectionTimeoutMs: 1_000,
  /** From sending an attempt to its response headers, connecting included (a frozen or overloaded endpoint). */
  requestTimeoutMs: 2_000,
  /** A connection silent for this long is abandoned: after the headers, this bounds a stalled body. */
  socketTimeoutMs: 2_000,
  /** Attempts in all: the first and two retries. */
  maxAttempts: 3,
} as const;

/**
 * The limits of a one-off bulk load (the first `npm start`'s register, `npm run import:gias`):
 * nobody is waiting on one answer, so a call may wait out a busy machine or a throttled table
 * (DynamoDB Local starved of CPU answered a batch in over 2 s on a busy 2-core machine, and the
 * API's limits killed the load). The API's limits above, and the Lambda timeout derived from them,
 * are unchanged: people waiting on an answer still get one within seconds.
 */
export const BULK_LOAD_LIMITS = {
  connectionTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  socketTimeoutMs: 60_000,
  /** With the SDK's backoff (up to 20 s between attempts), a load waits out minutes of stall. */
  maxAttempts: 8,
} as const;

/**
 * The SDK's standard retry mode sleeps a random time up to base × 2^retry before each retry: base
 * 50 ms after a timeout or a 5xx, 1 s after throttling (@smithy/core retry config of 2026; a test
 * in tests/faults checks these against the installed SDK). Throttling, the longer, is counted.
 */
export const SDK_RETRY_DELAY_BASE_MS = { transient: 50, throttling: 1_000 } as const;

/**
 * The longest one DynamoDB call can take before it fails: every attempt waits its full request
 * timeout plus one body stall, with the longest backoff between attempts. (A body that trickles
 * a byte a second is not bounded by this; DynamoDB sends each response whole.)
 */
export const DYNAMODB_WORST_CASE_MS =
  DYNAMODB_LIMITS.maxAttempts * (DYNAMODB_LIMITS.requestTimeoutMs + DYNAMODB_LIMITS.socketTimeoutMs) +
  Array.from(
    { length: DYNAMODB_LIMITS.maxAttempts - 1 },
    (_, retry) => SDK_RETRY_DELAY_BASE_MS.throttling * 2 ** retry,
  ).reduce((a, b) => a + b, 0);

/** Time a request needs besides its last DynamoDB call: token check, Apollo, earlier reads. */
const REQUEST_HEADROOM_MS = 3_000;

/**
 * The Lambda's timeout, from the DynamoDB worst case: a failing call is answered (masked, with
 * the correlation id) before Lambda kills the invocation, which API Gateway would turn into a
 * bare 503. It must stay under the HTTP API's 30 s integration limit.
 */
export const LAMBDA_TIMEOUT_SECONDS = Math.ceil((DYNAMODB_WORST_CASE_MS + REQUEST_HEADROOM_MS) / 1000);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`Environment variable ${name} is required but not set.`);
  return value;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`Environment variable ${name} must be a whole number above 0, not "${raw}".`);
  }
  return value;
}

/** List settings: the same defaults locally and in AWS. */
export function loadListsConfig(env: Env = process.env): ListsConfig {
  return {
    capacityFreshDays: positiveInt(env, 'LIST_CAPACITY_FRESH_DAYS', 30),
    familyLinkDays: positiveInt(env, 'FAMILY_LINK_DAYS', 90),
    guessLimit: {
      attempts: positiveInt(env, 'FAMILY_LINK_MAX_FAILURES', 20),
      windowSeconds: positiveInt(env, 'FAMILY_LINK_FAILURE_WINDOW_SECONDS', 600),
    },
    caseRetentionDays: positiveInt(env, 'CASE_RETENTION_DAYS', DEFAULT_CASE_RETENTION_DAYS),
  };
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`Environment variable ${name} must be true or false, not "${env[name]}".`);
}

/** Reads the configuration from environment variables. */
export function loadConfig(env: Env = process.env): Config {
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const authMode = env.AUTH_MODE ?? 'cognito';
  let auth: AuthConfig;
  if (authMode === 'local') {
    // A deployed stage must never accept tokens signed by a developer's key.
    if (inLambda) throw new ConfigError('AUTH_MODE=local is refused inside AWS Lambda.');
    auth = {
      kind: 'local',
      issuer: required(env, 'LOCAL_AUTH_ISSUER'),
      jwks: JSON.parse(required(env, 'LOCAL_AUTH_JWKS')) as { keys: Record<string, unknown>[] },
    };
  } else if (authMode === 'cognito') {
    auth = {
      kind: 'cognito',
      userPoolId: required(env, 'COGNITO_USER_POOL_ID'),
      clientIds: required(env, 'COGNITO_CLIENT_IDS')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  } else {
    throw new ConfigError(`AUTH_MODE must be "cognito" or "local", not "${authMode}".`);
  }
  return {
    caseKeys: caseKeysConfig(env),
    publicBaseUrl: publicBaseUrl(env),
    tableName: required(env, 'TABLE_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || null,
    region: env.AWS_REGION ?? 'eu-west-2',
    auth,
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', !inLambda),
    landingPage: flag(env, 'GRAPHQL_LANDING_PAGE', !inLambda),
    lists: loadListsConfig(env),
    capacityReminderDays: capacityReminderDays(env),
  };
}

/** Where the case keyring is: CASE_KEYS inline locally, CASE_KEYS_SECRET_ARN in AWS. */
export function caseKeysConfig(env: Env): Config['caseKeys'] {
  // A deployed stage keeps its keyring in Secrets Manager, never in an environment variable.
  return keyringSource(env, 'CASE_KEYS');
}

/** PUBLIC_BASE_URL: an http(s) origin (a path is allowed, a trailing slash dropped), or null when unset. */
export function publicBaseUrl(env: Env = process.env): string | null {
  const raw = env.PUBLIC_BASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute http(s) address, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute http(s) address, not "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * How staff sign in to the pages. `oidc`: the authorization code flow with PKCE against an OpenID
 * provider (Cognito's managed login in AWS, a local `oidc-provider` in tests). `dev`: the
 * development sign-in page, where a developer picks a demo role; only with AUTH_MODE=local, and
 * refused inside Lambda.
 */
export type SignInConfig =
  | { kind: 'dev' }
  | {
      kind: 'oidc';
      /** The provider's issuer; its discovery document names the endpoints. */
      issuer: string;
      /** The web app client (not the API's): public, PKCE-only. */
      clientId: string;
      /** Where the provider sends people back; when null, this origin's /auth/callback. */
      redirectUri: string | null;
      /**
       * Cognito's sign-out endpoint (https://<domain>/logout), which its discovery document does
       * not list; when null, the provider's end_session_endpoint if it has one.
       */
      logoutUrl: string | null;
    };

/** A keyring in the case keyring's form ({"currentId":"k1","k1":"…"}): in Secrets Manager, or inline locally. */
export type KeyringSource = { kind: 'secret'; secretArn: string } | { kind: 'inline'; json: string };

/** What the web pages' Lambda needs: the table, the keyrings, list settings, and how staff sign in. */
export type WebConfig = Pick<
  Config,
  'tableName' | 'dynamodbEndpoint' | 'region' | 'lists' | 'caseKeys' | 'publicBaseUrl'
> & {
  signIn: SignInConfig;
  /** The keys that seal staff sessions' cookies (web/auth/session.ts). */
  sessionKeys: KeyringSource;
  /** How long a staff session lasts from signing in (SESSION_HOURS, default 8: a working day). */
  sessionHours: number;
};

export function loadWebConfig(env: Env = process.env): WebConfig {
  return {
    ...loadTableConfig(env),
    lists: loadListsConfig(env),
    caseKeys: caseKeysConfig(env),
    publicBaseUrl: publicBaseUrl(env),
    signIn: signInConfig(env),
    sessionKeys: keyringSource(env, 'SESSION_KEYS'),
    sessionHours: positiveInt(env, 'SESSION_HOURS', 8),
  };
}

function signInConfig(env: Env): SignInConfig {
  const authMode = env.AUTH_MODE ?? 'cognito';
  if (authMode === 'local') {
    if (env.AWS_LAMBDA_FUNCTION_NAME) throw new ConfigError('AUTH_MODE=local is refused inside AWS Lambda.');
    return { kind: 'dev' };
  }
  if (authMode !== 'cognito')
    throw new ConfigError(`AUTH_MODE must be "cognito" or "local", not "${authMode}".`);
  return {
    kind: 'oidc',
    issuer: absoluteUrl(env, 'OIDC_ISSUER', required(env, 'OIDC_ISSUER')),
    clientId: required(env, 'OIDC_CLIENT_ID'),
    redirectUri: env.OIDC_REDIRECT_URI?.trim()
      ? absoluteUrl(env, 'OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI)
      : null,
    logoutUrl: env.OIDC_LOGOUT_URL?.trim() ? absoluteUrl(env, 'OIDC_LOGOUT_URL', env.OIDC_LOGOUT_URL) : null,
  };
}

function absoluteUrl(_env: Env, name: string, raw: string): string {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // fall through
  }
  throw new ConfigError(`${name} must be an absolute http(s) address, not "${raw}".`);
}

/** NAME (inline JSON, locally only) or NAME_SECRET_ARN (in AWS). */
function keyringSource(env: Env, name: string): KeyringSource {
  const inline = env[name]?.trim();
  if (inline && env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new ConfigError(`${name} is refused inside AWS Lambda: use ${name}_SECRET_ARN.`);
  }
  return inline
    ? { kind: 'inline', json: inline }
    : { kind: 'secret', secretArn: required(env, `${name}_SECRET_ARN`) };
}

/** What the event functions (the outbox forwarder, the overdue job) need: the table, and no more. */
export interface TableConfig {
  tableName: string;
  dynamodbEndpoint: string | null;
  region: string;
}

export function loadTableConfig(env: Env = process.env): TableConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || null,
    region: env.AWS_REGION ?? 'eu-west-2',
  };
}

/** The EventBridge bus the outbox forwarder publishes journey events to (set by the stack). */
export function loadEventBusName(env: Env = process.env): string {
  return required(env, 'EVENT_BUS_NAME');
}

/** Capacity reminders' default window: below the lists' 30-day freshness, so a reminder comes first. */
export const DEFAULT_CAPACITY_REMINDER_DAYS = 21;

/**
 * CAPACITY_REMINDER_DAYS: figures not stated or confirmed for this many days are stale, and a
 * setting is sent at most one reminder per window of this many days.
 */
export function capacityReminderDays(env: Env = process.env): number {
  return positiveInt(env, 'CAPACITY_REMINDER_DAYS', DEFAULT_CAPACITY_REMINDER_DAYS);
}

/** What the capacity reminder job needs: the table, the window, the sender and the pages' address. */
export interface ReminderConfig extends TableConfig {
  days: number;
  /** REMINDER_FROM: the From address, of the SES identity the stack allows (set by CDK). */
  from: string;
  /** REMINDER_CONFIGURATION_SET: the SES configuration set to send through, if any (set by CDK). */
  configurationSet: string | null;
  /** PUBLIC_BASE_URL: the base of the link to each school's page (set by CDK). */
  publicBaseUrl: string;
}

export function loadReminderConfig(env: Env = process.env): ReminderConfig {
  const base = publicBaseUrl(env);
  if (!base) throw new ConfigError('Environment variable PUBLIC_BASE_URL is required but not set.');
  return {
    ...loadTableConfig(env),
    days: capacityReminderDays(env),
    from: required(env, 'REMINDER_FROM'),
    configurationSet: env.REMINDER_CONFIGURATION_SET?.trim() || null,
    publicBaseUrl: base,
  };
}
