import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { typeDefs } from './__generated__/type-defs.js';
import type { GraphqlContext } from './context.js';
import { formatError } from './errors.js';
import { httpStatusPlugin } from './http-status-plugin.js';
import { loggingPlugin } from './logging-plugin.js';
import { resolvers } from './resolvers/index.js';
import { rightsExtensionPlugin } from './rights-extension-plugin.js';

/** The most tokens a document may have: far more than any real operation of this API. */
export const MAX_TOKENS = 2000;

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
    // The token limit is graphql-js's own (parseOptions below): Armor's re-parses the document in
    // a plugin, where a syntax error became an HTTP 500 with no correlation id.
    maxTokens: { enabled: false },
    // Suggestions would let a caller map a schema whose introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
  return new ApolloServer<GraphqlContext>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServer<GraphqlContext>['internals']['plugins']),
      // No GraphOS: keep usage reporting out of the request path (and the bundle's hot code).
      ApolloServerPluginUsageReportingDisabled(),
      // No @cacheControl hints and no Cache-Control header are ever set: the plugin Apollo adds
      // by default only cost a hook per resolved field (hundreds on a list).
      ApolloServerPluginCacheControlDisabled(),
      options.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
      httpStatusPlugin(),
      rightsExtensionPlugin(),
    ],
  });
}
