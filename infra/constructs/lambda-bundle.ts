// How the GraphQL Lambda is bundled: one definition for the CDK stack and for `npm run bench`,
// which measures the same bundle's size and cold start.

export const LAMBDA_ENTRY = new URL('../../functions/graphql/handler.ts', import.meta.url);

export const LAMBDA_BUNDLE = {
  target: 'node22',
  minify: true,
  // The map ships beside the bundle, without sources, for mapping a stack trace by hand. The
  // runtime does not load it: with --enable-source-maps, Node parses the whole map (1.9 MB) at
  // every cold start, which cost about 200 ms of a 550 ms start here.
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  // Resolve every package through its ESM entry, even where a CommonJS dependency require()s it,
  // so no package (Apollo Server, graphql) is bundled twice: half the size, and one realm.
  conditions: ['import', 'module'],
  alias: {
    // graphql 16 has no exports map; a deep import without an extension would pull in its CJS twin.
    'graphql/language/parser': 'graphql/language/parser.mjs',
  },
  // Some dependencies still call require(); ESM output needs one.
  banner: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
} as const;

/** The same options as esbuild command-line arguments, for NodejsFunction's esbuildArgs. */
export function esbuildArgs(): Record<string, string> {
  return {
    '--conditions': LAMBDA_BUNDLE.conditions.join(','),
    ...Object.fromEntries(Object.entries(LAMBDA_BUNDLE.alias).map(([from, to]) => [`--alias:${from}`, to])),
  };
}
