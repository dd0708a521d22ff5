import { describe, expect, it } from 'vitest';
import { familyLinkStatus, linksValidUntilOf } from '../../../functions/core/journey/link-life.js';
import { legalRouteOf } from '../../../functions/core/lists/legal-route.js';
import type { FamilyChoice, ListEntry, TailoredList } from '../../../functions/core/lists/model.js';
import { rightsStatement } from '../../../functions/core/rights-statement.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import { listEntryModel } from '../../../web/view/family-page.js';
import { casePath, listPageModel, withdrawnWords } from '../../../web/view/staff/list-page.js';

// A list as an officer reads it, and its template.

const NOW = new Date('2026-11-22T12:00:00Z');

const statement = rightsStatement();
const noDecision = { linksValidUntil: null, appealBy: null };
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
    ].map((l) => familyLinkStatus(l, noDecision, NOW)),
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

  it('render the list with the statement, the link shown once, and both link forms', () => {
    const list = aList();
    const html = renderer.render('staff/list.njk', {
      ...common,
      title: 'List',
      page: listPageModel({
        list,
        versions: [list],
        links: [
          familyLinkStatus(
            {
              tokenHash: 'h',
              createdAt: '2026-11-22T11:00:00Z',
              expiresAt: '2027-02-20T11:00:00Z',
              revokedAt: null,
            },
            noDecision,
            NOW,
          ),
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

  it("show each link's effective expiry beside the appeal date once a decision keeps links open", () => {
    const list = aList();
    const decided = { linksValidUntil: linksValidUntilOf('2027-03-10'), appealBy: '2027-03-10' };
    const after = new Date('2027-03-20T12:00:00Z');
    const page = listPageModel({
      list,
      versions: [list],
      links: [
        // Made with the list for 90 days: its own expiry is before the appeal date.
        {
          tokenHash: 'a',
          createdAt: '2026-12-04T11:00:00Z',
          expiresAt: '2027-03-04T11:00:00Z',
          revokedAt: null,
        },
        // Made later for a year: it lasts longer than the decision keeps links open.
        {
          tokenHash: 'b',
          createdAt: '2027-03-01T11:00:00Z',
          expiresAt: '2028-02-29T11:00:00Z',
          revokedAt: null,
        },
        // Withdrawn before the decision: it stays withdrawn.
        {
          tokenHash: 'c',
          createdAt: '2026-12-04T11:00:00Z',
          expiresAt: '2027-03-04T11:00:00Z',
          revokedAt: '2027-01-05T11:00:00Z',
        },
      ].map((l) => familyLinkStatus(l, decided, after)),
      now: after,
      origin: 'https://openplace.example',
    });
    expect(page.links).toEqual([
      {
        createdOn: '4 December 2026',
        expiresOn: '10 April 2027: a month after the appeal date, 10 March 2027',
        status: 'Works',
      },
      {
        createdOn: '1 March 2027',
        expiresOn: '29 February 2028 (the appeal date is 10 March 2027)',
        status: 'Works',
      },
      expect.objectContaining({ status: 'Withdrawn on 5 January 2027' }),
    ]);
    expect(page.activeLinks).toBe(2);
    const html = renderer.render('staff/list.njk', { ...common, title: 'List', page });
    expect(html).toContain('10 April 2027: a month after the appeal date, 10 March 2027');
  });
});
