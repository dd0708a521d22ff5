// The parents'-rights statement: one fixed, versioned text, shown first on every list and
// carried in every response that holds any part of one. An LA may add its SENDIASS contact and
// local notes; nothing can remove or change the core text. Written for a reading age of about
// 11 and a phone screen; the facts are from the Children and Families Act 2014 (CFA), the SEND
// Regulations 2014 and the SEND Code of Practice 0–25 (2015), which apply in pilot areas too.

export const RIGHTS_STATEMENT_VERSION = '2026-11.1';

export const RIGHTS_STATEMENT_TITLE = 'You can ask for any school or college';

export const RIGHTS_STATEMENT_PARAGRAPHS: readonly string[] = [
  'This list is advice from the council. It does not limit your choice. The law on choosing a school has not changed.',
  'You can ask for any school or college for your child, on this list or not. It can be in any council area. You can ask for more than one. You can still ask for a school that this list shows as full.',
  "You can ask for any state school or nursery school, mainstream or special. You can also ask for any academy or free school, further education or sixth-form college, non-maintained special school, or independent special school or college on the government's section 41 list.",
  "The council must then ask that school. It must name the school in your child's education, health and care (EHC) plan. It can only say no for one of these reasons: the school is not suitable for your child's age, ability, aptitude or special educational needs; or your child going there would not fit with the efficient education of other children or the efficient use of resources.",
  'You can ask for other independent schools too. The council must think about your request.',
  'When the council sends you the draft EHC plan, you have at least 15 days to tell it which school or college you want.',
  'You may disagree with the school or college named in the final plan. If so, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You normally have two months to do this. The Tribunal can order a school or college that is not on any list.',
  'Your local SENDIASS (SEND Information, Advice and Support Service) gives free advice. It is impartial and confidential. You can contact them at any time.',
];

export const RIGHTS_STATEMENT_REFERENCES: readonly string[] = [
  'Children and Families Act 2014, section 33 (mainstream education)',
  'Children and Families Act 2014, section 38(2)(b) and 38(3) (requesting a school or institution)',
  'Children and Families Act 2014, section 39(2) to (4) (the council must consult and name it, with exceptions)',
  'Children and Families Act 2014, section 41 (approved independent special schools and special post-16 institutions)',
  'Children and Families Act 2014, section 32 (information, advice and support)',
  'Education Act 1996, section 9 (pupils to be educated in accordance with parents’ wishes)',
  'Special Educational Needs and Disability Regulations 2014',
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
  title: string;
  paragraphs: string[];
  legalReferences: string[];
  localSendiass: SendiassContact | null;
  localNotes: string[];
  /** Core text, then the LA's additions, as plain text. */
  text: string;
}

/** The core statement as plain text: what every list response carries in its extensions. */
export const CORE_RIGHTS_TEXT = [RIGHTS_STATEMENT_TITLE, ...RIGHTS_STATEMENT_PARAGRAPHS].join('\n\n');

/** The statement for a list in an LA: the unchangeable core, then anything the LA added. */
export function rightsStatement(local: LocalRightsInfo | null = null): RightsStatement {
  const sendiass = local?.sendiass ?? null;
  const notes = local?.notes ?? [];
  const additions = [...(sendiass ? [describeSendiass(sendiass)] : []), ...notes];
  return {
    version: RIGHTS_STATEMENT_VERSION,
    title: RIGHTS_STATEMENT_TITLE,
    paragraphs: [...RIGHTS_STATEMENT_PARAGRAPHS],
    legalReferences: [...RIGHTS_STATEMENT_REFERENCES],
    localSendiass: sendiass,
    localNotes: notes,
    text: [CORE_RIGHTS_TEXT, ...additions].join('\n\n'),
  };
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
