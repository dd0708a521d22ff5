import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../functions/core/errors.js';
import { applySettingDraft, type Ids } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { aSettingInput } from '../helpers/builders.js';

function sequentialIds(): Ids {
  let n = 0;
  return { setting: () => 'set', provision: (settingId) => `${settingId}.p${++n}` };
}

const now = '2026-11-22T10:00:00.000Z';
const later = '2026-11-23T10:00:00.000Z';

describe('applySettingDraft', () => {
  it('keeps capacity and its version when provisions are edited, and keeps unlisted provisions', () => {
    const created = applySettingDraft({
      draft: parseSettingInput(aSettingInput()),
      existing: null,
      ids: sequentialIds(),
      now,
    });
    const withCapacity = {
      ...created,
      provisions: created.provisions.map((p) => ({
        ...p,
        capacityVersion: 4,
        capacity: {
          places: 12,
          onRoll: 12,
          vacancies: 0,
          vacanciesByYear: [],
          pendingConsultations: 0,
          note: null,
          source: 'SETTING' as const,
          updatedAt: now,
          updatedBy: 'senco',
        },
      })),
    };
    const draft = parseSettingInput(
      aSettingInput({
        provisions: [
          { id: 'set.p2', kind: 'RESOURCED_PROVISION', name: 'Renamed base', designation: ['ASD', 'SLCN'] },
        ],
      }),
    );
    const updated = applySettingDraft({ draft, existing: withCapacity, ids: sequentialIds(), now: later });
    expect(updated.createdAt).toBe(now);
    expect(updated.updatedAt).toBe(later);
    expect(updated.provisions.map((p) => p.id)).toEqual(['set.p1', 'set.p2']);
    expect(updated.provisions[1]).toMatchObject({
      name: 'Renamed base',
      capacityVersion: 4,
      capacity: { places: 12 },
    });
  });

  it('refuses a setting age range that no longer covers an existing provision', () => {
    const created = applySettingDraft({
      draft: parseSettingInput(aSettingInput()),
      existing: null,
      ids: sequentialIds(),
      now,
    });
    const narrower = parseSettingInput(aSettingInput({ ageRange: { low: 7, high: 11 }, provisions: null }));
    expect(() =>
      applySettingDraft({ draft: narrower, existing: created, ids: sequentialIds(), now }),
    ).toThrow(InvalidInputError);
  });

  it('matches provisions sent without an id by kind and name, so sending a setting twice changes nothing', () => {
    const input = aSettingInput();
    const created = applySettingDraft({
      draft: parseSettingInput(input),
      existing: null,
      ids: sequentialIds(),
      now,
    });
    const again = applySettingDraft({
      draft: parseSettingInput(input),
      existing: created,
      ids: sequentialIds(),
      now,
    });
    expect(again.provisions).toEqual(created.provisions);

    const renamedMainRoll = parseSettingInput(
      aSettingInput({ provisions: [{ kind: 'MAIN_ROLL', name: 'Whole school', designation: [] }] }),
    );
    const updated = applySettingDraft({
      draft: renamedMainRoll,
      existing: created,
      ids: sequentialIds(),
      now,
    });
    expect(updated.provisions.map((p) => [p.id, p.name])).toEqual([
      ['set.p1', 'Whole school'],
      ['set.p2', 'Autism base'],
    ]);
  });
});
