import { defineConfig } from 'vitest/config';

// As in every local command (functions/local/sdk-node-notice.ts), for the global setup and the
// test workers it starts alike: the SDK's notice that its versions after January 2027 need Node 22
// is about upgrades, which tests/local/node-floor.test.ts guards.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Tests that talk to DynamoDB Local (directly or through the local API): only these start Java. */
const NEEDS_DYNAMODB = [
  'tests/api/**/*.test.ts',
  'tests/services/**/*.test.ts',
  'tests/store/cursors.test.ts',
  'tests/store/lists-store.test.ts',
  'tests/store/register-store.test.ts',
  'tests/store/search-store.test.ts',
  'tests/gias/cli.test.ts',
  'tests/gias/import-gias.test.ts',
  'tests/graphql/logging.test.ts',
  'tests/local/token-cli.test.ts',
  'tests/reference/load-england.test.ts',
  'tests/faults/frozen-dynamodb.test.ts',
  'tests/faults/paused-load.test.ts',
  'tests/faults/port-taken.test.ts',
  'tests/faults/sigterm.test.ts',
  'tests/events/drain.test.ts',
  'tests/events/resend.test.ts',
  // Every AWS request each entry sends, held against its role (a table of its own on DynamoDB Local).
  'tests/iam/**/*.test.ts',
  // The pages, over HTTP and in a real browser (tests/web/view stays in the unit project).
  'tests/web/*.test.ts',
];

/** The AWS emulator tier: only `npm run test:aws` runs it (vitest.aws.config.ts), never `npm test`. */
const AWS_EMULATOR_TIER = ['tests/aws/**'];

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: Node resolves it to its CommonJS build (as Apollo Server does),
    // Vite to its ESM build. One realm only, or schema objects from one fail instanceof in the other.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // The pure core, the GIAS mapping, the schema and the CDK template: no Java needed
        // (`npx vitest run --project unit`).
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...NEEDS_DYNAMODB, ...AWS_EMULATOR_TIER],
        },
      },
      {
        extends: true,
        // One DynamoDB Local and one local API for these; tests isolate by unique ids.
        test: {
          name: 'integration',
          include: NEEDS_DYNAMODB,
          // The local API (and pages) on DynamoDB Local, and one headless Chromium for tests/web.
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/web/browser-setup.ts'],
        },
      },
    ],
  },
});
