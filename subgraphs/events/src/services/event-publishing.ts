import type { DataSource } from 'typeorm';
import {
  badUserInput, calendarDay, conflict, epnFacts, forbidden, geography, GraphClient, idArgument, isUniqueViolation, notFound,
  optionalText, parisDay, requireAdherentAuthority, requiredText, requireRole, type Viewer,
} from '../../../kit/src';
import { EventEditionEntity, EventEntity } from '../entities';
import type { Audience } from '../entities/Event';
import type { EditionKind } from '../entities/EventEdition';

export interface EventEditionInput {
  kind: EditionKind;
  name: string;
  year: number;
  startsOn: string | Date;
  endsOn: string | Date;
  nationalPartners?: string[] | null;
}

export interface PublishEventInput {
  title: string;
  description?: string | null;
  editionId?: string | null;
  epnId?: string | null;
  communeCode?: string | null;
  startsAt: Date;
  endsAt: Date;
  audience: Audience;
  capacity: number;
}

export const MAX_CAPACITY = 10_000;
const MAX_PARTNERS = 30;
const MAX_EVENT_DAYS = 31;

/** An edition's details, checked: dates in order and in its year, partners named once. */
export function checkEdition(input: EventEditionInput): Omit<EventEditionEntity, 'id' | 'createdAt'> {
  const name = requiredText(input.name, 'input.name', 200);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badUserInput('input.year', 'must be a year between 2000 and 2100');
  const startsOn = calendarDay(input.startsOn);
  const endsOn = calendarDay(input.endsOn);
  if (Number(startsOn.slice(0, 4)) !== input.year) throw badUserInput('input.startsOn', `must be in ${input.year}, the edition's year`);
  if (endsOn < startsOn) throw badUserInput('input.endsOn', 'must not be before input.startsOn');
  const partners = (input.nationalPartners ?? []).map((partner, index) => requiredText(partner, `input.nationalPartners[${index}]`, 200));
  if (partners.length > MAX_PARTNERS) throw badUserInput('input.nationalPartners', `must list at most ${MAX_PARTNERS} partners`);
  if (new Set(partners).size !== partners.length) throw badUserInput('input.nationalPartners', 'must name each partner once');
  return { kind: input.kind, name, year: input.year, startsOn, endsOn, nationalPartners: partners };
}

/** The national mission's editions, and events published by EPN and adherents. */
export class EventPublishing {
  constructor(private readonly dataSource: DataSource, private readonly graph: GraphClient) {}

  async createEdition(viewer: Viewer, input: EventEditionInput): Promise<EventEditionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN'], "create an edition of the Fête de l'Internet or a national moment");
    const edition = checkEdition(input);
    const repository = this.dataSource.getRepository(EventEditionEntity);
    try {
      return await repository.save(repository.create(edition));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_event_edition_fete_year')) throw conflict(`There is already a Fête de l'Internet in ${edition.year}: update it instead.`);
      throw error;
    }
  }

  async updateEdition(viewer: Viewer, idInput: string, input: EventEditionInput): Promise<EventEditionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN'], 'update an edition');
    const id = idArgument(idInput, 'id', 'an event edition');
    const edition = checkEdition(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(EventEditionEntity);
        const existing = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!existing) throw notFound('EventEdition', id);
        const [{ outside }] = await manager.query(
          `SELECT count(*)::int AS outside FROM events.event e WHERE e.edition_id = $1
            AND ((e.starts_at AT TIME ZONE 'Europe/Paris')::date < $2::date OR (e.ends_at AT TIME ZONE 'Europe/Paris')::date > $3::date)`,
          [id, edition.startsOn, edition.endsOn],
        );
        if (outside > 0) throw conflict(`${outside} event(s) of this edition would fall outside ${edition.startsOn} – ${edition.endsOn}: move them first.`, { eventsOutside: outside });
        await repository.update({ id }, edition);
        return repository.findOneByOrFail({ id });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_event_edition_fete_year')) throw conflict(`There is already a Fête de l'Internet in ${edition.year}.`);
      throw error;
    }
  }

  /**
   * Publishes an event. An EPN manager organises for its EPN; an adherent administrator organises in
   * a commune of its ressort (or at an EPN it declared), its adhesion validated now — both facts read
   * through the graph.
   */
  async publish(viewer: Viewer, input: PublishEventInput): Promise<EventEntity> {
    requireRole(viewer, ['EPN_MANAGER', 'ADHERENT_ADMIN'], 'publish an event');
    const title = requiredText(input.title, 'input.title', 200);
    const description = optionalText(input.description, 'input.description', 5000);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) {
      throw badUserInput('input.capacity', `must be a whole number of seats from 1 to ${MAX_CAPACITY}`);
    }
    if (input.startsAt.getTime() <= Date.now()) throw badUserInput('input.startsAt', 'must be in the future');
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw badUserInput('input.endsAt', 'must be after input.startsAt');
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) throw badUserInput('input.endsAt', `must be at most ${MAX_EVENT_DAYS} days after input.startsAt`);
    const edition = input.editionId ? await this.edition(input.editionId) : null;
    if (edition && (parisDay(input.startsAt) < edition.startsOn || parisDay(input.endsAt) > edition.endsOn)) {
      throw badUserInput('input.startsAt', `must fall within ${edition.name} (${edition.startsOn} – ${edition.endsOn}, Paris time)`);
    }

    let epnId: string | null = input.epnId ? idArgument(input.epnId, 'input.epnId', 'an EPN') : null;
    if (viewer.role === 'EPN_MANAGER') {
      epnId ??= viewer.epnId ?? null;
      if (epnId !== viewer.epnId) throw forbidden(`An EPN manager publishes events only for the EPN it manages (${viewer.epnId}).`);
    }
    const epn = epnId ? await epnFacts(this.graph, epnId, 'read the EPN hosting the event') : null;
    if (epnId && !epn) throw notFound('Epn', epnId);
    const communeCode = input.communeCode ? this.commune(input.communeCode) : epn?.commune.code;
    if (!communeCode) throw badUserInput('input.communeCode', 'is required for an event without a host EPN: where it takes place');

    let organiserAdherentId: string | null = null;
    if (viewer.role === 'ADHERENT_ADMIN') {
      const atDeclaredEpn = !!epn && communeCode === epn.commune.code;
      const standing = await requireAdherentAuthority(
        this.graph,
        viewer,
        {
          communeCode, communeName: geography().commune(communeCode)?.name ?? communeCode, description: 'the event',
          declaredByAdherentId: atDeclaredEpn ? epn.declaredBy?.id ?? null : null,
        },
        'publish an event',
      );
      organiserAdherentId = standing.id;
    }
    const repository = this.dataSource.getRepository(EventEntity);
    return repository.save(repository.create({
      title, description, editionId: edition?.id ?? null, organiserKind: viewer.role === 'EPN_MANAGER' ? 'EPN' : 'ADHERENT',
      epnId, organiserAdherentId, communeCode, startsAt: input.startsAt, endsAt: input.endsAt, audience: input.audience, capacity: input.capacity,
    }));
  }

  private async edition(idInput: string): Promise<EventEditionEntity> {
    const id = idArgument(idInput, 'input.editionId', 'an event edition');
    const edition = await this.dataSource.getRepository(EventEditionEntity).findOneBy({ id });
    if (!edition) throw notFound('EventEdition', id);
    return edition;
  }

  private commune(code: string): string {
    const commune = geography().commune(code.trim());
    if (!commune) throw badUserInput('input.communeCode', `"${code}" is not a current commune code of the official geography (COG)`);
    return commune.code;
  }
}
