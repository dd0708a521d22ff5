import { addDays, londonDate } from '../journey/dates.js';

// The periods a council's sufficiency picture covers: fixed ones only (an academic year or one of
// its terms), every one of them whole London calendar months. Free bounds would let two overlapping
// views be subtracted to count the lists of a single day. The periods nest: a term lies inside its
// year, and no two periods overlap otherwise, so the only sums anyone can form are a year and its
// three terms, which rounded counts (suppression.ts) never pin. Calendar quarters are not offered:
// they cross the terms (autumn less Q4 is September) and the year (Q3 is July to September), and a
// year of 20 lists that the quarters touching it cut into five pieces of "fewer than 5" can only be
// 4 in each: every piece pinned. tests/core/sufficiency/periods.test.ts searches the offered periods
// for such pins.

export const PERIOD_KINDS = ['ACADEMIC_YEAR', 'TERM'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const TERMS = ['AUTUMN', 'SPRING', 'SUMMER'] as const;
export type Term = (typeof TERMS)[number];

/** A period: its name as given back (e.g. "2026-27", "2026-27-autumn") and its London dates. */
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
export const PERIOD_FORMAT = '2026-27 (academic year), or 2026-27-autumn, -spring or -summer (term)';

// Terms as whole months, so they nest in the academic year and in the monthly index partitions:
// autumn September–December, spring January–April, summer May–August.
const TERM_MONTHS: Readonly<Record<Term, { first: number; count: number; yearOffset: 0 | 1 }>> = {
  AUTUMN: { first: 9, count: 4, yearOffset: 0 },
  SPRING: { first: 1, count: 4, yearOffset: 1 },
  SUMMER: { first: 5, count: 4, yearOffset: 1 },
};

const ACADEMIC = /^(\d{4})-(\d{2})(?:-(autumn|spring|summer))?$/;

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

/** The periods an officer may pick from today: this academic year and the two before, with their terms. */
export function periodChoices(today: string): Period[] {
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
  const ids: string[] = [];
  for (let y = year; y > year - 3; y--) {
    const span = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
    ids.push(span, `${span}-autumn`, `${span}-spring`, `${span}-summer`);
  }
  return ids.flatMap((id) => {
    const p = parsePeriod(id);
    return p && p.startsOn <= today ? [p] : [];
  });
}
