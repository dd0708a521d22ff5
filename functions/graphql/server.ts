import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { typeDefs } from './__generated__/type-defs.js';
import type { GraphqlContext } from './context.js';
import { formatError } from './errors.js';
import { loggingPlugin } from './logging-plugin.js';
import { resolvers } from './resolvers/index.js';
import { rightsExtensionPlugin } from './rights-extension-plugin.js';

export interface ServerOptions {
  introspection: boolean;
  landingPage: boolean;
}

/** The Apollo Server shared by the Lambda handler and the local HTTP adapter. */
export function createGraphqlServer(options: ServerOptions): ApolloServer<GraphqlContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 2000 },
    // Suggestions would let a caller map a schema whose introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
  return new ApolloServer<GraphqlContext>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServer<GraphqlContext>['internals']['plugins']),
      // No GraphOS: keep usage reporting out of the request path (and the bundle's hot code).
      ApolloServerPluginUsageReportingDisabled(),
      options.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
      rightsExtensionPlugin(),
    ],
  });
}
