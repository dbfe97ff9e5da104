import { charterOf } from '../charters';
import type { AdhesionEventResolvers, AdhesionResolvers } from '../__generated__/resolvers-types';

export const Adhesion: AdhesionResolvers = {
  adherent: async (adhesion, _args, { adherents }) => {
    const adherent = await adherents.get(adhesion.adherentId);
    if (!adherent) throw new Error(`Adhesion ${adhesion.id} refers to a missing adherent ${adhesion.adherentId}`);
    return adherent;
  },
  charter: (adhesion) => {
    const charter = charterOf(adhesion.charterVersion);
    if (!charter) throw new Error(`Adhesion ${adhesion.id} names an unknown charter version ${adhesion.charterVersion}`);
    return charter;
  },
  signatoryName: (adhesion, _args, { adherents, viewer }) => adherents.signatoryNameOf(viewer, adhesion),
  history: (adhesion, { first, after }, { adherents }) => adherents.historyOf(adhesion.id, { first, after }),
};

export const AdhesionEvent: AdhesionEventResolvers = {
  actorSubject: (event, _args, { adherents, viewer }) => adherents.actorSubjectOf(viewer, event),
};
