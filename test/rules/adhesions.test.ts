import { geography, parisToday } from '../../subgraphs/kit/src';
import { startTestGraph, type TestGraph } from '../support/graph';
import { ADHERENT_TABLES, ALL_CRITERIA_MET, AWARD, SUSPEND, fingerprint, firstError, outcome } from '../support/rules';

/** The adhesion lifecycle of the charter, through the gateway, on a copy of the seeded database. */
describe('adhesions', () => {
  let graph: TestGraph;
  let national: string;
  beforeAll(async () => {
    graph = await startTestGraph();
    national = await graph.token({ role: 'NATIONAL_ADMIN', sub: 'mission-1' });
  });
  afterAll(() => graph.stop());

  const REGISTER = `mutation Register($input: RegisterAdhesionInput!) {
    registerAdhesion(input: $input) {
      id status charterVersion signedOn signatoryTitle signatoryName
      adherent { id kind name status memberCommunes(first: 10) { totalCount edges { node { code } } } }
    }
  }`;
  const STEP = {
    copy: `mutation($id: ID!, $on: Date!) { recordPrefectureCopy(adhesionId: $id, sentOn: $on) { id status prefectureCopySentOn } }`,
    validate: `mutation($id: ID!) { validateAdhesion(adhesionId: $id) { id status validatedAt } }`,
    reject: `mutation($id: ID!, $reason: String!) { rejectAdhesion(adhesionId: $id, reason: $reason) { id status decisionReason rejectedAt } }`,
    withdraw: `mutation($id: ID!, $reason: String!) { withdrawAdhesion(adhesionId: $id, reason: $reason) { id status withdrawalReason withdrawnAt } }`,
  };
  const today = parisToday();

  it('a commune files its adhesion itself; validation opens its administrator access to its territory, withdrawal closes it at once', async () => {
    // A commune that is not an adherent yet, with an unlabelled EPN.
    const [place] = await graph.sql(`
      SELECT e.id AS epn_id, e.commune_code FROM epn.epn e
      WHERE NOT EXISTS (SELECT 1 FROM adherents.adherent a WHERE a.kind = 'COMMUNE' AND a.territory_code = e.commune_code)
        AND NOT EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status <> 'WITHDRAWN')
      ORDER BY e.id LIMIT 1`);
    const commune = geography().commune(place.commune_code)!;
    const filed = await graph.query(REGISTER, {
      input: {
        newAdherent: { kind: 'COMMUNE', name: `Ville de ${commune.name}`, territory: { level: 'COMMUNE', code: commune.code } },
        charterVersion: 2016, signedOn: today, signatoryTitle: 'Maire', signatoryName: 'Jeanne Martin',
        contact: { fullName: 'Jeanne Martin', email: 'Jeanne.Martin@Example.org', roleTitle: 'Maire' },
      },
    });
    expect(filed.body.errors).toBeUndefined();
    const adhesion = filed.body.data.registerAdhesion;
    expect(adhesion).toMatchObject({ status: 'SIGNED', charterVersion: 2016, signedOn: today, signatoryName: null, adherent: { kind: 'COMMUNE', status: 'SIGNED' } });
    const adherentId: string = adhesion.adherent.id;
    expect((await graph.sql(`SELECT email FROM adherents.contact WHERE adherent_id = $1`, [adherentId]))[0].email).toBe('jeanne.martin@example.org');

    const admin = await graph.token({ role: 'ADHERENT_ADMIN', adherentId, sub: 'mayor-1' });
    const award = () => graph.query(AWARD, { input: { epnId: place.epn_id, criteria: ALL_CRITERIA_MET } }, admin);
    const early = await award();
    expect(outcome(early)).toBe('FORBIDDEN');
    expect(firstError(early).message).toMatch(/only while its adhesion to the charter is validated.*its adhesion is SIGNED/);

    const tooSoon = await graph.query(STEP.validate, { id: adhesion.id }, national);
    expect(outcome(tooSoon)).toBe('CONFLICT');
    expect(firstError(tooSoon).message).toMatch(/record first the copy sent to the Préfet de Région/);
    const future = await graph.query(STEP.copy, { id: adhesion.id, on: '2999-01-01' }, national);
    expect(firstError(future).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sentOn' });

    const sent = await graph.query(STEP.copy, { id: adhesion.id, on: today }, national);
    expect(sent.body.data.recordPrefectureCopy).toMatchObject({ status: 'SENT_TO_PREFECTURE', prefectureCopySentOn: today });
    const validated = await graph.query(STEP.validate, { id: adhesion.id }, national);
    expect(validated.body.data.validateAdhesion.status).toBe('VALIDATED');

    const awarded = await award();
    expect(awarded.body.errors).toBeUndefined();
    expect(awarded.body.data.awardLabel).toMatchObject({ status: 'ACTIVE', exceptional: false, charterVersion: 2016, awardedBy: { id: adherentId } });

    const withdrawn = await graph.query(STEP.withdraw, { id: adhesion.id, reason: 'The town council decided to leave the network.' }, admin);
    expect(withdrawn.body.data.withdrawAdhesion).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'The town council decided to leave the network.' });
    // The same token, a moment later: the access closed with the adhesion.
    const closed = await graph.query(SUSPEND, { epnId: place.epn_id, reason: 'test' }, admin);
    expect(outcome(closed)).toBe('FORBIDDEN');
    expect(firstError(closed).message).toMatch(/its adhesion is WITHDRAWN/);

    const HISTORY = `query($id: ID!) { adherent(id: $id) { adhesions(first: 5) { edges { node { signatoryName history(first: 10) { edges { node { action actorRole actorSubject reason } } } } } } } }`;
    const seenByMission = await graph.query(HISTORY, { id: adherentId }, national);
    const steps = seenByMission.body.data.adherent.adhesions.edges[0].node;
    expect(steps.signatoryName).toBe('Jeanne Martin');
    expect(steps.history.edges.map((e: any) => [e.node.action, e.node.actorRole, e.node.actorSubject])).toEqual([
      ['REGISTERED', 'ANONYMOUS', null],
      ['PREFECTURE_COPY_SENT', 'NATIONAL_ADMIN', 'mission-1'],
      ['VALIDATED', 'NATIONAL_ADMIN', 'mission-1'],
      ['WITHDRAWN', 'ADHERENT_ADMIN', 'mayor-1'],
    ]);
    const seenByAnyone = await graph.query(HISTORY, { id: adherentId });
    const publicSteps = seenByAnyone.body.data.adherent.adhesions.edges[0].node;
    expect(publicSteps.signatoryName).toBeNull();
    expect(publicSteps.history.edges.every((e: any) => e.node.actorSubject === null)).toBe(true);

    // Once the adhesion has ended, the commune may sign again; it waits for validation like the first time.
    const again = await graph.query(REGISTER, { input: { adherentId, charterVersion: 2016, signedOn: today, signatoryTitle: 'Maire' } });
    expect(again.body.data.registerAdhesion).toMatchObject({ status: 'SIGNED', adherent: { id: adherentId, status: 'SIGNED' } });
  });

  it('a « pays » adheres on request with its member communes, which are exactly its ressort; the mission may reject it', async () => {
    const codes = ['35238', '35024', '35051'];
    const filed = await graph.query(REGISTER, {
      input: {
        newAdherent: { kind: 'PAYS', name: 'Pays de Rennes (test)', memberCommunes: codes },
        charterVersion: 2016, signedOn: today, signatoryTitle: 'Président du syndicat de pays',
      },
    });
    expect(filed.body.errors).toBeUndefined();
    const adherent = filed.body.data.registerAdhesion.adherent;
    expect(adherent.memberCommunes.totalCount).toBe(3);
    expect(adherent.memberCommunes.edges.map((e: any) => e.node.code).sort()).toEqual([...codes].sort());
    const covers = await graph.query(`query($id: ID!) { adherent(id: $id) { rennes: covers(communeCode: "35238") brest: covers(communeCode: "29019") } }`, { id: adherent.id });
    expect(covers.body.data.adherent).toEqual({ rennes: true, brest: false });

    const rejected = await graph.query(STEP.reject, { id: filed.body.data.registerAdhesion.id, reason: 'No deliberation of the syndicat de pays was attached.' }, national);
    expect(rejected.body.data.rejectAdhesion).toMatchObject({ status: 'REJECTED', decisionReason: 'No deliberation of the syndicat de pays was attached.' });
    expect(rejected.body.data.rejectAdhesion.rejectedAt).not.toBeNull();
  });

  it('refuses invalid input and invalid transitions with errors naming the field or the rule, writing nothing', async () => {
    const before = await fingerprint(graph, ADHERENT_TABLES);
    const [validated] = await graph.sql(`
      SELECT h.id AS adhesion_id, a.id AS adherent_id, a.territory_code FROM adherents.adhesion h JOIN adherents.adherent a ON a.id = h.adherent_id
      WHERE h.status = 'VALIDATED' AND a.kind = 'REGION' ORDER BY a.name LIMIT 1`);
    const [other] = await graph.sql(`SELECT h.id FROM adherents.adhesion h WHERE h.status = 'VALIDATED' AND h.adherent_id <> $1 LIMIT 1`, [validated.adherent_id]);
    const base = { charterVersion: 2016, signedOn: today, signatoryTitle: 'Président' };
    const newAdherent = (extra: Record<string, unknown>) => ({ input: { ...base, newAdherent: { kind: 'COMMUNE', name: 'Test', territory: { level: 'COMMUNE', code: '35238' }, ...extra } } });
    const cases: [string, Promise<any>, string, string | RegExp][] = [
      ['both adherentId and newAdherent', graph.query(REGISTER, { input: { ...base, adherentId: validated.adherent_id, newAdherent: { kind: 'COMMUNE', name: 'x' } } }), 'BAD_USER_INPUT', /"input": give either adherentId/],
      ['a région on a département', graph.query(REGISTER, newAdherent({ kind: 'REGION', territory: { level: 'DEPARTEMENT', code: '35' } })), 'BAD_USER_INPUT', /"input.newAdherent.territory.level": must be REGION/],
      ['an unknown commune', graph.query(REGISTER, newAdherent({ territory: { level: 'COMMUNE', code: '99999' } })), 'BAD_USER_INPUT', /"input.newAdherent.territory.code"/],
      ['a commune without territory', graph.query(REGISTER, newAdherent({ territory: null })), 'BAD_USER_INPUT', /"input.newAdherent.territory": is required/],
      ['the 2007 charter signed in 2020', graph.query(REGISTER, { input: { ...newAdherent({}).input, charterVersion: 2007, signedOn: '2020-03-01' } }), 'BAD_USER_INPUT', /"input.charterVersion": the 2007 charter was replaced on 2016-04-26/],
      ['an unknown charter', graph.query(REGISTER, { input: { ...newAdherent({}).input, charterVersion: 2012 } }), 'BAD_USER_INPUT', /"input.charterVersion": must be 2007 or 2016/],
      ['a signature in the future', graph.query(REGISTER, { input: { ...newAdherent({}).input, signedOn: '2999-01-01' } }), 'BAD_USER_INPUT', /"input.signedOn": must not be in the future/],
      ['a blank signatory title', graph.query(REGISTER, { input: { ...newAdherent({}).input, signatoryTitle: '   ' } }), 'BAD_USER_INPUT', /"input.signatoryTitle": must not be empty/],
      ['a bad contact e-mail', graph.query(REGISTER, { input: { ...newAdherent({}).input, contact: { fullName: 'A B', email: 'not-an-address' } } }), 'BAD_USER_INPUT', /"input.contact.email": must be an e-mail address/],
      ['a « pays » with an unknown commune', graph.query(REGISTER, newAdherent({ kind: 'PAYS', territory: null, memberCommunes: ['35238', '00000'] })), 'BAD_USER_INPUT', /"input.newAdherent.memberCommunes\[1\]": "00000" is not a current commune/],
      ['a « pays » with a former commune', graph.query(REGISTER, newAdherent({ kind: 'PAYS', territory: null, memberCommunes: ['01039', '01138'] })), 'BAD_USER_INPUT', /former commune, now part of/],
      ['a « pays » of one commune', graph.query(REGISTER, newAdherent({ kind: 'PAYS', territory: null, memberCommunes: ['35238'] })), 'BAD_USER_INPUT', /at least two communes/],
      ['a région that already adheres', graph.query(REGISTER, newAdherent({ kind: 'REGION', name: 'Région bis', territory: { level: 'REGION', code: validated.territory_code } })), 'CONFLICT', /is already an adherent .*input.adherentId/],
      ['a second adhesion in force', graph.query(REGISTER, { input: { ...base, adherentId: validated.adherent_id } }), 'CONFLICT', /already has an adhesion in force \(VALIDATED/],
      ['an unknown adherent', graph.query(REGISTER, { input: { ...base, adherentId: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND', /No Adherent/],
      ['rejecting a validated adhesion', graph.query(STEP.reject, { id: validated.adhesion_id, reason: 'x' }, national), 'CONFLICT', /withdrawn, not rejected/],
      ['validating a validated adhesion', graph.query(STEP.validate, { id: validated.adhesion_id }, national), 'CONFLICT', /is VALIDATED: it can become VALIDATED only from SENT_TO_PREFECTURE/],
      ['withdrawing without a reason', graph.query(STEP.withdraw, { id: validated.adhesion_id, reason: ' ' }, national), 'BAD_USER_INPUT', /"reason": must not be empty/],
      ["withdrawing another adherent's adhesion", graph.query(STEP.withdraw, { id: other.id, reason: 'x' }, await graph.token({ role: 'ADHERENT_ADMIN', adherentId: validated.adherent_id })), 'FORBIDDEN', /own administrators/],
      ['an adhesion id that is not one', graph.query(STEP.validate, { id: "1' OR '1'='1" }, national), 'BAD_USER_INPUT', /"adhesionId": must be the id of an adhesion/],
      ['an unknown adhesion', graph.query(STEP.validate, { id: '00000000-0000-4000-8000-000000000000' }, national), 'NOT_FOUND', /No Adhesion/],
    ];
    for (const [name, pending, code, message] of cases) {
      const response = await pending;
      expect({ name, code: outcome(response) }).toEqual({ name, code });
      expect(firstError(response).message).toMatch(message);
    }
    expect(geography().currentCommune('01039')?.commune.code).toBe('01138');
    expect(await fingerprint(graph, ADHERENT_TABLES)).toEqual(before);
  });
});
