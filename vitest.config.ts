import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// As in every local command (functions/local/sdk-node-notice.ts), for the global setup and the
// test workers it starts alike: the SDK's notice that its versions after January 2027 need Node 22
// is about upgrades, which tests/local/node-floor.test.ts guards.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// The integration tests start DynamoDB Local (Java) about ten times: once for the run, and in the
// fault tests, which start and stop it to test that. Its JVM's optimising compiler (C2) is most of
// a start's CPU and gains nothing over a test's few minutes: with the first tier only, a start
// takes half the CPU and half the time here (measured: 3.9 s → 1.8 s CPU, 5.3 s → 2.7 s to answer).
// Only for tests, and only when the environment does not say otherwise; `npm start` is unchanged.
process.env.JAVA_TOOL_OPTIONS ??= '-XX:TieredStopAtLevel=1';

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
          // Projects with different worker counts run one after the other: this one first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // One DynamoDB Local and one local API for these; tests isolate by unique ids.
        test: {
          name: 'integration',
          include: NEEDS_DYNAMODB,
          // A file here spends much of its time waiting on other processes (Chromium, DynamoDB
          // Local, the local API in the main process, servers it starts, a database it freezes):
          // one worker more than CPUs keeps them busy (the default, one fewer, left one of two idle).
          maxWorkers: availableParallelism() + 1,
          // Each worker imports the app's modules once, not once per file (they hold no state a
          // file could leave behind; tests/web/staff.ts keeps its signed-in sessions per worker).
          isolate: false,
          sequence: { groupOrder: 1 },
          // The local API (and pages) on DynamoDB Local, and one headless Chromium for tests/web.
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/web/browser-setup.ts'],
        },
      },
    ],
  },
});
