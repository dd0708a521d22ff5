import type {
  MutationResolvers,
  QueryResolvers,
  SettingResolvers,
  StaleSettingResolvers,
} from '../__generated__/resolvers-types.js';
import { toConnection } from './connection.js';

export const capacityContactQueries: Pick<QueryResolvers, 'staleCapacity'> = {
  staleCapacity: async (_parent, { laCode, first, after }, { caller, reminders }) =>
    toConnection(await reminders.staleCapacity(caller, laCode, { first: first ?? 20, after })),
};

export const capacityContactMutations: Pick<MutationResolvers, 'setCapacityContacts'> = {
  setCapacityContacts: (_parent, { settingId, contacts }, { caller, register }) =>
    register.setCapacityContacts(caller, settingId, contacts),
};

/** Setting.capacityContacts: refused, for this field alone, to anyone but the setting's staff and LA. */
export const Setting: SettingResolvers = {
  capacityContacts: (setting, _args, { caller, register }) => register.readCapacityContacts(caller, setting),
};

export const StaleSetting: StaleSettingResolvers = {
  lastRemindedAt: (s) => s.lastReminder?.sentAt ?? null,
  lastReminderRecipients: (s) => s.lastReminder?.recipients ?? null,
};
