import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { startTestGraph, type GraphQLResponse, type TestGraph } from '../support/graph';

/**
 * People's names and e-mails (adherents' contacts, signatories, mediators, PIM holders, registrants,
 * account ids of who acted) never reach anonymous visitors or analysts, whatever they ask.
 *
 * Two checks: the API schema is audited so that every field able to carry personal data is known
 * and reachable only through guarded fields; then queries touching every one of those fields run
 * as anonymous and as analyst, and the answers are searched for every person of the seeded data.
 */
const API_SCHEMA = path.resolve(__dirname, '..', '..', 'schema', 'api.graphql');

/** Output fields whose name suggests personal data, and why each is safe. */
const AUDITED_FIELDS: Record<string, 'public' | 'guarded'> = {
  // Names of bodies, places and territories; the title (not the name) of a signatory; public contact of a place.
  'Adherent.name': 'public',
  'Epn.name': 'public',
  'Epn.phone': 'public',
  'Epn.emails': 'public',
  'Territory.name': 'public',
  'EventEdition.name': 'public',
  'Address.communeName': 'public',
  'Charter.stateSignatory': 'public',
  'Adhesion.signatoryTitle': 'public',
  // People: guarded by the resolver (FORBIDDEN or null) or reachable only through a guarded field.
  'Adherent.contacts': 'guarded',
  'Contact.fullName': 'guarded',
  'Contact.email': 'guarded',
  'Contact.phone': 'guarded',
  'Adhesion.signatoryName': 'guarded',
  'AdhesionEvent.actorSubject': 'guarded',
  'LabelEvent.actorSubject': 'guarded',
  'LabelRequest.message': 'guarded',
  'Registration.fullName': 'guarded',
  'Registration.email': 'guarded',
  'PimCertification.holderName': 'guarded',
  'PimCertification.holderEmail': 'guarded',
};

const PERSONAL = /name|e?mail|phone|subject|holder|signatory|message|contact|person/i;

/** Fields through which a type can be reached, looking through connections and edges. */
function entryPoints(schema: GraphQLSchema, typeName: string, seen = new Set<string>()): string[] {
  const points: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== typeName) continue;
      const wrapper = /(Connection|Edge)$/.test(type.name);
      if (!wrapper) points.push(`${type.name}.${field.name}`);
      else if (!seen.has(type.name)) points.push(...entryPoints(schema, type.name, new Set([...seen, type.name])));
    }
  }
  return points.sort();
}

describe('personal data', () => {
  it('every field able to carry personal data is audited, and people are reachable only through guarded fields', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
    const found = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query' && type.name !== 'Mutation')
      .flatMap((type) => Object.keys((type as any).getFields()).filter((name) => PERSONAL.test(name)).map((name) => `${type.name}.${name}`))
      .sort();
    expect(found).toEqual(Object.keys(AUDITED_FIELDS).sort());
    expect(entryPoints(schema, 'Contact')).toEqual(['Adherent.contacts']);
    expect(entryPoints(schema, 'Registration')).toEqual(['Event.registrations']);
    expect(entryPoints(schema, 'PimCertification')).toEqual(['Epn.pimCertifications']);
    expect(entryPoints(schema, 'LabelRequest')).toEqual(['Adherent.labelRequests', 'Epn.labelRequests', 'Mutation.declineLabelRequest', 'Mutation.requestLabel']);
  });

  describe('through the gateway, as anonymous visitors and analysts', () => {
    let graph: TestGraph;
    const names = new Set<string>();
    const emails = new Set<string>();
    const subjects = new Set<string>();

    beforeAll(async () => {
      graph = await startTestGraph();
      // Real activity first, so account ids of who acted are in the data too.
      const national = await graph.token({ role: 'NATIONAL_ADMIN', sub: 'agent.dupont@mission.gouv.example' });
      const [epn] = await graph.sql(`SELECT e.id FROM epn.epn e WHERE NOT EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status <> 'WITHDRAWN') ORDER BY e.id LIMIT 1`);
      const awarded = await graph.query(
        `mutation($epnId: ID!) { awardLabel(input: { epnId: $epnId, reason: "Test", criteria: [{ criterion: PUBLICS, met: true }, { criterion: MEANS, met: true }, { criterion: INITIATION, met: true }, { criterion: DEVELOPMENT_OF_USES, met: true }, { criterion: ENVIRONMENT, met: true }] }) { id } }`,
        { epnId: epn.id }, national,
      );
      expect(awarded.body.errors).toBeUndefined();
      const people = await graph.sql<{ name: string | null; email: string | null }>(`
        SELECT full_name AS name, email FROM adherents.contact
        UNION ALL SELECT signatory_name, NULL FROM adherents.adhesion
        UNION ALL SELECT full_name, email FROM epn.mediator
        UNION ALL SELECT holder_name, holder_email FROM resources.pim_certification
        UNION ALL SELECT full_name, email FROM events.registration`);
      for (const person of people) {
        if (person.name) names.add(person.name);
        if (person.email) emails.add(person.email);
      }
      for (const row of await graph.sql(`SELECT DISTINCT actor_subject AS s FROM epn.label_event WHERE actor_subject <> 'seed'`)) subjects.add(row.s);
      expect(names.size).toBeGreaterThan(1000);
      expect(emails.size).toBeGreaterThan(1000);
      expect(subjects.has('agent.dupont@mission.gouv.example')).toBe(true);
    });
    afterAll(() => graph.stop());

    /** Every string of an answer that is a person's name, e-mail or account id of the data. */
    function personalDataIn(response: GraphQLResponse): string[] {
      const leaks: string[] = [];
      const walk = (value: unknown) => {
        if (typeof value === 'string') {
          if (names.has(value) || emails.has(value) || subjects.has(value) || /@example\.org/.test(value)) leaks.push(value);
        } else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(response.body.data);
      return leaks;
    }

    const QUERIES: Record<string, { query: string; guarded: string[] }> = {
      adherents: {
        query: `{ adherents(first: 100) { edges { node {
          id name kind status
          contacts(first: 5) { edges { node { fullName email phone roleTitle } } }
          currentAdhesion { signatoryTitle signatoryName history(first: 5) { edges { node { action actorRole actorSubject } } } }
          adhesions(first: 5) { edges { node { signatoryName } } }
          labelRequests(first: 5) { edges { node { message requestedAt } } }
        } } } }`,
        guarded: ['contacts', 'labelRequests'],
      },
      epns: {
        query: `{ epns(filter: { labelled: true }, first: 60) { edges { node {
          id name phone emails mediatorCount pimCertificationCount
          pimCertifications(first: 10) { edges { node { holderName holderEmail level } } }
          labelRequests(first: 5) { edges { node { message } } }
          currentLabel { awardedBy { name contacts(first: 2) { edges { node { fullName email } } } } history(first: 10) { edges { node { action actorRole actorSubject reason } } } }
        } } } }`,
        guarded: ['pimCertifications', 'labelRequests', 'contacts'],
      },
      events: {
        query: `{ events(first: 60) { edges { node { title confirmedCount registrations(first: 20) { edges { node { fullName email status } } } } } } }`,
        guarded: ['registrations'],
      },
      territory: {
        query: `{ territory(level: DEPARTEMENT, code: "35") { name
          adherents(first: 20) { edges { node { name contacts(first: 3) { edges { node { email } } } currentAdhesion { signatoryName } } } }
          epns(first: 30) { edges { node { name labels(first: 3) { edges { node { history(first: 5) { edges { node { actorSubject } } } } } } } } }
          events(first: 30) { edges { node { title registrations(first: 5) { edges { node { email } } } } } } } }`,
        guarded: ['contacts', 'registrations'],
      },
    };

    it.each(['ANONYMOUS', 'ANALYST'] as const)('%s: guarded fields are refused or empty, and no answer holds a person of the data', async (role) => {
      const token = role === 'ANALYST' ? await graph.token({ role: 'ANALYST', sub: 'analyst-1' }) : undefined;
      for (const [name, { query, guarded }] of Object.entries(QUERIES)) {
        const response = await graph.query(query, {}, token);
        expect({ name, status: response.status }).toEqual({ name, status: 200 });
        expect(response.body.data).toBeTruthy();
        const errors = response.body.errors ?? [];
        // Refusals are FORBIDDEN on the guarded fields, never anything else.
        expect({ name, codes: [...new Set(errors.map((e) => e.extensions?.code))] }).toEqual({ name, codes: errors.length ? ['FORBIDDEN'] : [] });
        for (const error of errors) expect(guarded).toContain(error.path?.[error.path.length - 1]);
        expect({ name, leaks: personalDataIn(response) }).toEqual({ name, leaks: [] });
      }
      // The portal's own documents too.
      const [{ id: epnId }] = await graph.sql(`SELECT epn_id AS id FROM epn.label WHERE status = 'ACTIVE' LIMIT 1`);
      const [{ id: adherentId }] = await graph.sql(`SELECT adherent_id AS id FROM epn.label_request LIMIT 1`);
      const documents = [
        [readOperation('epn-page.graphql'), { id: epnId }],
        [readOperation('adherent-dashboard.graphql'), { id: adherentId }],
        [readOperation('territory-page.graphql'), { level: 'COMMUNE', code: '35238' }],
        [readOperation('directory.graphql'), { territory: { level: 'DEPARTEMENT', code: '29' } }],
      ] as const;
      for (const [query, variables] of documents) {
        const response = await graph.query(query, variables, token);
        expect(personalDataIn(response)).toEqual([]);
      }
    }, 120_000);

    it('a registration ticket carries no name or e-mail, not even the registrant’s own', async () => {
      const [event] = await graph.sql(`SELECT id FROM events.event WHERE starts_at > now() ORDER BY starts_at LIMIT 1`);
      const response = await graph.query(
        `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { registrationId status waitingPosition event { title } } }`,
        { input: { eventId: event.id, fullName: 'Dominique Registrant', email: 'dominique@ticket.example.net' } },
      );
      expect(response.body.errors).toBeUndefined();
      expect(JSON.stringify(response.body)).not.toMatch(/Dominique|dominique@/);
    });
  });
});

function readOperation(file: string): string {
  return readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'operations', file), 'utf8');
}
