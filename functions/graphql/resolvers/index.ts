import { DateTimeISOResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { capacityMutations, capacityQueries } from './capacity.js';
import { Me, meQuery } from './me.js';
import { settingMutations, settingQueries } from './settings.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeISOResolver,
  Query: { ...meQuery, ...settingQueries, ...capacityQueries },
  Mutation: { ...settingMutations, ...capacityMutations },
  Me,
};
