import { describe, expect, it } from 'vitest';
import { fieldOfCoercionError } from '../../functions/graphql/errors.js';

describe('fieldOfCoercionError', () => {
  it.each([
    [
      'Variable "$input" got invalid value -1.5 at "input.places"; Int cannot represent non-integer value: -1.5',
      'input.places',
    ],
    [
      'Variable "$input" got invalid value "XYZ" at "input.provisions[1].designation[0]"; Value "XYZ" does not exist in "NeedCode" enum.',
      'input.provisions.1.designation.0',
    ],
    [
      'Variable "$input" got invalid value { a: 1 }; Field "places" of required type "Int!" was not provided.',
      'input.places',
    ],
    [
      'Variable "$input" got invalid value { lines: [] } at "input.address"; Field "lines" of required type "[String!]!" was not provided.',
      'input.address.lines',
    ],
    ['Variable "$status" got invalid value "X"; Value "X" does not exist in "SettingStatus" enum.', 'status'],
  ])('%s', (message, field) => expect(fieldOfCoercionError(message)).toBe(field));
});
