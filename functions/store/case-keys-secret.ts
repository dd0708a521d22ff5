import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Config } from '../config.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from './case-keys.js';

/** The case keyring, from Secrets Manager in AWS (read once) or inline locally. */
export async function loadCaseKeys(config: Pick<Config, 'caseKeys' | 'region'>): Promise<CaseKeys> {
  if (config.caseKeys.kind === 'inline') return createCaseKeys(parseCaseKeyring(config.caseKeys.json));
  const client = new SecretsManagerClient({ region: config.region });
  try {
    const { SecretString } = await client.send(
      new GetSecretValueCommand({ SecretId: config.caseKeys.secretArn }),
    );
    if (!SecretString) throw new Error('The case keyring secret is empty.');
    return createCaseKeys(parseCaseKeyring(SecretString));
  } finally {
    client.destroy();
  }
}
