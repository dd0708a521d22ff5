import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { newCaseRecord } from '../../../functions/core/journey/case.js';
import {
  LIST_REQUEST_KEY_MINUTES,
  listOfRepeatedRequest,
  parseListRequestKey,
  withListRequestKey,
} from '../../../functions/core/lists/request-key.js';

const at = new Date('2026-11-02T10:00:00Z');
const record = newCaseRecord('938', 'T/1', null, at.toISOString());
const minutes = (n: number) => new Date(at.getTime() + n * 60_000);

describe('a list made once per form', () => {
  it('returns the list a repeat of the form made, within the minutes it is kept', () => {
    const kept = withListRequestKey(record, 'form-key-0123456789', 'l2_a_b_1', at);
    expect(listOfRepeatedRequest(kept, 'form-key-0123456789', minutes(LIST_REQUEST_KEY_MINUTES - 1))).toBe(
      'l2_a_b_1',
    );
  });

  it('makes a new list for another key, after the minutes, or with no key', () => {
    const kept = withListRequestKey(record, 'form-key-0123456789', 'l2_a_b_1', at);
    expect(listOfRepeatedRequest(kept, 'another-key-0123456789', minutes(1))).toBeNull();
    expect(listOfRepeatedRequest(kept, 'form-key-0123456789', minutes(LIST_REQUEST_KEY_MINUTES))).toBeNull();
    expect(listOfRepeatedRequest(kept, null, minutes(1))).toBeNull();
    expect(listOfRepeatedRequest(null, 'form-key-0123456789', minutes(1))).toBeNull();
  });

  it('forgets an older key when a list is made without one', () => {
    const kept = withListRequestKey(record, 'form-key-0123456789', 'l2_a_b_1', at);
    expect(withListRequestKey(kept, null, 'l2_a_b_2', minutes(1)).listRequest).toBeUndefined();
  });

  it('refuses a key the form could not have made', () => {
    expect(parseListRequestKey('abcdefghijklmnop')).toBe('abcdefghijklmnop');
    for (const bad of ['short', 'has spaces in it here', 'x'.repeat(65)]) {
      expect(() => parseListRequestKey(bad)).toThrow(InvalidInputError);
    }
  });
});
