import type { LabelCoverageHistoryConnectionResolvers } from '../__generated__/resolvers-types';

export const LabelCoverageHistoryConnection: LabelCoverageHistoryConnectionResolvers = {
  total: (connection) => connection.total(),
};
