import { defineConfig } from 'vitest/config';

// The AWS emulator tier (`npm run test:aws`), never part of `npm test`: the Lambda entries
// unchanged against moto (AWS_ENDPOINT_URL) with their data on DynamoDB Local, and cfn-lint on
// the synthesized templates. Needs Java and `pip install "moto[server]"`.

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  resolve: {
    // As in vitest.config.ts: one realm of graphql.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'aws',
    include: ['tests/aws/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One moto for the run, reset before each file: files must not run at once.
    fileParallelism: false,
    globalSetup: ['tests/aws/setup/global-setup.ts'],
    setupFiles: ['tests/aws/setup/environment.ts'],
    // The entries log and write EMF as in Lambda: shown only for a test that fails.
    silent: 'passed-only',
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
