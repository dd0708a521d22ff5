import { describe, expect, it } from 'vitest';
import type { Consultation, PlacementDecision } from '../../../functions/core/journey/model.js';
import type { NeedCode } from '../../../functions/core/needs.js';
import type { AvailabilityState, SufficiencyPhase } from '../../../functions/core/sufficiency/facts.js';
import { londonMonth, type Period, parsePeriod } from '../../../functions/core/sufficiency/periods.js';
import { type SufficiencyInput, sufficiencyView } from '../../../functions/core/sufficiency/view.js';
import type { CaseFacts, SufficiencyCell } from '../../../functions/core/sufficiency/view-model.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

// A council's picture for the autumn term 2026, from its lists' facts, its cases' decisions and
// its consultations: every count rounded as published, each decision counted under the case's
// list before it, and children waiting when their first list is old and nothing is decided.

const AUTUMN = parsePeriod('2026-27-autumn') as Period;
const HOME = { lat: 51.06, lon: -0.33 };

/** Version `version` of case `partition`'s list, made at `at`. */
function aList(
  partition: string,
  version: number,
  at: string,
  over: {
    need?: NeedCode;
    phase?: SufficiencyPhase;
    state?: AvailabilityState;
    freeKm?: number;
    district?: string | null;
  } = {},
): CaseFacts {
  return {
    partition,
    listId: `${partition}-v${version}`,
    version,
    laCode: '938',
    generatedAt: at,
    month: londonMonth(at),
    primaryNeed: over.need ?? 'ASD',
    secondaryNeeds: [],
    phase: over.phase ?? 'PRIMARY',
    age: 9,
    ncYear: null,
    district: over.district === undefined ? 'RH12' : over.district,
    home: HOME,
    maxTravelKm: 20,
    placementTypes: null,
    availability: {
      state: over.state ?? 'UNKNOWN',
      considered: 2,
      nearestFreeKm: over.freeKm ?? null,
      nearestSpecialistKm: 1.5,
    },
    entriesByKind: {},
    familyChoices: 0,
  };
}

const decided = (id: string, decidedOn: string, over: Partial<PlacementDecision> = {}): PlacementDecision =>
  ({
    id,
    decidedOn,
    recordedAt: `${decidedOn}T10:00:00.000Z`,
    named: { kind: 'REGISTER_SETTING', settingId: 'oak', laCode: '938' },
    onList: true,
    supersedes: null,
    ...over,
  }) as PlacementDecision;

function view(over: Partial<SufficiencyInput>) {
  return sufficiencyView({
    laCode: '938',
    period: AUTUMN,
    asOf: AUTUMN.endsOn,
    waitingWeeks: 12,
    facts: [],
    cases: [],
    consultations: [],
    settings: [],
    sectorOf: () => 'LA_MAINTAINED',
    now: new Date('2026-12-31T12:00:00Z'),
    ...over,
  });
}

const text = (c: { value: number | null; fewerThanFive: boolean }) =>
  c.fewerThanFive ? 'fewer than 5' : String(c.value);

describe('lists and children', () => {
  // Five children with autism listed twice each in the term, three with SEMH once.
  const facts = [
    ...[1, 2, 3, 4, 5].flatMap((n) => [
      aList(`asd${n}`, 1, '2026-09-10T09:00:00.000Z'),
      aList(`asd${n}`, 2, '2026-10-10T09:00:00.000Z', { state: 'FREE_PLACE_KNOWN', freeKm: n }),
    ]),
    ...[1, 2, 3].map((n) =>
      aList(`semh${n}`, 1, '2026-11-02T09:00:00.000Z', { need: 'SEMH', phase: 'SECONDARY', district: null }),
    ),
    aList('summer', 1, '2026-07-01T09:00:00.000Z'), // before the term: not counted
  ];
  const v = view({ facts });
  const cell = (need: NeedCode, phase: SufficiencyPhase) =>
    v.cells.find((c) => c.primaryNeed === need && c.phase === phase);

  it('counts lists by need and phase, and children as distinct cases', () => {
    expect(text(cell('ASD', 'PRIMARY')?.lists ?? v.total.lists)).toBe('10');
    expect(text(cell('ASD', 'PRIMARY')?.children ?? v.total.children)).toBe('5');
    expect(text(cell('SEMH', 'SECONDARY')?.lists ?? v.total.lists)).toBe('fewer than 5');
    // In the DfE's order of needs.
    expect(busy(v.cells).map((c) => `${c.primaryNeed} ${c.phase}`)).toEqual([
      'SEMH SECONDARY',
      'ASD PRIMARY',
    ]);
    // Every need and phase is a row, so a row being there says nothing.
    expect(v.cells).toHaveLength(48);
    expect(text(v.total.lists)).toBe('10'); // 13
    expect(text(v.total.children)).toBe('5'); // 8
  });

  it('counts availability states, and a share only for a cell of 10 or more', () => {
    const asd = cell('ASD', 'PRIMARY')?.availability;
    expect(asd).toMatchObject({ shareWithEnoughData: 0.5, medianNearestFreeKm: null });
    expect(text(asd?.freePlaceKnown ?? v.total.lists)).toBe('5');
    expect(text(asd?.unknown ?? v.total.lists)).toBe('5');
    expect(text(asd?.noneFree ?? v.total.lists)).toBe('0');
    expect(cell('SEMH', 'SECONDARY')?.availability.shareWithEnoughData).toBeNull();
  });

  it('counts lists by postcode district, the lists without one last', () => {
    expect(v.districts.map((d) => [d.district, text(d.lists)])).toEqual([
      ['RH12', '10'],
      [null, 'fewer than 5'],
    ]);
  });
});

describe('children waiting', () => {
  // Twelve weeks before the end of 31 December 2026 is 9 October 2026.
  it.each([
    [
      'a first list in September, nothing decided',
      [aList('c', 1, '2026-09-15T09:00:00.000Z')],
      [],
      AUTUMN.endsOn,
      'fewer than 5',
    ],
    [
      'a first list in June, before the term, nothing decided',
      [aList('c', 1, '2026-06-01T09:00:00.000Z')],
      [],
      AUTUMN.endsOn,
      'fewer than 5',
    ],
    [
      'a first list made less than 12 weeks ago',
      [aList('c', 1, '2026-11-20T09:00:00.000Z')],
      [],
      AUTUMN.endsOn,
      '0',
    ],
    [
      'a first list in September, decided in November',
      [aList('c', 1, '2026-09-15T09:00:00.000Z')],
      [decided('d', '2026-11-01')],
      AUTUMN.endsOn,
      '0',
    ],
    [
      'a first list in August, decided after the as-at date',
      [aList('c', 1, '2026-08-01T09:00:00.000Z')],
      [decided('d', '2026-12-10')],
      '2026-11-30',
      'fewer than 5',
    ],
  ] as const)('%s: %s', (_, facts, decisions, asOf, waiting) => {
    const v = view({ facts: [...facts], cases: [{ partition: 'c', decisions: [...decisions] }], asOf });
    expect(text(v.total.waiting)).toBe(waiting);
  });

  it('counts a waiting child under the need and phase of its latest list', () => {
    const v = view({
      facts: [
        aList('c', 1, '2026-06-01T09:00:00.000Z'),
        aList('c', 2, '2026-10-01T09:00:00.000Z', { phase: 'SECONDARY' }),
      ],
    });
    expect(busy(v.cells).map((c) => [c.phase, text(c.waiting)])).toEqual([['SECONDARY', 'fewer than 5']]);
  });

  // The facts run from the look-back's start (24 months) to today: no version 1 among them means
  // the first list came before, longer ago than any number of weeks the form takes.
  const waitingIn = (v: ReturnType<typeof view>) => [
    text(v.total.waiting),
    v.cells.filter((c) => text(c.waiting) !== '0').map((c) => [c.primaryNeed, c.phase, text(c.waiting)]),
  ];

  it('counts a child whose first list is older than the look-back, under its latest list', () => {
    const v = view({
      facts: [aList('c', 2, '2026-10-01T09:00:00.000Z', { need: 'HI' })],
      cases: [{ partition: 'c', decisions: [] }],
    });
    expect(waitingIn(v)).toEqual(['fewer than 5', [['HI', 'PRIMARY', 'fewer than 5']]]);
  });

  it('counts a child with no list in the look-back at all, in the total only', () => {
    const v = view({ cases: [{ partition: 'c', decisions: [] }] });
    expect(waitingIn(v)).toEqual(['fewer than 5', []]);
    const settled = view({ cases: [{ partition: 'c', decisions: [decided('d', '2026-10-01')] }] });
    expect(waitingIn(settled)).toEqual(['0', []]);
  });

  it('counts, as at a past date, an old case whose only recent list came after it, in the total only', () => {
    const v = view({
      asOf: '2026-11-30',
      facts: [aList('c', 3, '2026-12-10T09:00:00.000Z', { need: 'HI' })],
      cases: [{ partition: 'c', decisions: [] }],
    });
    expect(waitingIn(v)).toEqual(['fewer than 5', []]);
  });

  it('does not count, as at a past date, a child whose first list came after it', () => {
    const v = view({
      asOf: '2026-11-30',
      facts: [aList('c', 1, '2026-12-10T09:00:00.000Z')],
      cases: [{ partition: 'c', decisions: [] }],
    });
    expect(waitingIn(v)).toEqual(['0', []]);
  });
});

describe('outcomes', () => {
  const facts = [
    aList('c', 1, '2026-09-10T09:00:00.000Z'),
    aList('c', 2, '2026-10-01T09:00:00.000Z', { phase: 'SECONDARY' }),
    aList('c', 3, '2026-11-15T09:00:00.000Z', { need: 'SLCN', phase: 'SECONDARY' }),
  ];
  const decision = (v: ReturnType<typeof view>, need: NeedCode, phase: SufficiencyPhase) => {
    const cell = v.cells.find((c) => c.primaryNeed === need && c.phase === phase);
    const count = cell?.outcomes.find((o) => o.outcome === 'DECIDED')?.count;
    return count ? text(count) : 'no cell';
  };

  it('counts a decision under the case’s latest list made before it', () => {
    const v = view({ facts, cases: [{ partition: 'c', decisions: [decided('d', '2026-10-20')] }] });
    expect(decision(v, 'ASD', 'SECONDARY')).toBe('fewer than 5');
    expect(decision(v, 'ASD', 'PRIMARY')).toBe('0');
    expect(decision(v, 'SLCN', 'SECONDARY')).toBe('0');
  });

  it('counts the correction in force, and only decisions made in the period', () => {
    const corrected = view({
      facts,
      cases: [
        {
          partition: 'c',
          decisions: [
            decided('d1', '2026-10-20'),
            decided('d2', '2026-10-22', { supersedes: 'd1', onList: false }),
          ],
        },
      ],
    });
    const asd = corrected.cells.find((c) => c.primaryNeed === 'ASD' && c.phase === 'SECONDARY');
    expect(
      asd?.outcomes.filter((o) => !o.count.fewerThanFive && o.count.value === 0).map((o) => o.outcome),
    ).toContain('ON_LIST');
    expect(text(asd?.outcomes.find((o) => o.outcome === 'NOT_ON_LIST')?.count ?? corrected.total.lists)).toBe(
      'fewer than 5',
    );
    const summer = view({ facts, cases: [{ partition: 'c', decisions: [decided('d', '2026-08-20')] }] });
    expect(
      text(summer.total.outcomes.find((o) => o.outcome === 'DECIDED')?.count ?? summer.total.lists),
    ).toBe('0');
  });

  it('counts a "cannot meet" answered at 00:30 on 1 September (London) in the autumn term', () => {
    const answered = (at: string) =>
      ({
        child: { primaryNeed: 'ASD', secondaryNeeds: [], age: 9, ncYear: null },
        answers: [{ version: 1, answer: 'CANNOT_MEET_NEEDS', ground: null, answeredAt: at }],
      }) as unknown as Consultation;
    const v = view({
      consultations: [answered('2026-08-31T23:30:00.000Z'), answered('2026-08-31T22:30:00.000Z')],
    });
    expect(
      busy(v.cells).map((c) => [
        c.primaryNeed,
        c.phase,
        c.cannotMeet.filter((g) => g.count.value !== 0).map((g) => [g.ground, text(g.count)]),
      ]),
    ).toEqual([['ASD', 'PRIMARY', [['NOT_GIVEN', 'fewer than 5']]]]);
  });
});

/** The cells with anything to say: every need and phase is a row, zeros included. */
const busy = (cells: readonly SufficiencyCell[]) =>
  cells.filter((c) =>
    [c.lists, c.waiting, ...c.outcomes.map((o) => o.count), ...c.cannotMeet.map((m) => m.count)].some(
      (n) => n.value !== 0,
    ),
  );

describe('places and figures', () => {
  const fresh = withCapacity(
    aSetting(
      {
        kind: 'SPECIAL',
        phase: 'ALL_THROUGH',
        ageRange: { low: 4, high: 19 },
        provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
      },
      'fresh',
    ),
    {
      updatedAt: '2026-12-20T09:00:00.000Z',
    },
  );
  const stale = withCapacity(aSetting({}, 'stale'), { updatedAt: '2026-06-01T09:00:00.000Z' });
  const v = view({ facts: [aList('c', 1, '2026-10-01T09:00:00.000Z')], settings: [fresh, stale] });
  const ten = view({
    facts: Array.from({ length: 10 }, (_, i) => aList(`c${i}`, 1, '2026-10-01T09:00:00.000Z')),
    settings: [fresh, stale],
  });
  const asdPrimary = (of: typeof v) => of.cells.find((c) => c.primaryNeed === 'ASD' && c.phase === 'PRIMARY');

  it('gives places by need and phase for cells of 10 lists or more, none in the total', () => {
    expect(ten.total.places).toEqual([]);
    expect(asdPrimary(ten)?.places.map((r) => r.kind)).toEqual([
      'RESOURCED_PROVISION_OR_UNIT',
      'STATE_SPECIAL',
    ]);
  });

  it('gives no places for a cell of fewer than 10: which settings are in reach would trace where its children live', () => {
    expect(asdPrimary(v)).toMatchObject({ places: [], placesWithheld: true });
    expect(asdPrimary(ten)?.placesWithheld).toBe(false);
  });

  it('says what share of the provisions within reach had figures not confirmed in 30 days', () => {
    expect(v.figures).toEqual({ provisions: 2, notConfirmedRecently: 1, share: 0.5 });
  });
});

/** Every published count anywhere in an object. */
function countsIn(o: unknown): { value: number | null; fewerThanFive: boolean }[] {
  if (Array.isArray(o)) return o.flatMap(countsIn);
  if (o && typeof o === 'object') {
    if ('fewerThanFive' in o) return [o as { value: number | null; fewerThanFive: boolean }];
    return Object.values(o).flatMap(countsIn);
  }
  return [];
}

describe('the whole picture', () => {
  it('publishes every count as 0, "fewer than 5" or a multiple of 5', () => {
    const needs: NeedCode[] = ['ASD', 'SEMH', 'SLCN'];
    const facts: CaseFacts[] = [];
    const cases: { partition: string; decisions: PlacementDecision[] }[] = [];
    for (let n = 0; n < 47; n++) {
      const need = needs[n % 3] as NeedCode;
      const states: AvailabilityState[] = ['FREE_PLACE_KNOWN', 'NONE_FREE', 'UNKNOWN'];
      facts.push(
        aList(
          `k${n}`,
          1,
          `2026-${n % 2 ? '06' : '09'}-${String((n % 27) + 1).padStart(2, '0')}T09:00:00.000Z`,
          { need, state: states[n % 3], freeKm: n, district: n % 4 ? 'RH12' : 'RH13' },
        ),
      );
      if (n % 5 === 0)
        facts.push(aList(`k${n}`, 2, '2026-10-15T09:00:00.000Z', { need, phase: 'SECONDARY' }));
      if (n % 3 === 1)
        cases.push({
          partition: `k${n}`,
          decisions: [decided(`d${n}`, `2026-11-0${(n % 9) + 1}`, { onList: n % 2 === 0 })],
        });
    }
    const counts = countsIn(view({ facts, cases }));
    expect(counts.length).toBeGreaterThan(50);
    for (const c of counts) {
      if (c.fewerThanFive) expect(c.value).toBeNull();
      else expect((c.value as number) % 5).toBe(0);
    }
  });
});
