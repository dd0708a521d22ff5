import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { parsePeriod, periodChoices } from '../../../functions/core/sufficiency/periods.js';
import { publishedCount } from '../../../functions/core/sufficiency/suppression.js';
import type { SufficiencyCell, SufficiencyView } from '../../../functions/core/sufficiency/view-model.js';
import { checkedPeriod } from '../../../functions/services/sufficiency-service.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import type { MapArea } from '../../../web/view/map.js';
import {
  barOfCount,
  barOfFigure,
  groupedBarChart,
  stackedBarChart,
} from '../../../web/view/staff/sufficiency-charts.js';
import { districtMapSvg, mapBandOf } from '../../../web/view/staff/sufficiency-map.js';
import { sufficiencyFormModel, sufficiencyModel } from '../../../web/view/staff/sufficiency-model.js';
import { periodWords, sufficiencyErrors } from '../../../web/view/staff/sufficiency-words.js';

// The sufficiency page's pure parts: its charts and map are drawn from escaped text, show the
// tables' figures, and never draw or print a count of 1 to 4.

const few = (n: number) => publishedCount(n);
const availability = (free: number, none: number, unknown: number) => ({
  freePlaceKnown: few(free),
  noneFree: few(none),
  unknown: few(unknown),
  shareWithEnoughData: null,
  medianNearestFreeKm: null,
});

function cell(over: Partial<SufficiencyCell>): SufficiencyCell {
  return {
    primaryNeed: 'ASD',
    phase: 'PRIMARY',
    lists: few(7),
    children: few(6),
    availability: availability(3, 2, 2),
    placesWithheld: false,
    places: [
      {
        kind: 'STATE_SPECIAL',
        area: 'IN_AREA',
        provisions: 1,
        places: 40,
        freePlaces: 5,
        confirmedRecently: 1,
      },
      {
        kind: 'STATE_SPECIAL',
        area: 'BEYOND',
        provisions: 2,
        places: 20,
        freePlaces: 0,
        confirmedRecently: 0,
      },
    ],
    outcomes: [
      { outcome: 'DECIDED', count: few(1) },
      { outcome: 'ON_LIST', count: few(0) },
    ],
    cannotMeet: [{ ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS', count: few(2) }],
    waiting: few(4),
    ...over,
  };
}

/** A council's picture whose every true count of lists or children is small: 1 to 4 or 6 to 7. */
function aView(district = 'ME14'): SufficiencyView {
  const msi = cell({
    primaryNeed: 'MSI',
    lists: few(3),
    children: few(3),
    availability: availability(0, 3, 0),
    places: [
      {
        kind: 'STATE_SPECIAL',
        area: 'IN_AREA',
        provisions: 1,
        places: 10,
        freePlaces: 0,
        confirmedRecently: 1,
      },
    ],
  });
  const asd = cell({});
  return {
    laCode: '886',
    period: parsePeriod('2026-27') as NonNullable<ReturnType<typeof parsePeriod>>,
    asOf: '2026-12-05',
    waitingWeeks: 12,
    total: cell({
      primaryNeed: null,
      phase: null,
      lists: few(10),
      children: few(9),
      availability: availability(3, 5, 2),
      places: [],
    }),
    cells: [asd, msi],
    districts: [
      { district, lists: few(4), children: few(4), availability: availability(1, 2, 1) },
      { district: null, lists: few(6), children: few(5), availability: availability(2, 3, 1) },
    ],
    lowerTierDistricts: [
      { district: 'E07000110', lists: few(4), children: few(4), availability: availability(1, 2, 1) },
    ],
    districtsWithheld: false,
    figures: { provisions: 4, notConfirmedRecently: 2, share: 0.5 },
  };
}

const square = (code: string, name: string, lon: number): MapArea => ({
  code,
  name,
  rings: [
    [
      [lon, 51],
      [lon + 0.2, 51],
      [lon + 0.2, 51.2],
      [lon, 51.2],
      [lon, 51],
    ],
  ],
  bbox: [lon, 51, lon + 0.2, 51.2],
});
const KENT = [square('E07000110', 'Maidstone', 0.5), square('E07000111', 'Sevenoaks', 0.2)];

/** Text a person would read as a count of 1 to 4 standing alone. */
const ONE_TO_FOUR = />\s*[1-4]\s*</;
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

function render(values: Record<string, unknown>): string {
  const paths = webPaths();
  return createRenderer(paths.views, paths.govukFrontend).render('staff/sufficiency.njk', {
    csrfToken: 'tok',
    signedInAs: 'Officer',
    isOfficer: true,
    laCodes: ['886'],
    councils: [{ code: '886', name: 'Kent (886)' }],
    assets: '/a',
    title: 'Where places are short',
    ...values,
  });
}

const form = () =>
  sufficiencyFormModel({
    laCode: '886',
    councils: [{ code: '886', name: 'Kent (886)' }],
    periodId: '2026-27',
    weeks: '',
    choices: periodChoices('2026-12-05'),
  });

describe('the charts', () => {
  it('escape every label, so a label holding markup is shown as text', () => {
    const svg = groupedBarChart({
      id: 'c',
      title: 'Lists <b>by</b> need',
      series: [{ name: '<script>alert(1)</script>', fill: '#1d70b8' }],
      groups: [{ label: '<script>alert(2)</script>', values: [barOfFigure(10)] }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(svg).toMatch(/role="img" aria-labelledby="c-title"/);
    expect(svg).toContain('<title id="c-title">Lists &lt;b&gt;by&lt;/b&gt; need</title>');
  });

  it('draw "fewer than 5" as a hatched mark of one width whatever the true count, and say so', () => {
    const draw = (n: number) =>
      groupedBarChart({
        id: 'c',
        title: 't',
        series: [{ name: 'Lists', fill: '#505a5f' }],
        groups: [{ label: 'ASD', values: [barOfCount(few(n))] }],
      });
    expect(draw(1)).toBe(draw(4));
    expect(draw(3)).toContain('fill="url(#c-hatch)"');
    expect(texts(draw(3))).toContain('fewer than 5');
    expect(draw(3)).not.toMatch(ONE_TO_FOUR);
    const stacked = (n: number) =>
      stackedBarChart({
        id: 's',
        title: 't',
        series: [{ name: 'None free', fill: '#d4351c' }],
        groups: [{ label: 'ASD', values: [barOfCount(few(n)), barOfCount(few(10))] }],
      });
    expect(stacked(1)).toBe(stacked(4));
    expect(stacked(2)).toContain('fill="url(#s-hatch)"');
  });

  it('show the same figures as the table after them', () => {
    const model = sufficiencyModel({ view: aView(), council: 'Kent (886)', districtAreas: null });
    const inChart = texts(model.placesChart).filter((t) => /^(\d[\d,]*|fewer than 5)$/.test(t ?? ''));
    const inTable = model.placesRows.flatMap((row) => row.slice(1).map((c) => c.text));
    expect(inChart).toEqual(inTable);
    expect(inTable).toEqual(['5', '60', '5', 'fewer than 5', '10', '0']);
    // The availability chart's groups are the table's rows, in order (the table adds the total).
    const labels = texts(model.availabilityChart).slice(4);
    expect(labels).toEqual(model.availabilityRows.slice(0, -1).map((r) => r[0]?.text));
  });

  it('gives decisions and “cannot meet” answers by main need and phase, rounded as everywhere', () => {
    const model = sufficiencyModel({ view: aView(), council: 'Kent (886)', districtAreas: null });
    expect(model.outcomeCellRows.map((r) => r.map((c) => c.text))).toEqual([
      ['Autistic spectrum disorder (ASD), primary', 'fewer than 5', 'not shown', 'not shown', 'not shown'],
      ['Multi-sensory impairment (MSI), primary', 'fewer than 5', 'not shown', 'not shown', 'not shown'],
    ]);
    expect(model.cannotMeetCellRows.map((r) => r[2]?.text)).toEqual(['fewer than 5', 'fewer than 5']);
  });
});

describe('the district map', () => {
  it('bands lists with no free place known, "fewer than 5" a band of its own, and escapes names', () => {
    expect(mapBandOf(null)).toBe('NO_LISTS');
    expect(mapBandOf(few(0))).toBe('ZERO');
    expect(mapBandOf(few(1))).toBe('FEWER_THAN_5');
    expect(mapBandOf(few(4))).toBe('FEWER_THAN_5');
    expect(mapBandOf(few(9))).toBe('FIVE_TO_10');
    expect(mapBandOf(few(20))).toBe('FIFTEEN_TO_25');
    expect(mapBandOf(few(40))).toBe('THIRTY_OR_MORE');
    const svg = districtMapSvg({
      title: 'Districts',
      districts: [{ area: square('E07000001', '<script>x</script>', 0), band: 'FEWER_THAN_5' }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;: Fewer than 5 (hatched)');
    expect(svg).not.toMatch(ONE_TO_FOUR);
  });

  it('is drawn only for a council with districts, each district in the table beside it', () => {
    expect(sufficiencyModel({ view: aView(), council: 'Leeds (383)', districtAreas: null }).map).toBeNull();
    const map = sufficiencyModel({ view: aView(), council: 'Kent (886)', districtAreas: KENT }).map;
    expect(map?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Maidstone', 'fewer than 5', 'fewer than 5'],
      ['Sevenoaks', '0', '0'],
    ]);
    expect(map?.svg).toContain('<title>Maidstone: Fewer than 5 (hatched)</title>');
  });
});

describe('the page', () => {
  it('prints no count of 1 to 4 anywhere, and escapes a postcode district holding markup', () => {
    const view = aView('<script>alert(3)</script>');
    const page = sufficiencyModel({ view, council: 'Kent (886)', districtAreas: KENT });
    const html = render({ form: form(), page });
    expect(html).not.toMatch(ONE_TO_FOUR);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('Where places are short, for Kent (886), the 2026-27 academic year');
    expect(html).toContain(
      '<strong>5</strong> of 10 lists (for 5 children) found none free on fresh figures',
    );
    expect(html).toContain('Too few lists (fewer than 10)');
    expect(html).not.toContain('20-week');
    expect(html.match(/role="img"/g)).toHaveLength(3);
  });

  it('keeps the form and its errors when the period or weeks are refused', () => {
    const refused = (field: 'period' | 'waitingWeeks', run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof InvalidInputError) return sufficiencyErrors(error.issues);
      }
      throw new Error(`expected a refusal of ${field}`);
    };
    expect(refused('period', () => checkedPeriod('2026-12', '2026-12-05'))).toEqual([
      { inputId: 'period', text: 'Choose a period from the list' },
    ]);
    expect(refused('period', () => checkedPeriod('2026-27-spring', '2026-12-05'))?.[0]?.text).toBe(
      'Period starts on 1 January 2027: choose a period that has begun',
    );
    expect(refused('period', () => checkedPeriod('2026-Q4', '2026-12-05'))).toEqual([
      { inputId: 'period', text: 'Choose a period from the list' },
    ]);
    expect(sufficiencyErrors([{ field: 'laCode', code: 'BAD_FORMAT', message: 'x' }])).toBeNull();
    const errors =
      sufficiencyErrors([
        { field: 'waitingWeeks', code: 'OUT_OF_RANGE', message: 'x', params: { min: 1, max: 104 } },
      ]) ?? [];
    const html = render({
      form: sufficiencyFormModel({
        laCode: '886',
        councils: [{ code: '886', name: 'Kent (886)' }],
        periodId: '2026-27',
        weeks: 'lots',
        choices: periodChoices('2026-12-05'),
        errors,
      }),
      page: null,
      council: 'Kent (886)',
    });
    expect(html).toContain('There is a problem');
    expect(html).toContain('href="#weeks"');
    expect(html).toContain('Enter a whole number of weeks from 1 to 104, like 12');
    expect(html).toContain('value="lots"');
    expect(html).not.toContain('role="img"');
  });

  it('names periods in words and picks the asked one', () => {
    const word = (id: string) => periodWords(parsePeriod(id) as NonNullable<ReturnType<typeof parsePeriod>>);
    expect(word('2026-27').label).toBe('2026-27 academic year');
    expect(word('2026-27-autumn').inSentence).toBe('the autumn term 2026-27');
    expect(word('2026-27-summer').label).toBe('Summer term 2026-27');
    expect(
      form()
        .periodChoices.filter((c) => c.selected)
        .map((c) => c.value),
    ).toEqual(['2026-27']);
    expect(form().periodChoices[0]?.text).toBe('2026-27 academic year');
  });
});
