import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Adherent } from './Adherent';
import { Adhesion, AdhesionEvent } from './Adhesion';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Territory } from './Territory';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Adherent, Adhesion, AdhesionEvent, Territory };
