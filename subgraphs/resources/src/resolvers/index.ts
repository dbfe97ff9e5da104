import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Epn } from './Epn';
import { PartnerOffer } from './PartnerOffer';
import { Query } from './Query';
import { Resource } from './Resource';

// This subgraph declares only the Date scalar.
export const resolvers: Resolvers = { Date: scalarResolvers.Date, Query, Resource, PartnerOffer, Epn };
