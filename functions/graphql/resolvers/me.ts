import { describePermissions, rolesOf } from '../../core/access.js';
import type { MeResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';

export const meQuery: Pick<QueryResolvers, 'me'> = {
  me: (_parent, _args, { caller }) => caller,
};

export const Me: MeResolvers = {
  subject: (caller) => caller.subject,
  roles: (caller) => rolesOf(caller),
  laCodes: (caller) => caller.laCodes,
  settingIds: (caller) => caller.settingIds,
  permissions: (caller) => describePermissions(caller),
};
