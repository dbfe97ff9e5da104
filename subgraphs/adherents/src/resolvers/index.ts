import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Adherent } from './Adherent';
import { Adhesion } from './Adhesion';
import { Query } from './Query';
import { Territory } from './Territory';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Adherent, Adhesion, Territory };
