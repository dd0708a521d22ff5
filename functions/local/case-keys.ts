import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATE_DIR } from './paths.js';

/**
 * The local case keyring (functions/store/case-keys.ts), made on first use in the git-ignored
 * .openplace/ folder, in the form the Secrets Manager secret has in AWS.
 */
export function loadLocalCaseKeyring(): Promise<string> {
  return loadLocalKeyring('case-keys.json');
}

/** The local keyring that seals staff sessions' cookies (web/auth/session.ts), in the same form. */
export function loadLocalSessionKeyring(): Promise<string> {
  return loadLocalKeyring('session-keys.json');
}

async function loadLocalKeyring(name: string): Promise<string> {
  const FILE = join(STATE_DIR, name);
  try {
    return await readFile(FILE, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const json = JSON.stringify({ currentId: 'k1', k1: randomBytes(48).toString('base64url') });
  await mkdir(STATE_DIR, { recursive: true });
  // Another process may have made it meanwhile: keep whichever landed first.
  await writeFile(FILE, json, { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return readFile(FILE, 'utf8');
}
