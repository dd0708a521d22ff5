import { describe, expect, it } from 'vitest';
import { distanceWords, freshnessWords, placesWords } from '../../../web/view/format.js';
import { formError, movedOrder, otherSettingInput, parseFormBody } from '../../../web/view/forms.js';
import { contentSecurityPolicy, pageHeaders } from '../../../web/view/headers.js';
import {
  escapeXml,
  MARKER_RADIUS,
  mapSvg,
  type Point,
  placeMarkers,
  prepareAreas,
  simplify,
} from '../../../web/view/map.js';
import { matchRoute, routeName } from '../../../web/view/routes.js';

const capacity = {
  status: 'AVAILABLE' as const,
  places: 10,
  onRoll: 7,
  vacancies: 3,
  vacanciesInYear: null,
  pendingConsultations: 2,
  lastConfirmedAt: '2026-11-20T10:00:00.000Z',
  source: 'SETTING' as const,
};

describe('the pages’ words', () => {
  it('labels distances as straight-line, to one decimal', () => {
    expect(distanceWords(1.84)).toBe('1.8 km in a straight line');
    expect(distanceWords(0)).toBe('0.1 km in a straight line');
  });

  it('says who confirmed the figures, when, and how long ago', () => {
    expect(freshnessWords(capacity, new Date('2026-11-22T12:00:00Z'))).toBe(
      'Last confirmed by the school or college on 20 November 2026 (2 days ago).',
    );
    expect(freshnessWords({ ...capacity, source: 'SYNTHETIC' }, new Date('2026-11-22T12:00:00Z'))).toMatch(
      /estimates .* not confirmed/,
    );
    expect(freshnessWords({ ...capacity, lastConfirmedAt: null, source: null }, new Date())).toMatch(
      /not told us/,
    );
  });

  it('counts free places and requests under way', () => {
    expect(placesWords(capacity)).toBe('3 places free, with 2 requests from councils under way.');
    expect(placesWords({ ...capacity, vacancies: null })).toBeNull();
  });
});

describe('the forms', () => {
  it('reads a browser’s form body, first value of each name', () => {
    expect(parseFormBody('name=Oak+Tree&town=Leeds&name=x')).toEqual({ name: 'Oak Tree', town: 'Leeds' });
    expect(parseFormBody(Buffer.from('name=H%C3%A9').toString('base64'), true)).toEqual({ name: 'Hé' });
  });

  it('sends blank optional fields as null', () => {
    expect(otherSettingInput({ name: 'Oak', town: ' ', website: '' }).add[0]).toEqual({
      offRegister: { name: 'Oak', town: null, postcode: null, website: null },
      note: null,
    });
  });

  it('moves a choice up or down, never off either end', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(movedOrder(['a', 'b'], 'a', 'up')).toBeNull();
    expect(movedOrder(['a', 'b'], 'x', 'up')).toBeNull();
  });

  it('puts a service’s field error next to the input it belongs to', () => {
    expect(
      formError('add-other', { field: 'input.add.0.offRegister.website', code: 'BAD_FORMAT', message: '' })
        .inputId,
    ).toBe('other-website');
    expect(formError('add-other', { field: 'input.add.0.note', code: 'TOO_LONG', message: '' }).inputId).toBe(
      'other-note',
    );
    expect(formError('search', { field: 'query', code: 'NO_WORD_TO_SEARCH', message: '' }).inputId).toBe(
      'search-query',
    );
    expect(
      formError('add', { field: 'input.add', code: 'TOO_MANY_CHOICES', params: { max: 10 }, message: '' })
        .text,
    ).toMatch(/up to 10/);
  });
});

describe('routes and headers', () => {
  it('routes by method and path, and names routes without the token', () => {
    expect(matchRoute('GET', '/f/abc.def')).toEqual({ page: 'family', token: 'abc.def', sub: 'overview' });
    expect(matchRoute('GET', '/f/abc.def/suggestions')).toEqual({
      page: 'family',
      token: 'abc.def',
      sub: 'suggestions',
    });
    expect(matchRoute('GET', '/f/abc.def/no-such-page')).toEqual({ page: 'not-found' });
    expect(matchRoute('POST', '/f/abc.def/journey')).toMatchObject({ page: 'method-not-allowed' });
    expect(routeName(matchRoute('GET', '/f/secret-token/map'))).toBe('family-map');
    expect(matchRoute('POST', '/f/abc.def/choices/move')).toEqual({
      page: 'family-form',
      token: 'abc.def',
      form: 'move',
    });
    expect(matchRoute('POST', '/f/abc')).toMatchObject({ page: 'method-not-allowed' });
    expect(matchRoute('GET', '/your-rights/938')).toEqual({ page: 'rights', laCode: '938' });
    expect(matchRoute('GET', '/assets/0123456789ab/../x')).toEqual({ page: 'not-found' });
    expect(routeName(matchRoute('GET', '/f/secret-token'))).toBe('family');
  });

  it('has a nonce and no unsafe-inline; the family page is no-store and noindex', () => {
    const csp = contentSecurityPolicy('abc123');
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain('unsafe-inline');
    expect(pageHeaders('n', true)).toMatchObject({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
    expect(pageHeaders('n', false)['x-robots-tag']).toBeUndefined();
  });
});

describe('the map', () => {
  const square = (x: number, y: number, size: number) => [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  const areas = prepareAreas({
    features: [
      {
        properties: { areacd: 'E1', areanm: 'West & Sussex' },
        geometry: { type: 'Polygon', coordinates: [square(-0.6, 50.8, 0.5)] },
      },
      {
        properties: { areacd: 'E2', areanm: 'Far' },
        geometry: { type: 'Polygon', coordinates: [square(2, 55, 0.1)] },
      },
    ],
  });

  it('simplifies a line, keeping its ends and corners', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 0.0001],
          [2, 0],
          [2, 2],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
  });

  it('draws home, one numbered marker per entry and the areas in view, with a text alternative, within 40 KB', () => {
    const svg = mapSvg({
      home: { lat: 51.06, lon: -0.3 },
      markers: [
        { label: '1', name: 'Oak <School>', location: { lat: 51.1, lon: -0.25 } },
        { label: '2', name: 'Ash', location: { lat: 51.0, lon: -0.4 } },
      ],
      areas,
    });
    expect(svg.length).toBeLessThanOrEqual(40_000);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('1, Oak &lt;School&gt;; 2, Ash');
    expect(svg).toContain('<title>West &amp; Sussex</title>');
    expect(svg).not.toContain('<title>Far</title>');
    expect(svg).not.toContain('style=');
    expect(escapeXml(`"'`)).toBe('&quot;&#39;');
  });

  it('never draws one marker over another: a marker that would cover one is moved aside, with a line to its place', () => {
    const crowd: Point[] = Array.from({ length: 11 }, (_, i) => [300 + i, 200]);
    const spots = placeMarkers(crowd);
    expect(spots[0]).toEqual([300, 200]);
    for (const [i, [ax, ay]] of spots.entries()) {
      for (const [bx, by] of spots.slice(i + 1)) {
        expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
      }
    }
    // Markers far apart stay where they are.
    expect(
      placeMarkers([
        [0, 0],
        [200, 0],
      ]),
    ).toEqual([
      [0, 0],
      [200, 0],
    ]);
    const svg = mapSvg({
      home: { lat: 51.06, lon: -0.3 },
      markers: [
        { label: '1', name: 'Oak', location: { lat: 51.1, lon: -0.25 } },
        { label: '2', name: 'Ash', location: { lat: 51.1, lon: -0.25 } },
      ],
      areas,
    });
    expect(svg.match(/<line/g)).toHaveLength(1);
  });
});
