import type { ErasureReceiptResolvers, MutationResolvers } from '../__generated__/resolvers-types.js';

export const retentionMutations: Pick<MutationResolvers, 'eraseCase'> = {
  eraseCase: (_parent, { caseReference, laCode, reason }, { caller, retention }) =>
    retention.eraseCase(caller, caseReference, laCode, reason),
};

export const ErasureReceipt: ErasureReceiptResolvers = {
  id: (r) => r.erasureId,
};
