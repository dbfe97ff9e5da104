import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Epn } from './Epn';
import { Query } from './Query';
import { RegionalTemplateLocalOffer } from './RegionalTemplateLocalOffer';
import { RegionalTemplateTrainingSession } from './RegionalTemplateTrainingSession';
import { RegionalTemplateWorkshop } from './RegionalTemplateWorkshop';
import { Territory } from './Territory';

export const resolvers: Resolvers = {
  ...scalarResolvers, Query, Epn, Territory, RegionalTemplateWorkshop, RegionalTemplateTrainingSession, RegionalTemplateLocalOffer,
};
