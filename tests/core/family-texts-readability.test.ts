import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from '../../functions/core/errors.js';
import { ESTABLISHMENT_TYPES } from '../../functions/core/gias/establishment-types.js';
import { REFUSAL_GROUNDS } from '../../functions/core/journey/model.js';
import * as journeyTexts from '../../functions/core/journey/texts.js';
import * as familyView from '../../functions/core/lists/family-view.js';
import * as legalRoute from '../../functions/core/lists/legal-route.js';
import { RANGE_KINDS } from '../../functions/core/lists/model.js';
import * as range from '../../functions/core/lists/range.js';
import { NEEDS } from '../../functions/core/needs.js';
import type { RefusalCode } from '../../functions/core/refusal-codes.js';
import * as statement from '../../functions/core/rights-statement.js';
import * as words from '../../functions/core/words.js';
import * as familyNow from '../../web/view/family-now.js';
import * as familyPage from '../../web/view/family-page.js';
import * as format from '../../web/view/format.js';
import * as forms from '../../web/view/forms.js';
import * as pageProblems from '../../web/view/page-problems.js';
import { familyPages, WORLD_NAMES, worldEntries } from '../helpers/family-world.js';
import { type FamilyTextKind, familyGrade, familyTextProblems, needNames } from '../helpers/readability.js';
import { aConsultation } from './journey/fixtures.js';

// Every family-facing text, held to one rule (tests/helpers/readability.ts): only names count as
// one word; paragraphs of 20+ words at most grade 7.5; sentences at most 25 words; headings and
// hints at most 12 words. The second half fails when a text source appears that this file does
// not cover, so a new family text cannot skip the check.

const NAMES = [...needNames(NEEDS), ...WORLD_NAMES];

interface Source {
  kind: FamilyTextKind;
  texts: readonly string[];
}

const core = statement.rightsStatement();
const routes = [
  ...Object.entries(ESTABLISHMENT_TYPES).flatMap(([code, rule]) =>
    'skip' in rule
      ? []
      : [legalRoute.legalRouteOf({ ...rule, establishmentType: Number(code), section41Approved: false })],
  ),
  legalRoute.legalRouteOf({ kind: 'SPECIAL', sector: 'INDEPENDENT', section41Approved: true }),
  legalRoute.legalRouteOf({ kind: 'EARLY_YEARS', sector: 'INDEPENDENT', section41Approved: false }),
  legalRoute.legalRouteOf({ kind: 'FURTHER_EDUCATION', sector: 'INDEPENDENT', section41Approved: false }),
  legalRoute.legalRouteOf({ kind: 'EARLY_YEARS', sector: 'LA_MAINTAINED', section41Approved: false }),
  legalRoute.OFF_REGISTER_ROUTE,
];
const sent = aConsultation({ at: '2027-03-01T10:00:00.000Z' });
const { entries, cautionCodes, reasonCodes } = worldEntries();

const STAFF = 'the staff pages’ words (officers and settings), never shown to a family';

/** The codes the family's forms can be refused with (web/pages/family.ts, the journey service). */
const FAMILY_FORM_CODES: readonly RefusalCode[] = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_MANY',
  'NOT_CLEAN_TEXT',
  'BAD_FORMAT',
  'NO_WORD_TO_SEARCH',
  'NOT_AN_ID',
  'GIVEN_TWICE',
  'NOTHING_TO_CHANGE',
  'NOT_ON_THE_REGISTER',
  'NOT_A_CURRENT_CHOICE',
  'TOO_MANY_CHOICES',
];
/** Every message the family's forms can show: each form's inputs, refused with each of those codes. */
const familyFormTexts = forms.FORMS.flatMap((form) =>
  (form === 'add-other' ? forms.OTHER_FIELDS.map((f) => `input.add.0.offRegister.${f}`) : ['input']).flatMap(
    (field) =>
      FAMILY_FORM_CODES.map(
        (code) => forms.formError(form, { field, code, params: { max: 10, min: 1 }, message: '' }).text,
      ),
  ),
);

/** Each module that writes family words, by export: its texts, or why it has none for families. */
const COVERED: Record<string, Record<string, Source | string>> = {
  'functions/core/rights-statement.ts': {
    RIGHTS_STATEMENT_TITLE: { kind: 'heading', texts: [core.title] },
    RIGHTS_STATEMENT_SUMMARY: { kind: 'paragraph', texts: core.summary },
    RIGHTS_STATEMENT_PARAGRAPHS: { kind: 'paragraph', texts: core.paragraphs },
    FIND_YOUR_SENDIASS: { kind: 'paragraph', texts: [statement.FIND_YOUR_SENDIASS] },
    RIGHTS_PROMISE: { kind: 'paragraph', texts: [statement.RIGHTS_PROMISE] },
    CORE_RIGHTS_TEXT: 'the title, summary and paragraphs joined: each is checked above',
    rightsStatement: 'assembles the texts above with the LA’s own additions',
    RIGHTS_STATEMENT_REFERENCES: 'citations of the law (Act, section and its title), not prose',
    RIGHTS_STATEMENT_VERSION: 'a version code',
    RIGHTS_STATEMENT_EFFECTIVE_FROM: 'a date',
    UnknownStatementVersionError: 'an error class, never shown',
    completeStoredStatement: 'reads stored statements',
    effectiveFromOfVersion: 'a date',
  },
  'functions/core/journey/texts.ts': {
    CONSULTATION_NOTE: { kind: 'paragraph', texts: [journeyTexts.CONSULTATION_NOTE] },
    familyStatusText: {
      kind: 'paragraph',
      texts: [
        ...[false, true].map((overdue) => journeyTexts.familyStatusText(sent, overdue)),
        journeyTexts.familyStatusText({ ...sent, decisionRecorded: true }, false, '2027-04-20'),
        journeyTexts.familyStatusText(
          { ...sent, status: 'ANSWERED', decisionRecorded: true },
          false,
          '2027-04-20',
        ),
      ],
    },
    requestWindowText: {
      kind: 'paragraph',
      texts: (['DRAFT_PLAN', 'PROPOSED_AMENDMENTS'] as const).flatMap((kind) =>
        [true, false].flatMap((requestWindowGivenByCouncil) =>
          [null, '2027-04-20'].map((decidedOn) =>
            journeyTexts.requestWindowText(
              { kind, sentOn: '2027-03-01', requestWindowEndsOn: '2027-03-15', requestWindowGivenByCouncil },
              decidedOn,
            ),
          ),
        ),
      ),
    },
    GROUND_TEXT: { kind: 'paragraph', texts: REFUSAL_GROUNDS.map((g) => journeyTexts.GROUND_TEXT[g]) },
    appealText: { kind: 'paragraph', texts: [journeyTexts.appealText('2027-06-20')] },
    admissionText: {
      kind: 'paragraph',
      texts: [
        journeyTexts.admissionText(
          'Oak Tree Primary',
          legalRoute.legalRouteOf({ kind: 'MAINSTREAM', sector: 'LA_MAINTAINED', section41Approved: false }),
        ) ?? '',
      ],
    },
    phaseTransferText: {
      kind: 'paragraph',
      texts: (['SCHOOL_PHASE', 'SECONDARY_TO_POST_16'] as const).map((t) =>
        journeyTexts.phaseTransferText(t, 2027),
      ),
    },
    DELIVERY_NOTE: 'shown to the consulted setting, not the family',
    ANSWER_NOTE: 'shown to the consulted setting, not the family',
  },
  'functions/core/lists/range.ts': {
    rangeNote: {
      kind: 'paragraph',
      texts: [
        range.rangeNote([]),
        range.rangeNote(['MAINSTREAM', 'STATE_SPECIAL']),
        range.rangeNote([...RANGE_KINDS]),
      ],
    },
    RANGE_KIND_TEXT: 'phrases inside the range note and the RANGE reason, checked there',
    rangeKindOf: 'a classifier',
    isSpecialistProvision: 'a classifier',
  },
  'functions/core/lists/legal-route.ts': {
    legalRouteOf: { kind: 'paragraph', texts: routes.map((r) => r.reason) },
    OFF_REGISTER_ROUTE: { kind: 'paragraph', texts: [legalRoute.OFF_REGISTER_ROUTE.reason] },
    cautionRouteText: {
      kind: 'paragraph',
      texts: routes.flatMap((r) => [legalRoute.cautionRouteText(r), legalRoute.cautionRouteText(r, true)]),
    },
    mustAdmitWhenNamed: 'a predicate; its words are admissionText',
  },
  'functions/core/lists/family-view.ts': {
    capacityNote: {
      kind: 'paragraph',
      texts: [true, false].map((preferAvailablePlaces) => familyView.capacityNote({ preferAvailablePlaces })),
    },
    distanceNote: { kind: 'paragraph', texts: familyPages().distanceNotes },
    toFamilyView: 'assembles the texts of its list',
    phaseTransferOf: 'decides which phase move a list is for; its words are phaseTransferText',
  },
  // Reasons and cautions are written by the matcher: every code is produced below from a world
  // built to reach it (family-world.ts), so a new code fails "reaches every code".
  'functions/core/lists/evaluation.ts and entries.ts (reasons and cautions)': {
    reasons: { kind: 'paragraph', texts: entries.flatMap((e) => e.reasons.map((r) => r.text)) },
    cautions: { kind: 'paragraph', texts: entries.flatMap((e) => e.cautions.map((c) => c.text)) },
  },
  // The one vocabulary: the family pages show three of its tables; the rest are the staff pages'.
  'functions/core/words.ts': {
    RANGE_KIND_WORDS: { kind: 'hint', texts: Object.values(words.RANGE_KIND_WORDS) },
    SETTING_KIND_WORDS: { kind: 'hint', texts: Object.values(words.SETTING_KIND_WORDS) },
    NOT_LISTED_WORDS: { kind: 'hint', texts: Object.values(words.NOT_LISTED_WORDS) },
    LEGAL_ROUTE_SHORT_WORDS: { kind: 'paragraph', texts: Object.values(words.LEGAL_ROUTE_SHORT_WORDS) },
    PROVISION_KIND_WORDS: STAFF,
    AP_TIER_WORDS: STAFF,
    SECTOR_WORDS: STAFF,
    STATUS_WORDS: STAFF,
    SOURCE_WORDS: STAFF,
    CHANGE_KIND_WORDS: STAFF,
    ROLE_WORDS: STAFF,
    GENDER_INTAKE_WORDS: STAFF,
    BOARDING_WORDS: STAFF,
    PHASE_WORDS: STAFF,
    NOT_LISTED_LABELS: STAFF,
    DRAFT_PLAN_KIND_WORDS: STAFF,
    ANSWER_WORDS: STAFF,
    ADDED_BY_WORDS: STAFF,
    CHANGE_WORDS: STAFF,
    NAMED_KIND_WORDS: STAFF,
    PLACEMENT_TYPE_WORDS: 'the staff pages’ words, and inside list reasons: checked with the reasons',
    AP_TIER_TEXT: 'inside list reasons: checked with the reasons',
    GROUND_REFERENCE: STAFF,
    GROUND_WORDS: STAFF,
  },
  // What a page says for a refusal its form does not word: family pages can show any of these.
  'web/view/page-problems.ts': {
    pageProblemOf: {
      kind: 'paragraph',
      texts: [
        new errors.InvalidInputError([]),
        new errors.ForbiddenError('x'),
        new errors.NotFoundError('Setting', 's'),
        new errors.FamilyLinkError(),
        new errors.DuplicateError('f', 'x'),
        new errors.StaleRevisionError('s', 1, 2),
        new errors.DecisionRecordedError('d'),
        new errors.ConsultationWithdrawnError('c'),
        new errors.FiguresNotConfirmableError('p', null),
        new errors.TooManyAttemptsError(150),
        new errors.ConcurrentUpdateError('s', 1),
      ].flatMap((e) => pageProblems.pageProblemOf(e).paragraphs),
    },
  },
  'web/view/format.ts': {
    CAPACITY_WORDS: { kind: 'hint', texts: Object.values(format.CAPACITY_WORDS).map((w) => w.text) },
    distanceWords: 'in the rendered family page',
    distanceShortWords: 'in the rendered family page',
    freshnessWords: 'in the rendered family page',
    placesWords: 'in the rendered family page',
    instantInWords: 'a date',
  },
  'web/view/forms.ts': {
    FAMILY_FORM_WORDS: { kind: 'paragraph', texts: [...new Set(familyFormTexts)] },
    formError: 'FAMILY_FORM_WORDS and the refusal table’s words, as shown: checked above',
    FORMS: 'the forms’ names, in paths',
    OTHER_FIELDS: 'the inputs’ names',
    formEntries: 'reads a post',
    parseFormBody: 'reads a post',
    firstValues: 'reads a post',
    otherSettingInput: 'an input for the service',
    movedOrder: 'an order of choices',
    isFormName: 'a check of a path',
  },
  'web/view/family-page.ts': {
    statementModel: 'the statement, checked above, shaped for the templates',
    listEntryModel: 'entries, checked above, shaped for the templates',
    familyPageModel: 'in the rendered family page',
    placeWords: 'names of places, joined',
    FAMILY_SEARCH_RESULTS: 'a number',
  },
  'web/view/family-now.ts': {
    familyNow: 'in the rendered family page (its panel, before and after a decision)',
    familyPaths: 'the pages’ addresses',
    choicesLine: { kind: 'paragraph', texts: [0, 1, 2].map((n) => familyNow.choicesLine(n)) },
  },
  'web/views (rendered)': Object.fromEntries(
    familyPages().rendered.map(({ name, blocks }) => [
      name,
      { kind: 'paragraph', texts: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text) },
    ]),
  ),
  'web/views (rendered headings and hints)': Object.fromEntries(
    familyPages().rendered.map(({ name, blocks }) => [
      name,
      { kind: 'hint', texts: blocks.filter((b) => b.kind !== 'paragraph').map((b) => b.text) },
    ]),
  ),
};

const MODULES: Record<string, Record<string, unknown>> = {
  'functions/core/rights-statement.ts': statement,
  'functions/core/journey/texts.ts': journeyTexts,
  'functions/core/lists/range.ts': range,
  'functions/core/lists/legal-route.ts': legalRoute,
  'functions/core/lists/family-view.ts': familyView,
  'functions/core/words.ts': words,
  'web/view/format.ts': format,
  'web/view/page-problems.ts': pageProblems,
  'web/view/forms.ts': forms,
  'web/view/family-page.ts': familyPage,
  'web/view/family-now.ts': familyNow,
};

const checked = Object.entries(COVERED).flatMap(([module, exports]) =>
  Object.entries(exports).flatMap(([name, source]) =>
    typeof source === 'string'
      ? []
      : source.texts.map((text) => ({ where: `${module} ${name}`, kind: source.kind, text })),
  ),
);

describe('every family-facing text is readable, honestly counted', () => {
  it.each(
    Object.entries(COVERED).flatMap(([module, exports]) =>
      Object.keys(exports).map((name) => [module, name]),
    ),
  )('%s: %s', (module, name) => {
    const texts = checked.filter((c) => c.where === `${module} ${name}`);
    const problems = texts.flatMap((c) => familyTextProblems(c.kind, c.text, NAMES));
    expect(problems).toEqual([]);
  });

  it('checks real text, not empty strings', () => {
    for (const c of checked) expect(c.text.trim(), c.where).not.toBe('');
    expect(checked.length).toBeGreaterThan(200);
  });

  it('reaches every reason and caution code the matcher writes', async () => {
    const { CAUTION_CODES, REASON_CODES } = await import('../../functions/core/lists/model.js');
    expect([...reasonCodes].sort()).toEqual([...REASON_CODES].sort());
    expect([...cautionCodes].sort()).toEqual([...CAUTION_CODES].sort());
  });

  it('reports the grade of the texts named in issue 19', () => {
    const grades = {
      groundTexts: REFUSAL_GROUNDS.map((g) => familyGrade(journeyTexts.GROUND_TEXT[g], NAMES)),
      appealText: familyGrade(journeyTexts.appealText('2027-06-20'), NAMES),
      rangeNote: familyGrade(range.rangeNote([...RANGE_KINDS]), NAMES),
    };
    for (const grade of [...grades.groundTexts, grades.appealText, grades.rangeNote]) {
      expect(grade).toBeLessThanOrEqual(7.5);
    }
  });
});

describe('the family page says what adding a choice does', () => {
  it('tells the family that adding a school tells the council, and to answer the letter too', () => {
    const open = familyPages().rendered.find((r) => r.name === 'family/add.njk, before a decision');
    expect(open?.blocks.map((b) => b.text)).toContain(
      'You can have up to 10 choices here at once. Adding a school or college here tells the council. Your council’s letter may ask you to reply another way too. If it does, do both.',
    );
  });
});

describe('no family text escapes the check', () => {
  it.each(Object.entries(MODULES))('covers every export of %s', (module, exports) => {
    const covered = Object.keys(COVERED[module] ?? {});
    expect(Object.keys(exports).filter((name) => !covered.includes(name))).toEqual([]);
  });

  it('covers every module under functions/core and web/view that exports words', () => {
    const wordy = /export (?:const|function) \w*(?:TEXT|NOTE|WORDS|Text|Note|Words)\b/;
    const uncovered = ['functions/core', 'web/view']
      .flatMap((dir) => tsFilesUnder(dir))
      .filter((file) => wordy.test(readFileSync(file, 'utf8')))
      .filter((file) => !(file in MODULES) && !(file in NOT_FAMILY_WORDS))
      .filter((file) => !STAFF_FOLDERS.some((folder) => file.startsWith(folder)));
    expect(uncovered).toEqual([]);
  });

  it('renders every family template, and names every other template as not for families', () => {
    const rendered = new Set(familyPages().rendered.flatMap((r) => r.templates));
    const top = [
      ...readdirSync('web/views').filter((f) => f.endsWith('.njk')),
      ...readdirSync('web/views/family')
        .filter((f) => f.endsWith('.njk') && f !== 'base.njk')
        .map((f) => `family/${f}`),
    ];
    expect(top.filter((f) => !rendered.has(f) && !(f in NOT_FAMILY_TEMPLATES))).toEqual([]);
  });
});

/** Modules whose words families do not read, and why (or where else they are checked). */
const NOT_FAMILY_WORDS: Record<string, string> = {
  'functions/core/lists/evaluation.ts': 'its reasons are reached and checked above',
  'functions/core/lists/entries.ts': 'its reasons and cautions are reached and checked above',
  'functions/core/journey/dates.ts': 'dateInWords: dates, which the rule strips',
  'functions/core/lists/request.ts': 'choiceNote: a validator of the family’s own note',
  'functions/core/search.ts': 'search words and normalising, never shown',
  'functions/core/validation.ts': 'validators of free text',
  'functions/core/errors.ts': 'waitInWords: a wait ("2 minutes"), checked inside the page problems above',
  'functions/core/csv.ts': 'csvText: a CSV writer, no words of its own',
  'functions/core/sufficiency/suppression.ts': 'countText: "fewer than 5" and numbers, for officers only',
  'functions/core/sufficiency/words.ts':
    'the council’s sufficiency picture: officers only (/sufficiency, its CSV)',
  'web/view/refusal-text.ts':
    'the words of every refusal, mostly for staff forms: those the family’s forms show are checked above (web/view/forms.ts)',
};

/** Folders whose words only officers and setting staff read. */
const STAFF_FOLDERS = ['web/view/staff/'];

/** Top-level templates no family page renders, and why. */
const NOT_FAMILY_TEMPLATES: Record<string, string> = {
  'dev-sign-in.njk': 'the local sign-in for staff',
  'sign-in-problem.njk': 'staff sign-in',
  'staff-layout.njk': 'the staff pages’ layout',
};

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : tsFilesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
