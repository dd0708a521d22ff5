import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Config, KeyringSource, WebConfig } from '../config.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from './case-keys.js';

/**
 * A keyring that could not be read when a function started: which keyring, which secret, and why,
 * in one line (Lambda logs an init failure as one entry). Never any of the secret's contents.
 */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

/** The one call a keyring needs of Secrets Manager (the IAM audit passes a client that records it). */
export type SecretReader = Pick<SecretsManagerClient, 'send'>;

/**
 * A keyring's JSON, from Secrets Manager in AWS (read once, at start) or inline locally. A secret
 * that is missing, unreadable or not in the keyring's form stops the start with a KeyringError.
 * `what` names the keyring in that error. Without `secrets`, a client is made for this one read.
 */
export async function loadKeyringJson(
  source: KeyringSource,
  region: string,
  what = 'keyring',
  secrets?: SecretReader,
): Promise<string> {
  if (source.kind === 'inline') return source.json;
  const where = `The ${what} in secret ${source.secretArn}`;
  const own = secrets ? null : new SecretsManagerClient({ region });
  const client = secrets ?? (own as SecretsManagerClient);
  let json: string | undefined;
  try {
    ({ SecretString: json } = await client.send(new GetSecretValueCommand({ SecretId: source.secretArn })));
  } catch (error) {
    throw new KeyringError(`${where} could not be read: ${oneLine(error)}`, { cause: error });
  } finally {
    own?.destroy();
  }
  if (!json) throw new KeyringError(`${where} is empty: it must hold the keyring's JSON.`);
  checkKeyring(json, where, parseCaseKeyring);
  return json;
}

/** The case keyring, from Secrets Manager in AWS (read once) or inline locally. */
export async function loadCaseKeys(
  config: Pick<Config, 'caseKeys' | 'region'>,
  secrets?: SecretReader,
): Promise<CaseKeys> {
  const json = await loadKeyringJson(config.caseKeys, config.region, 'case keyring', secrets);
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

/**
 * The pages' two keyrings, read together once per container before the first request: the case
 * keyring (case and list ids) and the staff sessions' (their cookies).
 */
export async function loadWebKeyrings(
  config: Pick<WebConfig, 'caseKeys' | 'sessionKeys' | 'region'>,
  secrets?: SecretReader,
): Promise<{ caseKeys: CaseKeys; sessionKeys: string }> {
  const [caseKeys, sessionKeys] = await Promise.all([
    loadCaseKeys(config, secrets),
    loadKeyringJson(config.sessionKeys, config.region, 'session keyring', secrets),
  ]);
  return { caseKeys, sessionKeys };
}
