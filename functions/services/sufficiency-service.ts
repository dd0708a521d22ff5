import { assertOfficerOf, type Caller, requireSignedIn } from '../core/access.js';
import { InvalidInputError } from '../core/errors.js';
import { addMonths, londonDate, londonMidnight } from '../core/journey/dates.js';
import { assertLaCode } from '../core/la-code.js';
import type { Setting } from '../core/model.js';
import { PERIOD_FORMAT, type Period, parsePeriod } from '../core/sufficiency/periods.js';
import { servesAnyCell } from '../core/sufficiency/places.js';
import { DEFAULT_WAITING_WEEKS, sufficiencyView } from '../core/sufficiency/view.js';
import type { CaseFacts, SufficiencyView } from '../core/sufficiency/view-model.js';
import { whatIf as replayWithChanges, type WhatIfResult } from '../core/sufficiency/what-if.js';
import { checkPlaceChanges, type PlaceChangeInput } from '../core/sufficiency/what-if-input.js';
import { assertWholeNumber } from '../core/validation.js';
import type { ListsStore } from '../store/lists-store.js';
import type { SufficiencyStore } from '../store/sufficiency-store.js';
import { districtOfOutcode } from './outcode-districts.js';
import type { RegisterMemory } from './register-memory.js';

// The council's sufficiency picture: authorised (its officers only), validated (a fixed period),
// then read — the look-back's facts, cases and consultations in parallel, then the live figures
// of the specialist and alternative provisions near its lists — and counted by the pure core.

/** How far back first lists are looked for (the waiting count), before the as-at date. */
export const LOOK_BACK_MONTHS = 24;

const MAX_WAITING_WEEKS = 104;
const KM_PER_DEGREE = 111.2;

export type SufficiencyService = ReturnType<typeof createSufficiencyService>;

export function createSufficiencyService(deps: {
  store: Pick<SufficiencyStore, 'factsIn' | 'casesChangedSince' | 'consultationsSentSince'>;
  lists: Pick<ListsStore, 'getSettings'>;
  register: Pick<RegisterMemory, 'current'>;
  now: () => Date;
}) {
  async function sufficiency(
    caller: Caller,
    laCode: string,
    periodId: string,
    waitingWeeks: number = DEFAULT_WAITING_WEEKS,
  ): Promise<SufficiencyView> {
    authorise(caller, laCode);
    const period = checkedPeriod(periodId, londonDate(deps.now()));
    assertWholeNumber('waitingWeeks', waitingWeeks, MAX_WAITING_WEEKS);
    const now = deps.now();
    const today = londonDate(now);
    const asOf = period.endsOn < today ? period.endsOn : today;
    const lookBackFrom = `${addMonths(asOf, -LOOK_BACK_MONTHS).slice(0, 7)}-01`;
    const since = londonMidnight(lookBackFrom).toISOString();
    const [facts, cases, consultations, view] = await Promise.all([
      // To today, not the period's end: a case with no first list among them began before the look-back.
      deps.store.factsIn(laCode, monthsBetween(lookBackFrom, today)),
      deps.store.casesChangedSince(laCode, since),
      deps.store.consultationsSentSince(laCode, since),
      deps.register.current(),
    ]);
    const months = new Set(period.months);
    const near = nearLists(
      [...view.index.settings.values()].map((e) => e.setting),
      facts.filter((f) => months.has(f.month)),
    );
    const settings = near.length > 0 ? await deps.lists.getSettings(near.map((s) => s.id)) : [];
    return sufficiencyView({
      laCode,
      period,
      asOf,
      waitingWeeks,
      facts,
      cases,
      consultations,
      settings,
      sectorOf: (id) => view.index.settings.get(id)?.setting.sector ?? null,
      lowerTierOf: districtOfOutcode,
      now,
    });
  }

  /**
   * The what-if: the period's lists replayed over the register and its live figures as they are
   * now, with and without the changes. Reads only; writes nothing.
   */
  async function whatIf(
    caller: Caller,
    laCode: string,
    periodId: string,
    inputs: readonly PlaceChangeInput[],
  ): Promise<{ laCode: string; period: Period } & WhatIfResult> {
    authorise(caller, laCode);
    const period = checkedPeriod(periodId, londonDate(deps.now()));
    const [facts, view] = await Promise.all([
      deps.store.factsIn(laCode, period.months),
      deps.register.current(),
    ]);
    const { changes, issues } = checkPlaceChanges(
      inputs,
      (id) => view.index.settings.get(id)?.setting ?? null,
    );
    if (issues.length > 0) throw new InvalidInputError(issues);
    const changed = new Set(changes.map((c) => c.settingId));
    const near = nearLists(
      [...view.index.settings.values()].map((e) => e.setting),
      facts,
    );
    const ids = [...new Set([...near.map((s) => s.id), ...changed])];
    const settings = ids.length > 0 ? await deps.lists.getSettings(ids) : [];
    return { laCode, period, ...replayWithChanges({ facts, settings, changes, now: deps.now() }) };
  }

  /** The council's own settings with their live figures, for the SCAP copy sheet (core/sufficiency/scap.ts). */
  async function councilSettings(caller: Caller, laCode: string): Promise<Setting[]> {
    authorise(caller, laCode);
    const view = await deps.register.current();
    const ids = [...view.index.settings.values()].flatMap((e) =>
      e.setting.laCode === laCode ? [e.setting.id] : [],
    );
    return ids.length > 0 ? deps.lists.getSettings(ids) : [];
  }

  return { sufficiency, whatIf, councilSettings };
}

/** Signed in, a real LA code, and an officer of that council: the picture is its own, and only its. */
function authorise(caller: Caller, laCode: string): void {
  requireSignedIn(caller);
  assertLaCode(laCode);
  assertOfficerOf(caller, laCode, 'see its sufficiency picture');
}

/** The period named, if it is a fixed one that has begun. */
export function checkedPeriod(periodId: string, today: string): Period {
  const period = parsePeriod(periodId);
  if (!period) {
    throw new InvalidInputError([
      {
        field: 'period',
        code: 'BAD_FORMAT',
        params: { format: 'period' },
        message: `must be one of ${PERIOD_FORMAT}`,
      },
    ]);
  }
  if (period.startsOn > today) {
    throw new InvalidInputError([
      {
        field: 'period',
        code: 'PERIOD_NOT_STARTED',
        params: { startsOn: period.startsOn, today },
        message: `starts on ${period.startsOn}, after today (${today})`,
      },
    ]);
  }
  return period;
}

/** Every London month from `from`'s to `to`'s, "YYYY-MM". */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let d = `${from.slice(0, 7)}-01`; d.slice(0, 7) <= to.slice(0, 7); d = addMonths(d, 1)) {
    months.push(d.slice(0, 7));
  }
  return months;
}

/**
 * The register's open specialist and alternative provision inside the box the lists' homes and
 * travel distances span: a cheap cut before the core's exact distances, so only these are read live.
 */
function nearLists(settings: readonly Setting[], facts: readonly CaseFacts[]): Setting[] {
  if (facts.length === 0) return [];
  let [minLat, maxLat, minLon, maxLon] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const f of facts) {
    // The homes are kept to 0.01° (facts.ts): widen the box by as much.
    const dLat = f.maxTravelKm / KM_PER_DEGREE + 0.01;
    const dLon = f.maxTravelKm / (KM_PER_DEGREE * Math.cos((f.home.lat * Math.PI) / 180)) + 0.01;
    minLat = Math.min(minLat, f.home.lat - dLat);
    maxLat = Math.max(maxLat, f.home.lat + dLat);
    minLon = Math.min(minLon, f.home.lon - dLon);
    maxLon = Math.max(maxLon, f.home.lon + dLon);
  }
  return settings.filter(
    (s) =>
      s.location.lat >= minLat &&
      s.location.lat <= maxLat &&
      s.location.lon >= minLon &&
      s.location.lon <= maxLon &&
      servesAnyCell(s),
  );
}
