import { describe, expect, it } from 'vitest';
import { SEN_COLUMNS } from '../../functions/core/gias/columns.js';
import { type GiasRecord, type GiasRowResult, mapGiasRow } from '../../functions/core/gias/map-row.js';
import { aGiasRow, SEN, withoutColumns } from './gias-rows.js';

const EXTRACT = '2025-04-22';

function imported(result: GiasRowResult): GiasRecord {
  if (result.outcome !== 'import') throw new Error(`Expected an import, got ${JSON.stringify(result)}`);
  return result.record;
}

const provisionsOf = (record: GiasRecord) =>
  record.draft.provisions.map((p) => ({ kind: p.kind, designation: p.designation, apTiers: p.apTiers }));

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
