import type { ListsConfig } from './services/lists-service.js';

// Configuration is read once per process, here, and fails loudly when something is missing.

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
}

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
    tableName: required(env, 'TABLE_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || null,
    region: env.AWS_REGION ?? 'eu-west-2',
    auth,
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', !inLambda),
    landingPage: flag(env, 'GRAPHQL_LANDING_PAGE', !inLambda),
    lists: loadListsConfig(env),
  };
}
