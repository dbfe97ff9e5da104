import { calendarDay } from '../../../kit/src';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  resources: (_root, { filter, first, after }, { resources }) => resources.list(filter, { first, after }),
  resource: (_root, { id }, { resources }) => resources.get(id),
  partnerOffers: (_root, { validOn, first, after }, { offers }) => offers.list(validOn ? calendarDay(validOn) : null, { first, after }),
  partnerOffer: (_root, { id }, { offers }) => offers.get(id),
};
