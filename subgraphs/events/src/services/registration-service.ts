import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  adherentStatus, conflict, emailAddress, forbidden, GraphClient, idArgument, isUniqueViolation, keyedLoader, NestedConnections, notFound, requiredText, unauthenticated,
  type Connection, type Logger, type PageArgs, type SortKey, type Viewer,
} from '../../../kit/src';
import { EventEntity, RegistrationEntity } from '../entities';
import type { RegistrationStatus } from '../entities/Registration';

/** What a registrant gets back: their place and, once, the code to cancel; never anyone's name or e-mail. */
export interface RegistrationTicket {
  registrationId: string;
  eventId: string;
  status: RegistrationStatus;
  waitingPosition: number | null;
  cancellationCode: string | null;
}

/** Registrations in the order they were made (the waiting list's order too). */
const REGISTRATION_ORDER: SortKey<RegistrationEntity>[] = [
  { expression: 'r.sequence', direction: 'ASC', value: (r) => r.sequence },
];

interface SeatCounts {
  eventId: string;
  confirmed: number;
  waiting: number;
}

/**
 * Whom the token names as the event's organiser (or the national mission). An adherent's
 * administrator must also hold a validated adhesion now: that is checked through the graph.
 */
export function isOrganiserOrNational(viewer: Viewer, event: EventEntity): boolean {
  if (viewer.role === 'NATIONAL_ADMIN') return true;
  if (event.organiserKind === 'EPN') return viewer.role === 'EPN_MANAGER' && !!viewer.epnId && viewer.epnId === event.epnId;
  return viewer.role === 'ADHERENT_ADMIN' && !!viewer.adherentId && viewer.adherentId === event.organiserAdherentId;
}

const CODE_BYTES = 18;

export function hashCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Seats and registrations. Registering locks the event row (SELECT … FOR UPDATE), counts confirmed
 * registrations and inserts CONFIRMED or WAITING in the same transaction: registrations to one event
 * are serialised, so the capacity is never exceeded and `sequence` is the waiting list's order.
 * Cancelling takes the same lock and promotes the first WAITING by `sequence`.
 */
export class RegistrationService {
  private readonly counts: DataLoader<string, SeatCounts | null>;
  private readonly positions: DataLoader<string, { id: string; position: number } | null>;
  private readonly byEvent = new Map<string, NestedConnections<RegistrationEntity>>();

  constructor(private readonly dataSource: DataSource, private readonly graph: GraphClient, private readonly logger: Logger) {
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

  async of(viewer: Viewer, event: EventEntity, status: RegistrationStatus | null | undefined, page: PageArgs): Promise<Connection<RegistrationEntity>> {
    if (!(await this.mayManage(viewer, event))) {
      throw forbidden("Only the national administrator and the event's organiser (its EPN's managers or its validated adherent's administrators) may see its registrations (personal data).");
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

  /** The organiser (an adherent's administrator only while its adhesion is validated) or the national mission. */
  async mayManage(viewer: Viewer, event: EventEntity): Promise<boolean> {
    if (!isOrganiserOrNational(viewer, event)) return false;
    if (viewer.role !== 'ADHERENT_ADMIN') return true;
    return (await adherentStatus(this.graph, viewer.adherentId!))?.status === 'VALIDATED';
  }

  /** Registers a person: a seat if one is left, otherwise the end of the waiting list. */
  async register(input: { eventId: string; fullName: string; email: string }): Promise<RegistrationTicket> {
    const eventId = idArgument(input.eventId, 'input.eventId', 'an event');
    const fullName = requiredText(input.fullName, 'input.fullName', 200);
    const email = emailAddress(input.email, 'input.email');
    const code = randomBytes(CODE_BYTES).toString('base64url');
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The lock that serialises registrations to this event: what is counted next cannot go stale.
        const [event] = await manager.query('SELECT id, title, capacity, starts_at FROM events.event WHERE id = $1 FOR UPDATE', [eventId]);
        if (!event) throw notFound('Event', eventId);
        if ((event.starts_at as Date).getTime() <= Date.now()) throw conflict(`Registrations to « ${event.title} » are closed: it started on ${(event.starts_at as Date).toISOString()}.`);
        // One statement while the lock is held (it is held for every round trip): count the seats taken,
        // insert the registration with a seat or at the end of the waiting list, say which.
        const [row]: { id: string; status: RegistrationStatus; waiting_position: number | null }[] = await manager.query(
          `WITH taken AS (
              SELECT (count(*) FILTER (WHERE status = 'CONFIRMED'))::int AS confirmed, (count(*) FILTER (WHERE status = 'WAITING'))::int AS waiting
              FROM events.registration WHERE event_id = $1)
            INSERT INTO events.registration (event_id, full_name, email, status, cancellation_code_hash)
            SELECT $1, $2, $3, CASE WHEN taken.confirmed < $4 THEN 'CONFIRMED' ELSE 'WAITING' END, $5 FROM taken
            RETURNING id, status, CASE WHEN status = 'WAITING' THEN (SELECT waiting + 1 FROM taken) END AS waiting_position`,
          [eventId, fullName, email, event.capacity, hashCode(code)],
        );
        return { registrationId: row.id, eventId, status: row.status, waitingPosition: row.waiting_position, cancellationCode: code };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_registration_event_email')) throw conflict('This e-mail address is already registered to this event.', { field: 'input.email' });
      throw error;
    }
  }

  /**
   * Cancels a registration: with its code (the registrant), or without by the organiser or the
   * national mission. A confirmed seat freed goes to the first person waiting, in the same transaction.
   */
  async cancel(viewer: Viewer, registrationIdInput: string, code: string | null | undefined): Promise<RegistrationTicket> {
    const registrationId = idArgument(registrationIdInput, 'registrationId', 'a registration');
    const registrations = this.dataSource.getRepository(RegistrationEntity);
    const registration = await registrations.findOneBy({ id: registrationId });
    if (!registration) throw notFound('Registration', registrationId);
    const event = await this.dataSource.getRepository(EventEntity).findOneByOrFail({ id: registration.eventId });
    if (code) {
      if (!registration.cancellationCodeHash || !sameHash(hashCode(code.trim()), registration.cancellationCodeHash)) {
        throw forbidden('This cancellation code does not match the registration: use the code given at registration.');
      }
    } else if (!(await this.mayManage(viewer, event))) {
      const message = 'Give the cancellation code received at registration; without it only the event\'s organiser or the national administrator may cancel a registration.';
      throw viewer.role === 'ANONYMOUS' ? unauthenticated(message) : forbidden(message);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM events.event WHERE id = $1 FOR UPDATE', [event.id]);
      const [current] = await manager.query('SELECT status FROM events.registration WHERE id = $1', [registrationId]);
      if (current.status === 'CANCELLED') throw conflict('This registration is already cancelled.');
      await manager.query(`UPDATE events.registration SET status = 'CANCELLED', cancelled_at = now() WHERE id = $1`, [registrationId]);
      if (current.status === 'CONFIRMED') {
        // TypeORM answers an UPDATE with [rows, affected row count].
        const [promoted]: [{ id: string }[], number] = await manager.query(
          `UPDATE events.registration SET status = 'CONFIRMED' WHERE id = (
              SELECT r.id FROM events.registration r WHERE r.event_id = $1 AND r.status = 'WAITING'
                AND (SELECT count(*) FROM events.registration c WHERE c.event_id = $1 AND c.status = 'CONFIRMED') < $2
              ORDER BY r.sequence LIMIT 1)
            RETURNING id`,
          [event.id, event.capacity],
        );
        if (promoted.length) this.logger.info({ eventId: event.id, registrationId: promoted[0].id }, 'a waiting registration got the freed seat');
      }
      return { registrationId, eventId: event.id, status: 'CANCELLED', waitingPosition: null, cancellationCode: null };
    });
  }
}
