import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { createServicesFromConfig } from '../compose.js';
import type { Config } from '../config.js';
import { UnauthenticatedError } from '../core/errors.js';
import type { EmfMetrics } from '../metrics/emf-metrics.js';
import type { FamilySearchLimit } from '../services/search-service.js';
import type { CaseKeys } from '../store/case-keys.js';
import type { DocumentClient } from '../store/client.js';
import type { RetryBudget } from '../store/retry-budget.js';
import { type AuthenticatorOptions, createAuthenticator } from './auth.js';
import type { GraphqlContext, RequestLogger } from './context.js';
import { ErrorCode } from './errors.js';
import { createGraphqlServer } from './server.js';

/**
 * Builds the Lambda handler: clients, stores and the server are created once per container;
 * the context function is the one door through which a request's dependencies enter.
 */
export function createLambdaHandler(
  config: Config,
  deps: {
    logger?: Logger;
    client?: DocumentClient;
    retry?: RetryBudget;
    caseKeys?: CaseKeys;
    /** Test seam (the local runtime's): searches per family link and window. */
    familySearchLimit?: FamilySearchLimit;
    /** Test seam (the local runtime's): the clock, for statutory dates. */
    now?: () => Date;
    /** The local runtime's own origin, known once it listens (PUBLIC_BASE_URL still wins). */
    publicBaseUrl?: () => string;
    /** The services' metrics, flushed after every invocation (handler.ts: EMF; none locally). */
    metrics?: EmfMetrics;
    /** Test seam (the local runtime's): a Cognito user pool's signing keys, preloaded. */
    cognitoJwks?: AuthenticatorOptions['cognitoJwks'];
    /**
     * Start loading the register lists are made from at once, while the container starts (the
     * Lambda entry's): its first list then waits less, or not at all. A failed load is retried by that list.
     */
    loadRegisterAtStart?: boolean;
  } = {},
) {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? new Logger({ serviceName: 'openplace' });
  const services = createServicesFromConfig(config, {
    now,
    ...(deps.client ? { client: deps.client } : {}),
    ...(deps.caseKeys ? { caseKeys: deps.caseKeys } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.familySearchLimit ? { familySearchLimit: deps.familySearchLimit } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  if (deps.loadRegisterAtStart) {
    services.lists.loadRegister().catch((error: unknown) => {
      logger.warn('The register was not loaded at start: the first list loads it', { error });
    });
  }
  const authenticate = createAuthenticator(
    config.auth,
    deps.cognitoJwks ? { cognitoJwks: deps.cognitoJwks } : {},
  );
  const server = createGraphqlServer({
    introspection: config.introspection,
    landingPage: config.landingPage,
  });

  // The integration is CommonJS, so under NodeNext it sees the CJS declaration of the same
  // ApolloServer class; the cast bridges the two declarations, not two different types.
  const handler = startServerAndCreateLambdaHandler(
    server as never,
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: async ({ event, context }): Promise<GraphqlContext> => {
        const correlationId = event.requestContext?.requestId ?? context.awsRequestId;
        const requestLogger = withCorrelationId(logger, correlationId);
        try {
          const caller = await authenticate(event.headers?.authorization);
          const sourceIp = event.requestContext?.http?.sourceIp ?? 'unknown';
          const publicBaseUrl =
            config.publicBaseUrl ??
            deps.publicBaseUrl?.() ??
            `https://${event.requestContext?.domainName ?? 'localhost'}`;
          return { caller, ...services, correlationId, sourceIp, logger: requestLogger, publicBaseUrl };
        } catch (error) {
          if (error instanceof UnauthenticatedError) {
            throw new GraphQLError(error.message, {
              extensions: { code: ErrorCode.Unauthenticated, correlationId, http: { status: 401 } },
            });
          }
          throw error;
        }
      },
    },
  );
  const { metrics } = deps;
  if (!metrics) return handler;
  // What the invocation recorded is written once it ends, failed or not (as Powertools' logMetrics).
  const flushed: typeof handler = async (event, context, callback) => {
    try {
      // The integration answers through its promise, never the callback.
      return (await handler(event, context, callback)) as APIGatewayProxyStructuredResultV2;
    } finally {
      metrics.flush();
    }
  };
  return flushed;
}

/**
 * The container's logger with the request's correlation id on every line. Made for every request,
 * so made cheaply: Powertools' createChild (a whole new Logger) cost a quarter of a millisecond.
 */
export function withCorrelationId(logger: Logger, correlationId: string): RequestLogger {
  const keys = { correlationId };
  return {
    info: (message, attributes = {}) => logger.info(message, keys, attributes),
    warn: (message, attributes = {}) => logger.warn(message, keys, attributes),
    error: (message, attributes = {}) => logger.error(message, keys, attributes),
  };
}
