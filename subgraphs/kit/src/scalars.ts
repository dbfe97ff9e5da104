import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/** The scalars every subgraph declares (`scalar DateTime`, `scalar Date`), from graphql-scalars. */
export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
};
