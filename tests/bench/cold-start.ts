import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Starts a fresh Node process that imports the bundle and answers one GraphQL request through
 * the Lambda handler, as a cold Lambda would. Returns the process's wall time and the time from
 * the start of import() to the answer, both in ms, its resident memory after answering, and the answer.
 */
export function coldStart(
  bundlePath: string,
  env: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return coldStartWith(bundlePath, env, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** As coldStart, for one GET of a page (the web Lambda): e.g. /f/{token}. */
export function coldStartGet(bundlePath: string, env: Record<string, string>, path: string) {
  return coldStartWith(bundlePath, env, { method: 'GET', path, headers: {}, body: null });
}

async function coldStartWith(
  bundlePath: string,
  env: Record<string, string>,
  request: { method: string; path: string; headers: Record<string, string>; body: string | null },
) {
  const script = `
    const t0 = performance.now();
    const { handler } = await import(${JSON.stringify(bundlePath)});
    const event = {
      version: '2.0', routeKey: '$default', rawPath: ${JSON.stringify(request.path)}, rawQueryString: '',
      headers: ${JSON.stringify(request.headers)},
      requestContext: { requestId: 'cold', http: { method: ${JSON.stringify(request.method)}, path: ${JSON.stringify(request.path)}, sourceIp: '127.0.0.1', protocol: 'HTTP/1.1', userAgent: 'bench' }, routeKey: '$default', stage: '$default', time: '', timeEpoch: 0, accountId: 'x', apiId: 'x', domainName: 'x', domainPrefix: 'x' },
      ${request.body === null ? '' : `body: ${JSON.stringify(request.body)}, `}isBase64Encoded: false,
    };
    const result = await handler(event, { awsRequestId: 'cold', getRemainingTimeInMillis: () => 10000 });
    process.stdout.write(JSON.stringify({ importAndAnswerMs: performance.now() - t0, rssBytes: process.memoryUsage().rss, status: result.statusCode, body: result.body }));
  `;
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const processMs = performance.now() - started;
  // The answer is the last line: a handler may write logs or EMF metrics to stdout before it.
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  const parsed = JSON.parse(last) as {
    importAndAnswerMs: number;
    rssBytes: number;
    status: number;
    body: string;
  };
  return { processMs, ...parsed };
}
