import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Adherent } from './Adherent';
import { Epn } from './Epn';
import { Label, LabelEvent } from './Label';
import { LabelRequest } from './LabelRequest';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Territory } from './Territory';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Epn, Label, LabelEvent, LabelRequest, Adherent, Territory };
