import { describe, expect, it } from 'vitest';
import { legalRouteOf } from '../../../functions/core/lists/legal-route.js';
import type { FamilyChoice, ListEntry, TailoredList } from '../../../functions/core/lists/model.js';
import { rightsStatement } from '../../../functions/core/rights-statement.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import { listEntryModel } from '../../../web/view/family-page.js';
import {
  casePath,
  decodeChoice,
  emptyNewList,
  encodeChoice,
  listPageModel,
  type NewListValues,
  newListAction,
  newListErrors,
  newListInput,
  newListModel,
  otherChoice,
  readNewListForm,
  withChoice,
  withdrawnWords,
  withoutChoice,
} from '../../../web/view/staff/lists.js';

// The officer's list pages as plain data: the form's round trips, its errors, and a list as read.

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
    const built = newListInput(formOf(complete));
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
    );
    expect(built.input?.familyChoices).toEqual([
      { offRegister: { name: 'Oak Lodge', town: 'Leeds', postcode: null, website: null } },
    ]);
  });

  it('refuses, before the service, a date not in the calendar, a missing date part, and numbers that are not', () => {
    const errors = (fields: Record<string, string | string[]>) => {
      const values = formOf({ ...complete, ...fields });
      return newListErrors(newListInput(values).issues, values);
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
    });
    expect(model.choices[0]).toMatchObject({ name: 'Oak', where: 'Horsham', onRegister: true });
    expect(model.needs.map((n) => n.text)).toContain('Autistic spectrum disorder (ASD)');
    expect(model.years[0]?.text).toBe('Reception');
  });
});

const statement = rightsStatement();
const setting = {
  id: 'set-1',
  urn: '123456',
  name: 'Brook Special School',
  kind: 'SPECIAL' as const,
  sector: 'LA_MAINTAINED' as const,
  section41Approved: false,
  ageRange: { low: 4, high: 19 },
  laCode: '938',
  laName: 'West Sussex',
  town: 'Horsham',
  postcode: 'RH12 1AA',
  location: { lat: 51.06, lon: -0.32 },
};
const entry: ListEntry = {
  rank: 1,
  familyChoice: true,
  setting,
  provision: {
    id: 'p1',
    kind: 'MAIN_ROLL',
    name: 'Main roll',
    designation: ['ASD'],
    apTiers: [],
    placementType: 'SPECIAL_SCHOOL',
  },
  rangeKind: 'STATE_SPECIAL',
  legalRoute: legalRouteOf(setting),
  distanceKm: 1.84,
  capacity: {
    status: 'FULL',
    places: 10,
    onRoll: 10,
    vacancies: 0,
    vacanciesInYear: null,
    pendingConsultations: 0,
    lastConfirmedAt: '2026-11-20T10:00:00.000Z',
    source: 'SETTING',
  },
  reasons: [
    { code: 'FAMILY_CHOICE', text: 'The family asked for it', points: 0 },
    {
      code: 'PRIMARY_NEED',
      text: 'Designated for autistic spectrum disorder (ASD), the main need',
      points: 40,
    },
  ],
  cautions: [{ code: 'FULL', text: 'Full when last confirmed. This does not by itself decide the matter.' }],
  score: 40,
};
const choice: FamilyChoice = {
  id: 'fc_1',
  rank: 1,
  addedBy: 'OFFICER',
  addedAt: '2026-11-22T10:00:00.000Z',
  onRegister: true,
  settingId: 'set-1',
  name: 'Brook Special School',
  town: 'Horsham',
  postcode: null,
  laCode: '938',
  website: null,
  urn: null,
  legalRoute: legalRouteOf(setting),
  note: null,
  removedAt: null,
  removedBy: null,
  removedReason: null,
};

function aList(overrides: Partial<TailoredList> = {}): TailoredList {
  return {
    id: 'l2_k1_abc_2',
    caseReference: 'WS/2026/0042',
    laCode: '938',
    version: 2,
    request: {
      caseReference: 'WS/2026/0042',
      laCode: '938',
      startDate: '2027-01-05',
      age: 9,
      ncYear: 4,
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN'],
      provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: [], required: false },
      home: { lat: 51.06, lon: -0.3, approximate: true, postcodeDistrict: 'RH12' },
      maxTravelKm: 15,
      travelDistanceDefaulted: true,
      genderIntake: null,
      boarding: null,
      religiousCharacter: null,
      familyNamedSettingIds: ['set-1'],
      maxEntries: 10,
      preferAvailablePlaces: false,
    },
    statement,
    generatedAt: '2026-11-22T11:00:00.000Z',
    generatedBy: 'officer-1',
    matchingVersion: '2.0.0',
    weights: {} as TailoredList['weights'],
    capacityFreshDays: 30,
    officerNotes: 'Reviewed at panel',
    search: { radiusKm: 15, mainstreamRadiusKm: 3, specialistReachKm: 50 },
    entries: [entry],
    consideredNotListed: [
      { reason: 'BEYOND_TRAVEL_DISTANCE', count: 4 },
      { reason: 'CLOSED', count: 0 },
    ],
    consideredCount: 12,
    notListedSettings: [
      {
        settingId: 's9',
        name: 'Far School',
        kind: 'SPECIAL',
        sector: 'LA_MAINTAINED',
        laCode: '936',
        town: 'Guildford',
        rangeKind: 'STATE_SPECIAL',
        distanceKm: 31.2,
        reason: 'BEYOND_TRAVEL_DISTANCE',
        specialist: true,
      },
    ],
    rangeNote: 'The list shows the range of settings that fit.',
    familyChoices: [choice],
    removedFamilyChoices: [],
    ...overrides,
  };
}

describe('a list as an officer reads it', () => {
  const list = aList();
  const first = aList({ id: 'l2_k1_abc_1', version: 1 });
  const model = listPageModel({
    list,
    versions: [list, first],
    links: [
      {
        tokenHash: 'h1',
        createdAt: '2026-11-22T11:00:00Z',
        expiresAt: '2027-02-20T11:00:00Z',
        revokedAt: null,
      },
      {
        tokenHash: 'h2',
        createdAt: '2026-11-01T11:00:00Z',
        expiresAt: '2027-02-01T11:00:00Z',
        revokedAt: '2026-11-02T11:00:00Z',
      },
    ],
    now: NOW,
    origin: 'https://openplace.example/',
    newLink: { token: 'l2_k1_abc_2.secret', expiresAt: '2027-02-20T11:00:00Z' },
    justMade: true,
  });

  it('gives each entry the family’s words plus its points and score, and the law it rests on', () => {
    expect(model.entries[0]).toMatchObject({
      ...listEntryModel(entry, 0, NOW),
      reasons: [
        { text: 'The family asked for it', points: 0 },
        { text: 'Designated for autistic spectrum disorder (ASD), the main need', points: 40 },
      ],
      score: 40,
      capacityText: 'Full: you can still ask for it',
      legalBasis: entry.legalRoute.basis,
    });
  });

  it('carries the same statement the family reads, and what was asked in words', () => {
    expect(model.statement.title).toBe(statement.title);
    expect(model.statement.summary).toEqual(statement.summary);
    expect(model.request).toMatchObject({
      primaryNeed: 'Autistic spectrum disorder (ASD)',
      secondaryNeeds: ['Speech, language and communication needs (SLCN)'],
      age: '9 (Year 4)',
      startDate: '5 January 2027',
      home: 'Postcode district RH12 (distances from its centre)',
      travel: '15 km (the usual distance for this age)',
      provision: 'A special school (preferred, not required)',
    });
    expect(model.capacityNote).toMatch(/did not change the order/);
  });

  it('shows the record, versions with links, link states, and the new link once, at the public address', () => {
    expect(model.record.counts).toEqual([{ reason: 'Further than the travel distance', count: 4 }]);
    expect(model.record.notListed?.[0]).toMatchObject({ name: 'Far School', specialist: true });
    expect(model.versions).toEqual([
      expect.objectContaining({ version: 2, current: true }),
      expect.objectContaining({ version: 1, current: false, path: '/lists/l2_k1_abc_1' }),
    ]);
    expect(model.newerVersionAvailable).toBe(false);
    expect(model.links.map((l) => l.status)).toEqual(['Works', 'Withdrawn on 2 November 2026']);
    expect(model.activeLinks).toBe(1);
    expect(model.newLink?.url).toBe('https://openplace.example/f/l2_k1_abc_2.secret');
    expect(model.casePath).toBe(casePath('938', 'WS/2026/0042'));
    expect(model.casePath).toBe('/case?la=938&ref=WS%2F2026%2F0042');
  });

  it('points an earlier version to the newest, and says what withdrawing did', () => {
    const older = listPageModel({ list: first, versions: [list, first], links: [], now: NOW, origin: '' });
    expect(older.newerVersionAvailable).toBe(true);
    expect(older.latestVersion).toBe(2);
    expect(older.newLink).toBeNull();
    expect(withdrawnWords(0)).toMatch(/nothing was withdrawn/);
    expect(withdrawnWords(2)).toBe('Withdrew 2 family links. They no longer open this list.');
  });
});

describe('the templates', () => {
  const paths = webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const common = { csrfToken: 'tok', signedInAs: 'Officer', isOfficer: true, laCodes: ['938'], assets: '/a' };

  it('render the form with its errors kept beside their inputs, and the token in the form', () => {
    const values = formOf({ ...complete, 'startDate-day': '31', 'startDate-month': '2' });
    const errors = newListErrors(newListInput(values).issues, values);
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

  it('render the list with the statement, the link shown once, and both link forms', () => {
    const list = aList();
    const html = renderer.render('staff/list.njk', {
      ...common,
      title: 'List',
      page: listPageModel({
        list,
        versions: [list],
        links: [
          {
            tokenHash: 'h',
            createdAt: '2026-11-22T11:00:00Z',
            expiresAt: '2027-02-20T11:00:00Z',
            revokedAt: null,
          },
        ],
        now: NOW,
        origin: 'https://openplace.example',
        newLink: { token: 'tok.en', expiresAt: '2027-02-20T11:00:00Z' },
        justMade: true,
      }),
    });
    expect(html).toContain(statement.title);
    expect(html).toContain('List made. Copy the family’s link now: it is shown only once');
    expect(html).toContain('value="https://openplace.example/f/tok.en"');
    expect(html).toContain('action="/lists/l2_k1_abc_2/link"');
    expect(html).toContain('action="/lists/l2_k1_abc_2/withdraw-links"');
    expect(html).toContain('/op-list-copy.js');
  });
});
