import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, Handler } from 'aws-lambda';
import { LAMBDA_TIMEOUT_SECONDS } from '../config.js';

type LambdaHandler = Handler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpAdapter {
  server: Server;
  /**
   * Stops accepting connections and lets the requests in flight finish, for up to `graceMs`;
   * then closes whatever is left. Resolves, with how many requests were cut off, once every
   * connection is closed. Calling it again returns the same promise.
   */
  close(graceMs: number): Promise<{ cutOff: number }>;
}

/**
 * Serves a Lambda handler over plain HTTP by building the same API Gateway HTTP API (v2)
 * event the handler receives in AWS, so local runs and tests exercise the deployed code path.
 * With `web`, every other path goes to that handler (the pages), as the HTTP API's routes do.
 */
export function createHttpAdapter(
  handler: LambdaHandler,
  path = '/graphql',
  web?: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>,
): HttpAdapter {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let closing: Promise<{ cutOff: number }> | null = null;
  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining) server.closeIdleConnections();
    });
    // A request that came on a kept-alive connection while draining is served, as its last.
    if (draining) res.setHeader('connection', 'close');
    handle(handler, path, web, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'Local adapter error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      );
    });
  });

  async function drain(graceMs: number): Promise<{ cutOff: number }> {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Answers still to be written end their connection instead of keeping it alive.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      closed.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (drained) return { cutOff: 0 };
    const cutOff = inFlight.size;
    server.closeAllConnections();
    await closed;
    return { cutOff };
  }

  return {
    server,
    close(graceMs) {
      closing ??= drain(graceMs);
      return closing;
    },
  };
}

async function handle(
  handler: LambdaHandler,
  path: string,
  web: ((event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>) | undefined,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (web && url.pathname !== path) {
    handler = (event) => web(event);
  } else if (url.pathname === '/' && req.method === 'GET') {
    res.writeHead(302, { location: path }).end();
    return;
  } else if (url.pathname !== path) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found. The API is at ${path}\n`);
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large\n');
    return;
  }
  const event = toEvent(req, url, body);
  const result = (await handler(event, lambdaContext(event.requestContext.requestId), () => {})) as
    | APIGatewayProxyStructuredResultV2
    | undefined;
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result?.headers ?? {})) headers[k] = String(v);
  // As API Gateway does with a payload 2.0 answer's `cookies`: one Set-Cookie header each.
  if (result?.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result?.statusCode ?? 200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(result?.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result?.body ?? ''));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toEvent(req: IncomingMessage, url: URL, body: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    // As API Gateway does (payload 2.0): the Cookie header's pairs go to `cookies`, not the headers.
    if (name.toLowerCase() === 'cookie') {
      cookies = (Array.isArray(value) ? value.join('; ') : value).split(/;\s*/).filter(Boolean);
      continue;
    }
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const queryStringParameters = url.searchParams.size > 0 ? Object.fromEntries(url.searchParams) : undefined;
  const now = new Date();
  const method = req.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies ? { cookies } : {}),
    headers,
    queryStringParameters,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        // Locally only, a proxy's X-Forwarded-For is trusted so tests can act as several clients;
        // in AWS, API Gateway fills this from the connection and it cannot be spoofed.
        sourceIp:
          headers['x-forwarded-for']?.split(',')[0]?.trim() || (req.socket.remoteAddress ?? '127.0.0.1'),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body || undefined,
    isBase64Encoded: false,
  };
}

function lambdaContext(requestId: string): Context {
  // The deployed function's timeout (the adapter does not enforce it; the DynamoDB client's
  // limits, from which it is derived, end a stuck request well before it).
  const deadline = Date.now() + LAMBDA_TIMEOUT_SECONDS * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'openplace-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:openplace-local',
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
