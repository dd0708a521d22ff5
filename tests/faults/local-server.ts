import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { type ClientRequest, request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadDevAuth } from '../../functions/local/dev-auth.js';

// Helpers for the fault tests: each starts servers of its own, never the shared test API.

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const auth = await loadDevAuth();
export const officerOf938 = auth.mint({ role: 'officer', laCodes: ['938'], subject: 'faults-officer-938' });

export interface GraphqlAnswer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
  ms: number;
}

/** One GraphQL request, timed; never waits longer than `timeoutMs`. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 20_000,
): Promise<GraphqlAnswer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as GraphqlAnswer['body'];
  return { status: response.status, body, ms: performance.now() - started };
}

/**
 * A request whose headers and first half of body are sent now, and the rest on `finish()`: it is
 * in flight, on the server, for as long as the test wants. `received` resolves once the server has
 * taken it as a request: it is sent with `Expect: 100-continue`, which Node's HTTP server answers
 * with 100 Continue just as it hands the request to its handler (the product's own server code,
 * unchanged: the interim answer comes from Node, before the handler's).
 */
export function heldRequest(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const half = Math.floor(body.length / 2);
  let req!: ClientRequest;
  let received!: Promise<void>;
  const answer = new Promise<{ status: number; body: GraphqlAnswer['body'] }>((resolve, reject) => {
    req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          authorization: `Bearer ${token}`,
          expect: '100-continue',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    received = new Promise<void>((resolveReceived, rejectReceived) => {
      req.once('continue', () => resolveReceived());
      req.once('error', rejectReceived);
    });
  });
  // Awaited through finish() (and received); this only keeps an early failure from being reported twice.
  answer.catch(() => {});
  received.catch(() => {});
  req.write(body.subarray(0, half));
  return {
    received,
    finish() {
      req.end(body.subarray(half));
      return answer;
    },
  };
}

/**
 * Polls `condition` every `everyMs` until it holds or `withinMs` have passed: whether it held.
 * For waiting on something the test cannot be told of (a process's state, seen from outside).
 */
export async function waitUntil(
  condition: () => Promise<boolean>,
  { withinMs, everyMs = 50 }: { withinMs: number; everyMs?: number },
): Promise<boolean> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    if (await condition()) return true;
    if (performance.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Whether a new TCP connection to the URL's port is refused (the server stopped listening). */
export function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: string[];
  /** When the process exited (performance.now()), and how. */
  exited: Promise<{ at: number; code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `npm start`'s program (tsx functions/local/start.ts) as a child process in its own process group,
 * on a free port, persisting to `dataDir`, with the demo register only.
 */
export async function startServerProcess(dataDir: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATA_DIR: dataDir,
    REFERENCE_LAS: 'none',
    TABLE_NAME: 'openplace',
    LOG_LEVEL: 'ERROR',
  };
  delete env.DYNAMODB_ENDPOINT;
  const child = spawn(`${ROOT}node_modules/.bin/tsx`, ['functions/local/start.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output: string[] = [];
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<{ at: number; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ at: performance.now(), code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      output.push(d.toString());
      const ready = /API ready at (http:\/\/\S+)/.exec(output.join(''));
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1].replace('localhost', '127.0.0.1'));
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before it was ready:\n${output.join('')}`));
    });
  });
  return { child, url, output, exited };
}

interface ProcessInfo {
  pid: number;
  pgid: number;
  args: string;
}

/** Running processes: zombies (exited, not yet reaped by whoever adopted them) are left out. */
async function runningProcesses(): Promise<ProcessInfo[]> {
  const { stdout } = await run('ps', ['-eo', 'pid=,pgid=,stat=,args=']);
  return stdout.split('\n').flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!m?.[1] || !m[2] || !m[3] || m[4] === undefined || m[3].startsWith('Z')) return [];
    return [{ pid: Number(m[1]), pgid: Number(m[2]), args: m[4] }];
  });
}

/** Running processes whose command line contains `text`. */
export async function processesMatching(text: string): Promise<ProcessInfo[]> {
  return (await runningProcesses()).filter((p) => p.args.includes(text) && !p.args.startsWith('ps '));
}

/** Running processes in a process group. */
export async function processGroupMembers(pgid: number): Promise<ProcessInfo[]> {
  return (await runningProcesses()).filter((p) => p.pgid === pgid);
}

/** Signals a process this test started, if it is still there. */
export function signalIfAlive(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Stops `pid` with SIGSTOP and waits until the kernel reports every thread stopped: kill(2) returns
 * once the signal is queued, and on a busy machine a JVM thread already running can still answer
 * a request before it stops.
 */
export async function freeze(pid: number): Promise<void> {
  process.kill(pid, 'SIGSTOP');
  const stopped = async () => {
    const tasks = await readdir(`/proc/${pid}/task`);
    const states = await Promise.all(
      tasks.map(
        async (t) => /^State:\s+(\S)/m.exec(await readFile(`/proc/${pid}/task/${t}/status`, 'utf8'))?.[1],
      ),
    );
    return states.every((s) => s === 'T' || s === 't' || s === 'Z' || s === 'X');
  };
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; ) {
    if (await stopped()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Process ${pid} did not stop within 5 s of SIGSTOP.`);
}
