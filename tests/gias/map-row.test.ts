import { describe, expect, it } from 'vitest';
import { mapGiasRow } from '../../functions/core/gias/map-row.js';
import { aGiasRow, SEN } from './gias-rows.js';
import { EXTRACT, imported, provisionsOf } from './map-row-fixtures.js';

// mapGiasRow: a GIAS row as the setting the register keeps (kind, sector, ages, section 41,
// boarders, religious character, address, coordinates). Its provisions, the rows it skips or
// rejects, and files without some optional columns: map-row-*.test.ts.

describe('mapGiasRow', () => {
  it('imports a mainstream school with an undesignated main roll and its GIAS capacity', () => {
    const record = imported(mapGiasRow(aGiasRow(), EXTRACT));
    expect(record.urn).toBe('900100');
    expect(record.draft.details).toMatchObject({
      urn: '900100',
      name: 'Test Community Primary School',
      kind: 'MAINSTREAM',
      sector: 'LA_MAINTAINED',
      phase: 'PRIMARY',
      ageRange: { low: 4, high: 11 },
      genderIntake: 'MIXED',
      boarding: 'DAY',
      religiousCharacter: null,
      laCode: '938',
      address: { lines: ['School Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
      status: 'OPEN',
      source: 'GIAS',
      sourceNotes: [],
    });
    expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: [], apTiers: [] }]);
    expect(record.draft.provisions[0]?.source).toBe('GIAS');
    expect(record.capacities.MAIN_ROLL).toMatchObject({
      places: 210,
      onRoll: 200,
      vacancies: 10,
      source: 'GIAS',
      updatedAt: '2025-04-22T00:00:00.000Z',
      updatedBy: 'gias-import',
    });
    expect(record.warnings).toEqual([]);
  });

  it('records section 41 approval for an independent special school', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({ 'TypeOfEstablishment (code)': '10', 'Section41Approved (name)': 'Approved' }, [SEN.SEMH]),
        EXTRACT,
      ),
    );
    expect(record.draft.details).toMatchObject({
      kind: 'INDEPENDENT_SPECIAL',
      sector: 'INDEPENDENT',
      section41Approved: true,
    });
  });

  it('drops a section 41 approval where the law does not allow one, with a note', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({ 'TypeOfEstablishment (code)': '08', 'Section41Approved (name)': 'Approved' }, [SEN.HI]),
        EXTRACT,
      ),
    );
    expect(record.draft.details).toMatchObject({ sector: 'NON_MAINTAINED', section41Approved: false });
    expect(record.draft.details.sourceNotes[0]).toContain('section 41');
  });

  it('caps a college age range at 25, with a note', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({
          'TypeOfEstablishment (code)': '18',
          'PhaseOfEducation (name)': '16 plus',
          StatutoryLowAge: '16',
          StatutoryHighAge: '99',
          'Gender (name)': 'Not applicable',
        }),
        EXTRACT,
      ),
    );
    expect(record.draft.details).toMatchObject({
      kind: 'FURTHER_EDUCATION',
      ageRange: { low: 16, high: 25 },
      genderIntake: 'MIXED',
      phase: 'SIXTEEN_PLUS',
    });
    expect(record.draft.details.sourceNotes[0]).toContain('16–99');
  });

  it('reads boarders, religious character, address and postcode as the register keeps them', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({
          'Boarders (name)': 'Boarding school',
          'ReligiousCharacter (name)': 'Roman Catholic',
          Street: '',
          Locality: '',
          Address3: '',
          Postcode: 'rh121aa',
          'Gender (name)': 'Girls',
        }),
        EXTRACT,
      ),
    );
    expect(record.draft.details).toMatchObject({
      boarding: 'DAY_AND_RESIDENTIAL',
      religiousCharacter: 'Roman Catholic',
      genderIntake: 'GIRLS',
      address: { lines: ['Horsham'], town: 'Horsham', postcode: 'RH12 1AA' },
    });
    expect(record.draft.details.sourceNotes[0]).toContain('boarders');
  });

  it('imports an unknown Boarders value as day only, with a warning', () => {
    const record = imported(mapGiasRow(aGiasRow({ 'Boarders (name)': 'Weekly boarding' }), EXTRACT));
    expect(record.draft.details.boarding).toBe('DAY');
    expect(record.warnings).toEqual(['unknown Boarders value "Weekly boarding": recorded as day only']);
  });

  it('converts Easting/Northing to WGS84', () => {
    const record = imported(mapGiasRow(aGiasRow({ Easting: '533498', Northing: '181201' }), EXTRACT));
    expect(record.draft.details.location.lat).toBeCloseTo(51.51397, 4);
    expect(record.draft.details.location.lon).toBeCloseTo(-0.07753, 4);
  });
});
