import type { RegionalTemplateTrainingSessionResolvers } from '../__generated__/resolvers-types';

export const RegionalTemplateTrainingSession: RegionalTemplateTrainingSessionResolvers = {
  hostEpn: (session) => (session.hostEpnId ? { id: session.hostEpnId } : null),
  commune: (session) => ({ level: 'COMMUNE', code: session.communeCode }),
};
