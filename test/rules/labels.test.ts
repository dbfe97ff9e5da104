import { startTestGraph, type TestGraph } from '../support/graph';
import { ALL_CRITERIA_MET, AWARD, LABEL_TABLES, REINSTATE, SUSPEND, WITHDRAW, fingerprint, firstError, outcome } from '../support/rules';

/** Label requests and decisions through the gateway: criteria, one label in force, history, failures. */
describe('labels', () => {
  let graph: TestGraph;
  let national: string;
  /** A validated département and three unlabelled EPN inside it, one outside it. */
  let departement: { id: string; code: string };
  let epns: string[];
  let outside: string;
  let admin: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    national = await graph.token({ role: 'NATIONAL_ADMIN', sub: 'mission-7' });
    [departement] = await graph.sql(`
      SELECT a.id, a.territory_code AS code FROM adherents.adherent a JOIN adherents.adhesion h ON h.adherent_id = a.id AND h.status = 'VALIDATED'
      WHERE a.kind = 'DEPARTEMENT' ORDER BY a.name LIMIT 1`);
    const unlabelled = `NOT EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status <> 'WITHDRAWN')
      AND NOT EXISTS (SELECT 1 FROM epn.label_request r WHERE r.epn_id = e.id AND r.status = 'PENDING')`;
    epns = (await graph.sql(`SELECT e.id FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = $1 AND ${unlabelled} ORDER BY e.id LIMIT 3`, [departement.code])).map((r) => r.id);
    [{ id: outside }] = await graph.sql(`SELECT e.id FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code <> $1 AND ${unlabelled} LIMIT 1`, [departement.code]);
    admin = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: departement.id, sub: 'dept-admin-1' });
    expect(epns).toHaveLength(3);
  });
  afterAll(() => graph.stop());

  const REQUEST = `mutation($epnId: ID!, $adherentId: ID!, $message: String) {
    requestLabel(epnId: $epnId, adherentId: $adherentId, message: $message) { id status message adherent { id } epn { id } }
  }`;
  const DECLINE = `mutation($id: ID!, $reason: String!) { declineLabelRequest(requestId: $id, reason: $reason) { id status decisionReason decidedAt } }`;

  it('an EPN requests the label from its adherent, which awards it after assessing the five criteria; the request is accepted with it', async () => {
    const [epn] = epns;
    const manager = await graph.token({ role: 'EPN_MANAGER', epnId: epn, sub: 'manager-1' });
    const requested = await graph.query(REQUEST, { epnId: epn, adherentId: departement.id, message: 'Nous souhaitons rejoindre NetPublic.' }, manager);
    expect(requested.body.data.requestLabel).toMatchObject({ status: 'PENDING', adherent: { id: departement.id }, epn: { id: epn } });
    const twice = await graph.query(REQUEST, { epnId: epn, adherentId: departement.id }, manager);
    expect(outcome(twice)).toBe('CONFLICT');

    const inbox = await graph.query(`query($id: ID!) { adherent(id: $id) { labelRequests(status: PENDING, first: 100) { edges { node { id epn { id } } } } } }`, { id: departement.id }, admin);
    expect(inbox.body.data.adherent.labelRequests.edges.map((e: any) => e.node.epn.id)).toContain(epn);

    const before = await fingerprint(graph, LABEL_TABLES);
    const unmet = await graph.query(AWARD, {
      input: { epnId: epn, criteria: ALL_CRITERIA_MET.map((c) => (c.criterion === 'MEANS' || c.criterion === 'ENVIRONMENT' ? { ...c, met: false } : c)) },
    }, admin);
    expect(firstError(unmet).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.criteria', unmetCriteria: ['MEANS', 'ENVIRONMENT'] });
    expect(firstError(unmet).message).toMatch(/not met: MEANS \(means: equipment and trained mediators\), ENVIRONMENT/);
    const partial = await graph.query(AWARD, { input: { epnId: epn, criteria: ALL_CRITERIA_MET.slice(0, 3) } }, admin);
    expect(firstError(partial).extensions).toMatchObject({ code: 'BAD_USER_INPUT', notAssessed: ['DEVELOPMENT_OF_USES', 'ENVIRONMENT'] });
    const repeated = await graph.query(AWARD, { input: { epnId: epn, criteria: [...ALL_CRITERIA_MET, ALL_CRITERIA_MET[0]] } }, admin);
    expect(firstError(repeated).message).toMatch(/"input.criteria\[5\]": assesses PUBLICS a second time/);
    expect(await fingerprint(graph, LABEL_TABLES)).toEqual(before);

    const criteria = ALL_CRITERIA_MET.map((c) => ({ ...c, comment: c.criterion === 'MEANS' ? 'Deux médiateurs formés, douze postes.' : null }));
    const awarded = await graph.query(AWARD, { input: { epnId: epn, criteria: [...criteria].reverse() } }, admin);
    expect(awarded.body.errors).toBeUndefined();
    expect(awarded.body.data.awardLabel).toMatchObject({ status: 'ACTIVE', exceptional: false, awardedBy: { id: departement.id } });
    // Recorded in the charter's order, with the comments given.
    expect(awarded.body.data.awardLabel.criteria).toEqual(criteria);
    const [request] = await graph.sql(`SELECT status, decided_at FROM epn.label_request WHERE id = $1`, [requested.body.data.requestLabel.id]);
    expect(request.status).toBe('ACCEPTED');
    expect(request.decided_at).not.toBeNull();

    const again = await graph.query(AWARD, { input: { epnId: epn, criteria: ALL_CRITERIA_MET } }, admin);
    expect(outcome(again)).toBe('CONFLICT');
    expect(firstError(again).message).toMatch(/already holds an active label \(one label in force per EPN\)/);
  });

  it('suspends, reinstates and withdraws with a reason, refuses impossible changes, and keeps who, when and why', async () => {
    const [epn] = epns;
    const noReason = await graph.query(SUSPEND, { epnId: epn, reason: '' }, admin);
    expect(firstError(noReason).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(outcome(await graph.query(REINSTATE, { epnId: epn, reason: 'x' }, admin))).toBe('CONFLICT');
    expect((await graph.query(SUSPEND, { epnId: epn, reason: 'No mediator since June.' }, admin)).body.data.suspendLabel.status).toBe('SUSPENDED');
    const suspendTwice = await graph.query(SUSPEND, { epnId: epn, reason: 'again' }, admin);
    expect(firstError(suspendTwice).message).toBe('The label is SUSPENDED: only a label that is ACTIVE can be suspended.');
    expect((await graph.query(REINSTATE, { epnId: epn, reason: 'A mediator was hired.' }, admin)).body.data.reinstateLabel.status).toBe('ACTIVE');
    expect((await graph.query(WITHDRAW, { epnId: epn, reason: 'The EPN closed its public access.' }, admin)).body.data.withdrawLabel.status).toBe('WITHDRAWN');
    expect(outcome(await graph.query(WITHDRAW, { epnId: epn, reason: 'again' }, admin))).toBe('CONFLICT');

    const HISTORY = `query($id: ID!) { epn(id: $id) { currentLabel { id } labels(first: 5) { edges { node { status history(first: 10) { edges { node { action occurredAt actorRole actorAdherent { id } actorSubject reason } } } } } } } }`;
    const seen = await graph.query(HISTORY, { id: epn }, national);
    expect(seen.body.data.epn.currentLabel).toBeNull();
    const events = seen.body.data.epn.labels.edges[0].node.history.edges.map((e: any) => e.node);
    expect(events.map((e: any) => [e.action, e.actorRole, e.actorAdherent?.id, e.actorSubject, e.reason])).toEqual([
      ['AWARDED', 'ADHERENT_ADMIN', departement.id, 'dept-admin-1', 'The five criteria of the charter are met.'],
      ['SUSPENDED', 'ADHERENT_ADMIN', departement.id, 'dept-admin-1', 'No mediator since June.'],
      ['REINSTATED', 'ADHERENT_ADMIN', departement.id, 'dept-admin-1', 'A mediator was hired.'],
      ['WITHDRAWN', 'ADHERENT_ADMIN', departement.id, 'dept-admin-1', 'The EPN closed its public access.'],
    ]);
    const times = events.map((e: any) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Account ids may identify a person: the public history has none.
    const publicHistory = await graph.query(HISTORY, { id: epn });
    expect(publicHistory.body.data.epn.labels.edges[0].node.history.edges.every((e: any) => e.node.actorSubject === null)).toBe(true);
  });

  it('requests go only to a validated adherent of the ressort, from the EPN itself; the addressee may decline them', async () => {
    const [, epn] = epns;
    const manager = await graph.token({ role: 'EPN_MANAGER', epnId: epn });
    const [region] = await graph.sql(`
      SELECT a.id FROM adherents.adherent a WHERE a.kind = 'REGION' AND a.territory_code <> (SELECT region_code FROM geo.departement WHERE code = $1) LIMIT 1`, [departement.code]);
    const farAway = await graph.query(REQUEST, { epnId: epn, adherentId: region.id }, manager);
    expect(firstError(farAway).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adherentId' });
    expect(firstError(farAway).message).toMatch(/ressort holds the EPN/);
    const notMine = await graph.query(REQUEST, { epnId: outside, adherentId: departement.id }, manager);
    expect(outcome(notMine)).toBe('FORBIDDEN');

    const requested = await graph.query(REQUEST, { epnId: epn, adherentId: departement.id }, manager);
    const id = requested.body.data.requestLabel.id;
    const own = await graph.query(`query($id: ID!) { epn(id: $id) { labelRequests(first: 5) { edges { node { id status } } } } }`, { id: epn }, manager);
    expect(own.body.data.epn.labelRequests.edges[0].node).toEqual({ id, status: 'PENDING' });

    const [stranger] = await graph.sql(`SELECT a.id FROM adherents.adherent a JOIN adherents.adhesion h ON h.adherent_id = a.id AND h.status = 'VALIDATED' WHERE a.id <> $1 LIMIT 1`, [departement.id]);
    const notAddressee = await graph.query(DECLINE, { id, reason: 'x' }, await graph.token({ role: 'ADHERENT_ADMIN', adherentId: stranger.id }));
    expect(outcome(notAddressee)).toBe('FORBIDDEN');
    const declined = await graph.query(DECLINE, { id, reason: 'No trained mediator yet (criterion « means »).' }, admin);
    expect(declined.body.data.declineLabelRequest).toMatchObject({ status: 'REJECTED', decisionReason: 'No trained mediator yet (criterion « means »).' });
    expect(outcome(await graph.query(DECLINE, { id, reason: 'again' }, admin))).toBe('CONFLICT');
  });

  it('the national administrator awards exceptionally, with a reason, recorded as such', async () => {
    const epn = epns[2];
    const withoutReason = await graph.query(AWARD, { input: { epnId: epn, criteria: ALL_CRITERIA_MET } }, national);
    expect(firstError(withoutReason).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const awarded = await graph.query(AWARD, { input: { epnId: epn, criteria: ALL_CRITERIA_MET, reason: "Opération d'intérêt commun." } }, national);
    expect(awarded.body.data.awardLabel).toMatchObject({ status: 'ACTIVE', exceptional: true, awardedBy: null, charterVersion: 2016 });
    const [event] = await graph.sql(`SELECT action, actor_role, actor_adherent_id, actor_subject, reason FROM epn.label_event WHERE label_id = $1`, [awarded.body.data.awardLabel.id]);
    expect(event).toEqual({ action: 'AWARDED', actor_role: 'NATIONAL_ADMIN', actor_adherent_id: null, actor_subject: 'mission-7', reason: "Opération d'intérêt commun." });
    const analyst = await graph.query(AWARD, { input: { epnId: outside, criteria: ALL_CRITERIA_MET } }, await graph.token({ role: 'ANALYST' }));
    expect(firstError(analyst).message).toBe('Only an adherent administrator or the national administrator may award the NetPublic label; you are signed in as an analyst.');
  });

  it('when the graph cannot say whether the adherent may act, the decision fails cleanly and nothing is written', async () => {
    const before = await fingerprint(graph, LABEL_TABLES);
    await graph.graph.stopSubgraph('adherents');
    const response = await graph.query(AWARD, { input: { epnId: epns[1], criteria: ALL_CRITERIA_MET } }, admin);
    expect(firstError(response).extensions).toMatchObject({ code: 'GRAPH_UNAVAILABLE', subgraph: 'adherents' });
    expect(firstError(response).message).toMatch(/^Could not check the adherent's adhesion and ressort through the graph: The adherents subgraph is unavailable.*Nothing was changed/);
    expect(await fingerprint(graph, LABEL_TABLES)).toEqual(before);
  });
});
