import { geography } from '../../../kit/src';
import type { EpnResolvers } from '../__generated__/resolvers-types';

export const Epn: EpnResolvers = {
  __resolveReference: (ref, { epns }) => epns.get(ref.id),
  address: (epn) => ({
    street: epn.street,
    complement: epn.addressComplement,
    postalCode: epn.postalCode,
    communeName: geography().commune(epn.communeCode)?.name ?? '',
  }),
  commune: (epn) => {
    const commune = geography().commune(epn.communeCode);
    if (!commune) throw new Error(`EPN ${epn.id} has commune code ${epn.communeCode}, unknown to the official geography`);
    return commune;
  },
  location: (epn) => (epn.latitude === null || epn.longitude === null ? null : { latitude: epn.latitude, longitude: epn.longitude }),
  services: (epn) => epn.services as never,
  specificPublics: (epn) => epn.specificPublics as never,
  accessibilitySupport: (epn) => epn.accessibilitySupport as never,
  fees: (epn) => epn.fees as never,
  accessModes: (epn) => epn.accessModes as never,
  accompanimentModes: (epn) => epn.accompanimentModes as never,
  nationalProgrammes: (epn) => epn.nationalProgrammes as never,
  trainingLabels: (epn) => epn.trainingLabels as never,
  venueType: (epn) => epn.venueType as never,
  mediatorCount: (epn, _args, { epns }) => epns.mediatorCount(epn.id),
  currentLabel: (epn, _args, { labels }) => labels.current(epn.id),
  hasActiveLabel: (epn, _args, { labels }) => labels.hasActiveLabel(epn.id),
  labels: (epn, { first, after }, { labels }) => labels.ofEpn(epn.id, { first, after }),
  declaredBy: (epn) => (epn.declaredByAdherentId ? { id: epn.declaredByAdherentId } : null),
  labelRequests: (epn, { first, after }, { labels, viewer }) => labels.requestsOfEpn(viewer, epn.id, { first, after }),
};
