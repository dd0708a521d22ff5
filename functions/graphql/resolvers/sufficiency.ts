import { countText } from '../../core/sufficiency/suppression.js';
import type { PublishedCountResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';

export const sufficiencyQueries: Pick<QueryResolvers, 'sufficiency' | 'sufficiencyWhatIf'> = {
  sufficiency: (_parent, { laCode, period, waitingWeeks }, { caller, sufficiency }) =>
    sufficiency.sufficiency(caller, laCode, period, waitingWeeks ?? undefined),
  sufficiencyWhatIf: (_parent, { laCode, period, changes }, { caller, sufficiency }) =>
    sufficiency.whatIf(caller, laCode, period, changes),
};

export const PublishedCount: PublishedCountResolvers = {
  text: (count) => countText(count),
};
