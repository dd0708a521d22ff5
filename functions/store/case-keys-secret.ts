import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Config, KeyringSource } from '../config.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from './case-keys.js';

/** A keyring's JSON, from Secrets Manager in AWS (read once, at start) or inline locally. */
export async function loadKeyringJson(source: KeyringSource, region: string): Promise<string> {
  if (source.kind === 'inline') return source.json;
  const client = new SecretsManagerClient({ region });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: source.secretArn }));
    if (!SecretString) throw new Error('The keyring secret is empty.');
    return SecretString;
  } finally {
    client.destroy();
  }
}

/** The case keyring, from Secrets Manager in AWS (read once) or inline locally. */
export async function loadCaseKeys(config: Pick<Config, 'caseKeys' | 'region'>): Promise<CaseKeys> {
  return createCaseKeys(parseCaseKeyring(await loadKeyringJson(config.caseKeys, config.region)));
}
