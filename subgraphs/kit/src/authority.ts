import { forbidden } from './errors';
import type { GraphClient } from './graph-client';
import { describeRole, type Viewer } from './viewer';

/**
 * Facts that rules of one subgraph need from another, read through the graph at the moment of the
 * write (never copied between schemas, never taken from a token claim), and the territorial rule
 * built on them. Shared by the national subgraphs and reusable by regional ones.
 */
export interface AdherentStanding {
  id: string;
  name: string;
  kind: string;
  /** Status of its current adhesion: only VALIDATED opens its administrator access. */
  status: string;
  /** Whether its ressort holds the commune asked about (région ⊃ départements ⊃ communes, EPCI and « pays » by member communes). */
  covers: boolean;
  /** Charter version of its current adhesion. */
  charterVersion: number | null;
}

const ADHERENT_STANDING = `query AdherentStanding($id: ID!, $commune: String!) {
  adherent(id: $id) { id name kind status covers(communeCode: $commune) currentAdhesion { charterVersion } }
}`;

export async function adherentStanding(graph: GraphClient, adherentId: string, communeCode: string): Promise<AdherentStanding | null> {
  const data = await graph.query<{ adherent: (Omit<AdherentStanding, 'charterVersion'> & { currentAdhesion: { charterVersion: number } | null }) | null }>(
    "check the adherent's adhesion and ressort",
    ADHERENT_STANDING,
    { id: adherentId, commune: communeCode },
  );
  if (!data.adherent) return null;
  const { currentAdhesion, ...rest } = data.adherent;
  return { ...rest, charterVersion: currentAdhesion?.charterVersion ?? null };
}

const ADHERENT_STATUS = `query AdherentStatus($id: ID!) { adherent(id: $id) { id name status } }`;

/** An adherent's name and adhesion status now, or null when unknown. */
export async function adherentStatus(graph: GraphClient, adherentId: string): Promise<{ id: string; name: string; status: string } | null> {
  const data = await graph.query<{ adherent: { id: string; name: string; status: string } | null }>(
    "check the adherent's adhesion",
    ADHERENT_STATUS,
    { id: adherentId },
  );
  return data.adherent;
}

export interface EpnFacts {
  id: string;
  name: string;
  commune: { code: string; name: string };
  hasActiveLabel: boolean;
  declaredBy: { id: string } | null;
}

const EPN_FACTS = `query EpnFacts($id: ID!) {
  epn(id: $id) { id name commune { code name } hasActiveLabel declaredBy { id } }
}`;

/** An EPN as the epn subgraph says it is now (its label status included), or null when unknown. */
export async function epnFacts(graph: GraphClient, epnId: string, purpose = 'read the EPN and its label'): Promise<EpnFacts | null> {
  const data = await graph.query<{ epn: EpnFacts | null }>(purpose, EPN_FACTS, { id: epnId });
  return data.epn;
}

/** Where an adherent wants to act: a commune, possibly an EPN (which an association may have declared). */
export interface Place {
  communeCode: string;
  communeName: string;
  /** For messages: « EPN “Médiathèque de Vitré” » or « an event in Vitré ». */
  description: string;
  /** The adherent that declared the EPN, when acting on one: it may act on it wherever it is. */
  declaredByAdherentId?: string | null;
}

/**
 * The territorial rule for an adherent administrator, checked live: its adherent exists, its
 * adhesion is VALIDATED now, and the place is inside its ressort (or is an EPN it declared). Any
 * other case is FORBIDDEN with a message saying what is allowed. Returns the adherent's standing.
 */
export async function requireAdherentAuthority(graph: GraphClient, viewer: Viewer, place: Place, action: string): Promise<AdherentStanding> {
  const adherentId = viewer.adherentId;
  if (viewer.role !== 'ADHERENT_ADMIN' || !adherentId) {
    throw forbidden(`Only an adherent administrator may ${action} on behalf of an adherent; you are signed in as ${describeRole(viewer.role)}.`);
  }
  const standing = await adherentStanding(graph, adherentId, place.communeCode);
  if (!standing) {
    throw forbidden(`Your account administers adherent ${adherentId}, which NetPublic does not know: only a validated adherent may ${action}.`);
  }
  if (standing.status !== 'VALIDATED') {
    throw forbidden(
      `${standing.name} may ${action} only while its adhesion to the charter is validated by the national mission; its adhesion is ${standing.status}.`,
      { adhesionStatus: standing.status },
    );
  }
  const declared = !!place.declaredByAdherentId && place.declaredByAdherentId === standing.id;
  if (!standing.covers && !declared) {
    throw forbidden(
      `${standing.name} may ${action} only inside its ressort${standing.kind === 'PAYS' ? ' (the communes it declared)' : ''}${standing.kind === 'ASSOCIATION' || standing.kind === 'PUBLIC_BODY' || standing.kind === 'REPRESENTATIVE_ASSOCIATION' ? ' or for an EPN it declared' : ''}; ${place.description} is in ${place.communeName} (${place.communeCode}), outside it.`,
      { communeCode: place.communeCode },
    );
  }
  return standing;
}
