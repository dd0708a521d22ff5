import { describe, expect, it } from 'vitest';
import { mapGiasRow } from '../../functions/core/gias/map-row.js';
import { aGiasRow, SEN } from './gias-rows.js';
import { EXTRACT, imported, provisionsOf } from './map-row-fixtures.js';

// mapGiasRow: the provisions a GIAS row gives a setting (main roll, resourced provision, SEN unit,
// AP programme), their designations from the SEN columns and their capacities.

describe('mapGiasRow', () => {
  it('designates a special school main roll with every SEN column, however they are written', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({ 'TypeOfEstablishment (code)': '07', 'PhaseOfEducation (name)': 'Not applicable' }, [
          SEN.SLD,
          SEN.NONE,
          'pmld - profound and multiple learning difficulty',
          SEN.ASD,
          SEN.ASD,
        ]),
        EXTRACT,
      ),
    );
    expect(record.draft.details.kind).toBe('SPECIAL');
    expect(provisionsOf(record)).toEqual([
      { kind: 'MAIN_ROLL', designation: ['SLD', 'PMLD', 'ASD'], apTiers: [] },
    ]);
  });

  it('gives a mainstream school with "Resourced provision and SEN unit" both, each with its own capacity', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow(
          {
            'TypeOfResourcedProvision (name)': 'Resourced provision and SEN unit',
            ResourcedProvisionCapacity: '12',
            ResourcedProvisionOnRoll: '10',
            SenUnitCapacity: '8',
            SenUnitOnRoll: '',
          },
          [SEN.ASD, SEN.SLCN, SEN.NONE],
        ),
        EXTRACT,
      ),
    );
    expect(provisionsOf(record)).toEqual([
      { kind: 'MAIN_ROLL', designation: [], apTiers: [] },
      { kind: 'RESOURCED_PROVISION', designation: ['SLCN', 'ASD'], apTiers: [] },
      { kind: 'SEN_UNIT', designation: ['SLCN', 'ASD'], apTiers: [] },
    ]);
    expect(record.capacities.RESOURCED_PROVISION).toMatchObject({ places: 12, onRoll: 10, vacancies: 2 });
    // No number on roll in GIAS: nothing to estimate vacancies from.
    expect(record.capacities.SEN_UNIT).toMatchObject({ places: 8, onRoll: 0, vacancies: 0 });
    expect(record.capacities.SEN_UNIT?.note).toContain('no number on roll');
    expect(record.draft.details.sourceNotes.join(' ')).toContain('both recorded as designated');
  });

  it.each([
    ['blank capacity', { ResourcedProvisionCapacity: '', ResourcedProvisionOnRoll: '' }, null],
    [
      'more on roll than places',
      { ResourcedProvisionCapacity: '10', ResourcedProvisionOnRoll: '13' },
      { places: 10, onRoll: 13, vacancies: 0 },
    ],
    [
      'zero places',
      { ResourcedProvisionCapacity: '0', ResourcedProvisionOnRoll: '0' },
      { places: 0, vacancies: 0 },
    ],
  ])('records a resourced provision with %s', (_label, cells, capacity) => {
    const record = imported(
      mapGiasRow(
        aGiasRow({ 'TypeOfResourcedProvision (name)': 'Resourced provision', ...cells }, [SEN.SPLD]),
        EXTRACT,
      ),
    );
    expect(record.draft.provisions.map((p) => p.kind)).toEqual(['MAIN_ROLL', 'RESOURCED_PROVISION']);
    if (capacity === null) expect(record.capacities.RESOURCED_PROVISION).toBeUndefined();
    else expect(record.capacities.RESOURCED_PROVISION).toMatchObject(capacity);
  });

  it('leaves out a capacity that is not a number, with a warning, and keeps the school', () => {
    const record = imported(mapGiasRow(aGiasRow({ SchoolCapacity: 'n/a' }), EXTRACT));
    expect(record.capacities.MAIN_ROLL).toBeUndefined();
    expect(record.warnings).toEqual([
      'SchoolCapacity or its number on roll is not a whole number: capacity not imported',
    ]);
  });

  it('does not import a resourced provision GIAS gives no needs for, and says so', () => {
    const record = imported(
      mapGiasRow(aGiasRow({ 'TypeOfResourcedProvision (name)': 'SEN unit', SenUnitCapacity: '10' }), EXTRACT),
    );
    expect(record.draft.provisions.map((p) => p.kind)).toEqual(['MAIN_ROLL']);
    expect(record.warnings).toEqual([
      'resourced provision or SEN unit without SEN designation: not imported',
    ]);
    expect(record.draft.details.sourceNotes[0]).toContain('no SEN designation');
  });

  it('does not designate a mainstream main roll with SEN columns when there is no provision or unit', () => {
    const record = imported(mapGiasRow(aGiasRow({}, [SEN.HI]), EXTRACT));
    expect(provisionsOf(record)).toEqual([{ kind: 'MAIN_ROLL', designation: [], apTiers: [] }]);
    expect(record.draft.details.sourceNotes[0]).toContain('(HI)');
  });

  it('gives a PRU an AP programme with the assumed tiers 2 and 3, and says so', () => {
    const record = imported(
      mapGiasRow(
        aGiasRow({ 'TypeOfEstablishment (code)': '14', SchoolCapacity: '', NumberOfPupils: '45' }, [
          SEN.SEMH,
        ]),
        EXTRACT,
      ),
    );
    expect(record.draft.details).toMatchObject({ kind: 'ALTERNATIVE_PROVISION', sector: 'LA_MAINTAINED' });
    expect(provisionsOf(record)).toEqual([
      { kind: 'AP_PROGRAMME', designation: ['SEMH'], apTiers: ['TIER_2', 'TIER_3'] },
    ]);
    expect(record.capacities.AP_PROGRAMME).toBeUndefined();
    expect(record.draft.details.sourceNotes[0]).toContain('AP tiers are not in GIAS');
  });
});
