import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { capacityMutations, capacityQueries } from './capacity.js';
import {
  capacityContactMutations,
  capacityContactQueries,
  Setting,
  StaleSetting,
} from './capacity-contacts.js';
import {
  Capacity,
  CaseJourney,
  ChoiceChange,
  ChoiceRefusal,
  Consultation,
  FamilyConsultation,
  FamilyDecision,
  FamilyList,
  journeyMutations,
  journeyQueries,
  Provision,
} from './journey.js';
import {
  FamilyChoice,
  FamilyLink,
  FamilyLinkInfo,
  FamilyListEntry,
  ListEntry,
  ListRequest,
  listMutations,
  listQueries,
  TailoredList,
} from './lists.js';
import { Me, meQuery } from './me.js';
import { ErasureReceipt, retentionMutations } from './retention.js';
import { SettingSearchResult, searchQueries } from './search.js';
import { settingMutations, settingQueries } from './settings.js';
import { PublishedCount, sufficiencyQueries } from './sufficiency.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeISOResolver,
  // graphql-scalars names its scalar LocalDate; ours is Date, which a variable may name ($on: Date!).
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
  Query: {
    ...meQuery,
    ...settingQueries,
    ...capacityQueries,
    ...capacityContactQueries,
    ...listQueries,
    ...searchQueries,
    ...journeyQueries,
    ...sufficiencyQueries,
  },
  Mutation: {
    ...settingMutations,
    ...capacityMutations,
    ...capacityContactMutations,
    ...listMutations,
    ...journeyMutations,
    ...retentionMutations,
  },
  Me,
  ErasureReceipt,
  TailoredList,
  ListRequest,
  FamilyLink,
  FamilyLinkInfo,
  ListEntry,
  FamilyListEntry,
  FamilyChoice,
  SettingSearchResult,
  CaseJourney,
  Consultation,
  FamilyConsultation,
  FamilyDecision,
  FamilyList,
  ChoiceRefusal,
  ChoiceChange,
  Provision,
  Capacity,
  Setting,
  StaleSetting,
  PublishedCount,
};
