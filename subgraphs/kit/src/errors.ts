import { GraphQLError } from 'graphql';

/** Stable codes clients can branch on; the message is for a person. */
export type ErrorCode =
  | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR'
  /** A rule needed another subgraph's data and the graph could not give it; nothing was written. */
  | 'GRAPH_UNAVAILABLE';

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** An argument or input field broke a rule: name both so the caller can fix the request. */
export function badUserInput(field: string, rule: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return appError('BAD_USER_INPUT', `Invalid value for "${field}": ${rule}.`, { ...extensions, field, rule });
}

export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return appError('FORBIDDEN', message, extensions);
}

export function unauthenticated(message = 'You must be signed in to do this: send a valid bearer token.'): GraphQLError {
  return appError('UNAUTHENTICATED', message);
}

export function notFound(type: string, id: string): GraphQLError {
  return appError('NOT_FOUND', `No ${type} with id "${id}".`, { type, id });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return appError('CONFLICT', message, extensions);
}
