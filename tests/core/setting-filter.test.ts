import { describe, expect, it } from 'vitest';
import { applySettingDraft } from '../../functions/core/register.js';
import { matchesFilter } from '../../functions/core/setting-filter.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { aSettingInput } from '../helpers/builders.js';

const ids = { setting: () => 's', provision: () => 's.p' };
const pru = applySettingDraft({
  draft: parseSettingInput(
    aSettingInput({
      kind: 'ALTERNATIVE_PROVISION',
      phase: 'NOT_APPLICABLE',
      provisions: [
        { kind: 'AP_PROGRAMME', name: 'AP', designation: ['SEMH'], apTiers: ['TIER_2', 'TIER_3'] },
      ],
    }),
  ),
  existing: null,
  ids,
  now: '2026-01-01T00:00:00.000Z',
});

describe('matchesFilter', () => {
  it.each([
    [{}, true],
    [{ laCode: '938', kind: 'ALTERNATIVE_PROVISION' as const }, true],
    [{ laCode: '846' }, false],
    [{ need: 'SEMH' as const }, true],
    [{ need: 'ASD' as const }, false],
    [{ apTier: 'TIER_3' as const }, true],
    [{ apTier: 'TIER_1' as const }, false],
    [{ phase: 'PRIMARY' as const }, false],
    [{ status: 'OPEN' as const }, true],
    [{ status: 'CLOSED' as const }, false],
  ])('%j → %s', (filter, expected) => expect(matchesFilter(pru, filter)).toBe(expected));
});
