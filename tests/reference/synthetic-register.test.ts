import { beforeAll, describe, expect, it } from 'vitest';
import type { Setting } from '../../functions/core/model.js';
import { type EnglandData, readEnglandData } from '../../functions/reference/england-data.js';
import { createRandom } from '../../functions/reference/random.js';
import { allocate } from '../../functions/reference/synthetic-draws.js';
import { buildEnglandRegister } from '../../functions/reference/synthetic-register.js';
import {
  SPECIAL_GROUPS,
  type SpecialGroup,
  SYNTHETIC_ACTOR,
  specialGroupOf,
} from '../../functions/reference/synthetic-tables.js';

const NOW = '2026-02-01T09:00:00.000Z';
const DAY_MS = 24 * 60 * 60 * 1000;

let data: EnglandData;
let england: Setting[];

beforeAll(async () => {
  data = await readEnglandData();
  england = buildEnglandRegister({ schools: data.schools, calibration: data.calibration, seed: 7, now: NOW });
});

const build = (seed: number, laCodes: string[]) =>
  buildEnglandRegister({ schools: data.schools, calibration: data.calibration, seed, laCodes, now: NOW });

describe('the England reference register', () => {
  it('is the same for the same seed, and different for another', () => {
    const once = build(11, ['938', '857']);
    expect(JSON.stringify(build(11, ['938', '857']))).toBe(JSON.stringify(once));
    expect(JSON.stringify(build(12, ['938', '857']))).not.toBe(JSON.stringify(once));
  });

  it('builds a subset of LAs exactly as it builds them within the whole of England', () => {
    const subset = build(7, ['857', '938']);
    expect(subset.length).toBeGreaterThan(300);
    expect(subset).toEqual(england.filter((s) => s.laCode === '857' || s.laCode === '938'));
  });

  it('has every real school whose kind is known, under its URN, and leaves the rest out', () => {
    const known = data.schools.filter((s) => s.kind !== null);
    expect(england).toHaveLength(known.length);
    const queenElizabeth = england.find((s) => s.id === 'urn-126160');
    expect(queenElizabeth).toMatchObject({
      urn: '126160',
      name: 'Queen Elizabeth II Silver Jubilee School, Horsham',
      kind: 'SPECIAL',
      laCode: '938',
      location: { lat: 51.059578, lon: -0.302147 },
      address: { town: 'Horsham', postcode: 'RH13 5NW' },
    });
  });

  it('labels the settings REFERENCE and everything generated SYNTHETIC, dated within 90 days', () => {
    const now = Date.parse(NOW);
    expect(
      england.filter((s) => s.source !== 'REFERENCE' || !/SYNTHETIC/.test(s.sourceNotes.at(-1) ?? '')),
    ).toEqual([]);
    const provisions = england.flatMap((s) => s.provisions.map((p) => ({ setting: s.id, ...p })));
    const mislabelled = provisions.filter(
      (p) =>
        !p.id.startsWith(`${p.setting}.`) ||
        p.source !== 'SYNTHETIC' ||
        p.capacityVersion !== 0 ||
        (p.capacity &&
          (p.capacity.source !== 'SYNTHETIC' ||
            p.capacity.updatedBy !== SYNTHETIC_ACTOR ||
            Date.parse(p.capacity.updatedAt) > now ||
            now - Date.parse(p.capacity.updatedAt) > 90 * DAY_MS)),
    );
    expect(mislabelled).toEqual([]);
  });

  it('keeps vacancies within places, and leaves some capacity unstated', () => {
    const provisions = england.flatMap((s) => s.provisions);
    const impossible = provisions.filter(
      ({ capacity: c }) =>
        c && (c.vacancies > c.places || c.vacancies < 0 || c.pendingConsultations < 0 || c.places > 5000),
    );
    expect(impossible).toEqual([]);
    const unstated = provisions.filter((p) => p.capacity === null).length;
    expect(unstated / provisions.length).toBeGreaterThan(0.03);
    expect(unstated / provisions.length).toBeLessThan(0.15);
  });

  it("sizes each LA's special schools to its special-school placements (±5 %), within each school's limits", () => {
    const byLa = new Map<string, Setting[]>();
    for (const s of england) {
      const la = byLa.get(s.laCode);
      if (la) la.push(s);
      else byLa.set(s.laCode, [s]);
    }
    for (const [laCode, calibration] of Object.entries(data.calibration.las)) {
      const settings = byLa.get(laCode) ?? [];
      for (const group of Object.keys(SPECIAL_GROUPS) as SpecialGroup[]) {
        const { placements, minPlaces, maxPlaces } = SPECIAL_GROUPS[group];
        const members = settings.filter((s) => specialGroupOf(s) === group);
        const target = placements(calibration);
        if (members.length === 0 || target === null) continue;
        const places = members.reduce((sum, s) => sum + (s.provisions[0]?.capacity?.places ?? 0), 0);
        const expected = Math.min(members.length * maxPlaces, Math.max(members.length * minPlaces, target));
        expect(Math.abs(places - expected), `${laCode} ${group}`).toBeLessThanOrEqual(0.05 * target + 1);
      }
    }
  });

  it('designates every special school for 1-4 needs, and most are full', () => {
    const special = england.filter((s) => specialGroupOf(s) !== null);
    expect(special.length).toBeGreaterThan(1000);
    const designations = special.map((s) => s.provisions.map((p) => p.designation.length));
    expect(designations.filter((d) => d.length !== 1 || (d[0] ?? 0) < 1 || (d[0] ?? 0) > 4)).toEqual([]);
    const full = special.filter((s) => s.provisions[0]?.capacity?.vacancies === 0).length;
    expect(full / special.length).toBeGreaterThan(0.5);
  });

  it('gives every mainstream school an undesignated main roll, and some designated RPs and units of 6-20', () => {
    const mainstream = england.filter((s) => s.kind === 'MAINSTREAM');
    const withoutOneMainRoll = mainstream.filter((s) => {
      const mainRolls = s.provisions.filter((p) => p.kind === 'MAIN_ROLL');
      return mainRolls.length !== 1 || mainRolls[0]?.designation.length !== 0;
    });
    expect(withoutOneMainRoll).toEqual([]);
    const resourced = mainstream.flatMap((s) =>
      s.provisions.filter((p) => p.kind === 'RESOURCED_PROVISION' || p.kind === 'SEN_UNIT'),
    );
    expect(resourced.length).toBeGreaterThan(1000);
    const wrong = resourced.filter(
      (p) =>
        p.designation.length < 1 ||
        p.designation.length > 2 ||
        (p.capacity && (p.capacity.places < 6 || p.capacity.places > 20)),
    );
    expect(wrong).toEqual([]);
  });

  it('gives AP settings SEMH programmes with tiers, some with a tier 1 outreach programme', () => {
    const ap = england.filter((s) => s.kind === 'ALTERNATIVE_PROVISION');
    expect(ap.length).toBeGreaterThan(30);
    for (const setting of ap) {
      expect(setting.provisions.length).toBeGreaterThanOrEqual(1);
      for (const p of setting.provisions) {
        expect(p.kind).toBe('AP_PROGRAMME');
        expect(p.apTiers.length).toBeGreaterThan(0);
        expect(p.designation).toContain('SEMH');
      }
    }
    const outreach = ap.flatMap((s) => s.provisions.filter((p) => p.apTiers.includes('TIER_1')));
    expect(outreach.length).toBeGreaterThan(0);
    expect(outreach.every((p) => p.capacity === null)).toBe(true);
  });

  it('says where the data did not give a sector or age range', () => {
    const wsapc = england.find((s) => s.id === 'urn-131182');
    expect(wsapc?.sector).toBe('LA_MAINTAINED');
    expect(wsapc?.sourceNotes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sector not in the reference data: shown as LA-maintained/),
        expect.stringMatching(/^Age range not in the reference data: shown as 11-16/),
      ]),
    );
  });
});

describe('allocate', () => {
  it('splits a total within limits and keeps the sum', () => {
    const places = allocate(1000, 8, 20, 400, createRandom(1));
    expect(places.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.min(...places)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...places)).toBeLessThanOrEqual(400);
  });

  it('clamps a total that the schools cannot hold', () => {
    expect(allocate(5000, 3, 6, 150, createRandom(1))).toEqual([150, 150, 150]);
    expect(allocate(1, 2, 6, 150, createRandom(1))).toEqual([6, 6]);
  });
});
