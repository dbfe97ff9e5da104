import type { DataSource, EntityManager } from 'typeorm';
import {
  badUserInput, calendarDay, conflict, emailAddress, forbidden, geography, idArgument, isUniqueViolation, notFound,
  optionalText, parisToday, requiredText, requireRole, resolveTerritory, type TerritoryRef, type Viewer,
} from '../../../kit/src';
import { charterOf } from '../charters';
import { AdherentEntity, AdhesionEntity, AdhesionEventEntity, ContactEntity, PaysCommuneEntity } from '../entities';
import type { AdherentKind, RessortLevel } from '../entities/Adherent';
import { LIVE_ADHESION_STATUSES, type AdhesionStatus } from '../entities/Adhesion';
import type { AdhesionAction } from '../entities/AdhesionEvent';

export interface NewAdherentInput {
  kind: AdherentKind;
  name: string;
  siren?: string | null;
  territory?: TerritoryRef | null;
  memberCommunes?: string[] | null;
}

export interface RegisterAdhesionInput {
  adherentId?: string | null;
  newAdherent?: NewAdherentInput | null;
  charterVersion: number;
  signedOn: string | Date;
  signatoryTitle: string;
  signatoryName?: string | null;
  contact?: { fullName: string; email: string; phone?: string | null; roleTitle?: string | null } | null;
}

/** Kinds whose ressort is their own territory, at their own level: one adherent per territory. */
const TERRITORIAL_KINDS: readonly AdherentKind[] = ['REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI'];
/** Bodies that may adhere with or without a territory (an association acts on the EPN it declared). */
const BODY_KINDS: readonly AdherentKind[] = ['PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION'];

export const MAX_PAYS_COMMUNES = 2000;

/** The 2016 charter replaced the 2007 one from the day the State signed it. */
const REVISED_CHARTER_VERSION = 2016;

/** A new adherent, checked against the official geography and the rules of its kind. */
export interface CheckedNewAdherent {
  kind: AdherentKind;
  name: string;
  siren: string | null;
  territoryLevel: RessortLevel | null;
  territoryCode: string | null;
  memberCommunes: string[];
}

export function checkNewAdherent(input: NewAdherentInput, field = 'input.newAdherent'): CheckedNewAdherent {
  const name = requiredText(input.name, `${field}.name`, 300);
  // Written « 123 456 789 » as often as « 123456789 ».
  const siren = optionalText(input.siren, `${field}.siren`, 20)?.replace(/\s/g, '') ?? null;
  if (siren !== null && !/^[0-9]{9}$/.test(siren)) throw badUserInput(`${field}.siren`, 'must be a SIREN number of 9 digits');
  const territory = input.territory ? resolveTerritory(input.territory, `${field}.territory`) : null;
  const members = input.memberCommunes ?? null;
  if (input.kind === 'PAYS') {
    if (territory) throw badUserInput(`${field}.territory`, 'must be empty for a « pays »: it declares its member communes instead');
    return { kind: input.kind, name, siren, territoryLevel: null, territoryCode: null, memberCommunes: checkMemberCommunes(members, `${field}.memberCommunes`) };
  }
  if (members !== null) throw badUserInput(`${field}.memberCommunes`, 'is only for a « pays »; other adherents have the ressort of their territory');
  if (TERRITORIAL_KINDS.includes(input.kind)) {
    if (!territory) throw badUserInput(`${field}.territory`, `is required for a ${input.kind.toLowerCase()}: its ressort`);
    if (territory.level !== input.kind) {
      throw badUserInput(`${field}.territory.level`, `must be ${input.kind} for an adherent of kind ${input.kind} (its ressort is its own territory), got ${territory.level}`);
    }
  } else if (territory && (territory.level === 'COUNTRY' || !BODY_KINDS.includes(input.kind))) {
    throw badUserInput(`${field}.territory.level`, 'must be REGION, DEPARTEMENT, EPCI or COMMUNE: a body acts on part of France, the whole country is the national mission');
  }
  return {
    kind: input.kind, name, siren,
    territoryLevel: (territory?.level as RessortLevel | undefined) ?? null, territoryCode: territory?.code ?? null,
    memberCommunes: [],
  };
}

/** A « pays »'s declared communes: current INSEE codes of the official geography, at least two, no repeats. */
export function checkMemberCommunes(codes: string[] | null, field: string): string[] {
  if (!codes || codes.length < 2) throw badUserInput(field, 'must list at least two communes (INSEE codes): a « pays » groups communes');
  if (codes.length > MAX_PAYS_COMMUNES) throw badUserInput(field, `must list at most ${MAX_PAYS_COMMUNES} communes`);
  const seen = new Set<string>();
  codes.forEach((raw, index) => {
    const code = raw.trim();
    const commune = geography().commune(code);
    if (!commune) {
      const current = geography().currentCommune(code);
      throw badUserInput(
        `${field}[${index}]`,
        current
          ? `"${code}" is a former commune, now part of ${current.commune.name} (${current.commune.code}): declare the current commune`
          : `"${code}" is not a current commune code of the official geography (COG)`,
      );
    }
    if (seen.has(code)) throw badUserInput(`${field}[${index}]`, `"${code}" is declared twice`);
    seen.add(code);
  });
  return [...seen];
}

/** The signature's date and charter: a known version, signed once the State had signed it, not in the future. */
export function checkSignature(charterVersion: number, signedOnInput: string | Date, today = parisToday()): string {
  const charter = charterOf(charterVersion);
  if (!charter) throw badUserInput('input.charterVersion', 'must be 2007 or 2016, the versions of the NetPublic charter');
  const signedOn = calendarDay(signedOnInput);
  if (signedOn > today) throw badUserInput('input.signedOn', `must not be in the future (today is ${today})`);
  if (charter.signedOn && signedOn < charter.signedOn) {
    throw badUserInput('input.signedOn', `must not be before ${charter.signedOn}, when the State signed the ${charter.version} charter`);
  }
  const revised = charterOf(REVISED_CHARTER_VERSION)!;
  if (charter.version < revised.version && revised.signedOn && signedOn >= revised.signedOn) {
    throw badUserInput('input.charterVersion', `the ${charter.version} charter was replaced on ${revised.signedOn}: a signature made since then is of the ${revised.version} charter`);
  }
  return signedOn;
}

interface Transition {
  from: readonly AdhesionStatus[];
  to: AdhesionStatus;
  /** What to say when the adhesion is in a status the step cannot start from. */
  hint?: Partial<Record<AdhesionStatus, string>>;
}

/** The adhesion lifecycle: SIGNED → SENT_TO_PREFECTURE → VALIDATED, rejected before validation, withdrawn while in force. */
export const TRANSITIONS: Record<Exclude<AdhesionAction, 'REGISTERED'>, Transition> = {
  PREFECTURE_COPY_SENT: { from: ['SIGNED'], to: 'SENT_TO_PREFECTURE' },
  VALIDATED: {
    from: ['SENT_TO_PREFECTURE'], to: 'VALIDATED',
    hint: { SIGNED: 'record first the copy sent to the Préfet de Région (recordPrefectureCopy)' },
  },
  REJECTED: { from: ['SIGNED', 'SENT_TO_PREFECTURE'], to: 'REJECTED', hint: { VALIDATED: 'a validated adhesion is withdrawn, not rejected (withdrawAdhesion)' } },
  WITHDRAWN: { from: LIVE_ADHESION_STATUSES, to: 'WITHDRAWN' },
};

/** Refuses a step the adhesion's status does not allow, with CONFLICT saying which statuses allow it. */
export function assertTransition(status: AdhesionStatus, action: keyof typeof TRANSITIONS): AdhesionStatus {
  const transition = TRANSITIONS[action];
  if (transition.from.includes(status)) return transition.to;
  const hint = transition.hint?.[status];
  throw conflict(
    `This adhesion is ${status}: it can become ${transition.to} only from ${transition.from.join(' or ')}${hint ? `; ${hint}` : ''}.`,
    { status, allowedFrom: transition.from },
  );
}

/** The lifecycle of adhesions: every step in one transaction, with the adhesion row locked and the step recorded. */
export class AdhesionService {
  constructor(private readonly dataSource: DataSource) {}

  async register(viewer: Viewer, input: RegisterAdhesionInput): Promise<AdhesionEntity> {
    if (!!input.adherentId === !!input.newAdherent) {
      throw badUserInput('input', 'give either adherentId (a known adherent signing again) or newAdherent (a body signing for the first time), not both');
    }
    const signedOn = checkSignature(input.charterVersion, input.signedOn);
    const signatoryTitle = requiredText(input.signatoryTitle, 'input.signatoryTitle', 200);
    const signatoryName = optionalText(input.signatoryName, 'input.signatoryName', 200);
    const contact = input.contact
      ? {
          fullName: requiredText(input.contact.fullName, 'input.contact.fullName', 200),
          email: emailAddress(input.contact.email, 'input.contact.email'),
          phone: optionalText(input.contact.phone, 'input.contact.phone', 30),
          roleTitle: optionalText(input.contact.roleTitle, 'input.contact.roleTitle', 200),
        }
      : null;
    const fresh = input.newAdherent ? checkNewAdherent(input.newAdherent) : null;
    const knownId = input.adherentId ? idArgument(input.adherentId, 'input.adherentId', 'an adherent') : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const adherentId = fresh ? await this.createAdherent(manager, fresh) : await this.lockAdherentWithoutLiveAdhesion(manager, knownId!);
        const adhesion = await manager.getRepository(AdhesionEntity).save(
          manager.getRepository(AdhesionEntity).create({
            adherentId, charterVersion: input.charterVersion, signedOn, signatoryTitle, signatoryName, status: 'SIGNED',
            prefectureCopySentOn: null, validatedAt: null, validatedBy: null, decisionReason: null, rejectedAt: null, withdrawnAt: null, withdrawalReason: null,
          }),
        );
        if (contact) await manager.getRepository(ContactEntity).insert({ adherentId, ...contact });
        await this.record(manager, viewer, adhesion.id, 'REGISTERED', null);
        return adhesion;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_adherent_siren')) throw conflict('An adherent with this SIREN is already registered: register the adhesion with its adherentId.');
      if (isUniqueViolation(error, 'uq_adhesion_live_per_adherent')) throw conflict('This adherent already has an adhesion in force.');
      throw error;
    }
  }

  async recordPrefectureCopy(viewer: Viewer, adhesionId: string, sentOnInput: string | Date): Promise<AdhesionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN'], 'record the copy sent to the Préfet de Région');
    const sentOn = calendarDay(sentOnInput);
    return this.step(viewer, adhesionId, 'PREFECTURE_COPY_SENT', null, (adhesion) => {
      if (sentOn < adhesion.signedOn) throw badUserInput('sentOn', `must not be before the signature (${adhesion.signedOn})`);
      if (sentOn > parisToday()) throw badUserInput('sentOn', `must not be in the future (today is ${parisToday()})`);
      return { prefectureCopySentOn: sentOn };
    });
  }

  async validate(viewer: Viewer, adhesionId: string): Promise<AdhesionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN'], 'validate an adhesion');
    return this.step(viewer, adhesionId, 'VALIDATED', null, () => ({ validatedAt: new Date(), validatedBy: viewer.subject }));
  }

  async reject(viewer: Viewer, adhesionId: string, reasonInput: string): Promise<AdhesionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN'], 'reject an adhesion');
    const reason = requiredText(reasonInput, 'reason', 2000);
    return this.step(viewer, adhesionId, 'REJECTED', reason, () => ({ decisionReason: reason, rejectedAt: new Date() }));
  }

  async withdraw(viewer: Viewer, adhesionId: string, reasonInput: string): Promise<AdhesionEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN', 'ADHERENT_ADMIN'], 'withdraw an adhesion');
    const reason = requiredText(reasonInput, 'reason', 2000);
    return this.step(viewer, adhesionId, 'WITHDRAWN', reason, (adhesion) => {
      if (viewer.role === 'ADHERENT_ADMIN' && viewer.adherentId !== adhesion.adherentId) {
        throw forbidden("Only the national administrator or this adherent's own administrators may withdraw its adhesion.");
      }
      return { withdrawnAt: new Date(), withdrawalReason: reason };
    });
  }

  /** One step of the lifecycle, under a lock on the adhesion so two decisions cannot cross. */
  private async step(
    viewer: Viewer,
    adhesionIdInput: string,
    action: keyof typeof TRANSITIONS,
    reason: string | null,
    changes: (adhesion: AdhesionEntity) => Partial<AdhesionEntity>,
  ): Promise<AdhesionEntity> {
    const adhesionId = idArgument(adhesionIdInput, 'adhesionId', 'an adhesion');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AdhesionEntity);
      const adhesion = await repository.findOne({ where: { id: adhesionId }, lock: { mode: 'pessimistic_write' } });
      if (!adhesion) throw notFound('Adhesion', adhesionId);
      const patch = changes(adhesion);
      const status = assertTransition(adhesion.status, action);
      await repository.update({ id: adhesion.id }, { ...patch, status });
      await this.record(manager, viewer, adhesion.id, action, reason);
      return repository.findOneByOrFail({ id: adhesion.id });
    });
  }

  private async record(manager: EntityManager, viewer: Viewer, adhesionId: string, action: AdhesionAction, reason: string | null): Promise<void> {
    await manager.getRepository(AdhesionEventEntity).insert({
      adhesionId, action, occurredAt: new Date(), actorSubject: viewer.subject, actorRole: viewer.role, reason,
    });
  }

  /** Creates a body signing for the first time; a territorial body exists once per territory. */
  private async createAdherent(manager: EntityManager, fresh: CheckedNewAdherent): Promise<string> {
    if (TERRITORIAL_KINDS.includes(fresh.kind)) {
      // Serialises concurrent registrations of the same territory, which the table alone cannot refuse.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`adherent:${fresh.territoryLevel}:${fresh.territoryCode}`]);
      const [existing] = await manager.query(
        'SELECT id, name FROM adherents.adherent WHERE kind = $1 AND territory_level = $2 AND territory_code = $3 LIMIT 1',
        [fresh.kind, fresh.territoryLevel, fresh.territoryCode],
      );
      if (existing) {
        throw conflict(`${existing.name} is already an adherent (id ${existing.id}): register its new adhesion with input.adherentId.`, { adherentId: existing.id });
      }
    }
    const adherent = await manager.getRepository(AdherentEntity).save(
      manager.getRepository(AdherentEntity).create({
        kind: fresh.kind, name: fresh.name, siren: fresh.siren, territoryLevel: fresh.territoryLevel, territoryCode: fresh.territoryCode,
      }),
    );
    if (fresh.memberCommunes.length) {
      await manager.getRepository(PaysCommuneEntity).insert(fresh.memberCommunes.map((communeCode) => ({ adherentId: adherent.id, communeCode })));
    }
    return adherent.id;
  }

  private async lockAdherentWithoutLiveAdhesion(manager: EntityManager, adherentId: string): Promise<string> {
    const adherent = await manager.getRepository(AdherentEntity).findOne({ where: { id: adherentId }, lock: { mode: 'pessimistic_write' } });
    if (!adherent) throw notFound('Adherent', adherentId);
    const live = await manager
      .getRepository(AdhesionEntity)
      .createQueryBuilder('h')
      .where('h.adherent_id = :adherentId AND h.status IN (:...live)', { adherentId, live: LIVE_ADHESION_STATUSES })
      .getOne();
    if (live) {
      throw conflict(`${adherent.name} already has an adhesion in force (${live.status}, charter ${live.charterVersion}): it must end (withdrawn or rejected) before a new one is registered.`, {
        adhesionId: live.id,
      });
    }
    return adherent.id;
  }
}
