import { GraphQLError } from 'graphql';
import { emailAddress, geography } from '../../subgraphs/kit/src';
import { assertTransition, checkMemberCommunes, checkNewAdherent, checkSignature } from '../../subgraphs/adherents/src/services/adhesion-service';
import { assertStatusChange, checkCriteria } from '../../subgraphs/epn/src/services/label-decisions';
import { checkEdition } from '../../subgraphs/events/src/services/event-publishing';

/** The rules of the services, without GraphQL or a database. */
function refusal(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('adhesion rules', () => {
  it('ties the ressort to the kind of adherent, by the official geography', () => {
    expect(checkNewAdherent({ kind: 'EPCI', name: ' Rennes Métropole ', territory: { level: 'EPCI', code: '243500139' } })).toEqual({
      kind: 'EPCI', name: 'Rennes Métropole', siren: null, territoryLevel: 'EPCI', territoryCode: '243500139', memberCommunes: [],
    });
    expect(checkNewAdherent({ kind: 'ASSOCIATION', name: 'Les Connecteurs', siren: '123 456 789' })).toMatchObject({ siren: '123456789', territoryLevel: null });
    expect(refusal(() => checkNewAdherent({ kind: 'DEPARTEMENT', name: 'x', territory: { level: 'REGION', code: '53' } })).field).toBe('input.newAdherent.territory.level');
    expect(refusal(() => checkNewAdherent({ kind: 'COMMUNE', name: 'x' })).message).toMatch(/is required for a commune/);
    expect(refusal(() => checkNewAdherent({ kind: 'PUBLIC_BODY', name: 'x', territory: { level: 'COUNTRY', code: 'FR' } })).field).toBe('input.newAdherent.territory.level');
    expect(refusal(() => checkNewAdherent({ kind: 'PAYS', name: 'x', territory: { level: 'DEPARTEMENT', code: '35' }, memberCommunes: ['35238', '35024'] })).field).toBe('input.newAdherent.territory');
    expect(refusal(() => checkNewAdherent({ kind: 'REGION', name: 'x', territory: { level: 'REGION', code: '53' }, memberCommunes: ['35238'] })).field).toBe('input.newAdherent.memberCommunes');
    expect(refusal(() => checkNewAdherent({ kind: 'ASSOCIATION', name: 'x', siren: '12345' })).field).toBe('input.newAdherent.siren');
  });

  it("checks a « pays »'s communes one by one, naming the first wrong one", () => {
    expect(checkMemberCommunes([' 35238', '35024'], 'm')).toEqual(['35238', '35024']);
    expect(refusal(() => checkMemberCommunes(['35238', '35238'], 'm'))).toMatchObject({ field: 'm[1]', message: expect.stringMatching(/declared twice/) });
    const former = refusal(() => checkMemberCommunes(['35238', '01039'], 'm'));
    expect(former.field).toBe('m[1]');
    expect(former.message).toContain(`now part of ${geography().commune('01138')!.name} (01138)`);
  });

  it('dates a signature within the life of its charter', () => {
    expect(checkSignature(2016, '2024-05-02', '2025-01-01')).toBe('2024-05-02');
    expect(checkSignature(2007, '2012-01-10', '2025-01-01')).toBe('2012-01-10');
    expect(refusal(() => checkSignature(2016, '2015-12-31', '2025-01-01')).message).toMatch(/before 2016-04-26, when the State signed the 2016 charter/);
    expect(refusal(() => checkSignature(2007, '2016-04-26', '2025-01-01')).field).toBe('input.charterVersion');
    expect(refusal(() => checkSignature(2016, '2025-01-02', '2025-01-01')).field).toBe('input.signedOn');
  });

  it('moves an adhesion only along its lifecycle', () => {
    expect(assertTransition('SIGNED', 'PREFECTURE_COPY_SENT')).toBe('SENT_TO_PREFECTURE');
    expect(assertTransition('SENT_TO_PREFECTURE', 'VALIDATED')).toBe('VALIDATED');
    expect(assertTransition('SIGNED', 'REJECTED')).toBe('REJECTED');
    expect(assertTransition('VALIDATED', 'WITHDRAWN')).toBe('WITHDRAWN');
    for (const [status, action] of [['REJECTED', 'VALIDATED'], ['WITHDRAWN', 'WITHDRAWN'], ['VALIDATED', 'PREFECTURE_COPY_SENT'], ['REJECTED', 'WITHDRAWN']] as const) {
      expect(refusal(() => assertTransition(status, action)).code).toBe('CONFLICT');
    }
  });
});

describe('label rules', () => {
  const all = ['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT'] as const;

  it('records the five criteria in the charter order, and refuses an award with any unmet', () => {
    const recorded = checkCriteria([...all].reverse().map((criterion) => ({ criterion, met: true, comment: criterion === 'MEANS' ? ' 2 médiateurs ' : undefined })));
    expect(recorded.map((c) => c.criterion)).toEqual([...all]);
    expect(recorded.find((c) => c.criterion === 'MEANS')!.comment).toBe('2 médiateurs');
    const unmet = refusal(() => checkCriteria(all.map((criterion) => ({ criterion, met: criterion !== 'PUBLICS' }))));
    expect(unmet.message).toMatch(/not met: PUBLICS \(publics\)\.$/);
    expect(refusal(() => checkCriteria([])).message).toMatch(/not assessed: PUBLICS, MEANS, INITIATION, DEVELOPMENT_OF_USES, ENVIRONMENT/);
  });

  it('changes a label only from the statuses that allow it', () => {
    expect(assertStatusChange('ACTIVE', 'SUSPENDED')).toBe('SUSPENDED');
    expect(assertStatusChange('SUSPENDED', 'REINSTATED')).toBe('ACTIVE');
    expect(assertStatusChange('SUSPENDED', 'WITHDRAWN')).toBe('WITHDRAWN');
    expect(refusal(() => assertStatusChange('ACTIVE', 'REINSTATED')).code).toBe('CONFLICT');
    expect(refusal(() => assertStatusChange('WITHDRAWN', 'SUSPENDED')).code).toBe('CONFLICT');
  });
});

describe('event and registration rules', () => {
  it('checks an edition: in its year, in order, partners once', () => {
    const edition = { kind: 'FETE_DE_L_INTERNET' as const, name: "Fête de l'Internet 2030", year: 2030, startsOn: '2030-03-14', endsOn: '2030-03-23', nationalPartners: ['CLEMI'] };
    expect(checkEdition(edition)).toMatchObject({ year: 2030, startsOn: '2030-03-14', nationalPartners: ['CLEMI'] });
    expect(refusal(() => checkEdition({ ...edition, nationalPartners: ['CLEMI', 'CLEMI'] })).field).toBe('input.nationalPartners');
    expect(refusal(() => checkEdition({ ...edition, year: 2031 })).field).toBe('input.startsOn');
    expect(refusal(() => checkEdition({ ...edition, endsOn: '2030-03-01' })).field).toBe('input.endsOn');
  });

  it('accepts ordinary e-mail addresses, lower-cased, and refuses what cannot be one', () => {
    expect(emailAddress(' Marie.Curie+fete@Example.FR ', 'email')).toBe('marie.curie+fete@example.fr');
    for (const bad of ['marie', 'marie@', '@example.fr', 'marie@example', 'ma rie@example.fr', 'marie@@example.fr', `${'a'.repeat(65)}@example.fr`]) {
      expect(refusal(() => emailAddress(bad, 'email')).field).toBe('email');
    }
  });
});
