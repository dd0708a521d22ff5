import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../functions/graphql/__generated__/type-defs.js';
import { selectsListParts } from '../../functions/graphql/rights-extension-plugin.js';

const schema = buildSchema(typeDefs);

describe('selectsListParts', () => {
  it.each([
    ['a list, selecting only its id', '{ tailoredList(id: "x") { id } }', true],
    ['the family view, without the statement', '{ familyList(token: "t") { entries { rank } } }', true],
    [
      'a generated list, selecting only the link',
      'mutation { generateTailoredList(input: {}) { familyLink { token } } }',
      true,
    ],
    [
      'list parts through a fragment',
      'query { tailoredLists(caseReference: "c") { ...F } } fragment F on TailoredList { id }',
      true,
    ],
    ['the statement alone', '{ parentsRightsStatement { version } }', true],
    ['the register', '{ settings { edges { node { id } } } }', false],
    ['who am I', '{ me { roles } }', false],
  ])('%s → %s', (_case, query, expected) => {
    expect(selectsListParts(schema, parse(query))).toBe(expected);
  });
});
