import type { GraphQLResponse, TestGraph } from './graph';

/** Helpers for tests of the charter's rules through the gateway. */
export const CRITERIA = ['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT'] as const;

export const ALL_CRITERIA_MET = CRITERIA.map((criterion) => ({ criterion, met: true }));

/**
 * A digest of every row of some tables: equal before and after a refused mutation means the
 * database was left exactly as it was.
 */
export async function fingerprint(graph: TestGraph, tables: readonly string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await graph.sql<{ digest: string; rows: number }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*)::int AS rows FROM ${table} t`,
    );
    result[table] = `${row.rows}:${row.digest}`;
  }
  return result;
}

export const LABEL_TABLES = ['epn.label', 'epn.label_event', 'epn.label_request'] as const;
export const ADHERENT_TABLES = ['adherents.adherent', 'adherents.adhesion', 'adherents.adhesion_event', 'adherents.contact', 'adherents.pays_commune'] as const;

/** The error code of the first error, or 'OK' when the operation succeeded. */
export function outcome(response: GraphQLResponse): string {
  if (response.body.errors?.length) return String(response.body.errors[0].extensions?.code ?? 'UNKNOWN');
  return 'OK';
}

export function firstError(response: GraphQLResponse): { message: string; extensions?: Record<string, any> } {
  const error = response.body.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(response.body.data)}`);
  return error;
}

export const AWARD = `mutation Award($input: AwardLabelInput!) {
  awardLabel(input: $input) { id status exceptional charterVersion awardedBy { id } criteria { criterion met comment } }
}`;
export const SUSPEND = `mutation Suspend($epnId: ID!, $reason: String!) { suspendLabel(epnId: $epnId, reason: $reason) { id status } }`;
export const REINSTATE = `mutation Reinstate($epnId: ID!, $reason: String!) { reinstateLabel(epnId: $epnId, reason: $reason) { id status } }`;
export const WITHDRAW = `mutation Withdraw($epnId: ID!, $reason: String!) { withdrawLabel(epnId: $epnId, reason: $reason) { id status } }`;
