import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Epn } from './Epn';
import { Mutation } from './Mutation';
import { OfferClaim } from './OfferClaim';
import { PartnerOffer } from './PartnerOffer';
import { Query } from './Query';
import { Resource } from './Resource';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Resource, PartnerOffer, OfferClaim, Epn };
