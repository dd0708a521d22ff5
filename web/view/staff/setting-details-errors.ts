import type { FieldIssue } from '../../../functions/core/errors.js';
import { LIMITS } from '../../../functions/core/setting-input.js';
import type { FormError } from '../forms.js';
import { type FieldWords, HIDDEN_FIELD, oneSentence, refusalText } from '../refusal-text.js';
import type { SentSetting, SettingFormValues } from './setting-details-form.js';

// The "Add a setting" and "Change details" form's errors: which input each refused field belongs
// to, and how the form names that input. The words of each refusal are refusal-text.ts's.

const URN = 'URN must be 5 to 7 digits, like 126015, or left empty';
const AGES = `must be a whole number of years, from 0 to ${LIMITS.maxAge}`;
const POSTCODE = 'Enter a real postcode, like RH12 2NR';

/** The setting's own inputs, by the core's field name. */
const SETTING: Readonly<Record<string, FieldWords>> = {
  name: { label: 'Name', ask: 'Enter the name of the setting' },
  urn: oneSentence('URN', URN),
  kind: oneSentence('Kind of setting', 'Select the kind of setting'),
  sector: oneSentence('Who runs the setting', 'Select who runs the setting'),
  section41Approved: oneSentence(
    'Section 41 approval',
    'Select whether the setting is approved under section 41',
  ),
  phase: oneSentence('Phase', 'Select the phase'),
  genderIntake: oneSentence('Who the setting takes', 'Select who the setting takes'),
  boarding: oneSentence('Day or residential', 'Select day, residential, or both'),
  religiousCharacter: {
    label: 'Religious character',
    ask: 'Enter the religious character',
    rule: `Religious character must be ${LIMITS.religiousCharacter} characters or fewer, or left empty`,
  },
  laCode: oneSentence('Council', 'Select the council the setting is in'),
};

const AGE_WORDS: Readonly<Record<string, { inputId: string; words: FieldWords }>> = {
  low: {
    inputId: 'ageLow',
    words: {
      label: 'Youngest age',
      ask: 'Enter the youngest age the setting takes',
      rule: `Youngest age ${AGES}`,
    },
  },
  high: {
    inputId: 'ageHigh',
    words: { label: 'Oldest age', ask: 'Enter the oldest age the setting takes', rule: `Oldest age ${AGES}` },
  },
};

/** Latitude and longitude: each asked for when only the other was typed, and kept within the UK. */
function coordinateWords(which: string): { inputId: string; words: FieldWords } {
  const [inputId, name, otherName, like, inUK] =
    which === 'lon'
      ? ([
          'longitude',
          'Longitude',
          'latitude',
          '-0.33',
          'Longitude must be in the UK, between -8.7 and 2',
        ] as const)
      : ([
          'latitude',
          'Latitude',
          'longitude',
          '51.06',
          'Latitude must be in the UK, between 49.8 and 61',
        ] as const);
  return {
    inputId,
    words: {
      label: name,
      ask: `Enter the ${inputId} too, or leave the ${otherName} empty as well`,
      rule: `${name} must be a number in decimal degrees, like ${like}`,
      say: { TOO_SMALL: inUK, TOO_LARGE: inUK, OUTSIDE_THE_UK: inUK },
    },
  };
}

/** A provision row's inputs: `which` names the row in sentences ("the main roll", "provision 3"). */
function provisionWords(field: string, which: string): { input: string; words: FieldWords } {
  switch (field) {
    case 'kind':
      return {
        input: 'kind',
        words: oneSentence(`Kind of ${which}`, `Select the kind of ${which}, or empty the row`),
      };
    case 'name':
      return { input: 'name', words: { label: `Name of ${which}`, ask: `Enter the name of ${which}` } };
    case 'designation':
      return {
        input: 'designation',
        words: oneSentence(`Needs of ${which}`, `Select the needs ${which} is designated for from the list`, {
          of: which,
        }),
      };
    case 'apTiers':
      return {
        input: 'apTiers',
        words: oneSentence(`Tiers of ${which}`, `Select the tiers ${which} offers from the list`, {
          of: which,
        }),
      };
    case 'ageRange': {
      const ages = `Ages of ${which} must be whole numbers of years from 0 to ${LIMITS.maxAge}, or both left empty`;
      return { input: 'ageLow', words: oneSentence(`Ages of ${which}`, ages, { of: which }) };
    }
    default:
      return { input: 'name', words: HIDDEN_FIELD };
  }
}

const isIndex = (part: string) => part !== '' && Number.isInteger(Number(part));

/** The input a refused field belongs to, and its words. */
function placeOf(issue: FieldIssue, sent: SentSetting): { inputId: string; words: FieldWords } {
  const path = issue.field.split('.');
  if (path[0] === 'input') path.shift();
  const [head = '', second = '', third = ''] = path;
  const own = SETTING[head];
  if (own) return { inputId: head, words: own };
  switch (head) {
    case 'ageRange':
      return (
        AGE_WORDS[second] ?? {
          inputId: 'ageLow',
          words: { label: 'Ages', ask: 'Enter the youngest and oldest ages the setting takes' },
        }
      );
    case 'address':
      if (second === 'town') return { inputId: 'town', words: { label: 'Town', ask: 'Enter the town' } };
      if (second === 'postcode') {
        return {
          inputId: 'postcode',
          words: {
            label: 'Postcode',
            ask: POSTCODE,
            rule: POSTCODE,
            instead: 'give the latitude and longitude',
          },
        };
      }
      if (!isIndex(third)) {
        // The lines as a whole: none given, or more than the form has.
        const first = 'Enter the first line of the address';
        return {
          inputId: 'addressLine1',
          words: {
            label: 'Address',
            ask: first,
            say: { TOO_FEW: first, TOO_MANY: `Give at most ${LIMITS.addressLines} lines of the address` },
          },
        };
      }
      return lineWords(sent.lineOf[Number(third)] ?? 0);
    case 'location':
      // Without `second`: neither coordinates nor a postcode to place it by (LOCATION_REQUIRED).
      return second
        ? coordinateWords(second)
        : {
            inputId: 'postcode',
            words: { label: 'Location', ask: 'Enter the postcode, or the latitude and longitude' },
          };
    case 'provisions': {
      if (!isIndex(second)) {
        // The list as a whole: too many, two main rolls or one id twice (a tampered form).
        const check = 'Check the provisions and try again';
        return {
          inputId: 'p0-name',
          words: {
            label: 'Provisions',
            ask: check,
            say: {
              TOO_MANY: `A setting can have at most ${LIMITS.provisions} provisions`,
              GIVEN_TWICE: check,
            },
          },
        };
      }
      const row = sent.rowOf[Number(second)] ?? 0;
      const { input, words } = provisionWords(third, row === 0 ? 'the main roll' : `provision ${row + 1}`);
      return { inputId: `p${row}-${input}`, words };
    }
    default:
      // The fields the form does not show: establishmentType, status, id, expectedRevision.
      return { inputId: 'name', words: HIDDEN_FIELD };
  }
}

function lineWords(line: number): { inputId: string; words: FieldWords } {
  return {
    inputId: `addressLine${line + 1}`,
    words: { label: `Address line ${line + 1}`, ask: `Enter address line ${line + 1}` },
  };
}

/** The error for one issue: which input it belongs to, in plain words. */
export function settingFormError(issue: FieldIssue, sent: SentSetting): FormError {
  const { inputId, words } = placeOf(issue, sent);
  return { inputId, text: refusalText(issue, words) };
}

/** The form's inputs in page order, so the error summary follows the page. */
export function inputOrder(values: SettingFormValues): string[] {
  return [
    'name',
    'urn',
    'kind',
    'sector',
    'section41Approved',
    'phase',
    'ageLow',
    'ageHigh',
    'genderIntake',
    'boarding',
    'religiousCharacter',
    'laCode',
    ...values.addressLines.map((_l, i) => `addressLine${i + 1}`),
    'town',
    'postcode',
    'latitude',
    'longitude',
    ...values.provisions.flatMap((_r, i) =>
      ['kind', 'name', 'designation', 'apTiers', 'ageLow', 'ageHigh'].map((f) => `p${i}-${f}`),
    ),
  ];
}

/** Every issue as a GOV.UK error, one per input, in the page's order. */
export function settingFormErrors(
  issues: readonly FieldIssue[],
  values: SettingFormValues,
  sent: SentSetting,
): FormError[] {
  const byInput = new Map<string, FormError>();
  for (const issue of issues) {
    const error = settingFormError(issue, sent);
    if (!byInput.has(error.inputId)) byInput.set(error.inputId, error);
  }
  const order = inputOrder(values);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...byInput.values()].sort((a, b) => rank(a.inputId) - rank(b.inputId));
}

/** A URN already on another setting (DuplicateError). */
export function duplicateUrnError(values: SettingFormValues): FormError {
  return {
    inputId: 'urn',
    text: `Another setting on the register already has URN ${values.urn.trim()}. Search the register for it, or check the URN`,
  };
}
