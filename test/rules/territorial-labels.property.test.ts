import fc from 'fast-check';
import { startTestGraph, type TestGraph } from '../support/graph';
import { ALL_CRITERIA_MET, AWARD, REINSTATE, SUSPEND, WITHDRAW, outcome } from '../support/rules';

/**
 * The territorial rule, as a property over the real geography and the seeded adherents: an
 * adherent's administrator can award, suspend and withdraw a label exactly when its adhesion is
 * validated and the EPN lies in its ressort (région ⊃ départements ⊃ communes, EPCI and « pays » by
 * their communes, an association for the EPN it declared) — never outside it.
 *
 * The expected answer comes from an oracle written independently of the services: SQL on the `geo`
 * reference tables and the adherents' own tables.
 */
interface AdherentCase {
  id: string;
  kind: string;
  name: string;
}

const KINDS = ['REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI', 'PAYS', 'ASSOCIATION', 'PUBLIC_BODY'] as const;

const ORACLE = `
  SELECT
    EXISTS (SELECT 1 FROM adherents.adhesion h WHERE h.adherent_id = a.id AND h.status = 'VALIDATED') AS validated,
    (  (a.territory_level = 'REGION' AND c.region_code = a.territory_code)
    OR (a.territory_level = 'DEPARTEMENT' AND c.departement_code = a.territory_code)
    OR (a.territory_level = 'EPCI' AND c.epci_code = a.territory_code)
    OR (a.territory_level = 'COMMUNE' AND c.code = a.territory_code)
    OR EXISTS (SELECT 1 FROM adherents.pays_commune pc WHERE pc.adherent_id = a.id AND pc.commune_code = c.code)
    OR e.declared_by_adherent_id IS NOT DISTINCT FROM a.id) AS inside
  FROM adherents.adherent a, epn.epn e JOIN geo.commune c ON c.code = e.commune_code
  WHERE a.id = $1 AND e.id = $2`;

describe('territorial rule (property-based, over real territories)', () => {
  let graph: TestGraph;
  let national: string;
  const byKind = new Map<string, AdherentCase[]>();
  /** A sample of the EPN inside each adherent's ressort, to draw « inside » cases from. */
  const insideOf = new Map<string, string[]>();
  let anywhere: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph();
    national = await graph.token({ role: 'NATIONAL_ADMIN', sub: 'mission-property' });
    const adherents = await graph.sql<{ id: string; kind: string; name: string; inside: string[] | null }>(`
      SELECT a.id, a.kind, a.name, (
        SELECT array_agg(x.id) FROM (
          SELECT e.id FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code
          WHERE (a.territory_level = 'REGION' AND c.region_code = a.territory_code)
             OR (a.territory_level = 'DEPARTEMENT' AND c.departement_code = a.territory_code)
             OR (a.territory_level = 'EPCI' AND c.epci_code = a.territory_code)
             OR (a.territory_level = 'COMMUNE' AND c.code = a.territory_code)
             OR EXISTS (SELECT 1 FROM adherents.pays_commune pc WHERE pc.adherent_id = a.id AND pc.commune_code = c.code)
             OR e.declared_by_adherent_id = a.id
          ORDER BY md5(e.id::text) LIMIT 25) x) AS inside
      FROM adherents.adherent a`);
    for (const adherent of adherents) {
      const list = byKind.get(adherent.kind) ?? [];
      list.push({ id: adherent.id, kind: adherent.kind, name: adherent.name });
      byKind.set(adherent.kind, list);
      insideOf.set(adherent.id, adherent.inside ?? []);
    }
    anywhere = (await graph.sql<{ id: string }>(`SELECT id FROM epn.epn ORDER BY md5(id::text) LIMIT 400`)).map((row) => row.id);
    for (const kind of KINDS) expect(byKind.get(kind)?.length).toBeGreaterThan(0);
  });
  afterAll(() => graph.stop());

  const labelRows = async (epnId: string) =>
    (await graph.sql(`SELECT count(*)::int AS n FROM epn.label WHERE epn_id = $1`, [epnId]))[0].n as number;

  /** The EPN starts each run without a label in force (the national mission withdraws one if needed). */
  async function clear(epnId: string): Promise<void> {
    const [current] = await graph.sql(`SELECT id FROM epn.label WHERE epn_id = $1 AND status <> 'WITHDRAWN'`, [epnId]);
    if (current) expect(outcome(await graph.query(WITHDRAW, { epnId, reason: 'Reset for the property run.' }, national))).toBe('OK');
  }

  it('an adherent awards, suspends and withdraws exactly inside its ressort, while validated', async () => {
    const seen = { allowed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS).chain((kind) => fc.constantFrom(...byKind.get(kind)!)),
        fc.boolean(),
        fc.nat(),
        async (adherent, preferInside, pick) => {
          const inside = insideOf.get(adherent.id)!;
          const pool = preferInside && inside.length ? inside : anywhere;
          const epnId = pool[pick % pool.length];
          const [oracle] = await graph.sql(ORACLE, [adherent.id, epnId]);
          const allowed = oracle.validated && oracle.inside;
          await clear(epnId);
          const admin = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: adherent.id, sub: `admin-${adherent.id}` });
          const rowsBefore = await labelRows(epnId);
          const award = await graph.query(AWARD, { input: { epnId, criteria: ALL_CRITERIA_MET } }, admin);

          if (allowed) {
            seen.allowed += 1;
            expect(outcome(award)).toBe('OK');
            expect(award.body.data.awardLabel.awardedBy).toEqual({ id: adherent.id });
            expect(outcome(await graph.query(SUSPEND, { epnId, reason: 'No mediator this month.' }, admin))).toBe('OK');
            expect(outcome(await graph.query(REINSTATE, { epnId, reason: 'A mediator was hired.' }, admin))).toBe('OK');
            expect(outcome(await graph.query(WITHDRAW, { epnId, reason: 'The EPN closed.' }, admin))).toBe('OK');
            const history = await graph.sql(
              `SELECT action, actor_adherent_id FROM epn.label_event WHERE label_id = $1 ORDER BY occurred_at, action`,
              [award.body.data.awardLabel.id],
            );
            expect(history.map((h) => h.action).sort()).toEqual(['AWARDED', 'REINSTATED', 'SUSPENDED', 'WITHDRAWN']);
            expect(history.every((h) => h.actor_adherent_id === adherent.id)).toBe(true);
          } else {
            seen.refused += 1;
            expect(outcome(award)).toBe('FORBIDDEN');
            expect(await labelRows(epnId)).toBe(rowsBefore);
            // A label awarded by the national mission: the adherent may not touch it either.
            const exceptional = await graph.query(AWARD, { input: { epnId, criteria: ALL_CRITERIA_MET, reason: 'Property run.' } }, national);
            expect(outcome(exceptional)).toBe('OK');
            expect(outcome(await graph.query(SUSPEND, { epnId, reason: 'x' }, admin))).toBe('FORBIDDEN');
            expect(outcome(await graph.query(WITHDRAW, { epnId, reason: 'x' }, admin))).toBe('FORBIDDEN');
            const [label] = await graph.sql(`SELECT status FROM epn.label WHERE id = $1`, [exceptional.body.data.awardLabel.id]);
            expect(label.status).toBe('ACTIVE');
            expect(outcome(await graph.query(WITHDRAW, { epnId, reason: 'End of the property run.' }, national))).toBe('OK');
          }
        },
      ),
      { numRuns: 40 },
    );
    // Both sides of the rule were exercised, and the database kept one label in force per EPN.
    expect(seen.allowed).toBeGreaterThan(3);
    expect(seen.refused).toBeGreaterThan(3);
    const [{ doubles }] = await graph.sql(`SELECT count(*)::int AS doubles FROM (SELECT epn_id FROM epn.label WHERE status <> 'WITHDRAWN' GROUP BY epn_id HAVING count(*) > 1) d`);
    expect(doubles).toBe(0);
  }, 180_000);
});
