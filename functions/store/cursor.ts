import { InvalidInputError } from '../core/errors.js';

type StartKey = Record<string, string>;

/** Opaque to clients: the DynamoDB key of the last item they were given. */
export function encodeCursor(key: StartKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor this API gave out; anything else is bad input on `field`. */
export function decodeCursor(
  cursor: string | null | undefined,
  field: string,
  expectedKeys: string[],
): StartKey | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      expectedKeys.every((k) => typeof (parsed as StartKey)[k] === 'string') &&
      Object.keys(parsed).length === expectedKeys.length
    ) {
      return parsed as StartKey;
    }
  } catch {
    // fall through to the uniform error below
  }
  throw new InvalidInputError([{ field, message: 'is not a cursor this API gave out' }]);
}
