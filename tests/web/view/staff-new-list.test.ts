import { describe, expect, it } from 'vitest';
import { listRequestIssues } from '../../../functions/core/lists/request.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import { newListErrors } from '../../../web/view/staff/new-list-errors.js';
import {
  decodeChoice,
  emptyNewList,
  encodeChoice,
  type NewListValues,
  newListAction,
  newListInput,
  otherChoice,
  readNewListForm,
  withChoice,
  withoutChoice,
} from '../../../web/view/staff/new-list-form.js';
import { newListModel } from '../../../web/view/staff/new-list-model.js';

// The officer's "Make a list" form as plain data: its round trips, its errors and its template.

const NOW = new Date('2026-11-22T12:00:00Z');

function formOf(fields: Record<string, string | string[]>) {
  const first: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) first[k] = Array.isArray(v) ? (v[0] ?? '') : v;
  const all = (name: string) => {
    const v = fields[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  return readNewListForm(first, all);
}

const complete = {
  caseReference: 'WS/2026/0042',
  laCode: '938',
  primaryNeed: 'ASD',
  secondaryNeeds: ['SLCN', 'SEMH'],
  age: '9',
  'startDate-day': '5',
  'startDate-month': '1',
  'startDate-year': '2027',
  homePostcode: 'RH12 2NR',
  maxTravelKm: '20',
  choice: [
    's:set-1',
    `o:${JSON.stringify({ name: 'Hillside School', town: 'Guildford', postcode: null, website: null })}`,
  ],
};

describe('the "Make a list" form', () => {
  it('reads every field into the generateTailoredList input, the family’s choices in order', () => {
    const built = newListInput(formOf(complete), NOW);
    expect(built.issues).toEqual([]);
    expect(built.input).toEqual({
      caseReference: 'WS/2026/0042',
      laCode: '938',
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN', 'SEMH'],
      age: 9,
      startDate: '2027-01-05',
      homePostcode: 'RH12 2NR',
      maxTravelKm: 20,
      preferAvailablePlaces: false,
      familyChoices: [
        { settingId: 'set-1' },
        { offRegister: { name: 'Hillside School', town: 'Guildford', postcode: null, website: null } },
      ],
    });
  });

  it('sends a year group instead of an age, and the provision preference, boarding and capacity choice', () => {
    const built = newListInput(
      formOf({
        ...complete,
        age: '',
        ncYear: '0',
        provisionTypes: ['ALTERNATIVE_PROVISION'],
        apTiers: ['TIER_2'],
        provisionRequired: 'yes',
        boarding: 'RESIDENTIAL',
        genderIntake: 'GIRLS',
        preferAvailablePlaces: 'yes',
      }),
      NOW,
    );
    expect(built.input).toMatchObject({
      ncYear: 0,
      provisionPreference: { types: ['ALTERNATIVE_PROVISION'], apTiers: ['TIER_2'], required: true },
      boarding: 'RESIDENTIAL',
      genderIntake: 'GIRLS',
      preferAvailablePlaces: true,
    });
    expect(built.input).not.toHaveProperty('age');
  });

  it('adds the off-register setting still typed in the form when the list is made', () => {
    const built = newListInput(
      formOf({ ...complete, choice: [], otherName: 'Oak Lodge', otherTown: 'Leeds' }),
      NOW,
    );
    expect(built.input?.familyChoices).toEqual([
      { offRegister: { name: 'Oak Lodge', town: 'Leeds', postcode: null, website: null } },
    ]);
  });

  it('refuses a date not in the calendar, a missing date part and numbers that are not, with the core’s refusals beside them', () => {
    // What the officer sees: the form's own issues with the core's, or the core's alone (as the service refuses).
    const errors = (fields: Record<string, string | string[]>) => {
      const values = formOf({ ...complete, ...fields });
      const built = newListInput(values, NOW);
      return newListErrors(built.input ? listRequestIssues(built.input, NOW) : built.issues, values);
    };
    expect(errors({ 'startDate-day': '30', 'startDate-month': '2' })).toEqual([
      { inputId: 'startDate-day', text: 'Start date must be a real date' },
    ]);
    expect(errors({ 'startDate-day': '', 'startDate-month': '', 'startDate-year': '' })).toEqual([
      { inputId: 'startDate-day', text: 'Enter the date the child would start' },
    ]);
    expect(errors({ 'startDate-month': '' })[0]?.text).toBe('Start date must include a day, month and year');
    expect(errors({ age: 'nine', maxTravelKm: 'far' }).map((e) => e.inputId)).toEqual(['age', 'maxTravelKm']);
    expect(errors({ age: '' })).toEqual([
      { inputId: 'age', text: 'Enter the child’s age or choose their year group' },
    ]);
    expect(errors({ ncYear: '4' })).toEqual([
      { inputId: 'age', text: 'Enter the child’s age or choose their year group, not both' },
    ]);
    expect(errors({ otherName: '', otherWebsite: 'not a web address' }).map((e) => e.inputId)).toEqual([
      'otherName',
      'otherWebsite',
    ]);
    // The core's rules (a need, the tiers' kind) are checked by the core even when the form refuses a date.
    expect(errors({ 'startDate-day': '30', 'startDate-month': '2', primaryNeed: '' })).toEqual([
      { inputId: 'primaryNeed', text: 'Choose the child’s main need' },
      { inputId: 'startDate-day', text: 'Start date must be a real date' },
    ]);
    expect(errors({ apTiers: ['TIER_1'] })).toEqual([
      { inputId: 'provisionTypes', text: 'Choose at least one kind of provision' },
      { inputId: 'apTiers', text: 'To choose tiers, also tick alternative provision as a kind of provision' },
    ]);
    expect(errors({ provisionRequired: 'yes' })).toEqual([
      {
        inputId: 'provisionTypes',
        text: 'Choose at least one kind of provision, or untick “Only these kinds”',
      },
    ]);
    expect(errors({ homePostcode: ' ' })).toEqual([
      { inputId: 'homePostcode', text: 'Enter the family’s postcode or postcode district' },
    ]);
  });

  it('puts the service’s field issues next to the right inputs, in plain words and the page’s order', () => {
    const values = formOf(complete);
    const errors = newListErrors(
      [
        {
          field: 'input.homePostcode',
          code: 'UNKNOWN_POSTCODE_DISTRICT',
          params: { district: 'ZZ9' },
          message: '',
        },
        {
          field: 'input.caseReference',
          code: 'BAD_FORMAT',
          params: { format: 'caseReference' },
          message: '',
        },
        {
          field: 'input.startDate',
          code: 'START_DATE_OUT_OF_RANGE',
          params: { latest: 'three years on' },
          message: '',
        },
        { field: 'input.familyChoices.0.settingId', code: 'NOT_ON_THE_REGISTER', message: '' },
        { field: 'input.familyChoices', code: 'TOO_MANY', params: { max: 10 }, message: '' },
      ],
      values,
    );
    expect(errors).toEqual([
      {
        inputId: 'caseReference',
        text: 'Case reference must use only letters, numbers and / _ . - (up to 40 characters)',
      },
      { inputId: 'startDate-day', text: 'Start date must be within the next three years' },
      { inputId: 'homePostcode', text: 'We do not know postcode district ZZ9. Check the postcode' },
      { inputId: 'choices', text: 'Choice 1 could not be used. Remove it and add it again' },
    ]);
  });

  it('names the off-register inputs for an issue with the setting typed but not yet added', () => {
    const values = formOf({ ...complete, otherName: 'Oak', otherWebsite: 'ftp://x' });
    expect(
      newListErrors(
        [{ field: 'input.familyChoices.2.offRegister.website', code: 'BAD_FORMAT', message: '' }],
        values,
      ),
    ).toEqual([
      {
        inputId: 'otherWebsite',
        text: 'Enter a web address that starts with http:// or https://, or leave it empty',
      },
    ]);
  });

  it('knows each button: make, search, add a found setting, add one off the register, remove one', () => {
    expect(newListAction('make')).toEqual({ kind: 'make' });
    expect(newListAction(undefined)).toEqual({ kind: 'make' });
    expect(newListAction('search')).toEqual({ kind: 'search' });
    expect(newListAction('add:set-9')).toEqual({ kind: 'add', settingId: 'set-9' });
    expect(newListAction('add-other')).toEqual({ kind: 'add-other' });
    expect(newListAction('remove:1')).toEqual({ kind: 'remove', index: 1 });
  });

  it('carries choices through hidden fields unchanged, each register setting once, and drops what it never wrote', () => {
    const other = {
      offRegister: { name: 'Hillside “School”', town: null, postcode: 'GU1 1AA', website: null },
    };
    expect(decodeChoice(encodeChoice(other))).toEqual(other);
    expect(decodeChoice(encodeChoice({ settingId: 'a' }))).toEqual({ settingId: 'a' });
    expect(decodeChoice('o:{not json')).toBeNull();
    expect(decodeChoice('x:1')).toBeNull();
    const values = withChoice(withChoice(formOf({}), { settingId: 'a' }), { settingId: 'a' });
    expect(values.choices).toEqual([{ settingId: 'a' }]);
    expect(withoutChoice(withChoice(values, other), 0).choices).toEqual([other]);
    expect(
      otherChoice({ ...values, other: { name: ' ', town: '', postcode: '', website: '' } }),
    ).toHaveProperty('issues');
  });

  it('chooses the LA for an officer of one, and marks results already chosen', () => {
    expect(emptyNewList(['938']).laCode).toBe('938');
    expect(emptyNewList(['938', '936']).laCode).toBe('');
    const values: NewListValues = withChoice(emptyNewList(['938']), { settingId: 'a' });
    const model = newListModel({
      values,
      laCodes: ['938'],
      results: [
        {
          id: 'a',
          urn: null,
          name: 'Oak',
          kind: 'SPECIAL',
          sector: 'LA_MAINTAINED',
          phase: 'ALL_THROUGH',
          ageRange: { low: 4, high: 19 },
          laCode: '938',
          town: 'Horsham',
          postcode: null,
        },
      ],
      settings: new Map([['a', { name: 'Oak', where: 'Horsham' }]]),
    });
    expect(model.results?.[0]).toMatchObject({
      alreadyChosen: true,
      kind: 'Special school',
      where: 'Horsham',
      la: 'LA 938',
    });
    expect(model.resultsWords).toBe('1 setting found for “”');
    expect(model.choices[0]).toMatchObject({ name: 'Oak', where: 'Horsham', onRegister: true });
    expect(model.needs.map((n) => n.text)).toContain('Autistic spectrum disorder (ASD)');
    expect(model.years[0]?.text).toBe('Reception');
  });

  it('names the council of each result, and says when the results are only the first few', () => {
    const oak = {
      id: 'a',
      urn: null,
      name: 'Oak',
      kind: 'SPECIAL' as const,
      sector: 'LA_MAINTAINED' as const,
      phase: 'ALL_THROUGH' as const,
      ageRange: { low: 4, high: 19 },
      laCode: '938',
      town: 'Horsham',
      postcode: null,
    };
    const model = newListModel({
      values: { ...emptyNewList(['938']), q: 'oak' },
      laCodes: ['938'],
      results: [oak, { ...oak, id: 'b' }],
      resultsCapped: true,
      laName: (code) => (code === '938' ? 'West Sussex' : null),
    });
    expect(model.results?.[0]?.la).toBe('West Sussex (938)');
    expect(model.resultsWords).toBe('Showing the first 2 settings found for “oak” — add a word to narrow it');
  });
});

describe('the templates', () => {
  const paths = webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const common = { csrfToken: 'tok', signedInAs: 'Officer', isOfficer: true, laCodes: ['938'], assets: '/a' };

  it('render the form with its errors kept beside their inputs, and the token in the form', () => {
    const values = formOf({ ...complete, 'startDate-day': '31', 'startDate-month': '2' });
    const built = newListInput(values, NOW);
    const errors = newListErrors(built.input ? listRequestIssues(built.input, NOW) : built.issues, values);
    const html = renderer.render('staff/new-list.njk', {
      ...common,
      title: 'Error: Make a list',
      form: newListModel({ values, laCodes: ['938'], errors }),
    });
    expect(html).toContain('name="csrfToken" value="tok"');
    expect(html).toContain('href="#startDate-day"');
    expect(html).toContain('id="startDate-error"');
    expect(html).toContain('value="WS/2026/0042"');
    expect(html).toContain('name="choice" value="s:set-1"');
  });
});
