import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Config, KeyringSource } from '../config.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from './case-keys.js';

/**
 * A keyring that could not be read when a function started: which keyring, which secret, and why,
 * in one line (Lambda logs an init failure as one entry). Never any of the secret's contents.
 */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

/**
 * A keyring's JSON, from Secrets Manager in AWS (read once, at start) or inline locally. A secret
 * that is missing, unreadable or not in the keyring's form stops the start with a KeyringError.
 * `what` names the keyring in that error.
 */
export async function loadKeyringJson(
  source: KeyringSource,
  region: string,
  what = 'keyring',
): Promise<string> {
  if (source.kind === 'inline') return source.json;
  const where = `The ${what} in secret ${source.secretArn}`;
  const client = new SecretsManagerClient({ region });
  let json: string | undefined;
  try {
    ({ SecretString: json } = await client.send(new GetSecretValueCommand({ SecretId: source.secretArn })));
  } catch (error) {
    throw new KeyringError(`${where} could not be read: ${oneLine(error)}`, { cause: error });
  } finally {
    client.destroy();
  }
  if (!json) throw new KeyringError(`${where} is empty: it must hold the keyring's JSON.`);
  checkKeyring(json, where, parseCaseKeyring);
  return json;
}

/** The case keyring, from Secrets Manager in AWS (read once) or inline locally. */
export async function loadCaseKeys(config: Pick<Config, 'caseKeys' | 'region'>): Promise<CaseKeys> {
  const json = await loadKeyringJson(config.caseKeys, config.region, 'case keyring');
  if (config.caseKeys.kind === 'inline') return createCaseKeys(parseCaseKeyring(json));
  return checkKeyring(json, `The case keyring in secret ${config.caseKeys.secretArn}`, (checked) =>
    createCaseKeys(parseCaseKeyring(checked)),
  );
}

/** `read(json)`, or a KeyringError that says what is wrong without quoting the secret. */
function checkKeyring<T>(json: string, where: string, read: (json: string) => T): T {
  try {
    JSON.parse(json);
  } catch {
    // JSON.parse's message quotes the text it choked on: the secret itself.
    throw new KeyringError(`${where} is not JSON: it must be {"currentId":"k1","k1":"<secret>"}.`);
  }
  try {
    return read(json);
  } catch (error) {
    // The keyring's own messages name key ids, never secrets.
    throw new KeyringError(`${where} is not a keyring: ${oneLine(error)}`, { cause: error });
  }
}

function oneLine(error: unknown): string {
  const text =
    error instanceof Error
      ? error.name === 'Error'
        ? error.message
        : `${error.name}: ${error.message}`
      : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
