// The Lambdas of `npm run bench`: the API and web bundles, built as the CDK stack builds them, and
// their cold starts in fresh processes.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { familyPagePath } from '../../functions/core/lists/family-link.js';
import type { LocalStack } from '../../functions/local/runtime.js';
import { LAMBDA_ENTRY } from '../../infra/constructs/lambda-bundle.js';
import { bundleLambda, stageWebFiles } from './bundle.js';
import { coldStart, coldStartGet } from './cold-start.js';
import { BUDGET, COLD_STARTS } from './config.js';
import { line, verdict } from './report.js';
import type { BenchRequest } from './requests.js';
import { ms, summary } from './stats.js';

const WEB_ENTRY = new URL('../../web/lambda.ts', import.meta.url);

/**
 * Bundles both Lambdas and times COLD_STARTS cold starts of each on the stack's table: the API's
 * answering a list (so it loads the register), the web one a family page on the links made.
 */
export async function benchLambdas(
  stack: LocalStack,
  made: readonly { familyToken: string }[],
  list: BenchRequest,
  tokenFor: (laCode: string) => string,
) {
  // The Lambda bundle, built as the CDK stack builds it.
  const out = await mkdtemp(join(tmpdir(), 'openplace-bundle-'));
  const bundlePath = join(out, 'index.mjs');
  const bytes = await bundleLambda(LAMBDA_ENTRY, bundlePath);
  console.log();
  line(
    'Lambda bundle (minified ESM, AWS SDK inside)',
    `${(bytes / 1024 / 1024).toFixed(2)} MB`,
    verdict(bytes <= BUDGET.bundleBytes),
  );

  const env = {
    TABLE_NAME: stack.tableName,
    DYNAMODB_ENDPOINT: stack.dynamodbEndpoint,
    AWS_REGION: 'eu-west-2',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AUTH_MODE: 'local',
    LOCAL_AUTH_ISSUER: stack.auth.config.issuer,
    LOCAL_AUTH_JWKS: JSON.stringify(stack.auth.config.jwks),
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    CASE_KEYS: stack.caseKeysJson,
    // The pages seal staff sessions with their own keyring (read from Secrets Manager in AWS).
    SESSION_KEYS: JSON.stringify({
      currentId: 'b1',
      b1: 'bench-session-key-0123456789-abcdefghijklmnopqrstuvwxyz',
    }),
  };
  const processes: number[] = [];
  const answers: number[] = [];
  const resident: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const input = { ...list.input, caseReference: `BENCH/COLD/${Date.now()}/${i}` };
    const cold = await coldStart(
      bundlePath,
      env,
      'mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) { list { id entries { rank } } } }',
      { input },
      { authorization: `Bearer ${tokenFor(list.laCode)}` },
    );
    const body = JSON.parse(cold.body) as {
      data?: { generateTailoredList?: { list: { entries: unknown[] } } };
    };
    if (cold.status !== 200 || !body.data?.generateTailoredList?.list.entries.length)
      throw new Error(`Cold start answered ${cold.body.slice(0, 500)}`);
    processes.push(cold.processMs);
    answers.push(cold.importAndAnswerMs);
    resident.push(cold.rssBytes);
  }
  const cold = summary(processes);
  line(
    'API cold start: fresh process, import, register, 1 list',
    `median ${ms(cold.p50)} (import+answer ${ms(summary(answers).p50)})`,
    verdict(cold.p50 <= BUDGET.coldStartMs),
  );
  const rss = Math.max(...resident);
  line(
    'Resident memory after it (England held)',
    `${(rss / 1024 / 1024).toFixed(0)} MB at most`,
    verdict(rss <= BUDGET.rssBytes),
  );

  // The web Lambda (web/lambda.ts): its own bundle, with the files the stack copies beside it, in
  // a folder of its own, so web/paths.ts finds them beside index.mjs as in AWS (no overrides).
  const webOut = await mkdtemp(join(tmpdir(), 'openplace-web-bundle-'));
  const webBundlePath = join(webOut, 'index.mjs');
  const carried = await stageWebFiles(webOut);
  const webBytes = await bundleLambda(WEB_ENTRY, webBundlePath);
  line(
    'Web Lambda bundle (minified ESM, SDK inside)',
    `${(webBytes / 1024 / 1024).toFixed(2)} MB (+ ${(carried / 1024 / 1024).toFixed(2)} MB of files beside it)`,
  );
  const webProcesses: number[] = [];
  const webAnswers: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    // A real link each time, so the page reads its list from DynamoDB Local.
    const token = (made[i % made.length] as { familyToken: string }).familyToken;
    const cold = await coldStartGet(webBundlePath, env, familyPagePath(token));
    if (cold.status !== 200 || !cold.body.includes('<html'))
      throw new Error(`The web cold start answered ${cold.status}: ${cold.body.slice(0, 500)}`);
    webProcesses.push(cold.processMs);
    webAnswers.push(cold.importAndAnswerMs);
  }
  const webCold = summary(webProcesses);
  line(
    'Web cold start: fresh process, import + page',
    `median ${ms(webCold.p50)} (import+answer ${ms(summary(webAnswers).p50)})`,
    verdict(webCold.p50 <= BUDGET.webColdStartMs),
  );
}
