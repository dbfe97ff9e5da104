import type { ResourceResolvers } from '../__generated__/resolvers-types';

export const Resource: ResourceResolvers = {
  __resolveReference: (ref, { resources }) => resources.get(ref.id),
  url: (resource, _args, { resources, viewer }) => resources.urlFor(viewer, resource),
};
