import { familyPageUrl } from '../../core/lists/family-link.js';
import { distanceNote } from '../../core/lists/family-view.js';
import type {
  FamilyChoiceResolvers,
  FamilyLinkInfoResolvers,
  FamilyLinkResolvers,
  FamilyListEntryResolvers,
  ListEntryResolvers,
  ListRequestResolvers,
  MutationResolvers,
  QueryResolvers,
  TailoredListResolvers,
} from '../__generated__/resolvers-types.js';

export const listQueries: Pick<QueryResolvers, 'parentsRightsStatement' | 'tailoredList' | 'tailoredLists'> =
  {
    parentsRightsStatement: (_parent, { laCode }, { lists }) => lists.parentsRightsStatement(laCode),
    tailoredList: (_parent, { id }, { caller, lists }) => lists.tailoredList(caller, id),
    tailoredLists: (_parent, { caseReference, laCode }, { caller, lists }) =>
      lists.tailoredLists(caller, caseReference, laCode),
  };

export const listMutations: Pick<
  MutationResolvers,
  'generateTailoredList' | 'createFamilyLink' | 'revokeFamilyLinks' | 'setLocalRightsInfo'
> = {
  generateTailoredList: (_parent, { input }, { caller, lists }) => lists.generateTailoredList(caller, input),
  createFamilyLink: (_parent, { listId, days }, { caller, lists }) =>
    lists.createFamilyLink(caller, listId, days),
  revokeFamilyLinks: (_parent, { listId }, { caller, lists }) => lists.revokeFamilyLinks(caller, listId),
  setLocalRightsInfo: (_parent, { input }, { caller, lists }) => lists.setLocalRightsInfo(caller, input),
};

export const TailoredList: TailoredListResolvers = {
  familyLinks: (list, _args, { caller, lists }) => lists.familyLinks(caller, list),
  distanceNote: (list) => distanceNote(list.request),
};

export const ListRequest: ListRequestResolvers = {
  needs: (request) => ({ primaryNeed: request.primaryNeed, secondaryNeeds: request.secondaryNeeds }),
  home: (request) => ({ lat: request.home.lat, lon: request.home.lon }),
  homeApproximate: (request) => request.home.approximate,
  homePostcodeDistrict: (request) => request.home.postcodeDistrict,
};

export const ListEntry: ListEntryResolvers = {
  legalRoute: (entry) => entry.legalRoute.route,
  legalRouteReason: (entry) => entry.legalRoute.reason,
};

export const FamilyListEntry: FamilyListEntryResolvers = {
  legalRoute: (entry) => entry.legalRoute.route,
  legalRouteReason: (entry) => entry.legalRoute.reason,
};

export const FamilyChoice: FamilyChoiceResolvers = {
  legalRoute: (choice) => choice.legalRoute.route,
  legalRouteReason: (choice) => choice.legalRoute.reason,
};

export const FamilyLink: FamilyLinkResolvers = {
  url: (link, _args, { publicBaseUrl }) => familyPageUrl(publicBaseUrl, link.token),
};

export const FamilyLinkInfo: FamilyLinkInfoResolvers = {
  // Judged by the service on its clock, against the case's decision (link-life.ts).
  active: (link) => link.active,
};
