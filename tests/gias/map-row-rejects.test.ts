import { describe, expect, it } from 'vitest';
import { mapGiasRow } from '../../functions/core/gias/map-row.js';
import { aGiasRow, SEN } from './gias-rows.js';
import { EXTRACT, imported } from './map-row-fixtures.js';

// mapGiasRow: a row's status, and the rows it skips (not a setting) or rejects (each reason named).

describe('mapGiasRow', () => {
  it.each([
    ['Open, but proposed to close', 'PROPOSED_TO_CLOSE'],
    ['Closed', 'CLOSED'],
  ])('maps the status "%s"', (status, expected) => {
    const record = imported(mapGiasRow(aGiasRow({ 'EstablishmentStatus (name)': status }), EXTRACT));
    expect(record.draft.details.status).toBe(expected);
  });

  it.each([
    [
      'a school proposed to open',
      { 'EstablishmentStatus (name)': 'Proposed to open' },
      'proposed to open: not a setting yet',
    ],
    [
      'an online provider',
      { 'TypeOfEstablishment (code)': '49', Easting: '' },
      'not a school setting: online provider, not a place-based setting',
    ],
    [
      'a higher education institution',
      { 'TypeOfEstablishment (code)': '29' },
      'not a school setting: higher education institution',
    ],
  ])('skips %s, with the reason', (_label, cells, reason) => {
    expect(mapGiasRow(aGiasRow(cells), EXTRACT)).toEqual({ outcome: 'skip', reason });
  });

  it.each([
    ['no URN', { URN: '' }, 'missing URN'],
    [
      'an unknown type code',
      { 'TypeOfEstablishment (code)': '99', 'TypeOfEstablishment (name)': 'Mystery' },
      'unknown establishment type code 99 ("Mystery")',
    ],
    ['no type code', { 'TypeOfEstablishment (code)': '' }, 'missing establishment type code'],
    [
      'low age above high age',
      { StatutoryLowAge: '11', StatutoryHighAge: '4' },
      'ageRange.low: low must not be above high',
    ],
    ['a school age above 25', { StatutoryHighAge: '99' }, 'ageRange.high: must be at most 25'],
    ['blank ages', { StatutoryLowAge: '' }, 'missing statutory age range'],
    ['fractional ages', { StatutoryLowAge: '4.5' }, 'statutory ages are not whole numbers'],
    ['a blank Easting', { Easting: '' }, 'no coordinates (Easting/Northing blank)'],
    ['a Northing that is not a number', { Northing: 'unknown' }, 'Easting/Northing are not numbers'],
    [
      'coordinates off the grid',
      { Easting: '0', Northing: '0' },
      'Easting/Northing are not on the British National Grid',
    ],
    ['an unknown phase', { 'PhaseOfEducation (name)': 'Tertiary' }, 'unknown phase "Tertiary"'],
    ['an unknown gender', { 'Gender (name)': 'Unknown' }, 'unknown gender "Unknown"'],
    [
      'an unknown status',
      { 'EstablishmentStatus (name)': 'Dormant' },
      'unknown establishment status "Dormant"',
    ],
    [
      'a bad postcode',
      { Postcode: 'NOT A CODE' },
      'address.postcode: must be a UK postcode, e.g. "RH12 2NR"',
    ],
    ['a bad LA code', { 'LA (code)': '9380' }, 'laCode: must be a 3-digit DfE LA code, e.g. "938"'],
    ['no name', { EstablishmentName: '  ' }, 'name: must not be empty'],
  ])('rejects a row with %s', (_label, cells, reason) => {
    const result = mapGiasRow(aGiasRow(cells), EXTRACT);
    expect(result.outcome).toBe('reject');
    expect(result.outcome === 'reject' && result.reasons).toContain(reason);
  });

  it('rejects an unknown SEN code, naming it', () => {
    const result = mapGiasRow(
      aGiasRow({ 'TypeOfEstablishment (code)': '07' }, [SEN.ASD, 'XYZ - Something Else']),
      EXTRACT,
    );
    expect(result).toEqual({
      outcome: 'reject',
      reasons: ['unknown SEN code "XYZ"'],
      urn: '900100',
      closed: false,
    });
  });

  it('marks a rejected closed row as closed, so it can still close a setting in the register', () => {
    const result = mapGiasRow(aGiasRow({ 'EstablishmentStatus (name)': 'Closed', Easting: '' }), EXTRACT);
    expect(result).toMatchObject({ outcome: 'reject', urn: '900100', closed: true });
  });
});
