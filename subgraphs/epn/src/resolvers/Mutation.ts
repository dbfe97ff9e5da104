import { addCacheTags, entityTag, territoryTags } from '../../../kit/src';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { EpnContext } from '../context';
import type { LabelEntity, LabelRequestEntity } from '../entities';

/**
 * A label decision changes the EPN (its current label, its benefits), the awarding adherent's
 * labelled EPN and every territory the EPN counts in (coverage): cached answers holding any of them
 * are refreshed.
 */
async function labelChanged(context: EpnContext, label: LabelEntity): Promise<LabelEntity> {
  const epn = await context.epns.get(label.epnId);
  addCacheTags(
    context,
    entityTag('Epn', label.epnId),
    entityTag('Label', label.id),
    ...(label.awardedByAdherentId ? [entityTag('Adherent', label.awardedByAdherentId)] : []),
    ...(epn ? territoryTags(epn.communeCode) : []),
  );
  return label;
}

function requestChanged(context: EpnContext, request: LabelRequestEntity): LabelRequestEntity {
  addCacheTags(context, entityTag('LabelRequest', request.id), entityTag('Epn', request.epnId), entityTag('Adherent', request.adherentId));
  return request;
}

export const Mutation: MutationResolvers = {
  updateEpnContact: async (_root, { id, input }, context) => {
    const epn = await context.epns.updateContact(context.viewer, id, input);
    // Contact details show on the EPN itself only: cached answers holding this EPN are refreshed.
    addCacheTags(context, entityTag('Epn', epn.id));
    return epn;
  },
  requestLabel: async (_root, { epnId, adherentId, message }, context) =>
    requestChanged(context, await context.decisions.requestLabel(context.viewer, epnId, adherentId, message)),
  declineLabelRequest: async (_root, { requestId, reason }, context) =>
    requestChanged(context, await context.decisions.declineRequest(context.viewer, requestId, reason)),
  awardLabel: async (_root, { input }, context) => labelChanged(context, await context.decisions.award(context.viewer, input)),
  suspendLabel: async (_root, { epnId, reason }, context) => labelChanged(context, await context.decisions.changeStatus(context.viewer, 'SUSPENDED', epnId, reason)),
  reinstateLabel: async (_root, { epnId, reason }, context) => labelChanged(context, await context.decisions.changeStatus(context.viewer, 'REINSTATED', epnId, reason)),
  withdrawLabel: async (_root, { epnId, reason }, context) => labelChanged(context, await context.decisions.changeStatus(context.viewer, 'WITHDRAWN', epnId, reason)),
};
