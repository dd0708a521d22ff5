// The parents'-rights statement: one fixed, versioned text, shown first on every list and
// carried in every response that holds any part of one. An LA may add its SENDIASS contact and
// local notes; nothing can remove or change the core text. Written for a reading age of about
// 11 and a phone screen: a short summary that is enough alone, then the full text. Every legal
// word rests on the facts in the domain brief (Children and Families Act 2014, the SEND
// Regulations 2014, the SEND Code of Practice 0–25 (2015) and Education Act 1996 s.9); anything
// the brief marks as still to verify stays out.

export const RIGHTS_STATEMENT_VERSION = '2026-12.2';

/** The London calendar date (YYYY-MM-DD) from which this version is shown. */
export const RIGHTS_STATEMENT_EFFECTIVE_FROM = '2026-12-04';

/**
 * When each version of the core text took effect. A list keeps the statement it was made with, so
 * past versions stay here for reading stored lists.
 */
const EFFECTIVE_FROM_BY_VERSION: Readonly<Record<string, string>> = {
  '2026-11.1': '2026-11-01',
  '2026-12.1': '2026-11-30',
  [RIGHTS_STATEMENT_VERSION]: RIGHTS_STATEMENT_EFFECTIVE_FROM,
};

export const RIGHTS_STATEMENT_TITLE = 'You can ask for any school or college';

/**
 * The statement in one sentence, at the top of every page of a family's (its summary and full text
 * follow on the page, or one tap away). Said by the summary's first paragraph, shortened.
 */
export const RIGHTS_PROMISE =
  'This list is advice: you can ask for any school or college, on this list or not.';

/** Shown first, and enough alone: at most five short paragraphs. */
export const RIGHTS_STATEMENT_SUMMARY: readonly string[] = [
  'This list is advice from the council. It does not limit your choice. You can ask for any school or college, on this list or not. It can be in any council area. It can be a school this list shows as full. You can ask for more than one.',
  'For most kinds of school and college, the council must name the one you ask for in your child’s EHC plan. It can only say no for one of three reasons. One: the school is not suitable for your child’s age, ability, aptitude or special educational needs. Two: your child going there would stop other children being taught well. Three: it would stop resources being used efficiently. You have at least 15 days to ask, from when you get a draft plan.',
  'The council asks the school first, but the council decides, not the school. A school being full is not, by itself, a reason to say no.',
  'You can appeal to the SEND Tribunal about the school named in the final plan. You normally have two months from the date of the council’s decision letter. The Tribunal can tell the council to name a school that is on no list.',
  'Your local SENDIASS (SEND Information, Advice and Support Service) gives free advice. It does not take sides, and it keeps what you tell it private.',
];

/** The full core text. */
export const RIGHTS_STATEMENT_PARAGRAPHS: readonly string[] = [
  'This list is advice from the council. It does not limit your choice. The law on choosing a school has not changed. The main law is the Children and Families Act 2014. It applies in full in every council area.',
  'You can ask for any school or college of the kinds below, on this list or not. It can be in any council area. You can ask for more than one. You can still ask for a school that this list shows as full.',
  'You can ask for a maintained school or a maintained nursery school. These are state schools funded through the council. They can be mainstream or special. You can ask for an academy or free school. You can ask for a further education or sixth-form college, or a non-maintained special school. You can also ask for an independent special school or special post-16 institution on the section 41 list. The government keeps this list.',
  'If you ask for one of these, the council must name it in your child’s education, health and care (EHC) plan. It can only say no for one of three reasons. One: the school is not suitable for your child’s age, ability, aptitude or special educational needs. Two: your child going there would stop other children being taught well. Three: your child going there would stop money, staff and other resources being used efficiently.',
  'The council asks the school or college first. This is called consulting. The school can say if it thinks it can meet your child’s needs. But the council decides, not the school. A school being full is not, by itself, a reason to say no.',
  'If you want a mainstream school, section 33 of the Children and Families Act 2014 helps you. The council must make sure the plan gives your child a mainstream place, unless you do not want one. The only other reason it can say no is that your child being there would stop other children being taught well. It can only use this reason if no reasonable steps could prevent it. Under this rule, cost is not a reason. This rule is about the type of school. Which school is then decided by the rules above.',
  'A mainstream school is a maintained school or academy that is not a special school. A fee-paying independent school is not a mainstream school.',
  'You can also ask for a school, college or nursery of another kind. This includes an independent school or college that is not on the section 41 list. It also includes a private, voluntary or independent nursery. The council must think about your request. It must take account of your wishes, as far as that is compatible with efficient teaching and training, and with not spending public money unreasonably. But it does not have to name it. This rule is section 9 of the Education Act 1996.',
  'When the council sends you a draft EHC plan, you have at least 15 days to ask for a school or college. After a review, the council may send you changes it wants to make to the plan. You then have at least 15 days too.',
  'Are you a young person over compulsory school age and under 25? Then these rights are yours, and you make the request yourself. Compulsory school age ends on the last Friday in June of the school year you turn 16.',
  'If you disagree with the school or college named in the final plan, you can appeal to the SEND Tribunal. You normally have two months from the date of the council’s decision letter. If your appeal is only about the school, you do not need to contact a mediation adviser first.',
  'The Tribunal uses the same law. It can tell the council to name a school or college that is on no list.',
  'These rights apply now. You may hear about proposals to change them. Proposals are not law until the law is changed.',
  'Every council must have a SENDIASS (SEND Information, Advice and Support Service). It gives free advice. It does not take sides, and it keeps what you tell it private.',
];

/** Shown under the core text when the LA has not added its SENDIASS contact. */
export const FIND_YOUR_SENDIASS =
  'To find your local SENDIASS, search online for “SENDIASS” and your council’s name.';

export const RIGHTS_STATEMENT_REFERENCES: readonly string[] = [
  'Children and Families Act 2014, section 32 (information, advice and support)',
  'Children and Families Act 2014, section 33 (children and young people with EHC plans: mainstream education)',
  'Children and Families Act 2014, section 38(2)(b) and 38(3) (requesting a school or other institution)',
  'Children and Families Act 2014, section 39(2) to (4) (the council must consult and name it, with exceptions)',
  'Children and Families Act 2014, section 41 (approved independent special schools and special post-16 institutions)',
  'Children and Families Act 2014, section 43 (a school or institution named in an EHC plan must admit)',
  'Children and Families Act 2014, section 55 (mediation)',
  'Children and Families Act 2014, section 83 (young person; mainstream school)',
  'Education Act 1996, section 9 (pupils to be educated in accordance with parents’ wishes)',
  'Special Educational Needs and Disability Regulations 2014, and regulation 13 (time to request a school or institution)',
  'SEND Code of Practice: 0 to 25 years (2015), paragraphs 9.78, 9.79 and 9.83',
];

export interface SendiassContact {
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

/** What an LA may add under the core text: never instead of it. */
export interface LocalRightsInfo {
  laCode: string;
  sendiass: SendiassContact | null;
  notes: string[];
}

export interface RightsStatement {
  version: string;
  /** London calendar date (YYYY-MM-DD) from which this version was shown. */
  effectiveFrom: string;
  title: string;
  /** Shown first: at most five short paragraphs, enough alone. */
  summary: string[];
  /** The full core text. */
  paragraphs: string[];
  legalReferences: string[];
  localSendiass: SendiassContact | null;
  localNotes: string[];
  /** Title, summary and full core text, then the LA's additions (or how to find SENDIASS), as plain text. */
  text: string;
}

/** A statement as stored with a list: versions before 2026-12.1 had no summary or effectiveFrom. */
export type StoredRightsStatement = Omit<RightsStatement, 'summary' | 'effectiveFrom'> &
  Partial<Pick<RightsStatement, 'summary' | 'effectiveFrom'>>;

export class UnknownStatementVersionError extends Error {
  override readonly name = 'UnknownStatementVersionError';
  readonly version: string;
  constructor(version: string, options?: { cause?: unknown }) {
    super(`Unknown parents'-rights statement version: ${version}`, options);
    this.version = version;
  }
}

/** The core statement as plain text (title, summary, full text): what every list response carries. */
export const CORE_RIGHTS_TEXT = [
  RIGHTS_STATEMENT_TITLE,
  ...RIGHTS_STATEMENT_SUMMARY,
  ...RIGHTS_STATEMENT_PARAGRAPHS,
].join('\n\n');

/** The statement for a list in an LA: the unchangeable core, then anything the LA added. */
export function rightsStatement(local: LocalRightsInfo | null = null): RightsStatement {
  const sendiass = local?.sendiass ?? null;
  const notes = local?.notes ?? [];
  const additions = [sendiass ? describeSendiass(sendiass) : FIND_YOUR_SENDIASS, ...notes];
  return {
    version: RIGHTS_STATEMENT_VERSION,
    effectiveFrom: RIGHTS_STATEMENT_EFFECTIVE_FROM,
    title: RIGHTS_STATEMENT_TITLE,
    summary: [...RIGHTS_STATEMENT_SUMMARY],
    paragraphs: [...RIGHTS_STATEMENT_PARAGRAPHS],
    legalReferences: [...RIGHTS_STATEMENT_REFERENCES],
    localSendiass: sendiass,
    localNotes: notes,
    text: [CORE_RIGHTS_TEXT, ...additions].join('\n\n'),
  };
}

/**
 * A stored statement as the current shape. One that has a summary and effectiveFrom is returned
 * unchanged; an older one gets them derived from its version, and its text is left as it was shown.
 */
export function completeStoredStatement(stored: StoredRightsStatement): RightsStatement {
  const { summary, effectiveFrom } = stored;
  if (summary !== undefined && effectiveFrom !== undefined) return { ...stored, summary, effectiveFrom };
  return {
    ...stored,
    // Versions before the summary existed opened with the two paragraphs that say the list is
    // advice and that any setting can be asked for: those stand in as their summary.
    summary: summary ?? stored.paragraphs.slice(0, 2),
    effectiveFrom: effectiveFrom ?? effectiveFromOfVersion(stored.version),
  };
}

/** The date a version took effect: from the table, else the first of the month its name gives. */
export function effectiveFromOfVersion(version: string): string {
  const known = EFFECTIVE_FROM_BY_VERSION[version];
  if (known) return known;
  const month = /^(\d{4})-(0[1-9]|1[0-2])\.\d+$/.exec(version);
  if (!month) throw new UnknownStatementVersionError(version);
  return `${month[1]}-${month[2]}-01`;
}

function describeSendiass(contact: SendiassContact): string {
  const ways = [
    contact.phone && `phone ${contact.phone}`,
    contact.email && `email ${contact.email}`,
    contact.website,
  ]
    .filter(Boolean)
    .join(', ');
  return ways
    ? `Your local SENDIASS is ${contact.name}: ${ways}.`
    : `Your local SENDIASS is ${contact.name}.`;
}
