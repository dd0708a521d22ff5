import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from './context.js';
import { ErrorCode, HTTP_STATUS, isErrorCode } from './errors.js';

/**
 * Every answer `Cache-Control: no-store` (what Apollo's cache-control plugin, off in server.ts,
 * set for answers without cache hints: they hold cases and lists, never to be kept by a cache).
 * Gives every refusal the HTTP status of the error table (errors.ts HTTP_STATUS) and, where the
 * client should wait, a Retry-After header. Subscriptions are refused by name: this API has none.
 */
export function httpStatusPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not supported: send a query or a mutation.', {
              extensions: { code: ErrorCode.OperationNotSupported, http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const first = errors?.[0];
          const code = first?.extensions?.code;
          if (!first || !isErrorCode(code)) return;
          // A response with a data key was executed: its errors came from resolvers.
          const status = HTTP_STATUS[code];
          response.http.status = data === undefined ? status.beforeExecution : status.fromResolver;
          const retryAfter = first.extensions?.retryAfterSeconds;
          if (typeof retryAfter === 'number') {
            response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
          }
        },
      };
    },
  };
}
