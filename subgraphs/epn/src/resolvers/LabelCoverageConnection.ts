import type { LabelCoverageConnectionResolvers } from '../__generated__/resolvers-types';

export const LabelCoverageConnection: LabelCoverageConnectionResolvers = {
  total: (connection) => connection.total(),
};
