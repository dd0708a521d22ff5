import { describe, expect, it } from 'vitest';
import { SEN_COLUMNS } from '../../functions/core/gias/columns.js';
import { mapGiasRow } from '../../functions/core/gias/map-row.js';
import { aGiasRow, SEN, withoutColumns } from './gias-rows.js';
import { EXTRACT, imported, provisionsOf } from './map-row-fixtures.js';

// mapGiasRow on a file without some optional columns: what it reads from the columns there are, and
// the defaults it notes.

describe('mapGiasRow', () => {
  describe('from a file without some optional columns', () => {
    it('reads the address from the address columns there are, with nothing to note', () => {
      const row = withoutColumns(aGiasRow({ Street: 'School Lane' }), ['Locality', 'Address3']);
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(record.draft.details.address).toEqual({
        lines: ['School Lane'],
        town: 'Horsham',
        postcode: 'RH12 1AA',
      });
      expect(record.draft.details.sourceNotes).toEqual([]);
      expect(record.notInFile).toBeNull();
    });

    it('gives a special school the defaults, each noted, and says which details they are', () => {
      const row = withoutColumns(
        aGiasRow({ 'TypeOfEstablishment (code)': '07', 'Boarders (name)': 'Boarding school' }, [SEN.ASD]),
        ['Boarders (name)', 'ReligiousCharacter (name)', 'Town', 'NumberOfPupils', ...SEN_COLUMNS],
      );
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(record.draft.details).toMatchObject({
        boarding: 'DAY',
        religiousCharacter: null,
        address: { lines: ['School Lane'], town: null },
      });
      expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: [], apTiers: [] }]);
      // Places without the number on roll would record 0 on roll: no GIAS capacity at all.
      expect(record.capacities.MAIN_ROLL).toBeUndefined();
      expect(record.notInFile?.details.sort()).toEqual(
        ['boarding', 'designation', 'religiousCharacter', 'town'].sort(),
      );
      expect(record.draft.details.sourceNotes).toEqual(
        expect.arrayContaining(record.notInFile?.defaultNotes ?? []),
      );
      expect(record.notInFile?.defaultNotes).toEqual(
        expect.arrayContaining([
          'The GIAS file had no Boarders column: recorded as day only.',
          'The GIAS file had no SEN columns: the needs this setting provides for are not recorded.',
        ]),
      );
      expect(record.notInFile?.keptNote).toMatch(
        /^The GIAS file had no column for boarding, .*: kept as recorded before\.$/,
      );
      expect(record.warnings).toEqual([]);
    });

    it('reads the needs in the SEN columns there are', () => {
      const row = withoutColumns(aGiasRow({ 'TypeOfEstablishment (code)': '07' }, [SEN.ASD, SEN.SLD]), [
        'SEN2 (name)',
        'SEN13 (name)',
      ]);
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: ['ASD'], apTiers: [] }]);
      expect(record.notInFile).toBeNull();
    });

    it('records an independent special school as not approved under section 41, with a note', () => {
      const row = withoutColumns(aGiasRow({ 'TypeOfEstablishment (code)': '10' }, [SEN.ASD]), [
        'Section41Approved (name)',
      ]);
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(record.draft.details.section41Approved).toBe(false);
      expect(record.notInFile?.details).toEqual(['section41Approved']);
      expect(record.draft.details.sourceNotes).toContain(
        'The GIAS file had no Section41Approved column: not recorded as approved under section 41.',
      );
    });

    it('does not note section 41 for a school it cannot apply to', () => {
      const row = withoutColumns(aGiasRow(), ['Section41Approved (name)']);
      expect(imported(mapGiasRow(row, EXTRACT)).notInFile).toBeNull();
    });

    it('gives a mainstream school only its main roll without TypeOfResourcedProvision, and says so', () => {
      const row = withoutColumns(aGiasRow({}, [SEN.ASD]), ['TypeOfResourcedProvision (name)']);
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: [], apTiers: [] }]);
      expect(record.notInFile?.details).toEqual(['specialistProvisions']);
      expect(record.draft.details.sourceNotes.join(' ')).toContain('no TypeOfResourcedProvision column');
    });

    it('does not record a resourced provision whose needs the file cannot give', () => {
      const row = withoutColumns(
        aGiasRow({
          'TypeOfResourcedProvision (name)': 'Resourced provision',
          ResourcedProvisionCapacity: '8',
        }),
        SEN_COLUMNS,
      );
      const record = imported(mapGiasRow(row, EXTRACT));
      expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: [], apTiers: [] }]);
      expect(record.notInFile?.details).toEqual(['designation']);
      expect(record.draft.details.sourceNotes.join(' ')).toContain('the file had no SEN columns');
      expect(record.warnings).toEqual([
        'resourced provision or SEN unit without SEN designation: not imported',
      ]);
    });
  });
});
