import { startTestGraph, type TestGraph } from '../support/graph';
import { WITHDRAW, fingerprint, firstError, outcome } from '../support/rules';

/** Reserved resources and partner offers follow the label at the moment they are used. */
describe('reserved benefits', () => {
  let graph: TestGraph;
  /** An EPN whose active label was awarded by a still-validated adherent, and that adherent. */
  let labelled: { epn: string; adherent: string };
  let unlabelled: string;
  let validOffers: string[];
  let expiredOffer: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    [labelled] = await graph.sql(`
      SELECT l.epn_id AS epn, l.awarded_by_adherent_id AS adherent FROM epn.label l
      WHERE l.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM adherents.adhesion h WHERE h.adherent_id = l.awarded_by_adherent_id AND h.status = 'VALIDATED')
      ORDER BY l.epn_id LIMIT 1`);
    [{ id: unlabelled }] = await graph.sql(`SELECT e.id FROM epn.epn e WHERE NOT EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE') LIMIT 1`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    // Offers valid today that this EPN has not claimed yet.
    validOffers = (await graph.sql(`
      SELECT o.id FROM resources.partner_offer o WHERE o.valid_from <= $1 AND (o.valid_until IS NULL OR o.valid_until >= $1)
        AND NOT EXISTS (SELECT 1 FROM resources.offer_claim c WHERE c.offer_id = o.id AND c.epn_id = $2) ORDER BY o.id`, [today, labelled.epn])).map((r) => r.id);
    [{ id: expiredOffer }] = await graph.sql(`SELECT id FROM resources.partner_offer WHERE valid_until < $1 LIMIT 1`, [today]);
    expect(validOffers.length).toBeGreaterThan(2);
  });
  afterAll(() => graph.stop());

  const CLAIM = `mutation($epnId: ID!, $offerId: ID!) { claimOffer(epnId: $epnId, offerId: $offerId) { id claimedAt offer { id claimCount } epn { id hasActiveLabel } } }`;
  const BENEFITS = `query($id: ID!) { epn(id: $id) {
    hasActiveLabel
    eligibleOffers(first: 50) { totalCount }
    reservedResources(first: 50) { totalCount edges { node { id url reserved } } }
  } }`;

  it("reserved resources' urls go to the managers of a labelled EPN, not to whoever looks at it", async () => {
    const manager = await graph.token({ role: 'EPN_MANAGER', epnId: labelled.epn });
    const own = await graph.query(BENEFITS, { id: labelled.epn }, manager);
    expect(own.body.errors).toBeUndefined();
    const resources = own.body.data.epn.reservedResources;
    expect(resources.totalCount).toBeGreaterThan(0);
    expect(resources.edges.every((e: any) => e.node.reserved && typeof e.node.url === 'string')).toBe(true);
    for (const token of [undefined, await graph.token({ role: 'ANALYST' }), await graph.token({ role: 'EPN_MANAGER', epnId: unlabelled })]) {
      const other = await graph.query(BENEFITS, { id: labelled.epn }, token);
      expect(other.body.data.epn.reservedResources.totalCount).toBe(resources.totalCount);
      expect(other.body.data.epn.reservedResources.edges.every((e: any) => e.node.url === null)).toBe(true);
    }
    const listed = await graph.query(`{ resources(filter: { reserved: true }, first: 50) { edges { node { url } } } }`);
    expect(listed.body.data.resources.edges.every((e: any) => e.node.url === null)).toBe(true);
  });

  it('an EPN whose label is active claims an offer valid today, once; anyone else is refused with the reason', async () => {
    const manager = await graph.token({ role: 'EPN_MANAGER', epnId: labelled.epn, sub: 'manager-claims' });
    const claims = async () => (await graph.sql(`SELECT count(*)::int AS n FROM resources.offer_claim WHERE offer_id = $1`, [validOffers[0]]))[0].n;
    const before = await claims();
    const claimed = await graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[0] }, manager);
    expect(claimed.body.errors).toBeUndefined();
    expect(claimed.body.data.claimOffer).toMatchObject({ offer: { id: validOffers[0] }, epn: { id: labelled.epn, hasActiveLabel: true } });
    expect(claimed.body.data.claimOffer.offer.claimCount).toBe(before + 1);
    const again = await graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[0] }, manager);
    expect(again.body.data.claimOffer.id).toBe(claimed.body.data.claimOffer.id);
    expect(await claims()).toBe(before + 1);
    const [row] = await graph.sql(`SELECT claimed_by FROM resources.offer_claim WHERE id = $1`, [claimed.body.data.claimOffer.id]);
    expect(row.claimed_by).toBe('manager-claims');

    const claimsBefore = await fingerprint(graph, ['resources.offer_claim']);
    const refusals: [string, Promise<any>, string, RegExp][] = [
      ['anonymous', graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[1] }), 'UNAUTHENTICATED', /signed in/],
      ['an analyst', graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[1] }, await graph.token({ role: 'ANALYST' })), 'FORBIDDEN', /Only an EPN manager or the national administrator may claim/],
      ["another EPN's manager", graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[1] }, await graph.token({ role: 'EPN_MANAGER', epnId: unlabelled })), 'FORBIDDEN', /only for the EPN it manages/],
      ['an unlabelled EPN', graph.query(CLAIM, { epnId: unlabelled, offerId: validOffers[1] }, await graph.token({ role: 'EPN_MANAGER', epnId: unlabelled })), 'FORBIDDEN', /Only an EPN whose NetPublic label is active may claim partner offers/],
      ['an expired offer', graph.query(CLAIM, { epnId: labelled.epn, offerId: expiredOffer }, manager), 'CONFLICT', /is not valid today/],
      ['an unknown offer', graph.query(CLAIM, { epnId: labelled.epn, offerId: '00000000-0000-4000-8000-000000000000' }, manager), 'NOT_FOUND', /No PartnerOffer/],
    ];
    for (const [name, pending, code, message] of refusals) {
      const response = await pending;
      expect({ name, code: outcome(response) }).toEqual({ name, code });
      expect(firstError(response).message).toMatch(message);
    }
    expect(await fingerprint(graph, ['resources.offer_claim'])).toEqual(claimsBefore);
  });

  it('a withdrawn label removes access at once: the next read shows no benefit and the next claim is refused', async () => {
    const manager = await graph.token({ role: 'EPN_MANAGER', epnId: labelled.epn });
    const before = await graph.query(BENEFITS, { id: labelled.epn }, manager);
    expect(before.body.data.epn.eligibleOffers.totalCount).toBeGreaterThan(0);
    const adherentAdmin = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: labelled.adherent });
    expect(outcome(await graph.query(WITHDRAW, { epnId: labelled.epn, reason: 'The EPN no longer meets the criteria.' }, adherentAdmin))).toBe('OK');

    const after = await graph.query(BENEFITS, { id: labelled.epn }, manager);
    expect(after.body.data.epn).toEqual({ hasActiveLabel: false, eligibleOffers: { totalCount: 0 }, reservedResources: { totalCount: 0, edges: [] } });
    const claim = await graph.query(CLAIM, { epnId: labelled.epn, offerId: validOffers[2] }, manager);
    expect(outcome(claim)).toBe('FORBIDDEN');
    expect(firstError(claim).message).toMatch(/has no active label now/);
    expect((await graph.sql(`SELECT count(*)::int AS n FROM resources.offer_claim WHERE offer_id = $1 AND epn_id = $2`, [validOffers[2], labelled.epn]))[0].n).toBe(0);
  });
});
