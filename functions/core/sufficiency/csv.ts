import { type CsvValue, csvText } from '../csv.js';
import { REFUSAL_GROUNDS } from '../journey/model.js';
import { NEEDS } from '../needs.js';
import { type CannotMeetGround, OUTCOMES } from './outcomes.js';
import { PLACE_AREAS, PLACE_KINDS, type PlacesRow } from './places.js';
import { countText, MIN_CELL_FOR_STATISTICS, type PublishedCount } from './suppression.js';
import type { PublishedAvailability, SufficiencyCell, SufficiencyView } from './view-model.js';

// The council's sufficiency picture as a spreadsheet: the same published figures as the page and
// the API, never a raw count. Column names follow the API's fields (schema/sufficiency.graphql
// says what each means), so the CSV, the page and the API cannot drift apart in meaning.

const GROUNDS: readonly CannotMeetGround[] = [...REFUSAL_GROUNDS, 'NOT_GIVEN'];

const ZERO: PublishedCount = { value: 0, fewerThanFive: false, withheld: false };

const snake = (code: string) => code.toLowerCase();

/** A row of the table: a need and phase, the council's total, or a postcode district. */
interface Row {
  breakdown: 'total' | 'need and phase' | 'postcode district';
  cell: SufficiencyCell | null;
  district: string | null;
  lists: PublishedCount;
  children: PublishedCount;
  availability: PublishedAvailability;
}

interface Column {
  name: string;
  value: (row: Row) => CsvValue;
}

const count = (c: PublishedCount | undefined): string => (c ? countText(c) : '');
/** A statistic, or "not shown" where the cell is under MIN_CELL_FOR_STATISTICS (or has nothing to measure). */
const statistic = (value: number | null, places: number) =>
  value === null ? 'not shown' : Number(value.toFixed(places));

/** Places figures are the settings' own (not children): written as they are; blank where the row has none. */
function placesColumn(
  field: keyof Omit<PlacesRow, 'kind' | 'area'>,
  kind: PlacesRow['kind'],
  area: PlacesRow['area'],
): Column {
  return {
    name: `${snake(field.replace(/[A-Z]/g, (c) => `_${c}`))}_${snake(kind)}_${snake(area)}`,
    value: (row) => {
      if (row.breakdown !== 'need and phase' || !row.cell) return null;
      if (row.cell.placesWithheld) return 'not shown';
      return row.cell.places.find((p) => p.kind === kind && p.area === area)?.[field] ?? 0;
    },
  };
}

const COLUMNS: readonly Column[] = [
  { name: 'breakdown', value: (r) => r.breakdown },
  { name: 'primary_need', value: (r) => r.cell?.primaryNeed ?? null },
  { name: 'primary_need_name', value: (r) => (r.cell?.primaryNeed ? NEEDS[r.cell.primaryNeed].name : null) },
  { name: 'phase', value: (r) => r.cell?.phase ?? null },
  {
    name: 'postcode_district',
    value: (r) => (r.breakdown !== 'postcode district' ? null : (r.district ?? 'no postcode given')),
  },
  { name: 'lists', value: (r) => count(r.lists) },
  { name: 'children', value: (r) => count(r.children) },
  { name: 'free_place_known', value: (r) => count(r.availability.freePlaceKnown) },
  { name: 'none_free', value: (r) => count(r.availability.noneFree) },
  { name: 'unknown', value: (r) => count(r.availability.unknown) },
  { name: 'share_with_enough_data', value: (r) => statistic(r.availability.shareWithEnoughData, 2) },
  { name: 'median_nearest_free_km', value: (r) => statistic(r.availability.medianNearestFreeKm, 1) },
  { name: 'waiting', value: (r) => count(r.cell?.waiting) },
  ...OUTCOMES.map(
    (o): Column => ({
      name: `outcome_${snake(o)}`,
      value: (r) => count(r.cell?.outcomes.find((x) => x.outcome === o)?.count),
    }),
  ),
  ...GROUNDS.map(
    (g): Column => ({
      name: `cannot_meet_${snake(g)}`,
      // A ground the view does not list had no answer: 0, as the view would have published it.
      value: (r) => (r.cell ? count(r.cell.cannotMeet.find((x) => x.ground === g)?.count ?? ZERO) : null),
    }),
  ),
  ...(['provisions', 'places', 'freePlaces', 'confirmedRecently'] as const).flatMap((field) =>
    PLACE_KINDS.flatMap((kind) => PLACE_AREAS.map((area) => placesColumn(field, kind, area))),
  ),
];

/**
 * The picture as CSV: lines saying what it is and how counts are rounded, a blank line, then one
 * row for the council's total, one per need and phase, and one per postcode district.
 */
export function sufficiencyCsv(view: SufficiencyView, councilName?: string | null): string {
  const { period, figures } = view;
  const notes: string[] = [
    `Sufficiency picture for ${councilName ? `${councilName} (LA code ${view.laCode})` : `LA code ${view.laCode}`}`,
    `Period ${period.id}: ${period.startsOn} to ${period.endsOn}. As at ${view.asOf}.`,
    'Never about one child. Counts of children and lists are rounded down to a multiple of 5 (5 stands for 5 to 9); 1 to 4 are shown as "fewer than 5"; a count is "not shown" where it would reveal a small count.',
    `Statistics (shares, distances) are shown only for ${MIN_CELL_FOR_STATISTICS} or more lists. Shares run from 0 to 1; distances are in km.`,
    `Waiting: children whose first list was made more than ${view.waitingWeeks} weeks before the as-at date, with no decision by then (not the 20-week measure).`,
    'Places, free places and provisions are the settings’ own figures, not children, so they are not rounded. Free places count only figures stated or confirmed in the last 30 days.',
    `Specialist and alternative provisions within reach of the period’s lists: ${figures.provisions}; of them, not stated or confirmed in the last 30 days: ${figures.notConfirmedRecently}.`,
    'Each column is described in OpenPlace’s API schema (schema/sufficiency.graphql), under the field of the same name.',
  ];
  const rows: Row[] = [
    { breakdown: 'total', cell: view.total, district: null, ...view.total },
    ...view.cells.map((cell): Row => ({ breakdown: 'need and phase', cell, district: null, ...cell })),
    ...view.districts.map((d): Row => ({ breakdown: 'postcode district', cell: null, ...d })),
  ];
  return csvText([
    ...notes.map((n) => [n]),
    [],
    COLUMNS.map((c) => c.name),
    ...rows.map((row) => COLUMNS.map((c) => c.value(row))),
  ]);
}
