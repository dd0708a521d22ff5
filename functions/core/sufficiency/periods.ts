import { addDays, londonDate } from '../journey/dates.js';

// The periods a council's sufficiency picture covers: fixed ones only (an academic year, one of its
// terms, or a calendar quarter), every one of them whole London calendar months. Free bounds would
// let two overlapping views be subtracted to count the lists of a single day; fixed periods and
// rounded counts (suppression.ts) leave nothing that small to recover.

export const PERIOD_KINDS = ['ACADEMIC_YEAR', 'TERM', 'QUARTER'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const TERMS = ['AUTUMN', 'SPRING', 'SUMMER'] as const;
export type Term = (typeof TERMS)[number];

/** A period: its name as given back (e.g. "2026-27", "2026-27-autumn", "2026-Q3") and its London dates. */
export interface Period {
  id: string;
  kind: PeriodKind;
  /** First and last London calendar dates, inclusive. */
  startsOn: string;
  endsOn: string;
  /** Its London calendar months, "YYYY-MM", in order. */
  months: string[];
}

/** How a period is written: what the API's refusal names as the format. */
export const PERIOD_FORMAT =
  '2026-27 (academic year), 2026-27-autumn, -spring or -summer (term), or 2026-Q1 to 2026-Q4';

// Terms as whole months, so they nest in the academic year and in the monthly index partitions:
// autumn September–December, spring January–April, summer May–August.
const TERM_MONTHS: Readonly<Record<Term, { first: number; count: number; yearOffset: 0 | 1 }>> = {
  AUTUMN: { first: 9, count: 4, yearOffset: 0 },
  SPRING: { first: 1, count: 4, yearOffset: 1 },
  SUMMER: { first: 5, count: 4, yearOffset: 1 },
};

const ACADEMIC = /^(\d{4})-(\d{2})(?:-(autumn|spring|summer))?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The period a name stands for, or null when it is not one of the fixed periods. */
export function parsePeriod(id: string): Period | null {
  const academic = ACADEMIC.exec(id);
  if (academic) {
    const year = Number(academic[1]);
    if (Number(academic[2]) !== (year + 1) % 100 || year < 2000) return null;
    const term = academic[3]?.toUpperCase() as Term | undefined;
    if (!term) return period(id, 'ACADEMIC_YEAR', year, 9, 12);
    const t = TERM_MONTHS[term];
    return period(id, 'TERM', year + t.yearOffset, t.first, t.count);
  }
  const quarter = QUARTER.exec(id);
  if (quarter) {
    const year = Number(quarter[1]);
    if (year < 2000) return null;
    return period(id, 'QUARTER', year, (Number(quarter[2]) - 1) * 3 + 1, 3);
  }
  return null;
}

function period(id: string, kind: PeriodKind, year: number, firstMonth: number, count: number): Period {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = firstMonth - 1 + i;
    months.push(`${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  const last = months[months.length - 1] as string;
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  const endsOn = addDays(`${lm === 12 ? ly + 1 : ly}-${String((lm % 12) + 1).padStart(2, '0')}-01`, -1);
  return { id, kind, startsOn: `${months[0]}-01`, endsOn, months };
}

/** The London calendar month ("YYYY-MM") an instant falls in: the month a list's facts are filed under. */
export function londonMonth(instant: string): string {
  return londonDate(new Date(instant)).slice(0, 7);
}

/** The periods an officer may pick from today: this academic year and the two before, with their terms and quarters. */
export function periodChoices(today: string): Period[] {
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
  const ids: string[] = [];
  for (let y = year; y > year - 3; y--) {
    const span = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
    ids.push(span, `${span}-autumn`, `${span}-spring`, `${span}-summer`);
  }
  for (let y = Number(today.slice(0, 4)); y > year - 3; y--) {
    for (let q = 4; q >= 1; q--) ids.push(`${y}-Q${q}`);
  }
  return ids.flatMap((id) => {
    const p = parsePeriod(id);
    return p && p.startsOn <= today ? [p] : [];
  });
}
