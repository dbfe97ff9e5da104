import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { forbidden, keyedLoader, NestedConnections, type Connection, type PageArgs, type SortKey, type Viewer } from '../../../kit/src';
import { RegistrationEntity } from '../entities';
import type { EventEntity } from '../entities/Event';
import type { RegistrationStatus } from '../entities/Registration';

/** Registrations in the order they were made (the waiting list's order too). */
const REGISTRATION_ORDER: SortKey<RegistrationEntity>[] = [
  { expression: 'r.sequence', direction: 'ASC', value: (r) => r.sequence },
];

interface SeatCounts {
  eventId: string;
  confirmed: number;
  waiting: number;
}

/** Registrations are personal data: the national mission and the event's organiser only. */
export function mayReadRegistrations(viewer: Viewer, event: EventEntity): boolean {
  if (viewer.role === 'NATIONAL_ADMIN') return true;
  if (event.organiserKind === 'EPN') return viewer.role === 'EPN_MANAGER' && !!viewer.epnId && viewer.epnId === event.epnId;
  return viewer.role === 'ADHERENT_ADMIN' && !!viewer.adherentId && viewer.adherentId === event.organiserAdherentId;
}

/**
 * Seats and registrations. Registering (later) must lock the event row (SELECT … FOR UPDATE), count
 * confirmed registrations, then insert CONFIRMED or WAITING; cancelling promotes the first WAITING
 * by `sequence` under the same lock.
 */
export class RegistrationService {
  private readonly counts: DataLoader<string, SeatCounts | null>;
  private readonly positions: DataLoader<string, { id: string; position: number } | null>;
  private readonly byEvent = new Map<string, NestedConnections<RegistrationEntity>>();

  constructor(private readonly dataSource: DataSource) {
    this.counts = keyedLoader(
      (eventIds) =>
        dataSource.query(
          `SELECT r.event_id::text AS "eventId",
              (count(*) FILTER (WHERE r.status = 'CONFIRMED'))::int AS confirmed,
              (count(*) FILTER (WHERE r.status = 'WAITING'))::int AS waiting
            FROM events.registration r WHERE r.event_id = ANY($1::uuid[]) GROUP BY r.event_id`,
          [eventIds],
        ) as Promise<SeatCounts[]>,
      (row) => row.eventId,
    );
    this.positions = keyedLoader(
      (registrationIds) =>
        dataSource.query(
          `SELECT w.id::text AS id, w.position FROM (
              SELECT r.id, row_number() OVER (PARTITION BY r.event_id ORDER BY r.sequence)::int AS position
              FROM events.registration r
              WHERE r.status = 'WAITING' AND r.event_id IN (SELECT x.event_id FROM events.registration x WHERE x.id = ANY($1::uuid[]))
            ) w WHERE w.id = ANY($1::uuid[])`,
          [registrationIds],
        ) as Promise<{ id: string; position: number }[]>,
      (row) => row.id,
    );
  }

  async confirmedCount(eventId: string): Promise<number> {
    return (await this.counts.load(eventId))?.confirmed ?? 0;
  }

  async waitingCount(eventId: string): Promise<number> {
    return (await this.counts.load(eventId))?.waiting ?? 0;
  }

  async seatsLeft(event: EventEntity): Promise<number> {
    return Math.max(0, event.capacity - (await this.confirmedCount(event.id)));
  }

  /** Rank in the event's waiting list (1 = next to get a seat); null unless waiting. */
  async waitingPosition(registration: RegistrationEntity): Promise<number | null> {
    if (registration.status !== 'WAITING') return null;
    return (await this.positions.load(registration.id))?.position ?? null;
  }

  of(viewer: Viewer, event: EventEntity, status: RegistrationStatus | null | undefined, page: PageArgs): Promise<Connection<RegistrationEntity>> {
    if (!mayReadRegistrations(viewer, event)) {
      throw forbidden("Only the national administrator and the event's organiser (its EPN's managers or its adherent's administrators) may see its registrations (personal data).");
    }
    const key = status ?? '*';
    let loader = this.byEvent.get(key);
    if (!loader) {
      loader = new NestedConnections(this.dataSource, this.dataSource.getRepository(RegistrationEntity), {
        alias: 'r', parentColumn: 'event_id', parentType: 'uuid', keys: REGISTRATION_ORDER,
        ...(status ? { where: 'r.status = $2', params: [status] } : {}),
      });
      this.byEvent.set(key, loader);
    }
    return loader.load(event.id, page);
  }
}
