import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AuthConfig } from '../config.js';
import { groups } from '../core/access.js';
import { STATE_DIR } from './paths.js';

// Local development tokens: shaped like Cognito access tokens and verified by the same kind of
// verifier the Lambda uses, so the code path is the same. The key lives in a git-ignored file
// so `npm run token` (another process) signs tokens the running server accepts.

export const LOCAL_ISSUER = 'https://openplace.local/dev-issuer';
const LOCAL_CLIENT_ID = 'openplace-local';
const DEFAULT_KEY_FILE = join(STATE_DIR, 'dev-signing-key.json');
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

interface StoredKey {
  kid: string;
  privateKeyPem: string;
}

export interface DevAuth {
  config: Extract<AuthConfig, { kind: 'local' }>;
  mint(request: TokenRequest): string;
}

export type TokenRequest =
  | { role: 'officer'; laCodes: string[]; subject?: string }
  | { role: 'setting'; settingIds: string[]; subject?: string }
  | { role: 'groups'; groups: string[]; subject?: string; expiresInSeconds?: number };

/** Loads the local signing key, creating it on first use. */
export async function loadDevAuth(keyFile = DEFAULT_KEY_FILE): Promise<DevAuth> {
  const stored = await loadOrCreateKey(keyFile);
  const privateKey = createPrivateKey(stored.privateKeyPem);
  const jwk = {
    ...createPublicKey(privateKey).export({ format: 'jwk' }),
    kid: stored.kid,
    alg: 'RS256',
    use: 'sig',
  };
  return {
    config: { kind: 'local', issuer: LOCAL_ISSUER, jwks: { keys: [jwk] } },
    mint(request) {
      const now = Math.floor(Date.now() / 1000);
      const lifetime =
        request.role === 'groups'
          ? (request.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS)
          : TOKEN_LIFETIME_SECONDS;
      const payload = {
        sub: request.subject ?? randomUUID(),
        iss: LOCAL_ISSUER,
        client_id: LOCAL_CLIENT_ID,
        token_use: 'access',
        scope: 'openplace/api',
        'cognito:groups': groupsFor(request),
        iat: now,
        exp: now + lifetime,
        jti: randomUUID(),
      };
      const header = { alg: 'RS256', typ: 'JWT', kid: stored.kid };
      const signingInput = `${base64url(header)}.${base64url(payload)}`;
      const signature = sign('RSA-SHA256', Buffer.from(signingInput), privateKey).toString('base64url');
      return `${signingInput}.${signature}`;
    },
  };
}

function groupsFor(request: TokenRequest): string[] {
  switch (request.role) {
    case 'officer':
      return request.laCodes.map(groups.officer);
    case 'setting':
      return request.settingIds.map(groups.staff);
    case 'groups':
      return request.groups;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function loadOrCreateKey(keyFile: string): Promise<StoredKey> {
  if (existsSync(keyFile)) return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stored: StoredKey = {
    kid: `local-${randomUUID()}`,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
  await mkdir(dirname(keyFile), { recursive: true });
  // wx: if two processes race to create the key, the loser reads the winner's.
  try {
    await writeFile(keyFile, JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
    return stored;
  } catch {
    return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
  }
}
