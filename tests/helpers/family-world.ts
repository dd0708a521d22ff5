import type { DecisionView } from '../../functions/core/journey/decision.js';
import { type FamilyJourneyView, familyDecisionView } from '../../functions/core/journey/view.js';
import { distanceNote, toFamilyView } from '../../functions/core/lists/family-view.js';
import { matchSettings } from '../../functions/core/lists/matching.js';
import type { ListEntry, ListRequest, TailoredList } from '../../functions/core/lists/model.js';
import type { Setting } from '../../functions/core/model.js';
import { rightsStatement } from '../../functions/core/rights-statement.js';
import { webPaths } from '../../web/paths.js';
import { createRenderer } from '../../web/render.js';
import { familyPageModel, statementModel } from '../../web/view/family-page.js';
import { FAMILY_SUB_PAGES } from '../../web/view/routes.js';
import { aConsultation } from '../core/journey/fixtures.js';
import { choicesOf } from './choices.js';
import { type TextBlock, textBlocksOf } from './family-texts.js';
import { aListRequest } from './list-requests.js';
import { aSetting, withCapacity } from './settings.js';

// A world built to reach every reason and caution the matcher writes, and the family's pages
// rendered from it through the pages' own model and templates: what a family actually reads.

const home = { lat: 51.06, lon: -0.33 };
const now = new Date('2027-03-20T12:00:00Z');
const KM_PER_LON = 111.195 * Math.cos((home.lat * Math.PI) / 180);
const at = (km: number) => ({ lat: home.lat, lon: home.lon + km / KM_PER_LON });

/** Names of councils and settings in this world: scored as one word each, as names are. */
export const WORLD_NAMES = [
  'Oak Tree Primary',
  'Elm Special',
  'Far Hill Special',
  'Brook Academy',
  'Rowan Independent',
  'Willow Base',
  'Ash Centre',
  'Hazel Primary',
  'Closed Lane School',
  'Old Mill School',
  'Senior Hill',
  'Distant Primary',
  'Girls Grammar',
  'Boarding House School',
  'Outreach Hub',
  'Full House Special',
  'West Sussex',
  'Surrey',
];

function special(name: string, km: number, overrides: Record<string, unknown> = {}): Setting {
  return aSetting({
    name,
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: at(km),
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD', 'SLCN'] }],
    ...overrides,
  });
}

const request: ListRequest = aListRequest(home, {
  age: 9,
  primaryNeed: 'ASD',
  secondaryNeeds: ['SLCN'],
  maxTravelKm: 15,
  genderIntake: 'BOYS',
  boarding: 'DAY',
  religiousCharacter: 'Church of England',
  provisionPreference: {
    types: ['SPECIAL_SCHOOL', 'MAINSTREAM', 'RESOURCED_PROVISION_OR_UNIT', 'ALTERNATIVE_PROVISION'],
    apTiers: ['TIER_2'],
    required: false,
  },
});

function world() {
  const candidates = [
    withCapacity(
      aSetting({
        name: 'Oak Tree Primary',
        location: at(1),
        religiousCharacter: 'Church of England',
        provisions: null,
      }),
      { vacancies: 3 },
    ),
    aSetting({ name: 'Willow Base', location: at(2) }),
    special('Elm Special', 3, { laCode: '936' }),
    special('Far Hill Special', 70),
    special('Rowan Independent', 6, {
      kind: 'INDEPENDENT_SPECIAL',
      sector: 'INDEPENDENT',
      section41Approved: true,
    }),
    special('Brook Academy', 5, {
      sector: 'ACADEMY',
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }],
    }),
    aSetting({
      name: 'Ash Centre',
      kind: 'ALTERNATIVE_PROVISION',
      phase: 'NOT_APPLICABLE',
      ageRange: { low: 5, high: 16 },
      location: at(4),
      provisions: [{ kind: 'AP_PROGRAMME', name: 'Short placements', designation: [], apTiers: ['TIER_2'] }],
    }),
  ];
  const choices = [
    special('Closed Lane School', 2, { status: 'CLOSED' }),
    special('Old Mill School', 2, { status: 'PROPOSED_TO_CLOSE' }),
    special('Senior Hill', 2, { ageRange: { low: 11, high: 16 } }),
    special('Distant Primary', 40),
    special('Hazel Primary', 2, {
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['VI'] }],
    }),
    special('Girls Grammar', 2, { genderIntake: 'GIRLS' }),
    special('Boarding House School', 2, { boarding: 'RESIDENTIAL' }),
    aSetting({
      name: 'Outreach Hub',
      kind: 'ALTERNATIVE_PROVISION',
      phase: 'NOT_APPLICABLE',
      ageRange: { low: 5, high: 16 },
      location: at(3),
      provisions: [{ kind: 'AP_PROGRAMME', name: 'Outreach', designation: [], apTiers: ['TIER_1'] }],
    }),
    withCapacity(special('Full House Special', 2), {
      vacancies: 0,
      onRoll: 10,
      places: 10,
      updatedAt: '2027-03-19T09:00:00.000Z',
    }),
  ];
  return { candidates, choices };
}

let memo: ReturnType<typeof build> | null = null;

function build() {
  const { candidates, choices } = world();
  const result = matchSettings({
    request,
    candidates,
    choices: choicesOf(choices),
    now,
    capacityFreshDays: 30,
    laNames: new Map([
      ['938', 'West Sussex'],
      ['936', 'Surrey'],
    ]),
  });
  // A second child, whose main need only a far school serves, in a town of primaries, on a short
  // list: this reaches the nearest-specialist, reach and range reasons.
  const town = Array.from({ length: 12 }, (_, i) =>
    aSetting({ name: `Hazel Primary ${i}`, location: at(0.2 + i * 0.2), provisions: null }),
  );
  const reach = matchSettings({
    request: aListRequest(home, { primaryNeed: 'HI', age: 9, maxTravelKm: 15, maxEntries: 6 }),
    candidates: [
      ...town,
      special('Far Hill Special', 70, {
        provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['HI'] }],
      }),
      special('Brook Academy', 14, {
        sector: 'NON_MAINTAINED',
        provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }],
      }),
    ],
    choices: [],
    now,
    capacityFreshDays: 30,
  });
  const entries: ListEntry[] = [...result.entries, ...reach.entries];
  return {
    entries,
    familyChoices: choicesOf(choices).map((c) => c.choice),
    reasonCodes: new Set(entries.flatMap((e) => e.reasons.map((r) => r.code))),
    cautionCodes: new Set(entries.flatMap((e) => e.cautions.map((c) => c.code))),
    result,
  };
}

/** The world's list entries, and the reason and caution codes they reach. */
export function worldEntries() {
  memo ??= build();
  return memo;
}

/** The family's pages' templates, under web/views/family/ (base.njk is each one's frame). */
export const FAMILY_TEMPLATES: readonly string[] = ['overview', ...FAMILY_SUB_PAGES];

/** Every block of text the family's pages show in one state ("before a decision" or "after a decision"). */
export function familyPagesIn(state: 'before a decision' | 'after a decision'): string[] {
  return familyPages()
    .rendered.filter((p) => p.name.startsWith('family/') && p.name.endsWith(`, ${state}`))
    .flatMap((p) => p.blocks.map((b) => b.text));
}

/** What the family's pages show, rendered, with the templates each used. */
export function familyPages(): {
  rendered: { name: string; templates: string[]; blocks: TextBlock[] }[];
  distanceNotes: string[];
} {
  const { entries, familyChoices, result } = worldEntries();
  const statement = rightsStatement(null);
  const list = {
    ...result,
    id: 'list-1',
    version: 1,
    request,
    statement,
    generatedAt: '2027-03-02T09:00:00.000Z',
    generatedBy: 'officer-1',
    familyChoices,
    removedFamilyChoices: [],
    notListedSettings: result.notListedSettings,
    rangeNote: result.rangeNote,
  } as unknown as TailoredList;
  const link = { tokenHash: 'h', expiresAt: '2027-06-01T00:00:00.000Z', revokedAt: null } as never;
  const base = toFamilyView(list, link);
  const consultation = {
    ...aConsultation({ at: '2027-03-05T10:00:00.000Z' }),
    overdue: false,
    showCaseReference: false,
  };
  // Built by hand: the journey's view is assembled by the service, beyond the pure core.
  const open = {
    ...base,
    entries,
    version: 1,
    latestVersion: 2,
    newerVersionAvailable: true,
    consultations: [consultation],
    consultationNote: 'The council asks each school or college whether it can meet your child’s needs.',
    decision: null,
    requestWindowEndsOn: '2027-03-15',
    draftPlan: {
      kind: 'DRAFT_PLAN',
      sentOn: '2027-03-01',
      requestWindowEndsOn: '2027-03-15',
      requestWindowGivenByCouncil: true,
    },
    choicesClosed: false,
    currentStatement: statement,
    phaseTransfer: { transfer: 'SCHOOL_PHASE', year: 2027 },
  } as unknown as FamilyJourneyView;
  const decided = {
    ...open,
    decision: familyDecisionView(
      {
        id: 'd1',
        decidedOn: '2027-04-20',
        recordedAt: '2027-04-20T10:00:00.000Z',
        recordedBy: 'officer-1',
        named: {
          kind: 'REGISTER_SETTING',
          settingId: 's',
          provisionId: null,
          name: 'Oak Tree Primary',
          // An entry of the list, so the page can say the school must admit the child (s.43).
          ...(entries[0] ? { settingId: entries[0].setting.id, name: entries[0].setting.name } : {}),
          laCode: '938',
          urn: null,
          typeOfSetting: null,
        },
        onList: true,
        familyChoiceId: null,
        familyChoiceRank: 2,
        refusals: [
          {
            choiceId: 'c1',
            name: 'Elm Special',
            rank: 1,
            grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
            explanation: null,
            groundsNeeded: true,
          },
          // Kept from a decision recorded before grounds were asked only where s.39 needs them.
          {
            choiceId: 'c3',
            name: 'Ash Academy',
            rank: 3,
            grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
            explanation: null,
            groundsNeeded: false,
          },
        ],
        appealBy: '2027-06-20',
        supersedes: null,
        correctionReason: null,
        superseded: false,
      } as unknown as DecisionView,
      [],
      entries,
    ),
    choicesClosed: true,
    // The decision closed the consultation still waiting.
    consultations: [
      { ...consultation, open: false, decisionRecorded: true, closedByDecisionOn: '2027-04-20' },
    ],
    draftPlan: { ...open.draftPlan, kind: 'PROPOSED_AMENDMENTS', requestWindowGivenByCouncil: false },
    // Made with an earlier statement: the page shows today's, and the earlier one beside it.
    statement: { ...statement, version: '2026-11.1' },
  } as unknown as FamilyJourneyView;
  const paths = webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const common = { assets: '/assets', title: 'Your child’s list' };
  const search = { query: 'oak', results: [] };
  const page = (template: string, view: FamilyJourneyView, extra = {}) =>
    renderer.render(`family/${template}.njk`, {
      ...common,
      page: familyPageModel({ view, now, path: '/f/t', ...extra }),
    });
  const model = statementModel(statement);
  // Each of the family's pages, before and after the decision; the remove page asks about a choice.
  const removing = familyChoices[0]?.id ?? null;
  const familyRendered = FAMILY_TEMPLATES.flatMap((template) => [
    {
      name: `family/${template}.njk, before a decision`,
      html: page(template, open, { search, removing, mapSvg: '<svg></svg>' }),
      templates: [`family/${template}.njk`, 'statement.njk', 'layout.njk'],
    },
    {
      name: `family/${template}.njk, after a decision`,
      html: page(template, decided, { removing }),
      templates: [`family/${template}.njk`],
    },
  ]);
  const rendered = [
    ...familyRendered,
    {
      name: 'rights.njk',
      html: renderer.render('rights.njk', {
        ...common,
        caption: 'Your rights in West Sussex',
        statement: model,
      }),
      templates: ['rights.njk'],
    },
    {
      name: 'rights.njk, unknown council',
      html: renderer.render('rights.njk', {
        ...common,
        notFound: 'We do not know that council. Check the address, or read your rights below.',
        statement: model,
      }),
      templates: [],
    },
    {
      name: 'link-not-found.njk',
      html: renderer.render('link-not-found.njk', { ...common, statement: model }),
      templates: ['link-not-found.njk'],
    },
    {
      name: 'error.njk',
      html: renderer.render('error.njk', {
        ...common,
        heading: 'Page not found',
        paragraphs: ['If you typed the web address, check it is correct.'],
      }),
      templates: ['error.njk'],
    },
    { name: 'home.njk', html: renderer.render('home.njk', common), templates: ['home.njk'] },
  ].map(({ name, html, templates }) => ({ name, templates, blocks: textBlocksOf(html) }));
  return {
    rendered,
    distanceNotes: [
      distanceNote(request),
      distanceNote({ ...request, home: { ...request.home, postcodeDistrict: 'RH12' } }),
    ],
  };
}
