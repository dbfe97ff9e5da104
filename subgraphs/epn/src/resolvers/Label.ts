import type { LabelEventResolvers, LabelResolvers } from '../__generated__/resolvers-types';

export const Label: LabelResolvers = {
  __resolveReference: (ref, { labels }) => labels.get(ref.id),
  epn: async (label, _args, { epns }) => {
    const epn = await epns.get(label.epnId);
    if (!epn) throw new Error(`Label ${label.id} refers to a missing EPN ${label.epnId}`);
    return epn;
  },
  awardedBy: (label) => (label.awardedByAdherentId ? { id: label.awardedByAdherentId } : null),
  history: (label, { first, after }, { labels }) => labels.history(label.id, { first, after }),
};

export const LabelEvent: LabelEventResolvers = {
  actorAdherent: (event) => (event.actorAdherentId ? { id: event.actorAdherentId } : null),
  actorSubject: (event, _args, { labels, viewer }) => labels.actorSubjectOf(viewer, event),
};
