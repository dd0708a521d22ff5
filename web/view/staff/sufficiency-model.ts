import { dateInWords } from '../../../functions/core/journey/dates.js';
import type { Outcome } from '../../../functions/core/sufficiency/outcomes.js';
import type { Period } from '../../../functions/core/sufficiency/periods.js';
import type { PlacesRow } from '../../../functions/core/sufficiency/places.js';
import { countText, type PublishedCount, WITHHELD } from '../../../functions/core/sufficiency/suppression.js';
import type { SufficiencyCell, SufficiencyView } from '../../../functions/core/sufficiency/view-model.js';
import {
  AVAILABILITY_STATE_WORDS,
  CANNOT_MEET_GROUND_WORDS,
  OUTCOME_WORDS,
  PLACE_AREA_WORDS,
  PLACE_KIND_WORDS,
} from '../../../functions/core/sufficiency/words.js';
import type { FormError } from '../forms.js';
import type { MapArea } from '../map.js';
import { barOfCount, barOfFigure, groupedBarChart, stackedBarChart } from './sufficiency-charts.js';
import { districtMapSvg, mapBandOf } from './sufficiency-map.js';
import { cellWords, MAX_WAITING_WEEKS, periodWords } from './sufficiency-words.js';
import { countWords } from './words.js';

// The officer's sufficiency page as plain data for its template: the form, the headline, the
// tables, and the charts and map as SVG strings (escaped here). Pure. Every count of lists or
// children is the published one, in countText's words: nothing here sees a true count.

export interface SufficiencyFormInput {
  laCode: string;
  /** The caller's councils, by code and in words: more than one offers a choice. */
  councils: readonly { code: string; name: string }[];
  periodId: string;
  /** As typed (the form keeps it when refused). */
  weeks: string;
  choices: readonly Period[];
  errors?: readonly FormError[];
}

/** The GET form: council (when several), period and weeks. */
export function sufficiencyFormModel(input: SufficiencyFormInput) {
  const errorOf = (id: string) => input.errors?.find((e) => e.inputId === id)?.text ?? null;
  return {
    laChoices:
      input.councils.length > 1
        ? input.councils.map((c) => ({ value: c.code, text: c.name, selected: c.code === input.laCode }))
        : null,
    laCode: input.laCode,
    periodChoices: input.choices.map((p) => ({
      value: p.id,
      text: periodWords(p).label,
      selected: p.id === input.periodId,
    })),
    weeks: input.weeks,
    maxWeeks: MAX_WAITING_WEEKS,
    periodError: errorOf('period'),
    weeksError: errorOf('weeks'),
    errors: input.errors ?? [],
  };
}

const num = (text: string) => ({ text, format: 'numeric' });
const count = (c: PublishedCount) => num(countText(c));
// Alternative provision serves any need: summed into every need's places it would count again in
// each row. The sums are of specialist places; alternative provision stays in each cell's table.
const sum = (rows: readonly PlacesRow[], pick: (r: PlacesRow) => number) =>
  rows.filter((r) => r.kind !== 'ALTERNATIVE_PROVISION').reduce((total, r) => total + pick(r), 0);
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The colours of the three availability states, in AVAILABILITY_STATES' order. */
const STATE_SERIES = [
  { name: AVAILABILITY_STATE_WORDS.FREE_PLACE_KNOWN, fill: '#00703c' },
  { name: AVAILABILITY_STATE_WORDS.NONE_FREE, fill: '#d4351c' },
  { name: AVAILABILITY_STATE_WORDS.UNKNOWN, fill: '#505a5f' },
];

function headline(total: SufficiencyCell) {
  const a = total.availability;
  const noLists = !total.lists.fewerThanFive && total.lists.value === 0;
  return {
    noLists,
    noneFree: countText(a.noneFree),
    lists: countText(total.lists),
    children: countText(total.children),
    enoughData:
      a.shareWithEnoughData === null
        ? 'Too few lists (fewer than 10) to say what share had enough fresh figures.'
        : `${percent(a.shareWithEnoughData)} of lists had enough fresh figures to say. The rest are not counted as full: their figures were missing or not confirmed in 30 days.`,
  };
}

const outcomeOf = (c: SufficiencyCell, outcome: Outcome) =>
  c.outcomes.find((o) => o.outcome === outcome)?.count ?? WITHHELD;

/** The places within reach of one need and phase, by kind and by whose area they are in. */
function placesTable(cell: SufficiencyCell) {
  return {
    caption: cellWords(cell.primaryNeed, cell.phase),
    rows: cell.places.map((r) => [
      {
        text: `${PLACE_KIND_WORDS[r.kind]}, ${PLACE_AREA_WORDS[r.area]} (${countWords(r.provisions, 'provision', 'provisions')}, ${r.confirmedRecently.toLocaleString('en-GB')} with figures from the last 30 days)`,
      },
      num(r.places.toLocaleString('en-GB')),
      num(r.freePlaces.toLocaleString('en-GB')),
    ]),
  };
}

/** The page's figures for one period of one council. */
export function sufficiencyModel(input: {
  view: SufficiencyView;
  council: string;
  /** The council's districts' outlines, for a two-tier county; null for a unitary council. */
  districtAreas: readonly MapArea[] | null;
}) {
  const { view } = input;
  const period = periodWords(view.period);
  const cells = view.cells;
  // Every need and phase comes from the core (zeros too); the page shows those with any list. A
  // count withheld is withheld in every row, so showing them all would say nothing: none are.
  const someList = (c: PublishedCount) => c.fewerThanFive || (c.value ?? 0) > 0;
  const withLists = cells.filter((c) => someList(c.lists));
  const label = (c: SufficiencyCell) => cellWords(c.primaryNeed, c.phase);

  const placesChart = groupedBarChart({
    id: 'places-chart',
    title: `Lists made, and places and free places within reach, by main need and phase, ${period.inSentence}`,
    series: [
      { name: 'Lists made', fill: '#505a5f' },
      { name: 'Places within reach', fill: '#1d70b8' },
      { name: 'Free places (fresh figures)', fill: '#00703c' },
    ],
    groups: withLists.map((c) => ({
      label: label(c),
      values: [
        barOfCount(c.lists),
        c.placesWithheld ? barOfCount(WITHHELD) : barOfFigure(sum(c.places, (r) => r.places)),
        c.placesWithheld ? barOfCount(WITHHELD) : barOfFigure(sum(c.places, (r) => r.freePlaces)),
      ],
    })),
  });
  const availabilityChart = stackedBarChart({
    id: 'availability-chart',
    title: `What each main need and phase’s lists knew of free places, ${period.inSentence}`,
    series: STATE_SERIES,
    groups: withLists.map((c) => ({
      label: label(c),
      values: [
        barOfCount(c.availability.freePlaceKnown),
        barOfCount(c.availability.noneFree),
        barOfCount(c.availability.unknown),
      ],
    })),
  });

  const byLad = new Map(view.lowerTierDistricts.map((d) => [d.district, d]));
  const mapRows = (input.districtAreas ?? []).map((area) => {
    const d = byLad.get(area.code) ?? null;
    return { area, d, band: mapBandOf(d ? d.availability.noneFree : null) };
  });

  return {
    council: input.council,
    period: period.inSentence,
    periodLabel: period.label,
    asOf: dateInWords(view.asOf),
    periodId: view.period.id,
    waitingWeeks: view.waitingWeeks,
    headline: headline(view.total),
    hasLists: withLists.length > 0,
    placesChart,
    placesRows: withLists.map((c) => [
      { text: label(c) },
      count(c.lists),
      num(c.placesWithheld ? countText(WITHHELD) : sum(c.places, (r) => r.places).toLocaleString('en-GB')),
      num(
        c.placesWithheld ? countText(WITHHELD) : sum(c.places, (r) => r.freePlaces).toLocaleString('en-GB'),
      ),
    ]),
    availabilityChart,
    availabilityRows: [...withLists, view.total].map((c) => [
      { text: label(c) },
      count(c.lists),
      count(c.children),
      count(c.availability.freePlaceKnown),
      count(c.availability.noneFree),
      count(c.availability.unknown),
    ]),
    placesTables: withLists.filter((c) => c.places.length > 0).map(placesTable),
    waitingRows: [...cells.filter((c) => someList(c.waiting)), view.total].map((c) => [
      { text: label(c) },
      count(c.waiting),
    ]),
    cellsWithheld: cells.every((c) => c.lists.withheld),
    districtsWithheld: view.districtsWithheld,
    outcomeRows: view.total.outcomes.map((o) => [{ text: OUTCOME_WORDS[o.outcome] }, count(o.count)]),
    outcomeCellRows: cells
      .filter((c) => someList(outcomeOf(c, 'DECIDED')))
      .map((c) => [
        { text: label(c) },
        count(outcomeOf(c, 'DECIDED')),
        count(outcomeOf(c, 'NOT_ON_LIST')),
        count(outcomeOf(c, 'OUTSIDE_AREA')),
        count(outcomeOf(c, 'INDEPENDENT')),
      ]),
    cannotMeetRows: view.total.cannotMeet
      .filter((g) => g.count.value !== 0)
      .map((g) => [{ text: CANNOT_MEET_GROUND_WORDS[g.ground] }, count(g.count)]),
    cannotMeetCellRows: cells.flatMap((c) =>
      c.cannotMeet
        .filter((g) => someList(g.count))
        .map((g) => [{ text: label(c) }, { text: CANNOT_MEET_GROUND_WORDS[g.ground] }, count(g.count)]),
    ),
    districtRows: view.districts.map((d) => [
      { text: d.district ?? 'No postcode given' },
      count(d.lists),
      count(d.availability.noneFree),
    ]),
    figures: {
      provisions: countWords(view.figures.provisions, 'provision', 'provisions'),
      notConfirmed:
        view.figures.share === null
          ? 'None'
          : `${view.figures.notConfirmedRecently.toLocaleString('en-GB')} of ${countWords(view.figures.provisions, 'provision', 'provisions')} (${percent(view.figures.share)})`,
    },
    map:
      input.districtAreas && !view.districtsWithheld
        ? {
            svg: districtMapSvg({
              title: `Lists with none free on fresh figures, by district of ${input.council}, ${period.inSentence}`,
              districts: mapRows.map((r) => ({ area: r.area, band: r.band })),
            }),
            rows: mapRows.map((r) => [
              { text: r.area.name },
              r.d ? count(r.d.lists) : num('0'),
              r.d ? count(r.d.availability.noneFree) : num('0'),
            ]),
          }
        : null,
  };
}
