import { describe, expect, it } from 'vitest';
import type { Capacity, Setting } from '../../../functions/core/model.js';
import {
  confirmedRecently,
  placeKindOf,
  placesWithinReach,
  servesAnyCell,
  servesCell,
  withinReachOfAny,
} from '../../../functions/core/sufficiency/places.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

// Places and free places within reach of a council's children, by kind: places as the settings
// state them, however old; free places only from figures the setting or its LA stated or
// confirmed in the last 30 days, so a stale or imported figure never reads as none free.

const NOW = new Date('2026-12-01T12:00:00Z');
const HOME = { lat: 51.06, lon: -0.33 };

const special = (over: Record<string, unknown> = {}, id?: string) =>
  aSetting(
    {
      name: 'Oak Special School',
      kind: 'SPECIAL',
      sector: 'LA_MAINTAINED',
      phase: 'ALL_THROUGH',
      ageRange: { low: 4, high: 19 },
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD', 'SLD'] }],
      ...over,
    },
    id,
  );

const ap = (id?: string) =>
  aSetting(
    {
      name: 'Bridge Centre',
      kind: 'ALTERNATIVE_PROVISION',
      sector: 'LA_MAINTAINED',
      phase: 'NOT_APPLICABLE',
      ageRange: { low: 11, high: 16 },
      provisions: [{ kind: 'AP_PROGRAMME', name: 'Tier 2', designation: [], apTiers: ['TIER_2'] }],
    },
    id,
  );

const only = (s: Setting) => s.provisions[0] as Setting['provisions'][number];
const byName = (s: Setting, name: string) =>
  s.provisions.find((p) => p.name === name) as Setting['provisions'][number];

describe('the kind a provision counts as', () => {
  const mainstream = aSetting();
  it.each([
    [
      'a mainstream school’s resourced provision',
      mainstream,
      byName(mainstream, 'Autism base'),
      'RESOURCED_PROVISION_OR_UNIT',
    ],
    ['a mainstream school’s main roll (not counted)', mainstream, byName(mainstream, 'Main roll'), null],
    ['a maintained special school', special(), only(special()), 'STATE_SPECIAL'],
    [
      'a special academy',
      special({ sector: 'ACADEMY' }),
      only(special({ sector: 'ACADEMY' })),
      'STATE_SPECIAL',
    ],
    [
      'a non-maintained special school',
      special({ sector: 'NON_MAINTAINED' }),
      only(special({ sector: 'NON_MAINTAINED' })),
      'INDEPENDENT_OR_NON_MAINTAINED_SPECIAL',
    ],
    [
      'an independent special school',
      special({ kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT' }),
      only(special({ kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT' })),
      'INDEPENDENT_OR_NON_MAINTAINED_SPECIAL',
    ],
    ['alternative provision', ap(), only(ap()), 'ALTERNATIVE_PROVISION'],
  ])('%s: %s', (_, setting, provision, kind) => {
    expect(placeKindOf(setting, provision)).toBe(kind);
  });
});

describe('whether a provision serves a need and phase', () => {
  it('serves only the needs it is designated for', () => {
    const s = special();
    expect(servesCell(s, only(s), 'ASD', 'PRIMARY')).toBe(true);
    expect(servesCell(s, only(s), 'SLD', 'SECONDARY')).toBe(true);
    expect(servesCell(s, only(s), 'HI', 'PRIMARY')).toBe(false);
  });

  it('serves a phase its ages overlap, and no other', () => {
    const mainstream = aSetting(); // autism base, ages 5–11
    const base = byName(mainstream, 'Autism base');
    expect(servesCell(mainstream, base, 'ASD', 'PRIMARY')).toBe(true);
    expect(servesCell(mainstream, base, 'ASD', 'SECONDARY')).toBe(true); // 11 is a secondary age
    expect(servesCell(mainstream, base, 'ASD', 'EARLY_YEARS')).toBe(false);
    expect(servesCell(mainstream, base, 'ASD', 'POST_16')).toBe(false);
  });

  it('serves any need when it is alternative provision', () => {
    const s = ap();
    for (const need of ['ASD', 'SEMH', 'HI'] as const)
      expect(servesCell(s, only(s), need, 'SECONDARY')).toBe(true);
    expect(servesCell(s, only(s), 'SEMH', 'PRIMARY')).toBe(false);
  });

  it('never counts a closed setting', () => {
    const s = { ...special(), status: 'CLOSED' } as Setting;
    expect(servesCell(s, only(s), 'ASD', 'PRIMARY')).toBe(false);
    expect(servesAnyCell(s)).toBe(false);
    expect(servesAnyCell(special())).toBe(true);
  });

  it('counts a mainstream school only for its resourced provision', () => {
    const mainstream = aSetting();
    expect(servesAnyCell(mainstream)).toBe(true);
    expect(servesAnyCell(mainstream, byName(mainstream, 'Main roll'))).toBe(false);
    expect(
      servesAnyCell(aSetting({ provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }] })),
    ).toBe(false);
  });
});

const stated = (setting: Setting, c: Partial<Capacity>) => withCapacity(setting, c);

describe('figures confirmed recently', () => {
  it.each([
    ['stated by the setting 30 days ago', { source: 'SETTING', updatedAt: '2026-11-01T12:00:00.000Z' }, true],
    ['stated by the LA yesterday', { source: 'LA', updatedAt: '2026-11-30T12:00:00.000Z' }, true],
    [
      'stated by the setting 31 days ago',
      { source: 'SETTING', updatedAt: '2026-10-31T12:00:00.000Z' },
      false,
    ],
    [
      'stated long ago but confirmed last week',
      { source: 'SETTING', updatedAt: '2026-01-01T09:00:00.000Z', confirmedAt: '2026-11-24T09:00:00.000Z' },
      true,
    ],
    ['imported from GIAS yesterday', { source: 'GIAS', updatedAt: '2026-11-30T12:00:00.000Z' }, false],
    ['synthetic, yesterday', { source: 'SYNTHETIC', updatedAt: '2026-11-30T12:00:00.000Z' }, false],
  ] as const)('%s: %s', (_, capacity, fresh) => {
    expect(confirmedRecently(only(stated(special(), capacity)), NOW)).toBe(fresh);
  });

  it('is never true of a provision with no figures', () => {
    expect(confirmedRecently(only(special()), NOW)).toBe(false);
  });
});

describe('within reach', () => {
  const near = special({ location: { lat: 51.06, lon: -0.3 } }); // about 2 km east of HOME
  it('is within the travel distance of at least one home', () => {
    expect(withinReachOfAny(near, [{ home: HOME, maxTravelKm: 5 }])).toBe(true);
    expect(withinReachOfAny(near, [{ home: HOME, maxTravelKm: 1 }])).toBe(false);
    expect(
      withinReachOfAny(near, [
        { home: { lat: 52, lon: 0 }, maxTravelKm: 5 },
        { home: HOME, maxTravelKm: 5 },
      ]),
    ).toBe(true);
    expect(withinReachOfAny(near, [])).toBe(false);
  });
});

describe('the places row of a need and phase', () => {
  const rows = (settings: Setting[], reaches = [{ home: HOME, maxTravelKm: 20 }]) =>
    placesWithinReach({ laCode: '938', need: 'ASD', phase: 'PRIMARY', reaches, settings, now: NOW });

  it('counts places however old, free places only from fresh figures by the setting or LA', () => {
    const fresh = stated(special({}, 'fresh'), {
      places: 40,
      vacancies: 3,
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    const stale = stated(special({}, 'stale'), {
      places: 30,
      vacancies: 5,
      updatedAt: '2026-09-01T09:00:00.000Z',
    });
    const gias = stated(special({}, 'gias'), {
      places: 20,
      vacancies: 4,
      source: 'GIAS',
      updatedAt: '2026-11-30T09:00:00.000Z',
    });
    const none = special({}, 'none');
    expect(rows([fresh, stale, gias, none])).toEqual([
      {
        kind: 'STATE_SPECIAL',
        area: 'IN_AREA',
        provisions: 4,
        places: 90,
        freePlaces: 3,
        confirmedRecently: 1,
      },
    ]);
  });

  it('splits by kind and by whether the setting is in the council’s area, in a fixed order', () => {
    const settings = [
      stated(special({ laCode: '936' }, 'beyond'), { places: 20, vacancies: 2 }),
      stated(special({ kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT' }, 'indie'), {
        places: 12,
        vacancies: 1,
      }),
      stated(aSetting({}, 'base'), { places: 8, vacancies: 0 }),
      stated(special({}, 'home'), { places: 40, vacancies: 0 }),
    ];
    expect(rows(settings).map((r) => [r.kind, r.area, r.places])).toEqual([
      ['RESOURCED_PROVISION_OR_UNIT', 'IN_AREA', 8],
      ['STATE_SPECIAL', 'IN_AREA', 40],
      ['STATE_SPECIAL', 'BEYOND', 20],
      ['INDEPENDENT_OR_NON_MAINTAINED_SPECIAL', 'IN_AREA', 12],
    ]);
  });

  it('leaves out settings beyond every home’s reach, for other needs, or closed', () => {
    const far = stated(special({ location: { lat: 52.5, lon: -1.9 } }, 'far'), { places: 50 });
    const hearing = stated(
      special({ provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['HI'] }] }, 'hi'),
      { places: 10 },
    );
    const closed = { ...stated(special({}, 'closed'), { places: 10 }), status: 'CLOSED' } as Setting;
    expect(rows([far, hearing, closed])).toEqual([]);
    expect(
      rows(
        [far],
        [
          { home: HOME, maxTravelKm: 20 },
          { home: { lat: 52.5, lon: -1.9 }, maxTravelKm: 5 },
        ],
      ),
    ).toHaveLength(1);
  });
});
