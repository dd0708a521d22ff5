import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../functions/core/csv.js';
import type { Consultation, PlacementDecision } from '../../../functions/core/journey/model.js';
import type { NeedCode } from '../../../functions/core/needs.js';
import { sufficiencyCsv } from '../../../functions/core/sufficiency/csv.js';
import type { AvailabilityState, SufficiencyPhase } from '../../../functions/core/sufficiency/facts.js';
import { londonMonth, type Period, parsePeriod } from '../../../functions/core/sufficiency/periods.js';
import { sufficiencyView } from '../../../functions/core/sufficiency/view.js';
import type { CaseFacts } from '../../../functions/core/sufficiency/view-model.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

// The picture as a spreadsheet: every count exactly as published (never a true count of 1 to 4,
// nor 7), the rounding rule and the period said before the table, and no cell a spreadsheet
// would run as a formula.

const AUTUMN = parsePeriod('2026-27-autumn') as Period;

function aList(
  partition: string,
  at: string,
  over: { need: NeedCode; phase: SufficiencyPhase; state: AvailabilityState; district: string | null },
): CaseFacts {
  return {
    partition,
    listId: `${partition}-v1`,
    version: 1,
    laCode: '938',
    generatedAt: at,
    month: londonMonth(at),
    primaryNeed: over.need,
    secondaryNeeds: [],
    phase: over.phase,
    age: over.phase === 'PRIMARY' ? 9 : 13,
    ncYear: null,
    district: over.district,
    home: { lat: 51.06, lon: -0.33 },
    maxTravelKm: 20,
    placementTypes: null,
    availability: { state: over.state, considered: 2, nearestFreeKm: 2, nearestSpecialistKm: 1.5 },
    entriesByKind: {},
    familyChoices: 0,
  };
}

// True counts of 7 (ASD primary, RH12) and 3 (SEMH secondary, a district typed as a formula), with
// 3 decisions, 3 "cannot meet" answers and 4 + 3 children waiting.
const asd = [1, 2, 3, 4, 5, 6, 7].map((n) =>
  aList(`asd${n}`, '2026-09-10T09:00:00.000Z', {
    need: 'ASD',
    phase: 'PRIMARY',
    state: 'FREE_PLACE_KNOWN',
    district: 'RH12',
  }),
);
const semh = [1, 2, 3].map((n) =>
  aList(`semh${n}`, '2026-09-12T09:00:00.000Z', {
    need: 'SEMH',
    phase: 'SECONDARY',
    state: 'NONE_FREE',
    district: '=cmd()',
  }),
);
const decisions = [1, 2, 3].map((n) => ({
  partition: `asd${n}`,
  decisions: [
    {
      id: `d${n}`,
      decidedOn: '2026-11-02',
      recordedAt: '2026-11-02T10:00:00.000Z',
      named: { kind: 'REGISTER_SETTING', settingId: 'oak', laCode: '938' },
      onList: true,
      supersedes: null,
    } as unknown as PlacementDecision,
  ],
}));
const cannotMeet = [1, 2, 3].map(
  (n) =>
    ({
      child: { primaryNeed: 'ASD', secondaryNeeds: [], age: 9, ncYear: null },
      answers: [
        { version: 1, answer: 'CANNOT_MEET_NEEDS', ground: null, answeredAt: `2026-10-0${n}T09:00:00Z` },
      ],
    }) as unknown as Consultation,
);
const special = withCapacity(
  aSetting({
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD', 'SEMH'] }],
  }),
  { places: 3, vacancies: 1, updatedAt: '2026-12-20T09:00:00.000Z' },
);

const view = sufficiencyView({
  laCode: '938',
  period: AUTUMN,
  asOf: AUTUMN.endsOn,
  waitingWeeks: 12,
  facts: [...asd, ...semh],
  cases: decisions,
  consultations: cannotMeet,
  settings: [special],
  sectorOf: () => 'LA_MAINTAINED',
  now: new Date('2026-12-31T12:00:00Z'),
});
const text = sufficiencyCsv(view, 'West Sussex');
const [preamble = '', table = ''] = text.split('\r\n\r\n');
const rows: Record<string, string>[] = parse(table, { columns: true });
/** The row of one need and phase. */
const cell = (need: string, phase: string) =>
  rows.find(
    (r) => r.breakdown === 'need and phase' && r.primary_need === need && r.phase === phase,
  ) as Record<string, string>;

// Columns that are not published counts: names, statistics, and the settings' own places figures.
const NOT_COUNTS =
  /^(breakdown|primary_need|primary_need_name|phase|postcode_district|share_with_enough_data|median_nearest_free_km|(provisions|places|free_places|confirmed_recently)_.*)$/;
const PUBLISHED = /^(|0|fewer than 5|not shown|[1-9]\d*[05])$|^5$/;

describe('sufficiencyCsv', () => {
  it('says the council, the period, the as-at date and the rounding rule before the table', () => {
    expect(preamble).toContain('West Sussex (LA code 938)');
    expect(preamble).toContain('Period 2026-27-autumn: 2026-09-01 to 2026-12-31. As at 2026-12-31.');
    expect(preamble).toContain('Never about one child.');
    expect(preamble).toContain('rounded down to a multiple of 5');
    expect(preamble).toContain('"fewer than 5"');
    expect(preamble).toContain('"not shown"');
    expect(preamble).toContain('only for 10 or more');
  });

  it('has a total row, a row for every need and phase, and a row per postcode district', () => {
    const shape = rows.map((r) => [r.breakdown, r.primary_need, r.phase, r.postcode_district]);
    expect(shape[0]).toEqual(['total', '', '', '']);
    // Every need and phase, zeros too (a row only when it had a list would say so by being there).
    expect(rows.filter((r) => r.breakdown === 'need and phase')).toHaveLength(48);
    expect(shape.slice(-2)).toEqual([
      ['postcode district', '', '', "'=cmd()"],
      ['postcode district', '', '', 'RH12'],
    ]);
    expect(cell('ASD', 'PRIMARY').primary_need_name).toBe('Autistic spectrum disorder');
  });

  it('holds only published counts in every count column, never a true count of 1 to 4 or 7', () => {
    const countColumns = Object.keys(rows[0] ?? {}).filter((c) => !NOT_COUNTS.test(c));
    expect(countColumns).toEqual(expect.arrayContaining(['lists', 'children', 'waiting', 'outcome_decided']));
    expect(countColumns).toHaveLength(20); // 6 counts, 8 outcomes, 6 grounds
    for (const row of rows) {
      for (const column of countColumns) {
        const cell = row[column] as string;
        expect(PUBLISHED.test(cell), `${row.breakdown} ${column}: ${cell}`).toBe(true);
        expect(['1', '2', '3', '4', '7']).not.toContain(cell);
      }
    }
    const asdRow = cell('ASD', 'PRIMARY');
    expect([asdRow.lists, asdRow.children, asdRow.free_place_known, asdRow.waiting]).toEqual([
      '5',
      '5',
      '5',
      'fewer than 5',
    ]);
    expect(asdRow.outcome_decided).toBe('fewer than 5');
    expect(asdRow.cannot_meet_not_given).toBe('fewer than 5');
    expect(cell('SEMH', 'SECONDARY').lists).toBe('fewer than 5');
  });

  it('shows no statistic for fewer than 10 lists', () => {
    expect(cell('ASD', 'PRIMARY').share_with_enough_data).toBe('not shown');
    expect(rows[0]?.share_with_enough_data).toBe('1');
  });

  it('gives places only in need-and-phase rows of 10 lists or more: none for the 7 ASD lists', () => {
    expect(cell('ASD', 'PRIMARY').places_state_special_in_area).toBe('not shown');
    expect(rows[0]?.places_state_special_in_area).toBe('');
    expect(rows.at(-1)?.places_state_special_in_area).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=cmd()', "'=cmd()"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvText([[-1.5, null, 'x'], []])).toBe('-1.5,,x\r\n\r\n');
  });
});
