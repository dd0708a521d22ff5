import { describe, expect, it } from 'vitest';
import { londonMonth } from '../../../functions/core/sufficiency/periods.js';
import type { CaseFacts } from '../../../functions/core/sufficiency/view-model.js';
import { type PlaceChange, whatIf } from '../../../functions/core/sufficiency/what-if.js';
import { aSetting } from '../../helpers/settings.js';

// The what-if, pure: places added near lists place children — each place to one child, in the
// order the lists were made — none when far away; and a row of fewer than 10 lists says nothing.

const HOME = { lat: 51.06, lon: -0.33 };
const AT = '2026-10-05T09:00:00.000Z';
const NOW = new Date('2026-12-05T09:00:00.000Z');

function aList(i: number, over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    partition: `case-${i}`,
    listId: `list-${i}`,
    version: 1,
    laCode: '938',
    generatedAt: new Date(Date.parse(AT) + i * 60_000).toISOString(),
    month: londonMonth(AT),
    primaryNeed: 'MSI',
    secondaryNeeds: [],
    phase: 'PRIMARY',
    age: 8,
    ncYear: null,
    district: 'RH12',
    home: HOME,
    maxTravelKm: 15,
    placementTypes: null,
    availability: null,
    entriesByKind: {},
    familyChoices: 0,
    ...over,
  };
}

const near = aSetting({ location: { lat: 51.06, lon: -0.3 } }, 'near');
const far = aSetting({ location: { lat: 53.8, lon: -1.5 } }, 'far');
const twelve = Array.from({ length: 12 }, (_, i) => aList(i));
const base = (settingId: string, places: number, ages = { low: 4, high: 11 }): PlaceChange => ({
  kind: 'NEW_BASE',
  settingId,
  needs: ['MSI'],
  ageRange: ages,
  places,
});
const run = (facts: CaseFacts[], changes: Parameters<typeof whatIf>[0]['changes']) =>
  whatIf({ facts, settings: [near, far], changes, now: NOW });

describe('whatIf', () => {
  it('places no more children than places added, each to one child in list order', () => {
    const five = run(twelve, [base('near', 5)]);
    expect(five.placesAdded).toBe(5);
    expect(five.total.childrenPlaced).toMatchObject({ value: 5 }); // 5 of 12
    expect(five.total.listsWithinReach).toMatchObject({ value: 10 }); // 12, rounded down
    const plenty = run(twelve, [base('near', 200)]);
    expect(plenty.total.childrenPlaced).toMatchObject({ value: 10 }); // all 12
  });

  it('places a child once, whichever of its lists comes first', () => {
    const twice = [...twelve, ...twelve.map((f) => ({ ...f, listId: `${f.listId}-v2`, version: 2 }))];
    expect(run(twice, [base('near', 200)]).total.childrenPlaced).toMatchObject({ value: 10 }); // 12, not 24
  });

  it('places none when the places are far away, or for other ages', () => {
    expect(run(twelve, [base('far', 50)]).total).toMatchObject({
      listsWithinReach: { value: 0 },
      childrenPlaced: { value: 0 },
    });
    expect(run(twelve, [base('near', 50, { low: 11, high: 16 })]).total.childrenPlaced).toMatchObject({
      value: 0,
    });
  });

  it('says nothing of fewer than 10 lists: a one-place base moved about would find a child', () => {
    const three = run(twelve.slice(0, 3), [base('near', 1, { low: 8, high: 8 })]);
    for (const row of [three.total, ...three.byNeed, ...three.byDistrict]) {
      expect(row.childrenPlaced.withheld).toBe(true);
      expect(row.listsWithinReach.withheld).toBe(true);
    }
  });
});
