import { countText } from '../../core/sufficiency/suppression.js';
import type { PublishedCountResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';

export const sufficiencyQueries: Pick<QueryResolvers, 'sufficiency'> = {
  sufficiency: (_parent, { laCode, period, waitingWeeks }, { caller, sufficiency }) =>
    sufficiency.sufficiency(caller, laCode, period, waitingWeeks ?? undefined),
};

export const PublishedCount: PublishedCountResolvers = {
  text: (count) => countText(count),
};
