import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { toConnection } from './connection.js';

export const settingQueries: Pick<QueryResolvers, 'setting' | 'settings'> = {
  setting: (_parent, { id }, { caller, register }) => register.getSetting(caller, id),
  settings: async (_parent, { filter, first, after }, { caller, register }) =>
    toConnection(await register.listSettings(caller, filter ?? {}, { first, after })),
};

export const settingMutations: Pick<MutationResolvers, 'upsertSetting' | 'setSettingStatus'> = {
  upsertSetting: (_parent, { input }, { caller, register }) => register.upsertSetting(caller, input),
  setSettingStatus: (_parent, { id, status }, { caller, register }) =>
    register.setSettingStatus(caller, id, status),
};
