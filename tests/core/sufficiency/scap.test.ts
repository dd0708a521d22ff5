import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Setting } from '../../../functions/core/model.js';
import { scapCsv } from '../../../functions/core/sufficiency/scap.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

// The council's specialist provision laid out under SCAP's column names, for an officer to copy:
// state-funded special schools, SEN units and resourced provision in its own area only, figures
// not stated by the school kept out of DfE's columns, and a notes section of what is missing.

const special = (name: string, over: Record<string, unknown> = {}) =>
  aSetting({
    name,
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD', 'SLD'] }],
    ...over,
  });

const mainstream = (name: string, provisions: unknown[], over: Record<string, unknown> = {}) =>
  aSetting({
    name,
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }, ...provisions],
    ...over,
  });

const stated = (s: Setting, places = 12, source: 'SETTING' | 'LA' | 'GIAS' | 'SYNTHETIC' = 'SETTING') =>
  withCapacity(s, { places, source, updatedAt: '2026-04-20T09:00:00.000Z' });

function csvOf(settings: Setting[]) {
  const text = scapCsv({ laCode: '938', laName: 'West Sussex', settings, today: '2026-12-05' });
  const [preamble = '', table = '', notes = ''] = text.split('\r\n\r\n');
  const rows: Record<string, string>[] = parse(table, { columns: true });
  return { text, preamble, rows, notes };
}

describe('scapCsv', () => {
  const { preamble, rows, notes, text } = csvOf([
    stated(special('Oak Special', { urn: '126001' }), 80),
    stated(special('Ash Primary Special', { ageRange: { low: 3, high: 11 } }), 40),
    stated(special('Birch Secondary Special', { ageRange: { low: 11, high: 19 }, sector: 'ACADEMY' }), 60),
    stated(special('Private Special', { sector: 'INDEPENDENT', kind: 'INDEPENDENT_SPECIAL' })),
    stated(special('Non-maintained Special', { sector: 'NON_MAINTAINED' })),
    stated(
      aSetting({
        name: 'Willow AP',
        kind: 'ALTERNATIVE_PROVISION',
        ageRange: { low: 11, high: 16 },
        provisions: [{ kind: 'AP_PROGRAMME', name: 'Key stage 3', designation: [], apTiers: ['TIER_2'] }],
      }),
    ),
    stated(special('Closed Special', { status: 'CLOSED' })),
    stated(special('Surrey Special', { laCode: '936' })),
    stated(
      mainstream('Elm Primary', [
        { kind: 'SEN_UNIT', name: 'Hearing unit', designation: ['HI'], ageRange: { low: 4, high: 11 } },
      ]),
      8,
    ),
    stated(
      mainstream(
        'Hazel Academy',
        [
          {
            kind: 'RESOURCED_PROVISION',
            name: 'Autism base',
            designation: ['ASD'],
            ageRange: { low: 11, high: 16 },
          },
        ],
        { phase: 'SECONDARY', ageRange: { low: 11, high: 18 }, sector: 'ACADEMY' },
      ),
      15,
      'LA',
    ),
    stated(
      mainstream(
        'Rowan All-through',
        [{ kind: 'SEN_UNIT', name: 'Speech unit', designation: ['SLCN'], ageRange: { low: 4, high: 16 } }],
        { phase: 'ALL_THROUGH', ageRange: { low: 4, high: 16 } },
      ),
      10,
      'GIAS',
    ),
    stated(mainstream('=cmd() School', [{ kind: 'SEN_UNIT', name: '@unit', designation: ['ASD'] }]), 6),
  ]);
  const row = (name: string) => rows.find((r) => r.school_name === name) as Record<string, string>;

  it('says at the top that it is for an officer to copy, not an upload file', () => {
    expect(preamble).toContain('For an officer to copy into DfE’s return. Not an upload file');
    expect(preamble).toContain('West Sussex (LA code 938), made 2026-12-05');
    expect(preamble).toContain('not been checked against the 2026 COLLECT template');
  });

  it('has the council’s open state-funded special schools, units and resourced provision only', () => {
    expect(rows.map((r) => [r.school_name, r.openplace_row])).toEqual([
      ["'=cmd() School", 'SEN unit'],
      ['Ash Primary Special', 'Special school'],
      ['Birch Secondary Special', 'Special school'],
      ['Elm Primary', 'SEN unit'],
      ['Hazel Academy', 'Resourced provision'],
      ['Oak Special', 'Special school'],
      ['Rowan All-through', 'SEN unit'],
    ]);
    expect(rows.every((r) => r.old_la_code === '938' && r.la_name === 'West Sussex')).toBe(true);
  });

  it('splits a special school’s places by phase only when its ages show one phase', () => {
    expect(row('Oak Special')).toMatchObject({
      urn: '126001',
      school_main_phase: 'All-through',
      primary_capacity: '',
      secondary_capacity: '',
      special_school_capacity: '80',
    });
    expect(row('Ash Primary Special')).toMatchObject({
      school_main_phase: 'Primary',
      primary_capacity: '40',
      secondary_capacity: '',
      special_school_capacity: '40',
    });
    expect(row('Birch Secondary Special')).toMatchObject({
      primary_capacity: '',
      secondary_capacity: '60',
      special_school_capacity: '60',
    });
  });

  it('puts a unit’s places in the unit columns and resourced provision in its own', () => {
    expect(row('Elm Primary')).toMatchObject({
      primary_SEND_unit_capacity: '8',
      secondary_SEND_unit_capacity: '',
      SEND_unit_capacity: '8',
      resourced_provision_capacity: '',
      special_school_capacity: '',
      openplace_provision_name: 'Hearing unit',
      openplace_designation: 'HI',
    });
    expect(row('Hazel Academy')).toMatchObject({
      school_main_phase: 'Secondary',
      primary_resourced_provision_capacity: '',
      secondary_resourced_provision_capacity: '15',
      resourced_provision_capacity: '15',
      SEND_unit_capacity: '',
      openplace_source: 'LA',
    });
  });

  it('gives a school with several units and resourced provisions one row, as DfE publishes them', () => {
    const school = mainstream(
      'Yew All-through',
      [
        { kind: 'SEN_UNIT', name: 'Infant unit', designation: ['SLCN'], ageRange: { low: 4, high: 11 } },
        { kind: 'SEN_UNIT', name: 'Senior unit', designation: ['ASD'], ageRange: { low: 11, high: 16 } },
        {
          kind: 'RESOURCED_PROVISION',
          name: 'Hearing base',
          designation: ['HI'],
          ageRange: { low: 4, high: 16 },
        },
      ],
      { phase: 'ALL_THROUGH', ageRange: { low: 4, high: 16 } },
    );
    const places = [0, 6, 9, 5];
    const withPlaces = {
      ...school,
      provisions: school.provisions.map((p, i) =>
        i === 0
          ? p
          : (withCapacity({ ...school, provisions: [p] }, { places: places[i] as number, source: 'SETTING' })
              .provisions[0] as typeof p),
      ),
    };
    const { rows: yew } = csvOf([withPlaces]);
    expect(yew).toHaveLength(1);
    expect(yew[0]).toMatchObject({
      school_name: 'Yew All-through',
      openplace_row: 'SEN unit and resourced provision',
      openplace_provision_name: 'Infant unit; Senior unit; Hearing base',
      primary_SEND_unit_capacity: '6',
      secondary_SEND_unit_capacity: '9',
      SEND_unit_capacity: '15',
      // The base spans both phases: its total only.
      primary_resourced_provision_capacity: '',
      secondary_resourced_provision_capacity: '',
      resourced_provision_capacity: '5',
      openplace_places_stated: '20',
      openplace_designation: 'SLCN ASD HI',
    });
  });

  it('keeps places the school did not state out of DfE’s columns, and says so', () => {
    expect(row('Rowan All-through')).toMatchObject({
      SEND_unit_capacity: '',
      primary_SEND_unit_capacity: '',
      openplace_places_stated: '10',
      openplace_source: 'GIAS',
    });
    expect(row('Rowan All-through').openplace_source_note).toMatch(/^Not stated by the school/);
    expect(row('Elm Primary')).toMatchObject({
      openplace_places_stated: '8',
      openplace_last_stated_or_confirmed: '2026-04-20',
      openplace_source: 'SETTING',
    });
    expect(row('Elm Primary').openplace_source_note).not.toMatch(/Not stated/);
  });

  it('neutralises a name a spreadsheet would run as a formula', () => {
    expect(text).toContain("'=cmd() School");
    expect(row("'=cmd() School").openplace_provision_name).toBe("'@unit");
  });

  it('ends with notes of what OpenPlace cannot supply, and its sources', () => {
    expect(notes).toMatch(/^Notes\r\n/);
    for (const missing of [
      '1 May',
      'all-through',
      'Number on roll',
      'forecasts',
      'Planned places',
      'LAESTAB',
      'Planning area',
      'commentary',
    ]) {
      expect(notes).toContain(missing);
    }
    expect(notes).toContain(
      'https://www.gov.uk/government/publications/how-to-complete-the-scap-survey-guide-for-local-authorities/school-capacity-scap-survey-2026-guide-for-local-authorities',
    );
    expect(notes).toContain('877e7011-7c87-4a21-8384-1f39cdeeb571');
  });

  it('defines every column, DfE’s in DfE’s words where they were read, and says which names are inferred', () => {
    const header = Object.keys(rows[0] ?? {});
    expect(header.length).toBeGreaterThan(10);
    // A definition with a comma is quoted, as CSV does.
    for (const column of header) expect(notes).toMatch(new RegExp(`\\n"?${column}: \\S`));
    expect(notes).toContain(
      'primary_SEND_unit_capacity: DfE: “Primary special educational needs and disabilities unit capacity”.',
    );
    expect(notes).toMatch(/\n"?special_school_capacity: \(inferred\)/);
  });
});

describe('scapCsv with figures missing', () => {
  it('leaves the places blank when a provision has none stated', () => {
    const { rows } = csvOf([special('Yew Special')]);
    expect(rows[0]).toMatchObject({
      special_school_capacity: '',
      openplace_places_stated: '',
      openplace_source: 'none stated',
    });
  });
});
