import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import {
  CORE_RIGHTS_TEXT,
  RIGHTS_STATEMENT_EFFECTIVE_FROM,
  RIGHTS_STATEMENT_REFERENCES,
  RIGHTS_STATEMENT_SUMMARY,
  RIGHTS_STATEMENT_TITLE,
  RIGHTS_STATEMENT_VERSION,
} from '../core/rights-statement.js';
import type { GraphqlContext } from './context.js';

// Types that hold any part of a tailored list. An operation that selects a field of one of them
// gets the parents'-rights statement in its response's extensions, whatever else it selected —
// so a client that forgot to ask for `statement` still receives it.
const LIST_TYPES = new Set([
  'TailoredList',
  'ListEntry',
  'FamilyList',
  'FamilyListEntry',
  'GenerateTailoredListPayload',
  'ParentsRightsStatement',
  'FamilyChoice',
  'NotListedSetting',
  // The journey after the list: the family's choices, consultations and the decision.
  'CaseJourney',
  'ChoiceChange',
  'FamilyConsultation',
  'FamilyDecision',
  'PlacementDecision',
  'ChoiceRefusal',
  // A family choosing a setting on no list.
  'SettingSearchResult',
]);

export const PARENTS_RIGHTS_EXTENSION = {
  version: RIGHTS_STATEMENT_VERSION,
  effectiveFrom: RIGHTS_STATEMENT_EFFECTIVE_FROM,
  title: RIGHTS_STATEMENT_TITLE,
  summary: RIGHTS_STATEMENT_SUMMARY,
  text: CORE_RIGHTS_TEXT,
  legalReferences: RIGHTS_STATEMENT_REFERENCES,
} as const;

const decided = new WeakMap<DocumentNode, boolean>();

/** True when the operation selects any field whose type is part of a list. */
export function selectsListParts(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = decided.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (type && LIST_TYPES.has(getNamedType(type).name)) found = true;
      },
    }),
  );
  decided.set(document, found);
  return found;
}

export function rightsExtensionPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      let carriesList = false;
      return {
        async didResolveOperation({ schema, document }) {
          carriesList = selectsListParts(schema, document);
        },
        async willSendResponse({ response }) {
          if (!carriesList || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            parentsRights: PARENTS_RIGHTS_EXTENSION,
          };
        },
      };
    },
  };
}
