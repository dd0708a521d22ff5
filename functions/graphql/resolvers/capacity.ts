import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { toConnection } from './connection.js';

export const capacityQueries: Pick<QueryResolvers, 'capacityHistory'> = {
  capacityHistory: async (_parent, { provisionId, first, after }, { caller, register }) =>
    toConnection(await register.capacityHistory(caller, provisionId, { first, after })),
};

export const capacityMutations: Pick<MutationResolvers, 'updateCapacity' | 'confirmCapacity'> = {
  updateCapacity: (_parent, { input }, { caller, register }) => register.updateCapacity(caller, input),
  confirmCapacity: (_parent, { provisionId, expectedVersion }, { caller, register }) =>
    register.confirmCapacity(caller, provisionId, expectedVersion),
};
