import { epnSubgraph } from '../../subgraphs/epn/src';
import type { Viewer } from '../../subgraphs/kit/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

/** updateEpnContact: who may change an EPN's public contact details, and what is accepted. */
describe('epn subgraph: updateEpnContact', () => {
  let subgraph: SubgraphHarness;
  let epnId: string;
  let otherEpnId: string;
  beforeAll(async () => {
    subgraph = await openSubgraph(epnSubgraph);
    [{ id: epnId }, { id: otherEpnId }] = await subgraph.dataSource.query('SELECT id FROM epn.epn ORDER BY id LIMIT 2');
  });
  afterAll(() => subgraph.close());

  const UPDATE = `mutation($id: ID!, $input: EpnContactInput!) {
    updateEpnContact(id: $id, input: $input) { id phone emails websites appointmentUrl openingHours updatedAt }
  }`;
  const manager = (epn: string): Viewer => ({ role: 'EPN_MANAGER', subject: 'manager', epnId: epn });
  const row = async (id: string) =>
    (await subgraph.dataSource.query('SELECT phone, emails, websites, appointment_url, opening_hours, updated_at FROM epn.epn WHERE id = $1', [id]))[0];

  it("lets the EPN's manager update its contact details; fields left out keep their value, null clears", async () => {
    const before = await row(epnId);
    const { data, errors } = await subgraph.execute(UPDATE, {
      id: epnId,
      input: { phone: ' +33 2 99 00 00 00 ', emails: ['accueil@epn.example.fr'], appointmentUrl: null },
    }, manager(epnId));
    expect(errors).toBeUndefined();
    expect(data.updateEpnContact).toMatchObject({
      id: epnId, phone: '+33 2 99 00 00 00', emails: ['accueil@epn.example.fr'], websites: before.websites, appointmentUrl: null, openingHours: before.opening_hours,
    });
    const after = await row(epnId);
    expect(after).toMatchObject({ phone: '+33 2 99 00 00 00', emails: ['accueil@epn.example.fr'], appointment_url: null });
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
  });

  it('lets the national administrator update any EPN', async () => {
    const { errors } = await subgraph.execute(UPDATE, { id: otherEpnId, input: { websites: ['https://epn.example.fr/'] } }, { role: 'NATIONAL_ADMIN', subject: 'admin' });
    expect(errors).toBeUndefined();
    expect((await row(otherEpnId)).websites).toEqual(['https://epn.example.fr/']);
  });

  it('refuses anonymous visitors, other roles and the manager of another EPN, changing nothing', async () => {
    const before = await row(otherEpnId);
    const cases: [Viewer, string][] = [
      [{ role: 'ANONYMOUS', subject: null }, 'UNAUTHENTICATED'],
      [{ role: 'ANALYST', subject: 'analyst' }, 'FORBIDDEN'],
      [manager(epnId), 'FORBIDDEN'],
    ];
    for (const [viewer, code] of cases) {
      const { errors } = await subgraph.execute(UPDATE, { id: otherEpnId, input: { phone: '01 00 00 00 00' } }, viewer);
      expect(errors?.[0].extensions.code).toBe(code);
    }
    expect(await row(otherEpnId)).toEqual(before);
  });

  it('refuses invalid values, naming the field and the rule, and writes none of the others', async () => {
    const before = await row(epnId);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ phone: 'call us', openingHours: 'Mo 10:00-12:00' }, 'input.phone', /digits/],
      [{ emails: ['accueil@epn.example.fr', 'not an e-mail'] }, 'input.emails[1]', /e-mail/],
      [{ websites: ['javascript:alert(1)'] }, 'input.websites[0]', /http or https/],
      [{ appointmentUrl: 'ftp://epn.example.fr' }, 'input.appointmentUrl', /http or https/],
      [{ openingHours: 'x'.repeat(501) }, 'input.openingHours', /500 characters/],
      [{ websites: Array.from({ length: 11 }, (_, i) => `https://epn${i}.example.fr`) }, 'input.websites', /at most 10/],
    ];
    for (const [input, field, rule] of cases) {
      const { errors } = await subgraph.execute(UPDATE, { id: epnId, input }, manager(epnId));
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0].message).toMatch(rule);
    }
    expect(await row(epnId)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown EPN', async () => {
    const { errors } = await subgraph.execute(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input: { phone: '01 00 00 00 00' } }, { role: 'NATIONAL_ADMIN', subject: 'admin' });
    expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
