import type { AdherentResolvers } from '../__generated__/resolvers-types';

export const Adherent: AdherentResolvers = {
  __resolveReference: (ref, { adherents }) => adherents.get(ref.id),
  territory: (adherent) =>
    adherent.territoryLevel && adherent.territoryCode ? { level: adherent.territoryLevel, code: adherent.territoryCode } : null,
  memberCommunes: (adherent, { first, after }, { adherents }) => adherents.memberCommunes(adherent, { first, after }),
  status: (adherent, _args, { adherents }) => adherents.currentStatus(adherent.id),
  currentAdhesion: (adherent, _args, { adherents }) => adherents.currentAdhesion(adherent.id),
  adhesions: (adherent, { first, after }, { adherents }) => adherents.adhesionsOf(adherent.id, { first, after }),
  contacts: (adherent, { first, after }, { adherents, viewer }) => adherents.contactsOf(viewer, adherent.id, { first, after }),
  validatedAt: async (adherent, _args, { adherents }) => (await adherents.currentAdhesion(adherent.id))?.validatedAt ?? null,
  covers: (adherent, { communeCode }, { adherents }) => adherents.covers(adherent, communeCode),
};
