import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { capacityMutations, capacityQueries } from './capacity.js';
import {
  FamilyChoice,
  FamilyLinkInfo,
  FamilyListEntry,
  ListEntry,
  ListRequest,
  listMutations,
  listQueries,
  TailoredList,
} from './lists.js';
import { Me, meQuery } from './me.js';
import { settingMutations, settingQueries } from './settings.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeISOResolver,
  Date: LocalDateResolver,
  Query: { ...meQuery, ...settingQueries, ...capacityQueries, ...listQueries },
  Mutation: { ...settingMutations, ...capacityMutations, ...listMutations },
  Me,
  TailoredList,
  ListRequest,
  FamilyLinkInfo,
  ListEntry,
  FamilyListEntry,
  FamilyChoice,
};
