import { NEED_CODES } from '../core/needs.js';
import {
  type Calibration,
  type LaCalibration,
  NEED_MIX_GROUPS,
  type NeedCounts,
  type NeedMixGroup,
  type Placements,
} from './england-files.js';

// The per-LA calibration of the synthetic model, from the DfE's "Education, health and care
// plans" release (2025): where children with EHC plans are placed (caseload.csv) and their
// primary needs by type of placement (sen_needs_all_plans.csv). Pure: parsed CSV rows in.

export type CsvRecord = Record<string, string | undefined>;

const LATEST_YEAR = '202425';

/** sen_needs_all_plans.csv breakdowns ("Type of placement") summed into each need-mix group. */
const NEED_GROUP_BREAKDOWNS: Record<NeedMixGroup, string[]> = {
  all: ['All EHC plans'],
  special: ['Special - total'],
  specialIndependent: ['Special - independent'],
  resourced: [
    'Mainstream - LA maintained (resourced provision)',
    'Mainstream - academy (resourced provision)',
    'Mainstream - free school (resourced provision)',
    'Mainstream - LA maintained (SEN unit)',
    'Mainstream - academy (SEN unit)',
    'Mainstream - free school (SEN unit)',
  ],
  alternativeProvision: ['AP/PRU - total'],
  specialistPost16: ['FE - specialist post-16 institutions'],
};

/** "202425" → "2024/25" */
export function academicYear(timePeriod: string): string {
  return `${timePeriod.slice(0, 4)}/${timePeriod.slice(4)}`;
}

/**
 * One LA's 3-digit code → its calibration, for the LAs given; plus England's, the model's
 * fallback. Suppressed placement figures ("x") fall back to the LA's latest year that has them;
 * a need mix that is suppressed falls back to the LA's region.
 */
export function buildCalibration(args: {
  caseload: readonly CsvRecord[];
  needs: readonly CsvRecord[];
  las: ReadonlyMap<string, string>;
}): Calibration {
  const caseload = args.caseload.filter((r) => r.breakdown_topic === 'All EHC plans');
  const needRows = args.needs.filter((r) => r.time_period === LATEST_YEAR);

  const nationalCaseload = caseload.find(
    (r) => r.geographic_level === 'National' && r.time_period === LATEST_YEAR,
  );
  if (!nationalCaseload) throw new Error(`caseload.csv has no national row for ${LATEST_YEAR}.`);
  const national = {
    ehcPlans: count(nationalCaseload.ehcplans) ?? 0,
    placementsYear: academicYear(LATEST_YEAR),
    placements: placementsOf(nationalCaseload),
    needs: needMix(needRows.filter((r) => r.geographic_level === 'National')),
  };

  const las: Record<string, LaCalibration> = {};
  for (const [code, name] of [...args.las].sort(([a], [b]) => a.localeCompare(b))) {
    const notes: string[] = [];
    const years = caseload
      .filter((r) => r.geographic_level === 'Local authority' && r.old_la_code === code)
      .sort((a, b) => (b.time_period ?? '').localeCompare(a.time_period ?? ''));
    const latest = years[0];
    if (!latest) throw new Error(`caseload.csv has no rows for LA ${code} (${name}).`);
    const published = years.find((r) => count(r.special_total) !== null) ?? latest;
    if (published !== latest) {
      const year = academicYear(latest.time_period ?? '');
      notes.push(
        `Placements from ${academicYear(published.time_period ?? '')}: ${year} not published for this LA`,
        `Need mix by placement not published for ${year}: the model uses England's`,
      );
    }
    const laNeedRows = needRows.filter(
      (r) => r.geographic_level === 'Local authority' && r.old_la_code === code,
    );
    let needs = needMix(laNeedRows);
    if (laNeedRows.some((r) => r.number_asd === 'x')) {
      const region = laNeedRows[0]?.region_name ?? '';
      needs = needMix(needRows.filter((r) => r.geographic_level === 'Regional' && r.region_name === region));
      notes.push(`Need mix of the ${region} region: not published for this LA`);
    }
    las[code] = {
      name,
      ehcPlans: count(latest.ehcplans) ?? count(published.ehcplans) ?? 0,
      placementsYear: academicYear(published.time_period ?? ''),
      placements: placementsOf(published),
      needs,
      notes,
    };
  }
  return {
    description:
      'Calibration of the OpenPlace synthetic model: children with EHC plans by placement (caseload.csv) and by primary need (sen_needs_all_plans.csv), DfE "Education, health and care plans" 2025 release, OGL v3. Need counts are in needCodes order. Built by functions/reference/build-england-data.ts.',
    needCodes: [...NEED_CODES],
    national,
    las,
  };
}

function placementsOf(r: CsvRecord): Placements {
  return {
    mainstreamResourcedProvision: sum(
      r.mainstream_la_maintained_resourced_provision,
      r.mainstream_academy_resourced_provision,
      r.mainstream_free_school_resourced_provision,
    ),
    mainstreamSenUnit: sum(
      r.mainstream_la_maintained_senunit,
      r.mainstream_academy_senunit,
      r.mainstream_free_school_senunit,
    ),
    specialLaMaintained: count(r.special_la_maintained),
    specialAcademyFree: count(r.special_academy_free),
    specialIndependent: count(r.special_independent),
    specialNonMaintained: count(r.special_non_maintained),
    alternativeProvision: count(r.ap_pru_total),
    furtherEducation: count(r.general_fe_tertiary_colleges),
    specialistPost16: count(r.specialist_post_16_institutions),
  };
}

function needMix(rows: readonly CsvRecord[]): Record<NeedMixGroup, NeedCounts> {
  const mix = {} as Record<NeedMixGroup, NeedCounts>;
  for (const group of NEED_MIX_GROUPS) {
    const groupRows = rows.filter((r) => NEED_GROUP_BREAKDOWNS[group].includes(r.breakdown ?? ''));
    mix[group] = NEED_CODES.map((code) =>
      groupRows.reduce((total, r) => total + (count(r[`number_${code.toLowerCase()}`]) ?? 0), 0),
    );
  }
  return mix;
}

/** A published count; null for "x" (unavailable), "z" (not applicable) or blank. */
function count(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** The sum of the published parts; null only when none is published. */
function sum(...values: (string | undefined)[]): number | null {
  const known = values.map(count).filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
