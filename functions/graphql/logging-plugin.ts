import type { ApolloServerPlugin } from '@apollo/server';
import { rolesOf } from '../core/access.js';
import type { GraphqlContext } from './context.js';
import { clientCodeOf, isClientError } from './errors.js';

/**
 * One structured line per operation (name and caller's role, never variables: they may hold a
 * case reference or a token), unexpected errors logged in full with the correlation id, and
 * the correlation id returned in every response's extensions so a user can quote it.
 */
export function loggingPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          contextValue.logger.info('graphql operation', {
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            roles: rolesOf(contextValue.caller),
          });
        },
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            // What the client got wrong is a warning with its code (never the input: it may hold
            // a case reference or a token); only the unexpected is an error, logged in full.
            if (isClientError(error)) {
              contextValue.logger.warn('request refused', {
                code: clientCodeOf(error),
                path: error.path ?? null,
              });
              continue;
            }
            contextValue.logger.error('unexpected error', {
              error: error.originalError ?? error,
              path: error.path,
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, correlationId: contextValue.correlationId };
            // And on each error, so an error passed on alone still says which request it was.
            if (result.errors) {
              result.errors = result.errors.map((e) => ({
                ...e,
                extensions: { ...e.extensions, correlationId: contextValue.correlationId },
              }));
            }
          }
        },
      };
    },
  };
}
