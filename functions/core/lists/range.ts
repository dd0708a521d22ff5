import type { Provision, Sector, Setting } from '../model.js';
import type { PlacementType, RangeKind } from './model.js';

/**
 * The kind of setting a provision counts as in a list's range: its placement type, with special
 * schools told apart by sector (state, non-maintained, independent).
 */
export function rangeKindOf(sector: Sector, placementType: PlacementType): RangeKind {
  switch (placementType) {
    case 'MAINSTREAM':
    case 'EARLY_YEARS':
      return 'MAINSTREAM';
    case 'RESOURCED_PROVISION_OR_UNIT':
    case 'ALTERNATIVE_PROVISION':
      return placementType;
    case 'FURTHER_EDUCATION':
      return 'POST_16';
    case 'SPECIAL_SCHOOL':
      if (sector === 'NON_MAINTAINED') return 'NON_MAINTAINED_SPECIAL';
      if (sector === 'INDEPENDENT') return 'INDEPENDENT_SPECIAL';
      return 'STATE_SPECIAL';
    default: {
      const unreachable: never = placementType;
      return unreachable;
    }
  }
}

/** Specialist provision: what a child's main need must always be able to reach, wherever it is. */
export function isSpecialistProvision(
  setting: Pick<Setting, 'kind'>,
  provision: Pick<Provision, 'kind'>,
): boolean {
  if (provision.kind === 'RESOURCED_PROVISION' || provision.kind === 'SEN_UNIT') return true;
  return (
    provision.kind === 'MAIN_ROLL' &&
    (setting.kind === 'SPECIAL' ||
      setting.kind === 'INDEPENDENT_SPECIAL' ||
      setting.kind === 'SPECIAL_POST_16')
  );
}

export const RANGE_KIND_TEXT: Readonly<Record<RangeKind, string>> = {
  MAINSTREAM: 'mainstream schools',
  RESOURCED_PROVISION_OR_UNIT: 'resourced provisions and SEN units',
  STATE_SPECIAL: 'state special schools',
  NON_MAINTAINED_SPECIAL: 'non-maintained special schools',
  INDEPENDENT_SPECIAL: 'independent special schools and colleges',
  POST_16: 'post-16 colleges',
  ALTERNATIVE_PROVISION: 'alternative provision',
};

/** Plain words on the range a list shows: the kinds of setting that fit, each given a place. */
export function rangeNote(kinds: readonly RangeKind[]): string {
  if (kinds.length === 0)
    return 'No setting on the register fitted, so this list shows only your own choices.';
  const named = kinds.map((k) => RANGE_KIND_TEXT[k]);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  // Short sentences (issue 19): with all seven kinds, the sentence naming them is 25 words.
  return `This list shows the range of schools and colleges that fit. It keeps a place for the best fit of each kind. It has ${list}. You can ask for any school or college, of any kind, on this list or not.`;
}
