import { charterOf } from '../charters';
import type { AdhesionResolvers } from '../__generated__/resolvers-types';

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
};
