import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  requestLabel: (_root, { epnId, adherentId, message }, { decisions, viewer }) => decisions.requestLabel(viewer, epnId, adherentId, message),
  declineLabelRequest: (_root, { requestId, reason }, { decisions, viewer }) => decisions.declineRequest(viewer, requestId, reason),
  awardLabel: (_root, { input }, { decisions, viewer }) => decisions.award(viewer, input),
  suspendLabel: (_root, { epnId, reason }, { decisions, viewer }) => decisions.changeStatus(viewer, 'SUSPENDED', epnId, reason),
  reinstateLabel: (_root, { epnId, reason }, { decisions, viewer }) => decisions.changeStatus(viewer, 'REINSTATED', epnId, reason),
  withdrawLabel: (_root, { epnId, reason }, { decisions, viewer }) => decisions.changeStatus(viewer, 'WITHDRAWN', epnId, reason),
};
