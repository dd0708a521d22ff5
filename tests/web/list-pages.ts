// What the list page tests share (staff-lists*.test.ts): a case's lists and a list's links as the
// API reads them, and a list's id from its family link.

export const LISTS = `query Lists($ref: String!) { tailoredLists(caseReference: $ref, laCode: "938") { id version } }`;
export const LINKS = `query Links($id: ID!) { tailoredList(id: $id) { familyLinks { active } } }`;

/** The list id a family link's token opens (the token is the list id and a secret). */
export const listIdOf = (token: string) => token.split('.')[0] ?? '';
