import { NEED_CODES, type NeedCode } from '../../functions/core/needs.js';
import type { EnglandData } from '../../functions/reference/england-data.js';
import { mulberry32 } from '../../functions/reference/random.js';

// The benchmark's list requests: homes near real schools, ages 4–17 and England's mix of needs
// (the DfE's 2024/25 EHC plans by primary need, from the committed calibration file). Seeded, so
// the same count gives the same requests — for the benchmark and the golden planner test alike.

export const BENCH_SEED = 20261122;

export interface BenchRequest {
  laCode: string;
  input: {
    caseReference: string;
    laCode: string;
    age: number;
    startDate: string;
    primaryNeed: NeedCode;
    secondaryNeeds: NeedCode[];
    home: { lat: number; lon: number };
    familyChoices: { settingId: string }[];
  };
}

/** `count` requests; `startDate` is the date every request gives (a day after the clock's today). */
export function benchRequests(data: EnglandData, count: number, startDate: string): BenchRequest[] {
  const { schools, calibration } = data;
  const random = mulberry32(BENCH_SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const mix: [NeedCode, number][] = NEED_CODES.map((need, i) => [
    need,
    calibration.national.needs.all[i] ?? 0,
  ]);
  const pickNeed = (): NeedCode => {
    let r = random() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [need, weight] of mix) {
      r -= weight;
      if (r <= 0) return need;
    }
    return 'ASD';
  };
  const specials = schools.filter((s) => s.kind === 'SPECIAL' || s.kind === 'INDEPENDENT_SPECIAL');
  return Array.from({ length: count }, (_, i) => {
    const anchor = pick(schools);
    const age = 4 + Math.floor(random() * 14);
    const home = { lat: anchor.lat + (random() - 0.5) * 0.02, lon: anchor.lon + (random() - 0.5) * 0.03 };
    const primaryNeed = pickNeed();
    const secondary = random() < 0.5 ? [pickNeed()].filter((n) => n !== primaryNeed) : [];
    return {
      laCode: anchor.laCode,
      input: {
        caseReference: `BENCH/${i}`,
        laCode: anchor.laCode,
        age,
        startDate,
        primaryNeed,
        secondaryNeeds: secondary,
        home,
        familyChoices: random() < 0.2 ? [{ settingId: `urn-${pick(specials).urn}` }] : [],
      },
    };
  });
}
