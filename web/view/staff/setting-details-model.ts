import {
  AP_TIERS,
  BOARDING,
  GENDER_INTAKES,
  PHASES,
  SECTORS,
  SETTING_KINDS,
  type Setting,
} from '../../../functions/core/model.js';
import { NEED_CODES } from '../../../functions/core/needs.js';
import {
  AP_TIER_WORDS,
  BOARDING_WORDS,
  GENDER_INTAKE_WORDS,
  PHASE_WORDS,
  PROVISION_KIND_WORDS,
  SECTOR_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import type { FormError } from '../forms.js';
import {
  FURTHER_PROVISION_KINDS,
  type ProvisionRow,
  type SettingFormValues,
} from './setting-details-form.js';
import { needWords } from './words.js';

// The "Add a setting" and "Change details" page as plain data: options with what is chosen, the
// errors by input, and one block per provision.

export interface SettingFormModelInput {
  mode: 'new' | 'edit';
  values: SettingFormValues;
  /** The LAs the officer may choose (their own; on edit, the setting's too). */
  laCodes: readonly string[];
  laNames: ReadonlyMap<string, string>;
  errors?: readonly FormError[];
  /** The stored setting (edit): its id and name for the page. */
  setting?: Pick<Setting, 'id' | 'name'> | null;
  /** The postcode district the stored setting is placed at the centre of, if it is. */
  approximateDistrict?: string | null;
  /** The setting changed since the form was opened: the form now shows its current details. */
  conflict?: boolean;
}

const option = (value: string, text: string, chosen: string) => ({ value, text, checked: value === chosen });

/** The form as plain data: options with what is chosen, errors by input, one block per provision. */
export function settingFormModel(input: SettingFormModelInput) {
  const { mode, values, errors = [], laNames } = input;
  const errorFor: Record<string, string> = Object.fromEntries(errors.map((e) => [e.inputId, e.text]));
  const settingPath = input.setting ? `/settings/${encodeURIComponent(input.setting.id)}` : null;
  const laName = (code: string) => {
    const name = laNames.get(code);
    return name ? `${name} (${code})` : `LA ${code}`;
  };
  const laCodes = [...new Set([...input.laCodes, ...(values.laCode ? [values.laCode] : [])])].sort();
  return {
    mode,
    heading: mode === 'new' ? 'Add a setting' : `Change details: ${input.setting?.name ?? values.name}`,
    action: mode === 'new' ? '/settings/new' : `${settingPath}/edit`,
    cancelPath: mode === 'new' ? '/register' : settingPath,
    settingName: input.setting?.name ?? null,
    submitText: mode === 'new' ? 'Add the setting' : 'Save changes',
    values,
    errors,
    errorFor,
    conflict: input.conflict ?? false,
    approximateDistrict: input.approximateDistrict ?? null,
    kindItems: SETTING_KINDS.map((k) => option(k, SETTING_KIND_WORDS[k], values.kind)),
    sectorItems: SECTORS.map((s) => option(s, SECTOR_WORDS[s], values.sector)),
    phaseItems: PHASES.map((p) => option(p, PHASE_WORDS[p], values.phase)),
    genderItems: GENDER_INTAKES.map((g) => option(g, GENDER_INTAKE_WORDS[g], values.genderIntake)),
    boardingItems: BOARDING.map((b) => option(b, BOARDING_WORDS[b], values.boarding)),
    laChoice: laCodes.length > 1,
    laItems: laCodes.map((code) => ({ value: code, text: laName(code), selected: code === values.laCode })),
    laText: values.laCode ? laName(values.laCode) : null,
    addressLines: values.addressLines.map((value, i) => ({
      id: `addressLine${i + 1}`,
      label: i === 0 ? 'Address line 1' : `Address line ${i + 1} (optional)`,
      value,
      error: errorFor[`addressLine${i + 1}`] ?? null,
    })),
    provisions: values.provisions.map((row, i) => provisionRowModel(row, i, errorFor)),
  };
}

export type SettingFormModel = ReturnType<typeof settingFormModel>;

function provisionRowModel(row: ProvisionRow, index: number, errorFor: Readonly<Record<string, string>>) {
  const p = `p${index}`;
  const mainRoll = index === 0;
  const stored = row.id !== '';
  const err = (field: string) => errorFor[`${p}-${field}`] ?? null;
  return {
    prefix: p,
    mainRoll,
    stored,
    id: row.id,
    legend: mainRoll ? 'Main roll' : stored ? `Provision ${index + 1}` : `Provision ${index + 1} (optional)`,
    values: row,
    kindItems: [
      ...(stored ? [] : [{ value: '', text: 'Not used', selected: row.kind === '' }]),
      ...FURTHER_PROVISION_KINDS.map((k) => ({
        value: k,
        text: PROVISION_KIND_WORDS[k],
        selected: row.kind === k,
      })),
    ],
    needItems: NEED_CODES.map((code) => ({
      value: code,
      text: needWords(code),
      checked: row.designation.includes(code),
    })),
    tierItems: AP_TIERS.map((t) => ({ value: t, text: AP_TIER_WORDS[t], checked: row.apTiers.includes(t) })),
    errors: {
      kind: err('kind'),
      name: err('name'),
      designation: err('designation'),
      apTiers: err('apTiers'),
      ageLow: err('ageLow'),
      ageHigh: err('ageHigh'),
    },
  };
}
