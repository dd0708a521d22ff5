import { describe, expect, it } from 'vitest';
import { matchSettings } from '../../../functions/core/lists/matching.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import { defaultTravelKm } from '../../../functions/core/lists/request.js';
import type { Setting } from '../../../functions/core/model.js';
import { NEED_CODES, type NeedCode } from '../../../functions/core/needs.js';
import { choicesOf } from '../../helpers/choices.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { searchInMemory } from '../../helpers/search.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

const home = { lat: 51.06, lon: -0.33 };
const now = new Date('2026-11-22T12:00:00Z');
const KM_PER_LON = 111.195 * Math.cos((home.lat * Math.PI) / 180);
const east = (km: number) => ({ lat: home.lat, lon: home.lon + km / KM_PER_LON });
/** West, for the far ones: England runs further west than east of here. */
const west = (km: number) => ({ lat: home.lat, lon: home.lon - km / KM_PER_LON });

/** A default request: no travel distance given, no provision type. */
function defaultRequest(overrides: Partial<ListRequest> = {}): ListRequest {
  const age = overrides.age ?? 6;
  return aListRequest(home, {
    age,
    maxTravelKm: defaultTravelKm(age),
    travelDistanceDefaulted: true,
    ...overrides,
  });
}

function special(
  name: string,
  needs: NeedCode[],
  km: number,
  overrides: Record<string, unknown> = {},
): Setting {
  return aSetting({
    name,
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: east(km),
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: needs }],
    ...overrides,
  });
}

/** Twelve plain primary schools within 3 km: a town's worth of mainstream places. */
function town(): Setting[] {
  return Array.from({ length: 12 }, (_, i) =>
    aSetting({ name: `Primary ${i}`, location: east(0.2 + i * 0.2), provisions: null }),
  );
}

const names = (entries: { setting: { name: string } }[]) => entries.map((e) => e.setting.name);

describe('reach that follows the need', () => {
  it.each(NEED_CODES)(
    'lists the nearest specialist provision for %s, however far, on a default list',
    (need) => {
      const far = special(`Specialist for ${need}`, [need], 70);
      const furtherStill = special(`Further ${need}`, [need], 95);
      const other = special('For other needs', [need === 'HI' ? 'VI' : 'HI'], 8);
      const { list } = searchInMemory(
        defaultRequest({ primaryNeed: need }),
        [...town(), far, furtherStill, other],
        { now },
      );
      const entry = list.entries.find((e) => e.setting.id === far.id);
      expect(entry?.reasons.map((r) => r.code)).toEqual(
        expect.arrayContaining(['NEAREST_SPECIALIST', 'SPECIALIST_REACH', 'PRIMARY_NEED']),
      );
      expect(list.entries.length).toBeLessThanOrEqual(10);
      // The list still has mainstream places (s.33), and the travel distance still bounds them.
      expect(list.entries.some((e) => e.rangeKind === 'MAINSTREAM')).toBe(true);
    },
  );

  it('weighs at least the nearest three, and every one within the travel distance, reading no further', () => {
    const within = [special('Near A', ['HI'], 3), special('Near B', ['HI'], 5)];
    const beyond = [40, 60, 120, 300].map((km) => special(`Beyond ${km}`, ['HI'], 0, { location: west(km) }));
    const { list } = searchInMemory(defaultRequest({ primaryNeed: 'HI' }), [...within, ...beyond], { now });
    const weighed = [...names(list.entries), ...list.notListedSettings.map((s) => s.name)];
    expect(weighed).toEqual(expect.arrayContaining(['Near A', 'Near B', 'Beyond 40']));
    expect(weighed).not.toContain('Beyond 60');
    expect(list.search.specialistReachKm).toBeLessThan(120);

    const only = searchInMemory(defaultRequest({ primaryNeed: 'HI' }), beyond, { now }).list;
    expect(names(only.entries)).toEqual(['Beyond 40', 'Beyond 60', 'Beyond 120']);
    expect(only.entries[0]?.reasons[0]?.code).toBe('NEAREST_SPECIALIST');
  });

  it('counts only provision that takes the child: a school for older children is not the nearest', () => {
    const seniors = special('Seniors only', ['VI'], 20, { ageRange: { low: 11, high: 19 } });
    const juniors = special('Juniors', ['VI'], 80);
    const { list } = searchInMemory(defaultRequest({ primaryNeed: 'VI' }), [seniors, juniors], { now });
    expect(list.entries[0]?.setting.name).toBe('Juniors');
    expect(list.entries[0]?.reasons[0]?.code).toBe('NEAREST_SPECIALIST');
  });

  it('for a residential request, weighs the nearest five residential settings for the need anywhere', () => {
    const residential = [50, 150, 250, 350, 450, 550].map((km) =>
      special(`Residential ${km}`, ['MSI'], 0, { boarding: 'DAY_AND_RESIDENTIAL', location: west(km) }),
    );
    const day = special('Day only', ['MSI'], 10);
    const { list } = searchInMemory(
      defaultRequest({ primaryNeed: 'MSI', boarding: 'RESIDENTIAL' }),
      [day, ...residential],
      { now },
    );
    expect(names(list.entries)).toEqual(residential.slice(0, 5).map((s) => s.name));
    expect(list.entries.every((e) => e.distanceKm > list.search.radiusKm || e.distanceKm <= 25)).toBe(true);
  });

  it('finds specialist resourced provisions and SEN units in mainstream schools too', () => {
    const unit = aSetting({
      name: 'School with a PD unit',
      location: east(45),
      provisions: [
        { kind: 'MAIN_ROLL', name: 'Main roll', designation: [] },
        { kind: 'SEN_UNIT', name: 'PD unit', designation: ['PD'] },
      ],
    });
    const { list } = searchInMemory(defaultRequest({ primaryNeed: 'PD' }), [...town(), unit], { now });
    const entry = list.entries.find((e) => e.setting.id === unit.id);
    expect(entry?.provision.kind).toBe('SEN_UNIT');
    expect(entry?.rangeKind).toBe('RESOURCED_PROVISION_OR_UNIT');
  });
});

describe('the whole range on every list', () => {
  it('keeps a mainstream place on a list that would otherwise be all special (s.33)', () => {
    const specials = Array.from({ length: 12 }, (_, i) => special(`ASD special ${i}`, ['ASD'], 1 + i * 0.5));
    const mainstream = aSetting({ name: 'Plain primary', location: east(6), provisions: null });
    const { list } = searchInMemory(defaultRequest(), [...specials, mainstream], { now });
    expect(list.entries).toHaveLength(10);
    const entry = list.entries.find((e) => e.setting.name === 'Plain primary');
    expect(entry?.rangeKind).toBe('MAINSTREAM');
    expect(entry?.reasons.map((r) => r.code)).toContain('RANGE');
    expect(list.rangeNote).toMatch(/range/);
  });

  it('keeps a place for the best fit of each kind, up to half the list, then fills by score', () => {
    const kinds = [
      special('State special', ['ASD'], 9),
      special('Non-maintained', ['ASD'], 10, { sector: 'NON_MAINTAINED' }),
      special('Independent special', ['ASD'], 11, { kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT' }),
      aSetting({ name: 'ASD base', location: east(12) }),
    ];
    const more = Array.from({ length: 8 }, (_, i) =>
      special(`More state special ${i}`, ['ASD'], 13 + i * 0.1),
    );
    const request = (maxEntries: number) => defaultRequest({ maxEntries, maxTravelKm: 25 });
    const match = (maxEntries: number) =>
      matchSettings({
        request: request(maxEntries),
        candidates: [...town(), ...kinds, ...more],
        choices: [],
        now,
        capacityFreshDays: 30,
      }).entries.map((e) => e.rangeKind);
    // Ten places: five kinds fit, so five range places; mainstream is among them though it scores lowest.
    expect(new Set(match(10))).toEqual(
      new Set([
        'STATE_SPECIAL',
        'NON_MAINTAINED_SPECIAL',
        'INDEPENDENT_SPECIAL',
        'RESOURCED_PROVISION_OR_UNIT',
        'MAINSTREAM',
      ]),
    );
    // Four places: half is two range places (the nearest specialist's and the next kind by score), then by score.
    const four = match(4);
    expect(four).toHaveLength(4);
    expect(four.slice(0, 2)).toEqual(['STATE_SPECIAL', 'NON_MAINTAINED_SPECIAL']);
    expect(four).not.toContain('MAINSTREAM');
  });

  it('applies the range only to the kinds allowed when a provision type is required', () => {
    const specials = Array.from({ length: 4 }, (_, i) => special(`Special ${i}`, ['ASD'], 2 + i));
    const list = matchSettings({
      request: defaultRequest({
        provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: [], required: true },
      }),
      candidates: [...town(), ...specials],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    expect(list.entries.every((e) => e.rangeKind === 'STATE_SPECIAL')).toBe(true);
  });

  it('scores a provision whose designation is not recorded as it scores a mainstream place', () => {
    const unknown = special('Designation unknown', [], 2);
    const plain = aSetting({ name: 'Plain', location: east(2), provisions: null });
    const list = matchSettings({
      request: defaultRequest(),
      candidates: [unknown, plain],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    const scores = list.entries.map((e) => e.score);
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBe(scores[1]);
  });

  it('leaves off, and names, a specialist provision designated for none of the needs', () => {
    const sensory = special('Sensory school', ['VI', 'HI'], 3);
    const list = matchSettings({
      request: defaultRequest({ maxEntries: 5 }),
      candidates: [sensory, ...town()],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    expect(names(list.entries)).not.toContain('Sensory school');
    expect(list.notListedSettings).toContainEqual(
      expect.objectContaining({
        name: 'Sensory school',
        reason: 'NOT_DESIGNATED_FOR_NEEDS',
        specialist: true,
      }),
    );
    // And the best mainstream schools below the cut-off, three of them.
    const mainstream = list.notListedSettings.filter((s) => !s.specialist);
    expect(mainstream).toHaveLength(3);
    expect(mainstream.every((s) => s.reason === 'LOWER_RANKED')).toBe(true);
  });
});

describe('the words beside each entry', () => {
  it('gives a fee-paying school no mainstream or section 33 wording, and states its legal route', () => {
    const independent = aSetting({
      name: 'Fee-paying school',
      sector: 'INDEPENDENT',
      location: east(1),
      provisions: null,
    });
    const state = aSetting({ name: 'State primary', location: east(1.2), provisions: null });
    const list = matchSettings({
      request: defaultRequest(),
      candidates: [independent, state],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    const entry = (name: string) => list.entries.find((e) => e.setting.name === name);
    const feePaying = entry('Fee-paying school');
    const words = [...(feePaying?.reasons.map((r) => r.text) ?? []), feePaying?.legalRoute.reason].join(' ');
    expect(words).not.toMatch(/mainstream|section 33/i);
    expect(feePaying?.legalRoute.route).toBe('MUST_CONSIDER');
    expect(entry('State primary')?.reasons.find((r) => r.code === 'MAINSTREAM_PLACE')?.text).toBe(
      'A mainstream school place.',
    );
    // Nothing states as a fact that children are educated in mainstream.
    for (const e of list.entries)
      for (const r of e.reasons) expect(r.text).not.toMatch(/are educated in mainstream/i);
  });
});

describe('capacity shown, never decisive', () => {
  const full = withCapacity(special('Full and near', ['ASD'], 2), { vacancies: 0, onRoll: 10, places: 10 });
  const free = withCapacity(special('Free and further', ['ASD'], 4), { vacancies: 3 });

  it('adds nothing for free places by default: a full setting nearer home ranks higher', () => {
    const list = matchSettings({
      request: defaultRequest(),
      candidates: [free, full],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    expect(names(list.entries)).toEqual(['Full and near', 'Free and further']);
    expect(list.entries.flatMap((e) => e.reasons).find((r) => r.code === 'VACANCIES')?.points).toBe(0);
  });

  it('scores free places only when the officer prefers available places', () => {
    const request = defaultRequest({ preferAvailablePlaces: true, maxEntries: 1 });
    const list = matchSettings({
      request,
      candidates: [free, full],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    // The nearest specialist keeps its place; with one place on the list, that is the full one.
    expect(names(list.entries)).toEqual(['Full and near']);
    const two = matchSettings({
      request: { ...request, maxEntries: 2 },
      candidates: [free, full, special('Another full', ['ASD'], 3)],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    expect(names(two.entries)).toContain('Free and further');
  });

  it("never gives another LA's or an independent setting less for figures it does not report here", () => {
    const local = special('Local, no figures', ['ASD'], 5);
    const independent = special('Independent, no figures', ['ASD'], 5, {
      kind: 'INDEPENDENT_SPECIAL',
      sector: 'INDEPENDENT',
      laCode: '936',
    });
    const list = matchSettings({
      request: defaultRequest(),
      candidates: [withCapacity(local, { vacancies: 4 }), independent],
      choices: [],
      now,
      capacityFreshDays: 30,
    });
    const [a, b] = list.entries;
    expect(a?.score).toBe(b?.score);
  });
});

describe("the family's own choices", () => {
  it('words cautions so that none claims the council may refuse', () => {
    const closed = special('Closed', ['VI'], 90, { status: 'CLOSED', ageRange: { low: 11, high: 16 } });
    const full = withCapacity(special('Full', ['VI'], 40), { vacancies: 0, onRoll: 9, places: 9 });
    const list = matchSettings({
      request: defaultRequest({ genderIntake: 'BOYS' }),
      candidates: [],
      choices: choicesOf([closed, full, special('Girls', ['ASD'], 2, { genderIntake: 'GIRLS' })]),
      now,
      capacityFreshDays: 30,
    });
    const cautions = list.entries.flatMap((e) => e.cautions);
    const byCode = new Map(cautions.map((c) => [c.code, c.text]));
    // These are state special schools: the council must name them unless an exception applies.
    for (const code of ['BEYOND_TRAVEL_DISTANCE', 'NOT_DESIGNATED_FOR_NEEDS'] as const) {
      expect(byCode.get(code)).toMatch(
        /does not by itself decide the matter\. The council must name it unless one of the legal exceptions applies/,
      );
    }
    expect(byCode.get('FULL')).toMatch(
      /Being full is not, by itself, a reason to say no\. The council must name it/,
    );
    for (const code of ['CLOSED', 'OUT_OF_AGE_RANGE', 'GENDER_INTAKE'] as const) {
      expect(byCode.get(code)).toMatch(/Ask the council or your SENDIASS\.$/);
    }
    for (const text of byCode.values()) expect(text).not.toMatch(/cannot|can't|will refuse|may refuse/i);
    expect(list.entries.every((e) => e.familyChoice)).toBe(true);
  });

  it('words a caution about an independent school by section 9: the council must consider, not name', () => {
    const independent = special('Fee-paying', ['VI'], 90, {
      kind: 'INDEPENDENT_SPECIAL',
      sector: 'INDEPENDENT',
    });
    const list = matchSettings({
      request: defaultRequest(),
      candidates: [],
      choices: choicesOf([independent]),
      now,
      capacityFreshDays: 30,
    });
    const texts = list.entries.flatMap((e) => e.cautions.map((c) => c.text));
    expect(texts.some((t) => t.includes('decide the matter'))).toBe(true);
    for (const text of texts.filter((t) => t.includes('decide the matter'))) {
      expect(text).toMatch(/must still consider your request, under section 9 of the Education Act 1996/);
      expect(text).not.toMatch(/must name/);
    }
  });
});
