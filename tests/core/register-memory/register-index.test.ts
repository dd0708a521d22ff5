import { describe, expect, it } from 'vitest';
import { STRIPS_PER_DEGREE, stripRangesWithin } from '../../../functions/core/geo.js';
import type { Setting } from '../../../functions/core/model.js';
import {
  applyRegisterChanges,
  buildRegisterIndex,
  reachPointersInStrips,
  settingsById,
  settingsInStrips,
} from '../../../functions/core/register-memory/register-index.js';
import { staticFactsChanged, staticFactsOf } from '../../../functions/core/register-memory/static-facts.js';
import { aSetting } from '../../helpers/settings.js';

/** A primary with an autism base (a specialist provision for ASD, ages 5 to 11) at `location`. */
const aSchoolAt = (id: string, location: { lat: number; lon: number }) => aSetting({ location }, id);

const around = (place: { lat: number; lon: number }, km = 5) =>
  stripRangesWithin(place, km, STRIPS_PER_DEGREE.specialist);

const idsNear = (index: ReturnType<typeof buildRegisterIndex>, place: { lat: number; lon: number }) =>
  settingsInStrips(index, 'upTo10', 'specialist', around(place)).map((s) => s.id);

describe('the register index held in memory', () => {
  const brighton = { lat: 50.83, lon: -0.14 };
  const leeds = { lat: 53.8, lon: -1.55 };

  it('finds a setting where it is, in the age bands it takes, and on the reach index of its needs', () => {
    const school = aSchoolAt('near', brighton);
    const index = buildRegisterIndex([{ setting: school, revision: 1 }]);
    expect(idsNear(index, brighton)).toEqual(['near']);
    expect(idsNear(index, leeds)).toEqual([]);
    expect(settingsInStrips(index, 'from16', 'specialist', around(brighton))).toEqual([]);
    const reach = (need: 'ASD' | 'HI') =>
      reachPointersInStrips(index, need, 'upTo10', stripRangesWithin(brighton, 5, 1)).map((p) => p.settingId);
    expect(reach('ASD')).toEqual(['near']);
    expect(reach('HI')).toEqual([]);
  });

  it('applies a newer revision of a setting, moving it; an older or repeated one changes nothing', () => {
    const school = aSchoolAt('moving', brighton);
    const index = buildRegisterIndex([{ setting: school, revision: 3 }]);
    const moved: Setting = { ...school, location: leeds };
    expect(applyRegisterChanges(index, [{ setting: moved, revision: 2 }])).toBe(0);
    expect(idsNear(index, brighton)).toEqual(['moving']);
    expect(applyRegisterChanges(index, [{ setting: moved, revision: 4 }])).toBe(1);
    expect(idsNear(index, brighton)).toEqual([]);
    expect(idsNear(index, leeds)).toEqual(['moving']);
    expect(applyRegisterChanges(index, [{ setting: moved, revision: 4 }])).toBe(0);
    expect(settingsById(index, ['moving', 'unknown']).map((s) => s.location)).toEqual([leeds]);
  });

  it('adds a new setting in longitude order among those already held', () => {
    const west = aSchoolAt('b-west', { lat: 50.83, lon: -0.2 });
    const east = aSchoolAt('a-east', { lat: 50.83, lon: -0.1 });
    const middle = aSchoolAt('c-mid', { lat: 50.83, lon: -0.15 });
    const index = buildRegisterIndex([east, west].map((setting) => ({ setting, revision: 1 })));
    applyRegisterChanges(index, [{ setting: middle, revision: 1 }]);
    expect(idsNear(index, brighton)).toEqual(['b-west', 'c-mid', 'a-east']);
  });
});

describe('a setting’s static facts', () => {
  const school = aSchoolAt('s', { lat: 51, lon: -1 });

  it('leave out its live figures, so a capacity statement changes nothing lists search by', () => {
    const statedAgain: Setting = {
      ...school,
      updatedAt: '2027-02-01T09:00:00.000Z',
      provisions: school.provisions.map((p) => ({
        ...p,
        openConsultations: 2,
        capacityVersion: p.capacityVersion + 1,
        capacity: {
          places: 80,
          onRoll: 79,
          vacancies: 1,
          vacanciesByYear: [],
          pendingConsultations: 0,
          note: null,
          source: 'SETTING',
          updatedAt: '2027-02-01T09:00:00.000Z',
          updatedBy: 'senco',
        },
      })),
    };
    expect(staticFactsChanged(school, statedAgain)).toBe(false);
    expect(staticFactsOf(statedAgain).provisions.every((p) => p.capacity === null)).toBe(true);
  });

  it('change with a designation, a move, a closure — and a new setting always counts', () => {
    const redesignated: Setting = {
      ...school,
      provisions: school.provisions.map((p) =>
        p.designation.length > 0 ? { ...p, designation: ['ASD', 'SLCN'] } : p,
      ),
    };
    expect(staticFactsChanged(school, redesignated)).toBe(true);
    expect(staticFactsChanged(school, { ...school, location: { lat: 51.1, lon: -1 } })).toBe(true);
    expect(staticFactsChanged(school, { ...school, status: 'CLOSED' })).toBe(true);
    expect(staticFactsChanged(null, school)).toBe(true);
  });
});
