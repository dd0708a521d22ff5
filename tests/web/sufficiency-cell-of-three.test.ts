import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../functions/core/journey/dates.js';
import { periodChoices } from '../../functions/core/sufficiency/periods.js';
import { OUTCODES } from '../../functions/services/outcodes.js';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aSettingAt, listsAtPostcode } from '../helpers/lists.js';
import { termOf } from '../helpers/periods.js';
import { officerOf, signInOverHttp } from './staff.js';

// A need and phase with exactly three children, and a postcode district with exactly three lists,
// searched for in every output a council can take away: the API's picture for the year and the
// term, the what-if, the page (its tables, charts and map) and the CSV. Norfolk (926), a two-tier
// county no other test uses: three children with a hearing impairment at home in Norwich (NR1),
// twelve with autism in King's Lynn (PE30), so the council's total (15) is shown as a number.

const LA = '926';
const officer = asOfficer(LA);
const N = '{ value fewerThanFive withheld text }';
const AVAILABILITY = `{ freePlaceKnown ${N} noneFree ${N} unknown ${N} }`;
const CELL = `{ primaryNeed phase lists ${N} children ${N} availability ${AVAILABILITY}
  outcomes { count ${N} } cannotMeet { count ${N} } waiting ${N} }`;
const SUFFICIENCY = `query S($laCode: String!, $period: String!) { sufficiency(laCode: $laCode, period: $period) {
  total ${CELL} cells ${CELL} districts { district lists ${N} children ${N} availability ${AVAILABILITY} } } }`;
const ROW = `{ primaryNeed district listsWithinReach ${N} childrenPlaced ${N} newlyWithFreePlace ${N} losingFreePlace ${N} }`;
const WHAT_IF = `query W($laCode: String!, $period: String!, $changes: [PlaceChangeInput!]!) {
  sufficiencyWhatIf(laCode: $laCode, period: $period, changes: $changes) { total ${ROW} byNeed ${ROW} byDistrict ${ROW} } }`;

const year = () => periodChoices(londonDate(new Date()))[0]?.id ?? '';
let hearing: { id: string };

/** Every published count of children or lists in a GraphQL answer (objects with fewerThanFive). */
function publishedCounts(data: unknown): { value: number | null; text: string }[] {
  if (Array.isArray(data)) return data.flatMap(publishedCounts);
  if (!data || typeof data !== 'object') return [];
  if ('fewerThanFive' in data) return [data as unknown as { value: number | null; text: string }];
  return Object.values(data).flatMap(publishedCounts);
}

beforeAll(async () => {
  const norwich = OUTCODES.get('NR1') ?? { lat: 52.63, lon: 1.3 };
  const kingsLynn = OUTCODES.get('PE30') ?? { lat: 52.75, lon: 0.4 };
  hearing = await aSettingAt({
    name: 'Norwich HI Special (cell of three)',
    at: norwich,
    laCode: LA,
    designation: ['HI'],
    capacity: { places: 40, onRoll: 36, vacancies: 4 },
  });
  await aSettingAt({
    name: "King's Lynn ASD Special (cell of three)",
    at: kingsLynn,
    laCode: LA,
    designation: ['ASD'],
    capacity: { places: 60, onRoll: 60, vacancies: 0 },
  });
  await listsAtPostcode(LA, 3, 'HI', 'NR1 1AA', 20);
  await listsAtPostcode(LA, 12, 'ASD', 'PE30 1AA', 20);
}, 120_000);

describe('a cell of three children', () => {
  it('is never shown as 3 by the API, for the year or the term', async () => {
    for (const period of [year(), termOf()]) {
      const { sufficiency } = await gqlOk(SUFFICIENCY, { laCode: LA, period }, officer);
      const hi = sufficiency.cells.find((c: any) => c.primaryNeed === 'HI' && c.phase === 'PRIMARY');
      // The cell is there, and says no more than "fewer than 5" (or nothing at all).
      expect(['fewer than 5', 'not shown']).toContain(hi.lists.text);
      expect(['fewer than 5', 'not shown']).toContain(hi.children.text);
      expect(sufficiency.total.lists.text).toBe('15');
      const counts = publishedCounts(sufficiency);
      expect(counts.length).toBeGreaterThan(48 * 5);
      expect(counts.filter((c) => c.value === 3 || c.text === '3')).toEqual([]);
    }
  });

  it('is never shown as 3 by the what-if, even with places added beside those three homes', async () => {
    const changes = [{ addPlaces: { settingId: hearing.id, need: 'HI', places: 5 } }];
    const { sufficiencyWhatIf } = await gqlOk(WHAT_IF, { laCode: LA, period: year(), changes }, officer);
    const counts = publishedCounts(sufficiencyWhatIf);
    expect(counts.length).toBeGreaterThan(4);
    expect(counts.filter((c) => c.value === 3 || c.text === '3')).toEqual([]);
    // The HI row is three lists: under 10, so it says nothing.
    const hi = sufficiencyWhatIf.byNeed.find((r: any) => r.primaryNeed === 'HI');
    if (hi) expect(hi.listsWithinReach.text).toBe('not shown');
  });

  it('is never shown as 3 on the page, in its tables, charts or map, nor in the CSV', async () => {
    const session = await signInOverHttp(officerOf(LA));
    const page = await session.get(`/sufficiency?la=${LA}&period=${year()}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Hearing impairment');
    // Any element whose whole text is 3: a table cell, a chart's label, the map's legend.
    expect(html.match(/>\s*3\s*</g) ?? []).toEqual([]);

    const csv = await (await session.get(`/sufficiency/export.csv?la=${LA}&period=${year()}`)).text();
    const records: string[][] = parse(csv, { relax_column_count: true });
    const header = records.findIndex((r) => r[0] === 'breakdown');
    expect(header).toBeGreaterThan(0);
    const columns = records[header] as string[];
    // Places are the settings' own figures (not children): every other column is a count or a statistic.
    const counted = columns.flatMap((name, i) =>
      /provisions|places|confirmed_recently/.test(name) ? [] : [i],
    );
    const rows = records.slice(header + 1).filter((r) => r.length === columns.length);
    expect(rows.some((r) => r[1] === 'HI' && r[3] === 'PRIMARY')).toBe(true);
    for (const row of rows) {
      const threes = counted.filter((i) => row[i] === '3').map((i) => columns[i]);
      expect(threes, row.slice(0, 5).join(' ')).toEqual([]);
    }
  });
});
