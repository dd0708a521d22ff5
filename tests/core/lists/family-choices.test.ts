import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import {
  applyChoiceChanges,
  type CaseChoices,
  NO_CHOICES,
} from '../../../functions/core/lists/family-choices.js';
import type { FamilyChoiceInput } from '../../../functions/core/lists/model.js';
import { aSetting } from '../../helpers/settings.js';

let n = 0;
const change = (
  previous: CaseChoices,
  add: FamilyChoiceInput[],
  remove: { id: string; reason: string }[] = [],
) =>
  applyChoiceChanges({
    previous,
    add: add.map((input) => ({
      input,
      setting:
        'settingId' in input ? aSetting({ name: `Setting ${input.settingId}` }, input.settingId) : null,
    })),
    remove,
    by: { adder: 'OFFICER', subject: 'officer-1' },
    at: `2026-11-2${++n % 9}T10:00:00.000Z`,
    newId: () => `fc${++n}`,
  });

const offRegister = (name: string, postcode: string | null = null): FamilyChoiceInput => ({
  offRegister: { name, postcode, urn: null, town: null, laCode: null, website: null },
  note: null,
});

describe("a case's family choices", () => {
  it('keeps on-register and off-register choices, ranked, with their legal routes', () => {
    const choices = change(NO_CHOICES, [
      { settingId: 'a', note: 'Near grandparents' },
      offRegister('Hilltop School'),
    ]);
    expect(choices.current.map((c) => [c.rank, c.name, c.onRegister, c.legalRoute.route])).toEqual([
      [1, 'Setting a', true, 'MUST_NAME_UNLESS_EXCEPTION'],
      [2, 'Hilltop School', false, 'TO_BE_CONFIRMED'],
    ]);
    expect(choices.current[0]?.note).toBe('Near grandparents');
  });

  it('carries every choice forward and never adds the same setting twice', () => {
    const first = change(NO_CHOICES, [
      { settingId: 'a', note: null },
      offRegister('Hilltop School', 'RH1 1AA'),
    ]);
    const second = change(first, [
      { settingId: 'a', note: null },
      offRegister('hilltop school', 'rh11aa'),
      { settingId: 'b', note: null },
    ]);
    expect(second.current.map((c) => c.name)).toEqual(['Setting a', 'Hilltop School', 'Setting b']);
  });

  it('removes a choice only with its reason, and keeps the removal visible', () => {
    const first = change(NO_CHOICES, [
      { settingId: 'a', note: null },
      { settingId: 'b', note: null },
    ]);
    const id = first.current[0]?.id ?? '';
    const second = change(first, [], [{ id, reason: 'The family no longer wants it' }]);
    expect(second.current.map((c) => [c.rank, c.name])).toEqual([[1, 'Setting b']]);
    expect(second.removed).toEqual([
      expect.objectContaining({ id, removedBy: 'officer-1', removedReason: 'The family no longer wants it' }),
    ]);
    // Removing it again (a retried request) changes nothing.
    expect(change(second, [], [{ id, reason: 'again' }])).toEqual(second);
    expect(() => change(second, [], [{ id: 'no-such', reason: 'x' }])).toThrow(InvalidInputError);
  });

  it('holds at most thirty current choices, refusing (not dropping) more', () => {
    let choices = NO_CHOICES;
    for (let batch = 0; batch < 3; batch++) {
      choices = change(
        choices,
        Array.from({ length: 10 }, (_, i) => ({ settingId: `s${batch}-${i}`, note: null })),
      );
    }
    expect(choices.current).toHaveLength(30);
    expect(() => change(choices, [{ settingId: 'one more', note: null }])).toThrow(/at most 30/);
  });
});
