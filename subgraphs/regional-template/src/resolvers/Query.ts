import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  regionalTemplateWorkshops: (_root, { filter, first, after }, { workshops }) => workshops.list(filter, { first, after }),
  regionalTemplateWorkshop: (_root, { id }, { workshops }) => workshops.get(id),
  regionalTemplateTrainingSessions: (_root, { first, after }, { trainingSessions }) => trainingSessions.upcoming({ first, after }),
  regionalTemplateLocalOffers: (_root, { territory, first, after }, { localOffers }) => localOffers.validToday(territory, { first, after }),
};
