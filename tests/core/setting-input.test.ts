import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../functions/core/errors.js';
import { normalisePostcode, parseSettingInput } from '../../functions/core/setting-input.js';
import { aSettingInput } from '../helpers/builders.js';

function fieldsAtFault(input: unknown): string[] {
  try {
    parseSettingInput(input);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((i) => i.field);
    throw error;
  }
  return [];
}

describe('parseSettingInput', () => {
  it('fills the defaults a new setting needs and normalises what a form sends', () => {
    const draft = parseSettingInput(
      aSettingInput({
        name: '  Oak School ',
        religiousCharacter: '  ',
        address: { lines: [' 1 Lane '], town: '', postcode: 'rh122nr' },
        provisions: [{ kind: 'RESOURCED_PROVISION', name: 'Base', designation: ['SLCN', 'ASD', 'SLCN'] }],
      }),
    );
    expect(draft.details).toMatchObject({
      name: 'Oak School',
      status: 'OPEN',
      genderIntake: 'MIXED',
      boarding: 'DAY',
      section41Approved: false,
      religiousCharacter: null,
      address: { lines: ['1 Lane'], town: null, postcode: 'RH12 2NR' },
    });
    expect(draft.provisions[0]?.designation).toEqual(['SLCN', 'ASD']);
    expect(draft.provisions[0]?.apTiers).toEqual([]);
  });

  it.each([
    ['ageRange.low above high', { ageRange: { low: 12, high: 11 } }, 'input.ageRange.low'],
    ['section 41 on an academy', { sector: 'ACADEMY', section41Approved: true }, 'input.section41Approved'],
    ['a setting id with a dot', { id: 'a.b' }, 'input.id'],
  ])('rejects %s', (_case, overrides, field) => {
    expect(fieldsAtFault(aSettingInput(overrides))).toContain(field);
  });

  it('accepts section 41 approval on independent special schools and special post-16 institutions', () => {
    for (const kind of ['INDEPENDENT_SPECIAL', 'SPECIAL_POST_16']) {
      expect(fieldsAtFault(aSettingInput({ kind, sector: 'INDEPENDENT', section41Approved: true }))).toEqual(
        [],
      );
    }
  });

  it('reports every field at fault, not just the first', () => {
    expect(fieldsAtFault(aSettingInput({ name: '', laCode: 'x', location: { lat: 0, lon: 0 } }))).toEqual(
      expect.arrayContaining(['input.name', 'input.laCode', 'input.location.lat']),
    );
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['rh122nr', 'RH12 2NR'],
    ['SW1A 1AA', 'SW1A 1AA'],
    ['  bn1   1aa ', 'BN1 1AA'],
  ])('%s → %s', (raw, expected) => expect(normalisePostcode(raw)).toBe(expected));
});
