import { InvalidInputError } from '../errors.js';
import type { Setting } from '../model.js';
import { legalRouteOf, OFF_REGISTER_ROUTE } from './legal-route.js';
import type { ChoiceAdder, FamilyChoice, FamilyChoiceInput, FamilyChoiceRemoval } from './model.js';
import { LIST_LIMITS } from './request.js';

// A family's choices belong to the case, not to one list: every version snapshots all of them,
// a choice is removed only with a recorded reason, and removals stay visible. Nothing here checks
// a choice against the list or the register's fit: any setting may be asked for.

export interface CaseChoices {
  current: FamilyChoice[];
  removed: FamilyChoice[];
}

export const NO_CHOICES: CaseChoices = { current: [], removed: [] };

/** A choice to add, with its setting when it is on the register. */
export interface ResolvedChoice {
  input: FamilyChoiceInput;
  setting: Setting | null;
}

export interface ChoiceChanges {
  previous: CaseChoices;
  add: readonly ResolvedChoice[];
  remove: readonly FamilyChoiceRemoval[];
  by: { adder: ChoiceAdder; subject: string };
  at: string;
  newId: () => string;
  /** Where in the input the additions and removals came from, for errors. */
  fields?: { add: string; remove: string };
}

/**
 * The case's choices after a change: removals first (each with its reason; one already removed
 * is left as it was, so a retried request decides the same), then additions (a setting already
 * chosen is not added twice), ranked in order.
 */
export function applyChoiceChanges(changes: ChoiceChanges): CaseChoices {
  const fields = changes.fields ?? { add: 'input.familyChoices', remove: 'input.removeFamilyChoices' };
  const removedIds = new Set(changes.previous.removed.map((c) => c.id));
  const current = [...changes.previous.current];
  const removed = [...changes.previous.removed];
  changes.remove.forEach((removal, index) => {
    const at = current.findIndex((c) => c.id === removal.id);
    if (at < 0) {
      if (removedIds.has(removal.id)) return;
      throw new InvalidInputError([
        {
          field: `${fields.remove}.${index}.id`,
          code: 'NOT_A_CURRENT_CHOICE',
          params: { id: removal.id },
          message: 'is not a family choice of this case',
        },
      ]);
    }
    const [choice] = current.splice(at, 1);
    if (choice) {
      removed.push({
        ...choice,
        removedAt: changes.at,
        removedBy: changes.by.subject,
        removedReason: removal.reason,
      });
    }
  });
  for (const { input, setting } of changes.add) {
    if (current.some((c) => sameSetting(c, input))) continue;
    current.push(newChoice(input, setting, changes));
  }
  if (current.length > LIST_LIMITS.maxCurrentChoices) {
    throw new InvalidInputError([
      {
        field: fields.add,
        code: 'TOO_MANY_CHOICES',
        params: { max: LIST_LIMITS.maxCurrentChoices },
        message: `a case holds at most ${LIST_LIMITS.maxCurrentChoices} current choices: remove one first`,
      },
    ]);
  }
  return { current: current.map((c, i) => ({ ...c, rank: i + 1 })), removed };
}

function newChoice(input: FamilyChoiceInput, setting: Setting | null, changes: ChoiceChanges): FamilyChoice {
  const base = {
    id: changes.newId(),
    rank: 0,
    addedBy: changes.by.adder,
    addedAt: changes.at,
    note: input.note,
    removedAt: null,
    removedBy: null,
    removedReason: null,
  };
  if ('offRegister' in input) {
    return {
      ...base,
      onRegister: false,
      settingId: null,
      ...input.offRegister,
      legalRoute: OFF_REGISTER_ROUTE,
    };
  }
  if (!setting) throw new Error(`The setting of choice ${input.settingId} was not resolved.`);
  return {
    ...base,
    onRegister: true,
    settingId: setting.id,
    name: setting.name,
    town: setting.address.town,
    postcode: setting.address.postcode,
    laCode: setting.laCode,
    website: null,
    urn: setting.urn,
    legalRoute: legalRouteOf(setting),
  };
}

/** The same setting as an existing choice: by register id, else by URN, else by name and postcode. */
function sameSetting(choice: FamilyChoice, input: FamilyChoiceInput): boolean {
  if ('settingId' in input) return choice.settingId === input.settingId;
  const other = input.offRegister;
  if (choice.onRegister) return false;
  if (other.urn && choice.urn) return other.urn === choice.urn;
  return (
    normal(choice.name) === normal(other.name) &&
    normal(choice.postcode ?? '') === normal(other.postcode ?? '')
  );
}

function normal(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
