import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import type { Setting } from '../../../functions/core/model.js';
import type { OutcodeIndex } from '../../../functions/core/postcodes.js';
import { parseSettingInput } from '../../../functions/core/setting-input.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import { duplicateUrnError, settingFormErrors } from '../../../web/view/staff/setting-details-errors.js';
import {
  approximateDistrictOf,
  emptySettingForm,
  readSettingForm,
  type SettingFormValues,
  settingFormFromSetting,
  settingInputFromForm,
} from '../../../web/view/staff/setting-details-form.js';
import { settingFormModel } from '../../../web/view/staff/setting-details-model.js';
import { settingPageModel } from '../../../web/view/staff/setting-page.js';

// The officer's add / change setting form as plain data: reading it, the input it sends, the
// service's refusals by input, and the model the template shows.

const OUTCODES: OutcodeIndex = new Map([
  ['RH12', { lat: 51.07, lon: -0.33 }],
  ['CA11', { lat: 54.66, lon: -2.75 }],
]);
const LA_NAMES = new Map([
  ['938', 'West Sussex'],
  ['846', 'Brighton and Hove'],
]);

function formOf(fields: Record<string, string | string[]>) {
  const first: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) first[k] = Array.isArray(v) ? (v[0] ?? '') : v;
  const all = (name: string) => {
    const v = fields[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  return readSettingForm(first, all);
}

/** The walk-through's setting, as the form posts it: by postcode only, with an autism base. */
const maple = {
  name: 'Maple Primary School',
  urn: '',
  kind: 'MAINSTREAM',
  sector: 'ACADEMY',
  phase: 'PRIMARY',
  ageLow: '4',
  ageHigh: '11',
  genderIntake: 'MIXED',
  boarding: 'DAY',
  religiousCharacter: '',
  laCode: '938',
  addressLine1: '1 Maple Road',
  addressLine2: '',
  town: 'Horsham',
  postcode: 'rh12 1ab',
  latitude: '',
  longitude: '',
  'p0-name': 'Main roll',
  'p1-kind': 'RESOURCED_PROVISION',
  'p1-name': 'Autism base',
  'p1-designation': ['ASD'],
  'p1-ageLow': '',
  'p1-ageHigh': '',
  'p2-kind': '',
  'p2-name': '',
  'p3-kind': '',
  'p3-name': '',
};

/** What the service says of an input: its issues, or none. */
function issuesOf(input: unknown) {
  try {
    parseSettingInput(input, undefined, OUTCODES);
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
}

function errorsFor(fields: Record<string, string | string[]>) {
  const values = formOf(fields);
  const sent = settingInputFromForm(values, null);
  return settingFormErrors(issuesOf(sent.input), values, sent);
}

const stored: Setting = {
  id: 's_1',
  revision: 3,
  urn: '126015',
  name: 'Oak School',
  kind: 'MAINSTREAM',
  sector: 'LA_MAINTAINED',
  section41Approved: false,
  establishmentType: 1,
  phase: 'PRIMARY',
  ageRange: { low: 4, high: 11 },
  genderIntake: 'MIXED',
  boarding: 'DAY',
  religiousCharacter: null,
  laCode: '938',
  address: { lines: ['1 Oak Lane'], town: 'Horsham', postcode: 'RH12 1AB' },
  location: { lat: 51.07, lon: -0.33 },
  status: 'PROPOSED_TO_CLOSE',
  source: 'LA',
  sourceNotes: ['Location is the centre of postcode district RH12, so it is approximate.'],
  provisions: [
    {
      id: 's_1.p_main',
      settingId: 's_1',
      kind: 'MAIN_ROLL',
      name: 'Main roll',
      designation: [],
      ageRange: null,
      apTiers: [],
      capacity: null,
      capacityVersion: 0,
      source: 'LA',
    },
    {
      id: 's_1.p_rp',
      settingId: 's_1',
      kind: 'RESOURCED_PROVISION',
      name: 'Autism base',
      designation: ['ASD'],
      ageRange: { low: 5, high: 11 },
      apTiers: [],
      capacity: null,
      capacityVersion: 4,
      source: 'LA',
    },
  ],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('reading the form into upsertSetting’s input', () => {
  it('sends the main roll and the filled rows, ignores blank ones, and leaves the location to the postcode', () => {
    const sent = settingInputFromForm(formOf(maple), null);
    expect(sent.input).toMatchObject({
      name: 'Maple Primary School',
      urn: null,
      kind: 'MAINSTREAM',
      sector: 'ACADEMY',
      section41Approved: false,
      ageRange: { low: 4, high: 11 },
      laCode: '938',
      address: { lines: ['1 Maple Road'], town: 'Horsham', postcode: 'rh12 1ab' },
      location: null,
      provisions: [
        { id: null, kind: 'MAIN_ROLL', name: 'Main roll', designation: [], ageRange: null, apTiers: null },
        { id: null, kind: 'RESOURCED_PROVISION', name: 'Autism base', designation: ['ASD'], ageRange: null },
      ],
    });
    expect(sent.input).not.toHaveProperty('id');
    expect(sent.rowOf).toEqual([0, 1]);
    // The service accepts it, and says the location is approximate.
    const draft = parseSettingInput(sent.input, undefined, OUTCODES);
    expect(draft.details.location).toEqual({ lat: 51.07, lon: -0.33 });
    expect(draft.details.sourceNotes.join(' ')).toContain('approximate');
  });

  it('on edit sends the id, the revision read and what the form does not show, and keeps provision ids', () => {
    const values = settingFormFromSetting(stored, OUTCODES);
    const sent = settingInputFromForm(values, {
      id: 's_1',
      status: 'PROPOSED_TO_CLOSE',
      establishmentType: 1,
    });
    expect(sent.input).toMatchObject({
      id: 's_1',
      expectedRevision: 3,
      status: 'PROPOSED_TO_CLOSE',
      establishmentType: 1,
      urn: '126015',
      provisions: [
        { id: 's_1.p_main', kind: 'MAIN_ROLL' },
        { id: 's_1.p_rp', kind: 'RESOURCED_PROVISION', ageRange: { low: 5, high: 11 } },
      ],
    });
    expect(issuesOf(sent.input)).toEqual([]);
  });

  it('sends coordinates when both are given, and a typed-in number the service can refuse by name', () => {
    const sent = settingInputFromForm(formOf({ ...maple, latitude: '54.6', longitude: 'west' }), null);
    expect(sent.input.location).toEqual({ lat: 54.6, lon: Number.NaN });
  });
});

describe('filling the form', () => {
  it('starts empty with the officer’s only council, a main roll and three blank rows', () => {
    const values = emptySettingForm(['938']);
    expect(values.laCode).toBe('938');
    expect(values.provisions.map((p) => p.kind)).toEqual(['MAIN_ROLL', '', '', '']);
    expect(emptySettingForm(['846', '938']).laCode).toBe('');
  });

  it('from a stored setting: its provisions by id, a blank row to add one, and no coordinates when they are a district centre', () => {
    const values = settingFormFromSetting(stored, OUTCODES);
    expect(values.provisions.map((p) => p.id)).toEqual(['s_1.p_main', 's_1.p_rp', '', '']);
    expect(values.latitude).toBe('');
    expect(approximateDistrictOf(stored, OUTCODES)).toBe('RH12');
    const exact = { ...stored, location: { lat: 51.0629, lon: -0.3259 } };
    expect(settingFormFromSetting(exact, OUTCODES)).toMatchObject({
      latitude: '51.0629',
      longitude: '-0.3259',
    });
    expect(approximateDistrictOf(exact, OUTCODES)).toBeNull();
  });

  it('keeps the rows and address lines it was posted with', () => {
    const values = formOf({ ...maple, addressLine3: 'Old Town', 'p4-kind': '', 'p4-name': '' });
    expect(values.addressLines).toEqual(['1 Maple Road', '', 'Old Town']);
    expect(values.provisions).toHaveLength(5);
    expect(values.provisions[0]?.kind).toBe('MAIN_ROLL');
  });
});

describe('the service’s refusals, by input', () => {
  it('puts a blank name and ages the wrong way round by their inputs, in page order', () => {
    expect(errorsFor({ ...maple, name: ' ', ageLow: '11', ageHigh: '4' })).toEqual([
      { inputId: 'name', text: 'Enter the name of the setting' },
      { inputId: 'ageLow', text: 'Youngest age must not be more than the oldest age' },
    ]);
  });

  it('names missing choices and a missing address', () => {
    const errors = errorsFor({ ...maple, kind: '', sector: '', phase: '', addressLine1: '', ageHigh: '' });
    expect(errors.map((e) => e.inputId)).toEqual(['kind', 'sector', 'phase', 'ageHigh', 'addressLine1']);
    expect(errors.find((e) => e.inputId === 'ageHigh')?.text).toBe('Enter the oldest age the setting takes');
    expect(errors.find((e) => e.inputId === 'addressLine1')?.text).toBe(
      'Enter the first line of the address',
    );
  });

  it('maps a provision’s issue to its own row, counting the blank rows it skipped', () => {
    const errors = errorsFor({
      ...maple,
      'p1-kind': '',
      'p1-name': '',
      'p1-designation': [],
      'p3-kind': 'SEN_UNIT',
      'p3-name': 'Hearing unit',
      'p3-ageLow': '3',
      'p3-ageHigh': '11',
    });
    expect(errors).toEqual([
      {
        inputId: 'p3-designation',
        text: 'Select at least one need provision 4 is designated for: a resourced provision or SEN unit always has one',
      },
      { inputId: 'p3-ageLow', text: 'Ages of provision 4 must be within the setting’s ages (4 to 11)' },
    ]);
  });

  it('asks for tiers of an AP programme and refuses tiers elsewhere', () => {
    const errors = errorsFor({
      ...maple,
      'p1-apTiers': ['TIER_2'],
      'p2-kind': 'AP_PROGRAMME',
      'p2-name': 'Outreach',
    });
    expect(errors.map((e) => e.inputId)).toEqual(['p1-apTiers', 'p2-apTiers']);
    expect(errors[0]?.text).toContain('Only alternative provision programmes have tiers');
    expect(errors[1]?.text).toContain('Select at least one tier provision 3 offers');
  });

  it('explains postcodes, coordinates and section 41', () => {
    expect(errorsFor({ ...maple, postcode: 'ZZ99 9ZZ' })).toEqual([
      {
        inputId: 'postcode',
        text: 'We do not know postcode district ZZ99. Check the postcode, or give the latitude and longitude',
      },
    ]);
    expect(errorsFor({ ...maple, postcode: '' })[0]).toEqual({
      inputId: 'postcode',
      text: 'Enter the postcode, or the latitude and longitude',
    });
    expect(errorsFor({ ...maple, latitude: '54.6' })[0]).toEqual({
      inputId: 'longitude',
      text: 'Enter the longitude too, or leave the latitude empty as well',
    });
    expect(errorsFor({ ...maple, latitude: '40', longitude: '-2' })[0]?.text).toBe(
      'Latitude must be in the UK, between 49.8 and 61',
    );
    expect(errorsFor({ ...maple, section41Approved: 'yes' })[0]?.inputId).toBe('section41Approved');
    expect(errorsFor({ ...maple, urn: '12' })[0]).toEqual({
      inputId: 'urn',
      text: 'URN must be 5 to 7 digits, like 126015, or left empty',
    });
  });

  it('says a URN is already on the register', () => {
    expect(duplicateUrnError(formOf({ ...maple, urn: ' 126015 ' }))).toEqual({
      inputId: 'urn',
      text: 'Another setting on the register already has URN 126015. Search the register for it, or check the URN',
    });
  });
});

describe('the form’s model and template', () => {
  const paths = webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const common = { csrfToken: 'tok', signedInAs: 'Officer', isOfficer: true, laCodes: ['938'], assets: '/a' };

  it('offers plain names, a council choice only to officers of several, and keeps what was typed', () => {
    const values: SettingFormValues = formOf({ ...maple, name: '' });
    const sent = settingInputFromForm(values, null);
    const errors = settingFormErrors(issuesOf(sent.input), values, sent);
    const one = settingFormModel({ mode: 'new', values, laCodes: ['938'], laNames: LA_NAMES, errors });
    expect(one.laChoice).toBe(false);
    expect(one.laText).toBe('West Sussex (938)');
    expect(one.kindItems.find((k) => k.checked)).toEqual({
      value: 'MAINSTREAM',
      text: 'Mainstream school',
      checked: true,
    });
    expect(one.provisions[1]?.needItems.find((n) => n.checked)?.text).toBe(
      'Autistic spectrum disorder (ASD)',
    );
    expect(one.provisions[1]?.kindItems.find((k) => k.selected)?.text).toBe('Resourced provision');
    const two = settingFormModel({ mode: 'new', values, laCodes: ['846', '938'], laNames: LA_NAMES });
    expect(two.laChoice).toBe(true);

    const html = renderer.render('staff/setting-form.njk', {
      ...common,
      title: 'Error: Add a setting',
      form: one,
    });
    expect(html).toContain('name="csrfToken" value="tok"');
    expect(html).toContain('method="post" action="/settings/new" novalidate');
    expect(html).toContain('href="#name"');
    expect(html).toContain('id="name-error"');
    expect(html).toContain('value="1 Maple Road"');
    expect(html).toContain('name="laCode" value="938"');
    expect(html).not.toContain('data-aria-controls');
    expect(html).not.toContain('style=');
  });

  it('renders the edit form with each stored provision’s id and the revision read', () => {
    const form = settingFormModel({
      mode: 'edit',
      values: settingFormFromSetting(stored, OUTCODES),
      laCodes: ['938'],
      laNames: LA_NAMES,
      setting: stored,
      approximateDistrict: 'RH12',
    });
    expect(form.action).toBe('/settings/s_1/edit');
    const html = renderer.render('staff/setting-form.njk', { ...common, title: form.heading, form });
    expect(html).toContain('name="p1-id" value="s_1.p_rp"');
    expect(html).toContain('name="expectedRevision" value="3"');
    expect(html).toContain('centre of postcode district RH12');
    expect(html).toContain('Provisions cannot be removed here');
  });

  it('offers “Change details” on the setting’s page only to those who may, and says what was done', () => {
    const base = {
      setting: stored,
      laName: 'West Sussex',
      now: new Date('2026-11-22T12:00:00Z'),
      freshDays: 30,
    };
    const may = settingPageModel({
      ...base,
      canUpdate: true,
      canReadHistory: true,
      canManage: true,
      done: 'added',
    });
    expect(may.editPath).toBe('/settings/s_1/edit');
    expect(may.done).toContain('on the register');
    const mayNot = settingPageModel({ ...base, canUpdate: false, canReadHistory: false, done: 'changed' });
    expect(mayNot.editPath).toBeNull();
    expect(mayNot.done).toBe('The setting’s details are saved.');
    const html = renderer.render('staff/setting.njk', { ...common, title: stored.name, page: may });
    expect(html).toContain('href="/settings/s_1/edit"');
  });
});
