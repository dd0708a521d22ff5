import { GROUND_WORDS, RANGE_KIND_WORDS } from '../words.js';
import type { AvailabilityState, SufficiencyPhase } from './facts.js';
import type { CannotMeetGround, Outcome } from './outcomes.js';
import type { PlaceArea, PlaceKind } from './places.js';

// The sufficiency picture's enums in words, as officers read them: beside ../words.ts rather than in
// it, because places.ts reaches ../words.ts through lists/evaluation.ts (an import cycle otherwise).
// Built from ../words.ts's own words wherever the vocabulary already has them.

/** The phases places are planned by (schema: SufficiencyPhase). */
export const SUFFICIENCY_PHASE_WORDS: Readonly<Record<SufficiencyPhase, string>> = {
  EARLY_YEARS: 'Early years',
  PRIMARY: 'Primary',
  SECONDARY: 'Secondary',
  POST_16: 'Post-16',
};

/** The kinds places are counted by: the range's words where the range has the same kind. */
export const PLACE_KIND_WORDS: Readonly<Record<PlaceKind, string>> = {
  RESOURCED_PROVISION_OR_UNIT: RANGE_KIND_WORDS.RESOURCED_PROVISION_OR_UNIT,
  STATE_SPECIAL: RANGE_KIND_WORDS.STATE_SPECIAL,
  INDEPENDENT_OR_NON_MAINTAINED_SPECIAL: 'Independent or non-maintained special school',
  ALTERNATIVE_PROVISION: RANGE_KIND_WORDS.ALTERNATIVE_PROVISION,
};

export const PLACE_AREA_WORDS: Readonly<Record<PlaceArea, string>> = {
  IN_AREA: 'in your council’s area',
  BEYOND: 'in another council’s area',
};

/** What lists knew of free places within reach: "unknown" is never said as full. */
export const AVAILABILITY_STATE_WORDS: Readonly<Record<AvailabilityState, string>> = {
  FREE_PLACE_KNOWN: 'Free place known',
  NONE_FREE: 'None free on fresh figures',
  UNKNOWN: 'Not enough fresh figures to say',
};

export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  DECIDED: 'Decisions made in the period',
  ON_LIST: 'Named a setting on the child’s list',
  NOT_ON_LIST: 'Named a setting not on the list',
  IN_AREA: 'Named a setting in your council’s area',
  OUTSIDE_AREA: 'Named a setting in another council’s area',
  STATE: 'Named a maintained school, academy or college',
  INDEPENDENT: 'Named an independent or non-maintained school',
  TYPE_OF_SETTING: 'Named only a type of setting',
};

/** A "cannot meet" answer's ground: the setting's own words, or that none was given. */
export const CANNOT_MEET_GROUND_WORDS: Readonly<Record<CannotMeetGround, string>> = {
  ...GROUND_WORDS,
  NOT_GIVEN: 'No ground given',
};
