import { describe, expect, it } from 'vitest';
import { parseStartConsultation } from '../../functions/core/journey/input.js';
import { parseLocalRightsInfo } from '../../functions/core/local-rights-input.js';
import { isPhoneNumber } from '../../functions/core/validation.js';

// Phone numbers, wherever one is taken: digits, spaces and + ( ) - only, with 10 to 13 digits.

const consultation = (phone: string) => ({
  caseReference: 'T/1',
  laCode: '938',
  settingId: 's_1',
  message: 'Could you meet the needs?',
  contact: { name: 'SEN placements team', email: 'placements@council.example', phone },
});

describe('a phone number', () => {
  it.each(['01632 960 001', '+44 (0)1632 960001', '01632-960001', '+44 7700 900123'])(
    'accepts %s',
    (phone) => {
      expect(isPhoneNumber(phone)).toBe(true);
      expect(parseStartConsultation(consultation(phone)).contact.phone).toBe(phone);
    },
  );

  it.each(['call me maybe', '01632 9600', '+44 1632 960001 0000', '01632.960001', 'ext 01632960001'])(
    'refuses %s with BAD_FORMAT, on the consultation’s contact and the LA’s SENDIASS alike',
    (phone) => {
      expect(isPhoneNumber(phone)).toBe(false);
      expect(() => parseStartConsultation(consultation(phone))).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ field: 'input.contact.phone', code: 'BAD_FORMAT' })],
        }),
      );
      expect(() =>
        parseLocalRightsInfo({ laCode: '938', sendiass: { name: 'West Sussex SENDIASS', phone } }),
      ).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ field: 'input.sendiass.phone', code: 'BAD_FORMAT' })],
        }),
      );
    },
  );
});
