// The register searches of `npm run bench`: searchSettings and familySearchSettings over England,
// through HTTP.

import { outwardCode } from '../../functions/core/postcodes.js';
import { BUDGET, SEARCHES, WARM_UP } from './config.js';
import type { createJsonPoster } from './http-client.js';
import { line, verdict } from './report.js';
import { BENCH_SEED } from './requests.js';
import { ms, seeded, summary } from './stats.js';

// The search benchmark's draws; the list requests come from benchRequests (same seed as ever).
const random = seeded(BENCH_SEED + 1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/**
 * Register searches over England through HTTP, a mix drawn from the loaded register as people
 * type them: a setting's full name, its name and town, a town, a postcode district, a URN. Officers
 * page through searchSettings; families use familySearchSettings, one search per family link (each
 * link may make 30 a minute). Also counts how often the setting a name or URN was drawn from is on
 * the first page.
 */
export async function benchSearch(
  api: ReturnType<typeof createJsonPoster>,
  officerToken: string,
  familyTokens: readonly string[],
  schools: readonly { urn: string; name: string; town: string | null; postcode: string | null }[],
) {
  const kinds = ['name', 'name and town', 'town', 'district', 'URN'] as const;
  const queries = Array.from({ length: SEARCHES + WARM_UP }, (_, i) => {
    const school = pick(schools);
    const kind = kinds[i % kinds.length] as (typeof kinds)[number];
    const district = school.postcode ? outwardCode(school.postcode) : null;
    const query =
      kind === 'name'
        ? school.name
        : kind === 'name and town'
          ? `${school.name} ${school.town ?? ''}`
          : kind === 'town'
            ? (school.town ?? school.name)
            : kind === 'district'
              ? (district ?? school.name)
              : school.urn;
    return { kind, query: query.slice(0, 100), urn: school.urn };
  });
  const officerQuery = `query($q: String!) { searchSettings(query: $q, first: 20) {
    edges { node { id urn name kind laCode laName town postcode } } pageInfo { hasNextPage endCursor } } }`;
  const familyQuery = `query($t: String!, $q: String!) { familySearchSettings(token: $t, query: $q, first: 10) {
    id urn name kind laCode laName town postcode } }`;
  const officer: number[] = [];
  const refused: string[] = [];
  const byKind = new Map<string, number[]>();
  const sought = { drawn: 0, onFirstPage: 0 };
  for (let i = 0; i < queries.length; i++) {
    const { kind, query, urn } = queries[i] as (typeof queries)[number];
    const t0 = performance.now();
    const body = (await api.post(
      { authorization: `Bearer ${officerToken}` },
      { query: officerQuery, variables: { q: query } },
    )) as { data?: { searchSettings: { edges: { node: { urn: string | null } }[] } }; errors?: unknown };
    const elapsed = performance.now() - t0;
    if (!body.data) {
      // A query of only common words ("Primary School") is refused as it would be for anyone.
      refused.push(query);
      continue;
    }
    if (i < WARM_UP) continue;
    officer.push(elapsed);
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    if (kind !== 'town' && kind !== 'district') {
      sought.drawn++;
      if (body.data.searchSettings.edges.some((e) => e.node.urn === urn)) sought.onFirstPage++;
    }
  }
  const family: number[] = [];
  for (let i = 0; i < Math.min(familyTokens.length, queries.length); i++) {
    const { query } = queries[i] as (typeof queries)[number];
    const t0 = performance.now();
    const body = (await api.post(
      {},
      { query: familyQuery, variables: { t: familyTokens[i], q: query } },
    )) as {
      data?: unknown;
    };
    if (body.data && i >= WARM_UP) family.push(performance.now() - t0);
  }
  const all = summary(officer);
  console.log();
  line(
    'searchSettings, end to end (HTTP)',
    `p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  p99 ${ms(all.p99)}`,
    verdict(all.p50 <= BUDGET.searchP50Ms),
  );
  for (const kind of kinds) {
    const times = summary(byKind.get(kind) ?? []);
    line(`  by ${kind} (${times.n})`, `p50 ${ms(times.p50)}  p95 ${ms(times.p95)}`);
  }
  const fam = summary(family);
  line(
    'familySearchSettings, end to end (HTTP)',
    `p50 ${ms(fam.p50)}  p95 ${ms(fam.p95)}  p99 ${ms(fam.p99)}`,
    verdict(fam.p50 <= BUDGET.searchP50Ms),
  );
  line(
    'Search: the setting sought on the first page',
    `${((100 * sought.onFirstPage) / Math.max(1, sought.drawn)).toFixed(1)} % of ${sought.drawn} name/URN searches`,
  );
  line('Search: refused (only common words)', `${refused.length} of ${queries.length}`);
}
