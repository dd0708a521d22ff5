import { applyChoiceChanges, NO_CHOICES } from '../../functions/core/lists/family-choices.js';
import type { ChoiceToMatch } from '../../functions/core/lists/matching.js';
import type { Setting } from '../../functions/core/model.js';

let counter = 0;

/** The family's choices of these settings, made through the core, ready to match. */
export function choicesOf(settings: readonly Setting[]): ChoiceToMatch[] {
  const { current } = applyChoiceChanges({
    previous: NO_CHOICES,
    add: settings.map((setting) => ({ input: { settingId: setting.id, note: null }, setting })),
    remove: [],
    by: { adder: 'OFFICER', subject: 'officer' },
    at: '2026-11-22T12:00:00.000Z',
    newId: () => `fc${++counter}`,
  });
  return current.map((choice) => ({
    choice,
    setting: settings.find((s) => s.id === choice.settingId) ?? null,
  }));
}
