// The sufficiency part of `npm run bench`: one council (Kent, 886) given SUFFICIENCY_LISTS lists
// through the API (each files its facts as every list does) and SUFFICIENCY_HISTORY more over the
// 24 months before (sufficiency-history.ts), then its picture for the academic year and a what-if
// over the period's lists, each timed end to end through the local HTTP endpoint.

import { londonDate } from '../../functions/core/journey/dates.js';
import { NEED_CODES } from '../../functions/core/needs.js';
import { periodChoices } from '../../functions/core/sufficiency/periods.js';
import type { EnglandData } from '../../functions/reference/england-data.js';
import { mulberry32 } from '../../functions/reference/random.js';
import { BUDGET, SUFFICIENCY_HISTORY, SUFFICIENCY_LISTS, SUFFICIENCY_RUNS } from './config.js';
import type { createJsonPoster } from './http-client.js';
import { line, verdict } from './report.js';
import { ms, summary } from './stats.js';
import { writeSufficiencyHistory } from './sufficiency-history.js';

const LA = '886';

const SUFFICIENCY = `query S($laCode: String!, $period: String!) { sufficiency(laCode: $laCode, period: $period) {
  total { lists { value } availability { noneFree { value fewerThanFive } unknown { value } } }
  cells { primaryNeed phase lists { value fewerThanFive withheld } places { kind area places freePlaces } }
  districts { district lists { value fewerThanFive withheld } } } }`;
const WHAT_IF = `query W($laCode: String!, $period: String!, $changes: [PlaceChangeInput!]!) {
  sufficiencyWhatIf(laCode: $laCode, period: $period, changes: $changes) {
    placesAdded total { listsWithinReach { value } childrenPlaced { value fewerThanFive } } byNeed { primaryNeed } } }`;
const GENERATE = `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) { list { id } } }`;

export async function benchSufficiency(
  api: ReturnType<typeof createJsonPoster>,
  data: EnglandData,
  tokenFor: (la: string) => string,
  stack: Parameters<typeof writeSufficiencyHistory>[0],
): Promise<void> {
  const auth = { authorization: `Bearer ${tokenFor(LA)}` };
  const random = mulberry32(20261205);
  const schools = data.schools.filter((s) => s.laCode === LA);
  const startDate = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const made = performance.now();
  for (let i = 0; i < SUFFICIENCY_LISTS; i++) {
    const anchor = schools[Math.floor(random() * schools.length)] as (typeof schools)[number];
    const input = {
      caseReference: `BENCH-SUFF/${i}`,
      laCode: LA,
      age: 4 + Math.floor(random() * 14),
      startDate,
      primaryNeed: NEED_CODES[Math.floor(random() * NEED_CODES.length)],
      secondaryNeeds: [],
      home: { lat: anchor.lat + (random() - 0.5) * 0.02, lon: anchor.lon + (random() - 0.5) * 0.03 },
    };
    const body = (await api.post(auth, { query: GENERATE, variables: { input } })) as {
      data?: unknown;
      errors?: unknown;
    };
    if (!body.data) throw new Error(`Sufficiency list ${i} failed: ${JSON.stringify(body.errors)}`);
  }
  line(
    `Sufficiency: lists made for one council`,
    `${SUFFICIENCY_LISTS} (Kent) in ${((performance.now() - made) / 1000).toFixed(0)} s`,
  );

  const history = await writeSufficiencyHistory(stack, LA, SUFFICIENCY_HISTORY);
  line('Sufficiency: history before this month', `${history} cases' lists over 24 months`);

  const period = periodChoices(londonDate(new Date()))[0]?.id as string;
  const timed = async (query: string, variables: Record<string, unknown>) => {
    const times: number[] = [];
    let answer: any;
    for (let i = 0; i < SUFFICIENCY_RUNS; i++) {
      const t0 = performance.now();
      answer = await api.post(auth, { query, variables });
      times.push(performance.now() - t0);
      if (!answer.data) throw new Error(`Sufficiency failed: ${JSON.stringify(answer.errors)}`);
    }
    return { times: summary(times), answer: answer.data };
  };
  const picture = await timed(SUFFICIENCY, { laCode: LA, period });
  line(
    `Sufficiency picture, ${SUFFICIENCY_LISTS} lists and history (p50 of ${SUFFICIENCY_RUNS})`,
    `${ms(picture.times.p50)} (${picture.answer.sufficiency.total.lists.value} lists in ${period}, ${picture.answer.sufficiency.cells.length} need × phase cells)`,
    verdict(picture.times.p50 <= BUDGET.sufficiencyP50Ms),
  );
  const special = data.schools.find((s) => s.laCode === LA && s.kind === 'SPECIAL');
  const changes = [
    {
      newBase: {
        settingId: `urn-${schools.find((s) => s.kind === 'MAINSTREAM')?.urn}`,
        needs: ['ASD', 'SEMH'],
        ageRange: { low: 4, high: 11 },
        places: 20,
      },
    },
    ...(special ? [{ addPlaces: { settingId: `urn-${special.urn}`, need: 'SLD', places: 30 } }] : []),
  ];
  const whatIf = await timed(WHAT_IF, { laCode: LA, period, changes });
  line(
    `Sufficiency what-if, ${SUFFICIENCY_LISTS} lists (p50 of ${SUFFICIENCY_RUNS})`,
    `${ms(whatIf.times.p50)} (${whatIf.answer.sufficiencyWhatIf.placesAdded} places added)`,
    verdict(whatIf.times.p50 <= BUDGET.whatIfMs),
  );
}
