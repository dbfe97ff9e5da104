import { startTestGraph, type GraphQLResponse, type TestGraph } from '../support/graph';
import { fingerprint, firstError, outcome } from '../support/rules';

/** Editions, events and registrations through the gateway; capacity under concurrent registrations. */
describe('events and registrations', () => {
  let graph: TestGraph;
  let national: string;
  let epnId: string;
  let manager: string;
  let editionId: string;
  let eventId: string;
  /** Cancellation codes handed to the 200 registrants, by registration id. */
  const codes = new Map<string, string>();

  beforeAll(async () => {
    // 200 registrations to one event are serialised by its row lock, and here the client, the gateway
    // and every subgraph share one Node process: on a loaded machine the last answer may take longer
    // than the default subgraph timeout. This file tests correctness under concurrency, not latency.
    graph = await startTestGraph({ subgraphTimeoutMs: 60_000 });
    national = await graph.token({ role: 'NATIONAL_ADMIN' });
    [{ id: epnId }] = await graph.sql(`SELECT id FROM epn.epn ORDER BY id LIMIT 1`);
    manager = await graph.token({ role: 'EPN_MANAGER', epnId });
  });
  afterAll(() => graph.stop());

  const CREATE_EDITION = `mutation($input: EventEditionInput!) { createEventEdition(input: $input) { id kind name year startsOn endsOn nationalPartners } }`;
  const UPDATE_EDITION = `mutation($id: ID!, $input: EventEditionInput!) { updateEventEdition(id: $id, input: $input) { id startsOn endsOn } }`;
  const PUBLISH = `mutation($input: PublishEventInput!) {
    publishEvent(input: $input) { id title organiserKind capacity seatsLeft epn { id } organiserAdherent { id } commune { code } edition { id } }
  }`;
  const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { registrationId status waitingPosition cancellationCode event { id } } }`;
  const CANCEL = `mutation($id: ID!, $code: String) { cancelRegistration(registrationId: $id, cancellationCode: $code) { registrationId status cancellationCode } }`;
  const fete2040 = { kind: 'FETE_DE_L_INTERNET', name: "Fête de l'Internet 2040", year: 2040, startsOn: '2040-03-14', endsOn: '2040-03-23', nationalPartners: ['Villes Internet', 'CLEMI'] };

  it("the national administrator manages the Fête de l'Internet editions; no one else may", async () => {
    for (const token of [undefined, manager, await graph.token({ role: 'ANALYST' })]) {
      const refused = await graph.query(CREATE_EDITION, { input: fete2040 }, token);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(outcome(refused));
    }
    const created = await graph.query(CREATE_EDITION, { input: fete2040 }, national);
    expect(created.body.data.createEventEdition).toMatchObject({ ...fete2040 });
    editionId = created.body.data.createEventEdition.id;
    expect(outcome(await graph.query(CREATE_EDITION, { input: fete2040 }, national))).toBe('CONFLICT');
    const badDates = await graph.query(CREATE_EDITION, { input: { ...fete2040, year: 2041, endsOn: '2041-03-01', startsOn: '2041-03-10' } }, national);
    expect(firstError(badDates).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const wrongYear = await graph.query(CREATE_EDITION, { input: { ...fete2040, year: 2042 } }, national);
    expect(firstError(wrongYear).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsOn' });
  });

  it('an EPN manager publishes an event of its EPN in the edition; the rules of dates, capacity and organiser hold', async () => {
    const base = { title: 'Atelier « premiers pas sur internet »', editionId, startsAt: '2040-03-15T13:00:00.000Z', endsAt: '2040-03-15T15:00:00.000Z', audience: 'ALL', capacity: 50 };
    const published = await graph.query(PUBLISH, { input: base }, manager);
    expect(published.body.errors).toBeUndefined();
    const event = published.body.data.publishEvent;
    expect(event).toMatchObject({ organiserKind: 'EPN', capacity: 50, seatsLeft: 50, epn: { id: epnId }, organiserAdherent: null, edition: { id: editionId } });
    const [{ commune_code }] = await graph.sql(`SELECT commune_code FROM epn.epn WHERE id = $1`, [epnId]);
    expect(event.commune.code).toBe(commune_code);
    eventId = event.id;

    const before = await fingerprint(graph, ['events.event']);
    const refusals: [string, Record<string, unknown>, string | undefined, string, RegExp][] = [
      ['outside the edition', { ...base, startsAt: '2040-04-15T13:00:00.000Z', endsAt: '2040-04-15T15:00:00.000Z' }, manager, 'BAD_USER_INPUT', /must fall within Fête de l'Internet 2040/],
      ['no seat', { ...base, capacity: 0 }, manager, 'BAD_USER_INPUT', /"input.capacity"/],
      ['ending before it starts', { ...base, endsAt: '2040-03-15T12:00:00.000Z' }, manager, 'BAD_USER_INPUT', /"input.endsAt": must be after/],
      ['in the past', { ...base, editionId: null, startsAt: '2020-03-15T13:00:00.000Z', endsAt: '2020-03-15T15:00:00.000Z' }, manager, 'BAD_USER_INPUT', /"input.startsAt": must be in the future/],
      ["for another EPN", { ...base, epnId: '00000000-0000-4000-8000-000000000000' }, manager, 'FORBIDDEN', /only for the EPN it manages/],
      ['by the national administrator', base, national, 'FORBIDDEN', /Only an EPN manager or an adherent administrator may publish an event/],
      ['anonymously', base, undefined, 'UNAUTHENTICATED', /signed in/],
    ];
    for (const [name, input, token, code, message] of refusals) {
      const response = await graph.query(PUBLISH, { input }, token);
      expect({ name, code: outcome(response) }).toEqual({ name, code });
      expect(firstError(response).message).toMatch(message);
    }
    expect(await fingerprint(graph, ['events.event'])).toEqual(before);
    // The edition's days cannot shrink away from its events.
    const shrink = await graph.query(UPDATE_EDITION, { id: editionId, input: { ...fete2040, startsOn: '2040-03-16' } }, national);
    expect(outcome(shrink)).toBe('CONFLICT');
    expect((await graph.query(UPDATE_EDITION, { id: editionId, input: { ...fete2040, endsOn: '2040-03-24' } }, national)).body.data.updateEventEdition.endsOn).toBe('2040-03-24');
  });

  it('an adherent publishes in its ressort only, while its adhesion is validated', async () => {
    const [commune] = await graph.sql(`
      SELECT a.id, a.territory_code AS code FROM adherents.adherent a JOIN adherents.adhesion h ON h.adherent_id = a.id AND h.status = 'VALIDATED'
      WHERE a.kind = 'COMMUNE' ORDER BY a.name LIMIT 1`);
    const admin = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: commune.id });
    const input = { title: 'Café numérique', startsAt: '2040-06-01T08:00:00.000Z', endsAt: '2040-06-01T10:00:00.000Z', audience: 'SENIORS', capacity: 12 };
    const inside = await graph.query(PUBLISH, { input: { ...input, communeCode: commune.code } }, admin);
    expect(inside.body.data.publishEvent).toMatchObject({ organiserKind: 'ADHERENT', organiserAdherent: { id: commune.id }, commune: { code: commune.code } });
    const elsewhere = commune.code === '29019' ? '35238' : '29019';
    const outside = await graph.query(PUBLISH, { input: { ...input, communeCode: elsewhere } }, admin);
    expect(outcome(outside)).toBe('FORBIDDEN');
    expect(firstError(outside).message).toMatch(/only inside its ressort; the event is in .*outside it/);
    const nowhere = await graph.query(PUBLISH, { input }, admin);
    expect(firstError(nowhere).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
  });

  it('200 people registering at once for 50 seats: exactly 50 confirmed, 150 waiting in order, none lost', async () => {
    const people = Array.from({ length: 200 }, (_, i) => ({ eventId, fullName: `Personne ${i}`, email: `personne.${i}@registrations.test` }));
    // Fired in parallel over HTTP through the gateway.
    const tickets = await Promise.all(people.map((input) => graph.query(REGISTER, { input })));
    expect(tickets.filter((t) => t.body.errors)).toEqual([]);
    const byStatus = (status: string) => tickets.map((t) => t.body.data.registerForEvent).filter((t) => t.status === status);
    expect(byStatus('CONFIRMED')).toHaveLength(50);
    expect(byStatus('WAITING')).toHaveLength(150);
    expect(byStatus('WAITING').map((t) => t.waitingPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    for (const { body } of tickets) codes.set(body.data.registerForEvent.registrationId, body.data.registerForEvent.cancellationCode);
    expect(new Set(codes.values()).size).toBe(200);

    const rows = await graph.sql(`SELECT status, count(*)::int AS n FROM events.registration WHERE event_id = $1 GROUP BY status ORDER BY status`, [eventId]);
    expect(rows).toEqual([{ status: 'CONFIRMED', n: 50 }, { status: 'WAITING', n: 150 }]);
    const seats = await graph.query(`query($id: ID!) { event(id: $id) { confirmedCount waitingCount seatsLeft } }`, { id: eventId });
    expect(seats.body.data.event).toEqual({ confirmedCount: 50, waitingCount: 150, seatsLeft: 0 });
  });

  const waitingList = async (): Promise<{ id: string; email: string; waitingPosition: number }[]> => {
    const list: { id: string; email: string; waitingPosition: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse = await graph.query(
        `query($id: ID!, $after: String) { event(id: $id) { registrations(status: WAITING, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id email waitingPosition } } } } }`,
        { id: eventId, after },
        manager,
      );
      const connection = page.body.data.event.registrations;
      list.push(...connection.edges.map((e: any) => e.node));
      if (!connection.pageInfo.hasNextPage) return list;
      after = connection.pageInfo.endCursor;
    }
  };

  it('cancellations free seats for the first people waiting, in the order they registered', async () => {
    const waiting = await waitingList();
    expect(waiting.map((r) => r.waitingPosition)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const confirmed = await graph.sql(`SELECT id, email FROM events.registration WHERE event_id = $1 AND status = 'CONFIRMED' ORDER BY sequence LIMIT 3`, [eventId]);

    // Without the code an anonymous person cannot cancel, nor with a wrong one, nor another EPN's manager.
    expect(outcome(await graph.query(CANCEL, { id: confirmed[0].id }))).toBe('UNAUTHENTICATED');
    expect(outcome(await graph.query(CANCEL, { id: confirmed[0].id, code: 'not-the-code' }))).toBe('FORBIDDEN');
    expect(outcome(await graph.query(CANCEL, { id: confirmed[0].id, code: codes.get(confirmed[1].id) }))).toBe('FORBIDDEN');
    expect(outcome(await graph.query(CANCEL, { id: confirmed[0].id }, await graph.token({ role: 'EPN_MANAGER', epnId: '00000000-0000-4000-8000-000000000000' })))).toBe('FORBIDDEN');

    // Two registrants cancel with their codes, the organiser cancels a third registration.
    const cancellations = [
      graph.query(CANCEL, { id: confirmed[0].id, code: codes.get(confirmed[0].id) }),
      graph.query(CANCEL, { id: confirmed[1].id }, manager),
      graph.query(CANCEL, { id: confirmed[2].id, code: codes.get(confirmed[2].id) }),
    ];
    for (const [index, pending] of cancellations.entries()) {
      expect((await pending).body.data.cancelRegistration).toEqual({ registrationId: confirmed[index].id, status: 'CANCELLED', cancellationCode: null });
    }
    expect(outcome(await graph.query(CANCEL, { id: confirmed[0].id, code: codes.get(confirmed[0].id) }))).toBe('CONFLICT');
    const promoted = await graph.sql(`SELECT id, status FROM events.registration WHERE id = ANY($1::uuid[])`, [waiting.slice(0, 3).map((r) => r.id)]);
    expect(promoted.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);

    const after = await waitingList();
    expect(after.map((r) => r.id)).toEqual(waiting.slice(3).map((r) => r.id));
    expect(after.map((r) => r.waitingPosition)).toEqual(Array.from({ length: 147 }, (_, i) => i + 1));
    const [{ confirmed: count }] = await graph.sql(`SELECT count(*)::int AS confirmed FROM events.registration WHERE event_id = $1 AND status = 'CONFIRMED'`, [eventId]);
    expect(count).toBe(50);
  });

  it('a registrant cancels with the code given at registration; a waiting one leaves the list without freeing a seat', async () => {
    const late = await graph.query(REGISTER, { input: { eventId, fullName: 'Camille Durand', email: 'camille.durand@registrations.test' } });
    const ticket = late.body.data.registerForEvent;
    expect(ticket).toMatchObject({ status: 'WAITING', waitingPosition: 148 });
    const duplicate = await graph.query(REGISTER, { input: { eventId, fullName: 'Camille Durand', email: ' Camille.Durand@Registrations.test ' } });
    expect(outcome(duplicate)).toBe('CONFLICT');
    const cancelled = await graph.query(CANCEL, { id: ticket.registrationId, code: ticket.cancellationCode });
    expect(cancelled.body.data.cancelRegistration.status).toBe('CANCELLED');
    expect((await waitingList()).length).toBe(147);
    const [{ confirmed }] = await graph.sql(`SELECT count(*)::int AS confirmed FROM events.registration WHERE event_id = $1 AND status = 'CONFIRMED'`, [eventId]);
    expect(confirmed).toBe(50);
  });

  it('refuses bad registrations with the field and the rule, writing nothing', async () => {
    const before = await fingerprint(graph, ['events.registration', 'events.event']);
    const badEmail = await graph.query(REGISTER, { input: { eventId, fullName: 'Alex', email: 'alex@' } });
    expect(firstError(badEmail).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const noName = await graph.query(REGISTER, { input: { eventId, fullName: '  ', email: 'alex@example.org' } });
    expect(firstError(noName).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fullName' });
    const [past] = await graph.sql(`SELECT id FROM events.event WHERE starts_at < now() LIMIT 1`);
    const closed = await graph.query(REGISTER, { input: { eventId: past.id, fullName: 'Alex', email: 'alex@example.org' } });
    expect(outcome(closed)).toBe('CONFLICT');
    expect(firstError(closed).message).toMatch(/are closed: it started on/);
    expect(outcome(await graph.query(REGISTER, { input: { eventId: '00000000-0000-4000-8000-000000000000', fullName: 'Alex', email: 'alex@example.org' } }))).toBe('NOT_FOUND');
    expect(await fingerprint(graph, ['events.registration', 'events.event'])).toEqual(before);
  });

  it("registrants' names and e-mails are for the organiser and the national administrator only", async () => {
    const REGISTRANTS = `query($id: ID!) { event(id: $id) { registrations(first: 1) { edges { node { fullName email } } } } }`;
    for (const token of [undefined, await graph.token({ role: 'ANALYST' }), await graph.token({ role: 'EPN_MANAGER', epnId: '00000000-0000-4000-8000-000000000000' })]) {
      const response = await graph.query(REGISTRANTS, { id: eventId }, token);
      expect(outcome(response)).toBe('FORBIDDEN');
      expect(response.body.data.event.registrations).toBeNull();
      expect(JSON.stringify(response.body)).not.toContain('@registrations.test');
    }
    for (const token of [manager, national]) {
      const response = await graph.query(REGISTRANTS, { id: eventId }, token);
      expect(response.body.data.event.registrations.edges[0].node.email).toMatch(/@registrations\.test$/);
    }
  });
});
