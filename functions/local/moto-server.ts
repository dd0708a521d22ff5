import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort, guardAgainstOrphan, stopChild } from './dynamodb-local.js';
import { listensOn } from './port-owner.js';

const run = promisify(execFile);

// moto's server, the AWS emulator of the AWS emulator tier (`npm run test:aws`): Secrets Manager,
// SES, EventBridge, SQS, SNS, Cognito and CloudWatch on one loopback port, started and stopped
// like DynamoDB Local (dynamodb-local.ts). It is a Python package, not an npm one: it is never
// fetched here, only found.

/** The one line printed where moto is missing. */
export const MOTO_MISSING = 'moto not installed: pip install "moto[server]"';

export class MotoServerError extends Error {
  override readonly name = 'MotoServerError';
}

export interface MotoServer {
  /** e.g. http://127.0.0.1:41234 */
  endpoint: string;
  port: number;
  pid: number;
  /** Forgets everything every service holds (POST /moto-api/reset). */
  reset(): Promise<void>;
  /** Asks moto to stop (SIGTERM), killing it after STOP_GRACE_MS; resolves when it has exited. */
  stop(): Promise<void>;
}

/** Whether `python3 -c 'import moto.server'` works here (moto with its server extras). */
export async function motoInstalled(python = 'python3'): Promise<boolean> {
  try {
    await run(python, ['-c', 'import moto.server']);
    return true;
  } catch {
    return false;
  }
}

/** Starts `python3 -m moto.server` on a free loopback port and waits until it answers. */
export async function startMotoServer(options: { port?: number; python?: string } = {}): Promise<MotoServer> {
  const python = options.python ?? 'python3';
  if (!(await motoInstalled(python))) throw new MotoServerError(MOTO_MISSING);
  // As for DynamoDB Local: a port found free can be taken before moto binds it; then another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(python, options.port ?? (await freePort()));
    } catch (error) {
      if (!(error instanceof PortTakenError) || options.port !== undefined || attempt >= 3) throw error;
    }
  }
}

class PortTakenError extends MotoServerError {}

async function startOnPort(python: string, port: number): Promise<MotoServer> {
  const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    // Its own process group, as DynamoDB Local: the terminal's Ctrl-C reaches the test run, whose
    // teardown stops it; the watchdog stops it if this process dies without one.
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    // Never a developer's AWS credentials, profile or endpoints: moto needs none.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_'))),
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  if (child.pid === undefined) {
    throw new MotoServerError(
      `Could not start ${python}: ${await new Promise((r) => child.once('error', r))}`,
    );
  }
  const watchdog = guardAgainstOrphan(child.pid, 'openplace-moto-watchdog');
  child.once('exit', () => watchdog?.kill('SIGKILL'));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, port, output);
  return {
    endpoint,
    port,
    pid: child.pid,
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new MotoServerError(`moto's reset answered ${response.status}.`);
    },
    stop: () => stopChild(child),
  };
}

async function waitUntilReady(child: ChildProcess, port: number, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const said = output.join('');
      if (said.includes('Address already in use')) {
        throw new PortTakenError(`Port ${port} is taken by another process: moto could not use it.`);
      }
      throw new MotoServerError(`moto exited with code ${child.exitCode}:\n${said}`);
    }
    try {
      await fetch(`http://127.0.0.1:${port}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      // Any answer means a server is up; only the socket's owner says it is ours.
      if ((await listensOn(child.pid ?? -1, port)) !== false) return;
    } catch {
      // Not answering yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new MotoServerError(`moto did not answer within 30 s:\n${output.join('')}`);
}
