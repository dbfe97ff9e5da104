import type { IncomingMessage } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { headerValue } from '../../../subgraphs/kit/src';

export interface GraphResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/**
 * Runs one of the graph's typed operations (schema/operations) on the very gateway that received
 * `req`, over HTTP and with the caller's own bearer token: HTTP routes see exactly what the caller
 * would see in GraphQL, through the same authentication, limits and subgraph calls.
 */
export async function executeOnThisGateway<TData, TVariables>(
  req: IncomingMessage,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  requestId: string,
): Promise<GraphResult<TData>> {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  const authorization = headerValue(req, 'authorization');
  const response = await fetch(`http://${host}:${req.socket.localPort}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, data: body.data, errors: body.errors };
}
