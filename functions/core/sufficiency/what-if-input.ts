import type { FieldIssue } from '../errors.js';
import { isSpecialistProvision } from '../lists/range.js';
import type { AgeRange, Setting } from '../model.js';
import type { NeedCode } from '../needs.js';
import { wholeNumberIssue } from '../validation.js';
import { MAX_PLACES_CHANGED, MAX_WHAT_IF_CHANGES, type PlaceChange } from './what-if.js';

// The what-if's changes as the API takes them (one of three per change), checked against the
// register as it is: refusals as codes with their values, every one found at once.

export interface PlaceChangeInput {
  addPlaces?: { settingId: string; need: NeedCode; places: number } | null;
  removePlaces?: { settingId: string; need: NeedCode; places: number } | null;
  newBase?: { settingId: string; needs: NeedCode[]; ageRange: AgeRange; places: number } | null;
}

const KINDS = ['addPlaces', 'removePlaces', 'newBase'] as const;

/** The changes, or the issues that refuse them. `settingOf` looks a setting up on the register. */
export function checkPlaceChanges(
  inputs: readonly PlaceChangeInput[],
  settingOf: (id: string) => Setting | null,
): { changes: PlaceChange[]; issues: FieldIssue[] } {
  if (inputs.length > MAX_WHAT_IF_CHANGES) {
    return {
      changes: [],
      issues: [
        {
          field: 'changes',
          code: 'TOO_MANY',
          params: { max: MAX_WHAT_IF_CHANGES },
          message: `must be at most ${MAX_WHAT_IF_CHANGES} changes`,
        },
      ],
    };
  }
  const issues: FieldIssue[] = [];
  const changes: PlaceChange[] = [];
  inputs.forEach((input, i) => {
    const given = KINDS.filter((k) => input[k]);
    if (given.length !== 1) {
      issues.push({
        field: `changes.${i}`,
        code: 'ONE_OF_FIELDS',
        params: { fields: [...KINDS] },
        message: 'give exactly one of addPlaces, removePlaces or newBase',
      });
      return;
    }
    const kind = given[0] as (typeof KINDS)[number];
    const change = input[kind] as NonNullable<PlaceChangeInput[typeof kind]>;
    const at = `changes.${i}.${kind}`;
    const before = issues.length;
    const places = wholeNumberIssue(`${at}.places`, change.places, MAX_PLACES_CHANGED);
    if (places) issues.push(places);
    const setting = settingOf(change.settingId);
    if (!setting) {
      issues.push({
        field: `${at}.settingId`,
        code: 'NOT_ON_THE_REGISTER',
        message: 'is not a setting on the register',
      });
    } else if (setting.status !== 'OPEN') {
      issues.push({
        field: `${at}.settingId`,
        code: 'SETTING_NOT_OPEN',
        params: { settingId: setting.id },
        message: 'must be a setting that is open',
      });
    } else if (
      kind === 'removePlaces' &&
      !setting.provisions.some(
        (p) =>
          isSpecialistProvision(setting, p) && p.designation.includes((change as { need: NeedCode }).need),
      )
    ) {
      const need = (change as { need: NeedCode }).need;
      issues.push({
        field: `${at}.need`,
        code: 'NO_PLACES_FOR_NEED',
        params: { settingId: setting.id, need },
        message: `has no specialist places for ${need} to take away`,
      });
    }
    if (kind === 'newBase') {
      const base = change as NonNullable<PlaceChangeInput['newBase']>;
      // A base (resourced provision or unit) is part of a mainstream school, by definition.
      if (setting && setting.status === 'OPEN' && setting.kind !== 'MAINSTREAM') {
        issues.push({
          field: `${at}.settingId`,
          code: 'NOT_A_MAINSTREAM_SCHOOL',
          params: { settingId: setting.id },
          message: 'must be a mainstream school: a base is part of one',
        });
      }
      if (base.needs.length === 0) {
        issues.push({ field: `${at}.needs`, code: 'REQUIRED', message: 'must name at least one need' });
      }
      if (base.ageRange.low > base.ageRange.high) {
        issues.push({
          field: `${at}.ageRange`,
          code: 'AGE_RANGE_INVERTED',
          message: 'must not start above where it ends',
        });
      }
    }
    if (issues.length > before) return;
    if (kind === 'newBase') {
      const base = change as NonNullable<PlaceChangeInput['newBase']>;
      changes.push({ kind: 'NEW_BASE', ...base, needs: [...new Set(base.needs)] });
    } else {
      const places = change as NonNullable<PlaceChangeInput['addPlaces']>;
      changes.push({ kind: kind === 'addPlaces' ? 'ADD_PLACES' : 'REMOVE_PLACES', ...places });
    }
  });
  return { changes, issues };
}
