import { badUserInput, forbidden } from '../../../kit/src/errors';
import { geography, TERRITORY_LEVELS, type Territory, type TerritoryLevel } from '../../../kit/src/geography';
import type { GraphClient } from '../../../kit/src/graph-client';
import { resolveTerritory } from '../../../kit/src/territories';
import { requireRole, type Viewer } from '../../../kit/src/viewer';
import type { WriteActor, WriteScope } from '../services/epn-write-service';

/** Who may import, and where: the national administrator anywhere (or where it says), an adherent administrator in its ressort. */
export const IMPORT_ROLES = ['ADHERENT_ADMIN', 'NATIONAL_ADMIN'] as const;

export function territoryScope(territory: Territory): WriteScope {
  const g = geography();
  const label = territory.level === 'COUNTRY' ? 'France' : `${territory.level} ${territory.code} (${territory.name})`;
  return { label, contains: (code) => g.contains(territory, code) };
}

/** « DEPARTEMENT:35 », « REGION:53 », « EPCI:243500139 », « COMMUNE:35238 », « COUNTRY:FR ». */
export function parseTerritory(text: string, argument = 'territory'): Territory {
  const match = /^([A-Za-z]+):(\S+)$/.exec(text.trim());
  const level = match?.[1].toUpperCase();
  if (!match || !TERRITORY_LEVELS.includes(level as TerritoryLevel)) {
    throw badUserInput(argument, `must be LEVEL:CODE with LEVEL one of ${TERRITORY_LEVELS.join(', ')} (e.g. DEPARTEMENT:35), got "${text}"`);
  }
  return resolveTerritory({ level: level as TerritoryLevel, code: match[2] }, argument);
}

const ADHERENT_RESSORT = `query AdherentRessort($id: ID!, $after: String) {
  adherent(id: $id) {
    name kind status
    territory { level code }
    memberCommunes(first: 100, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } }
  }
}`;

interface RessortAnswer {
  adherent: {
    name: string;
    kind: string;
    status: string;
    territory: { level: TerritoryLevel; code: string } | null;
    memberCommunes: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  } | null;
}

/**
 * The actor of an import made through the graph. A declared territory is accepted from the national
 * administrator only; an adherent administrator's ressort is read from the adherents subgraph through
 * the graph (its adherent id comes from the verified viewer, never from the request).
 */
export async function importActorFor(viewer: Viewer, declaredTerritory: string | null, graph: GraphClient): Promise<WriteActor> {
  requireRole(viewer, IMPORT_ROLES, 'import places');
  if (viewer.role === 'NATIONAL_ADMIN') {
    const territory = declaredTerritory ? parseTerritory(declaredTerritory) : geography().country;
    return { role: viewer.role, subject: viewer.subject, adherentId: null, scope: territoryScope(territory) };
  }
  if (declaredTerritory) {
    throw forbidden('An adherent administrator imports into its own ressort, read from its adhesion: do not declare a territory.');
  }
  if (!viewer.adherentId) throw forbidden('Your token names no adherent: an adherent administrator\'s token carries its adherentId.');
  let answer = await graph.query<RessortAnswer>('read the adherent\'s ressort', ADHERENT_RESSORT, { id: viewer.adherentId });
  const adherent = answer.adherent;
  if (!adherent) throw forbidden(`Adherent ${viewer.adherentId} does not exist.`);
  if (adherent.status !== 'VALIDATED') {
    throw forbidden(`${adherent.name}'s adhesion is ${adherent.status.toLowerCase()}: only an adherent validated by the national mission may import places.`);
  }
  const base = { role: viewer.role, subject: viewer.subject, adherentId: viewer.adherentId };
  if (adherent.territory) return { ...base, scope: territoryScope(resolveTerritory(adherent.territory, 'adherent.territory')) };
  if (adherent.kind === 'PAYS') {
    const communes = new Set<string>();
    for (;;) {
      for (const edge of answer.adherent!.memberCommunes.edges) communes.add(edge.node.code);
      const page = answer.adherent!.memberCommunes.pageInfo;
      if (!page.hasNextPage) break;
      answer = await graph.query<RessortAnswer>('read the adherent\'s ressort', ADHERENT_RESSORT, { id: viewer.adherentId, after: page.endCursor });
    }
    return { ...base, scope: { label: `the ${communes.size} communes of ${adherent.name}`, contains: (code) => communes.has(code) } };
  }
  throw forbidden(`${adherent.name} has no territory (ressort) in its adhesion, so it cannot import places.`);
}
