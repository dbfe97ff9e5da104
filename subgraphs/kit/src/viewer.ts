import { forbidden, unauthenticated } from './errors';

/** Who is asking. The gateway verifies the client's token and passes this to subgraphs, signed. */
export const ROLES = ['ANONYMOUS', 'EPN_MANAGER', 'ADHERENT_ADMIN', 'NATIONAL_ADMIN', 'ANALYST', 'REGIONAL_CENTRE'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role;
  /** Stable id of the person or system (the token's `sub`); null when anonymous. */
  subject: string | null;
  /** ADHERENT_ADMIN: the adherent this account administers. */
  adherentId?: string | null;
  /** EPN_MANAGER: the EPN this account manages. */
  epnId?: string | null;
  /** REGIONAL_CENTRE: the regional subgraph this credential may check and publish. */
  subgraph?: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'ANONYMOUS', subject: null });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Refuses anonymous callers with UNAUTHENTICATED and other roles with FORBIDDEN, saying who may. */
export function requireRole(viewer: Viewer, allowed: readonly Role[], action: string): void {
  if (allowed.includes(viewer.role)) return;
  if (viewer.role === 'ANONYMOUS') throw unauthenticated(`You must be signed in to ${action}.`);
  throw forbidden(`Only ${allowed.map(describeRole).join(' or ')} may ${action}; you are signed in as ${describeRole(viewer.role)}.`, {
    allowedRoles: allowed,
  });
}

export function describeRole(role: Role): string {
  switch (role) {
    case 'ANONYMOUS': return 'an anonymous visitor';
    case 'EPN_MANAGER': return 'an EPN manager';
    case 'ADHERENT_ADMIN': return 'an adherent administrator';
    case 'NATIONAL_ADMIN': return 'the national administrator';
    case 'ANALYST': return 'an analyst';
    case 'REGIONAL_CENTRE': return 'a regional resource centre';
  }
}
