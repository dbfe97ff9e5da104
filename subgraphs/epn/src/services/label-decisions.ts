import { Not, type DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput, conflict, forbidden, geography, GraphClient, idArgument, isUniqueViolation, notFound, optionalText,
  adherentStanding, requireAdherentAuthority, requiredText, requireRole, type AdherentStanding, type Place, type Viewer,
} from '../../../kit/src';
import { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity } from '../entities';
import { CRITERIA, type CriterionAssessmentValue, type CriterionCode, type LabelStatus } from '../entities/Label';
import type { LabelAction } from '../entities/LabelEvent';

/** The charter version of exceptional awards: the one in force. */
const CURRENT_CHARTER_VERSION = 2016;

const CRITERION_TITLES: Record<CriterionCode, string> = {
  PUBLICS: 'publics',
  MEANS: 'means: equipment and trained mediators',
  INITIATION: 'initiation',
  DEVELOPMENT_OF_USES: 'development of uses',
  ENVIRONMENT: 'environment: hosted, networked, non-profit',
};

export interface CriterionAssessmentInput {
  criterion: CriterionCode;
  met: boolean;
  comment?: string | null;
}

/**
 * The assessment of the charter's five criteria: each exactly once (in the charter's order once
 * recorded), and all met, or the award is refused with the list of what is missing.
 */
export function checkCriteria(assessments: readonly CriterionAssessmentInput[], field = 'input.criteria'): CriterionAssessmentValue[] {
  const byCriterion = new Map<CriterionCode, CriterionAssessmentInput>();
  assessments.forEach((assessment, index) => {
    if (byCriterion.has(assessment.criterion)) throw badUserInput(`${field}[${index}]`, `assesses ${assessment.criterion} a second time: each criterion once`);
    byCriterion.set(assessment.criterion, assessment);
  });
  const missing = CRITERIA.filter((criterion) => !byCriterion.has(criterion));
  if (missing.length) throw badUserInput(field, `must assess each of the five criteria of the charter; not assessed: ${missing.join(', ')}`, { notAssessed: missing });
  const recorded = CRITERIA.map((criterion, index) => {
    const assessment = byCriterion.get(criterion)!;
    return { criterion, met: assessment.met, comment: optionalText(assessment.comment, `${field}[${index}].comment`, 2000) };
  });
  const unmet = recorded.filter((assessment) => !assessment.met).map((assessment) => assessment.criterion);
  if (unmet.length) {
    throw badUserInput(
      field,
      `every criterion of the charter must be met to award the label; not met: ${unmet.map((code) => `${code} (${CRITERION_TITLES[code]})`).join(', ')}`,
      { unmetCriteria: unmet },
    );
  }
  return recorded;
}

type StatusChange = Exclude<LabelAction, 'AWARDED'>;

const STATUS_CHANGES: Record<StatusChange, { from: readonly LabelStatus[]; to: LabelStatus; verb: string }> = {
  SUSPENDED: { from: ['ACTIVE'], to: 'SUSPENDED', verb: 'suspend' },
  REINSTATED: { from: ['SUSPENDED'], to: 'ACTIVE', verb: 'reinstate' },
  WITHDRAWN: { from: ['ACTIVE', 'SUSPENDED'], to: 'WITHDRAWN', verb: 'withdraw' },
};

/** The label's next status, or CONFLICT saying which statuses allow the change. */
export function assertStatusChange(current: LabelStatus, change: StatusChange): LabelStatus {
  const rule = STATUS_CHANGES[change];
  if (rule.from.includes(current)) return rule.to;
  throw conflict(`The label is ${current}: only a label that is ${rule.from.join(' or ')} can be ${change.toLowerCase()}.`, { status: current });
}

interface Actor {
  subject: string | null;
  role: string;
  adherentId: string | null;
  /** Charter version the adherent signed (awards by the national mission: the current charter). */
  charterVersion: number;
}

/**
 * Label requests and decisions (award, suspend, reinstate, withdraw). Facts owned by the adherents
 * subgraph (is the adherent validated, does its ressort hold the EPN) are read through the graph
 * before the transaction; the transaction locks the EPN's row so decisions on one EPN never cross,
 * and writes the label, its history and the request together — or nothing.
 */
export class LabelDecisions {
  constructor(private readonly dataSource: DataSource, private readonly graph: GraphClient) {}

  async requestLabel(viewer: Viewer, epnIdInput: string, adherentIdInput: string, messageInput: string | null | undefined): Promise<LabelRequestEntity> {
    requireRole(viewer, ['EPN_MANAGER'], 'request the label for an EPN');
    const epnId = idArgument(epnIdInput, 'epnId', 'an EPN');
    if (viewer.epnId !== epnId) throw forbidden(`An EPN manager may request the label only for the EPN it manages (${viewer.epnId}).`);
    const adherentId = idArgument(adherentIdInput, 'adherentId', 'an adherent');
    const message = optionalText(messageInput, 'message', 2000);
    const epn = await this.epn(epnId);
    const standing = await adherentStanding(this.graph, adherentId, epn.communeCode);
    if (!standing) throw notFound('Adherent', adherentId);
    const declared = epn.declaredByAdherentId === adherentId;
    if (standing.status !== 'VALIDATED') {
      throw badUserInput('adherentId', `must be an adherent whose adhesion is validated; ${standing.name}'s adhesion is ${standing.status}`);
    }
    if (!standing.covers && !declared) {
      throw badUserInput('adherentId', `must be an adherent whose ressort holds the EPN; ${standing.name}'s does not hold ${communeName(epn.communeCode)} (${epn.communeCode})`);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockEpn(manager, epnId);
        const current = await currentLabel(manager, epnId);
        if (current) throw conflict(`EPN « ${epn.name} » already holds ${describeLabel(current.status)}: there is nothing to request.`, { labelId: current.id });
        const pending = await manager.getRepository(LabelRequestEntity).findOneBy({ epnId, status: 'PENDING' });
        if (pending) throw conflict(`EPN « ${epn.name} » already has a pending request (since ${pending.requestedAt.toISOString()}): wait for the decision.`, { requestId: pending.id });
        const repository = manager.getRepository(LabelRequestEntity);
        return repository.save(repository.create({
          epnId, adherentId, status: 'PENDING', message, requestedAt: new Date(), requestedBy: viewer.subject, decidedAt: null, decisionReason: null,
        }));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_label_request_pending')) throw conflict(`EPN « ${epn.name} » already has a pending request: wait for the decision.`);
      throw error;
    }
  }

  async declineRequest(viewer: Viewer, requestIdInput: string, reasonInput: string): Promise<LabelRequestEntity> {
    requireRole(viewer, ['ADHERENT_ADMIN', 'NATIONAL_ADMIN'], 'decline a label request');
    const requestId = idArgument(requestIdInput, 'requestId', 'a label request');
    const reason = requiredText(reasonInput, 'reason', 2000);
    const request = await this.dataSource.getRepository(LabelRequestEntity).findOneBy({ id: requestId });
    if (!request) throw notFound('LabelRequest', requestId);
    if (viewer.role === 'ADHERENT_ADMIN') {
      if (viewer.adherentId !== request.adherentId) throw forbidden('Only the adherent a label request is addressed to (or the national administrator) may decline it.');
      const epn = await this.epn(request.epnId);
      await requireAdherentAuthority(this.graph, viewer, placeOf(epn), 'decline a label request');
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LabelRequestEntity);
      const locked = await repository.findOne({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== 'PENDING') throw conflict(`This label request is ${locked?.status ?? 'gone'}: only a PENDING request can be declined.`);
      await repository.update({ id: requestId }, { status: 'REJECTED', decidedAt: new Date(), decisionReason: reason });
      return repository.findOneByOrFail({ id: requestId });
    });
  }

  async award(viewer: Viewer, input: { epnId: string; criteria: CriterionAssessmentInput[]; reason?: string | null }): Promise<LabelEntity> {
    requireRole(viewer, ['ADHERENT_ADMIN', 'NATIONAL_ADMIN'], 'award the NetPublic label');
    const epnId = idArgument(input.epnId, 'input.epnId', 'an EPN');
    const reason = optionalText(input.reason, 'input.reason', 2000);
    const epn = await this.epn(epnId);
    const actor = await this.actor(viewer, epn, 'award the NetPublic label');
    const criteria = checkCriteria(input.criteria);
    const exceptional = viewer.role === 'NATIONAL_ADMIN';
    if (exceptional && !reason) throw badUserInput('input.reason', 'is required when the national mission awards the label exceptionally: say why');
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockEpn(manager, epnId);
        const current = await currentLabel(manager, epnId);
        if (current) {
          throw conflict(
            `EPN « ${epn.name} » already holds ${describeLabel(current.status)} (one label in force per EPN): ${current.status === 'SUSPENDED' ? 'reinstate it, or withdraw it first' : 'withdraw it first to award a new one'}.`,
            { labelId: current.id, status: current.status },
          );
        }
        const now = new Date();
        const labels = manager.getRepository(LabelEntity);
        const label = await labels.save(labels.create({
          epnId, status: 'ACTIVE', exceptional, awardedByAdherentId: exceptional ? null : actor.adherentId,
          charterVersion: actor.charterVersion, awardedAt: now, statusChangedAt: now, criteria,
        }));
        await appendEvent(manager, label, 'AWARDED', actor, reason ?? 'The five criteria of the charter are met.', now);
        await manager.getRepository(LabelRequestEntity).update(
          { epnId, status: 'PENDING' },
          { status: 'ACCEPTED', decidedAt: now, decisionReason: exceptional ? 'Label awarded exceptionally by the national mission.' : 'Label awarded.' },
        );
        return label;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_label_current_per_epn')) throw conflict(`EPN « ${epn.name} » already holds a label in force (one per EPN).`);
      throw error;
    }
  }

  async changeStatus(viewer: Viewer, change: StatusChange, epnIdInput: string, reasonInput: string): Promise<LabelEntity> {
    const { verb } = STATUS_CHANGES[change];
    requireRole(viewer, ['ADHERENT_ADMIN', 'NATIONAL_ADMIN'], `${verb} a label`);
    const epnId = idArgument(epnIdInput, 'epnId', 'an EPN');
    const reason = requiredText(reasonInput, 'reason', 2000);
    const epn = await this.epn(epnId);
    const actor = await this.actor(viewer, epn, `${verb} a label`);
    return this.dataSource.transaction(async (manager) => {
      await lockEpn(manager, epnId);
      const label = await currentLabel(manager, epnId);
      if (!label) throw conflict(`EPN « ${epn.name} » holds no label in force: there is nothing to ${verb}.`);
      const status = assertStatusChange(label.status, change);
      const now = new Date();
      await manager.getRepository(LabelEntity).update({ id: label.id }, { status, statusChangedAt: now });
      await appendEvent(manager, label, change, actor, reason, now);
      return manager.getRepository(LabelEntity).findOneByOrFail({ id: label.id });
    });
  }

  /** Who acts: the national mission, or an adherent allowed on this EPN right now (through the graph). */
  private async actor(viewer: Viewer, epn: EpnEntity, action: string): Promise<Actor> {
    if (viewer.role === 'NATIONAL_ADMIN') return { subject: viewer.subject, role: viewer.role, adherentId: null, charterVersion: CURRENT_CHARTER_VERSION };
    const standing: AdherentStanding = await requireAdherentAuthority(this.graph, viewer, placeOf(epn), action);
    return { subject: viewer.subject, role: viewer.role, adherentId: standing.id, charterVersion: standing.charterVersion ?? CURRENT_CHARTER_VERSION };
  }

  private async epn(id: string): Promise<EpnEntity> {
    const epn = await this.dataSource.getRepository(EpnEntity).findOneBy({ id });
    if (!epn) throw notFound('Epn', id);
    return epn;
  }
}

function describeLabel(status: LabelStatus): string {
  return status === 'ACTIVE' ? 'an active label' : `a ${status.toLowerCase()} label`;
}

function placeOf(epn: EpnEntity): Place {
  return { communeCode: epn.communeCode, communeName: communeName(epn.communeCode), description: `EPN « ${epn.name} »`, declaredByAdherentId: epn.declaredByAdherentId };
}

function communeName(code: string): string {
  return geography().commune(code)?.name ?? code;
}

/** Serialises every label decision on one EPN (award against award, suspend against withdraw…). */
async function lockEpn(manager: EntityManager, epnId: string): Promise<void> {
  await manager.query('SELECT 1 FROM epn.epn WHERE id = $1 FOR UPDATE', [epnId]);
}

function currentLabel(manager: EntityManager, epnId: string): Promise<LabelEntity | null> {
  return manager.getRepository(LabelEntity).findOneBy({ epnId, status: Not('WITHDRAWN' as const) });
}

async function appendEvent(manager: EntityManager, label: LabelEntity, action: LabelAction, actor: Actor, reason: string, occurredAt: Date): Promise<void> {
  await manager.getRepository(LabelEventEntity).insert({
    labelId: label.id, epnId: label.epnId, action, occurredAt,
    actorSubject: actor.subject, actorRole: actor.role, actorAdherentId: actor.adherentId, reason,
  });
}
