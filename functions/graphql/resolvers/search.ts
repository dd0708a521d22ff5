import { LA_NAMES } from '../../services/la-names.js';
import type { QueryResolvers, SettingSearchResultResolvers } from '../__generated__/resolvers-types.js';
import { toConnection } from './connection.js';

export const searchQueries: Pick<QueryResolvers, 'searchSettings' | 'familySearchSettings'> = {
  // An explicit null for `first` means the schema's default, as if it were left out.
  searchSettings: async (_parent, { query, first, after }, { caller, search }) =>
    toConnection(await search.searchSettings(caller, query, first ?? 20, after)),
  familySearchSettings: (_parent, { token, query, first }, { search, sourceIp }) =>
    search.familySearchSettings(token, query, first ?? 10, sourceIp),
};

export const SettingSearchResult: SettingSearchResultResolvers = {
  laName: (result) => LA_NAMES.get(result.laCode) ?? null,
};
