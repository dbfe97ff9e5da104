import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { geography, resolveTerritory } from '../../subgraphs/kit/src';
import { epnSubgraph } from '../../subgraphs/epn/src';
import { importPlaces, type ImportOptions, type ImportReport } from '../../subgraphs/epn/src/import/import-service';
import { territoryScope } from '../../subgraphs/epn/src/import/scope';
import type { WriteActor } from '../../subgraphs/epn/src/services/epn-write-service';
import { exportPlaces } from '../../subgraphs/epn/src/standard/export';
import type { Problem } from '../../subgraphs/epn/src/standard/problems';
import { subgraphDataSource } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from '../support/database';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'standard');
const VALID = path.join(FIXTURES, 'valid.csv');
const MISTAKES = path.join(FIXTURES, 'mistakes.csv');
const TODAY = new Date('2024-07-01T00:00:00Z');

const national: WriteActor = { role: 'NATIONAL_ADMIN', subject: 'test', adherentId: null, scope: territoryScope(geography().country) };

describe('import and export in the national standard (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = subgraphDataSource(epnSubgraph, database.url, pino({ level: 'silent' }), 2);
    await dataSource.initialize();
  });
  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const run = (input: string | Readable, options: Partial<ImportOptions> = {}): Promise<ImportReport> =>
    importPlaces(dataSource, typeof input === 'string' ? createReadStream(input) : input, { format: 'csv', actor: national, today: TODAY, ...options });

  const exportText = async (format: 'csv' | 'json' = 'csv'): Promise<string> => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await exportPlaces(dataSource, sink, { format });
    return Buffer.concat(chunks).toString('utf8');
  };

  /** Exports only the imported places: the test database also holds the seeded national dataset, removed first. */
  const exportImported = async (format: 'csv' | 'json' = 'csv'): Promise<string> => {
    const removed = await dataSource.query(`DELETE FROM epn.epn WHERE source = 'netpublic-seed'`);
    expect(removed[1]).toBeGreaterThan(0);
    return exportText(format);
  };

  const epnCount = async (): Promise<number> => (await dataSource.query('SELECT count(*)::int AS n FROM epn.epn'))[0].n;
  const lastUpdate = async (): Promise<string> => (await dataSource.query(`SELECT max(updated_at)::text AS t FROM epn.epn WHERE source <> 'netpublic-seed'`))[0].t;

  it('imports a valid file: every field lands in its column, vocabularies as enum values', async () => {
    const before = await epnCount();
    const report = await run(VALID);
    expect(report).toMatchObject({ status: 'IMPORTED', committed: true, records: 13, valid: 13, inserted: 13, updated: 0, unchanged: 0, errors: 0 });
    expect(await epnCount()).toBe(before + 13);
    // NetPublic in autres_formations_labels is reported, and creates no label.
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 2, field: 'autres_formations_labels', severity: 'notice', rule: expect.stringContaining('labels are awarded by adherents') }));
    const [rennes] = await dataSource.query(`SELECT * FROM epn.epn WHERE source = 'Bretagne Numérique' AND source_id = 'bzh-35238-champs-libres'`);
    expect(rennes).toMatchObject({
      pivot: '21350238800013', name: 'Espace numérique des Champs Libres', street: '10 cours des Alliés', address_complement: '2e étage, salle Nautilus',
      postal_code: '35000', commune_code: '35238', latitude: 48.1063, longitude: -1.6746, venue_type: 'LIBRARY', typologies: ['BIB', 'EPN'], itinerant: false,
      opening_hours: 'Tu-Fr 12:00-19:00; Sa,Su 14:00-19:00; PH off', services: ['EVERYDAY_DIGITAL_TOOLS', 'INTERNET_AND_EQUIPMENT_ACCESS', 'DIGITAL_LEISURE_AND_CREATION'],
      specific_publics: ['YOUTH', 'SENIORS'], accessibility_support: ['MOTOR_DISABILITY', 'VISUAL_IMPAIRMENT'], fees: ['FREE'], national_programmes: ['CONSEILLERS_NUMERIQUES'],
      access_modes: ['WALK_IN', 'PHONE'], accompaniment_modes: ['SELF_SERVICE', 'INDIVIDUAL', 'GROUP_WORKSHOP'], other_labels: 'Pass numérique',
      phone: '+33223405000', emails: ['numerique@leschampslibres.fr'], parent_structure: 'Rennes Métropole',
    });
    const labels = await dataSource.query(`SELECT count(*)::int AS n FROM epn.label WHERE epn_id = $1`, [rennes.id]);
    expect(labels[0].n).toBe(0);
    const [bus] = await dataSource.query(`SELECT venue_type, itinerant, typologies FROM epn.epn WHERE source_id = 'occ-12208-bus-numerique'`);
    expect(bus).toEqual({ venue_type: 'OTHER', itinerant: true, typologies: [] });
    const [lyon] = await dataSource.query(`SELECT training_labels, emails, venue_type FROM epn.epn WHERE source_id = 'ara-69123-mdms-lyon3'`);
    expect(lyon).toEqual({ training_labels: ['MES_PAPIERS_LYON', 'MON_ESPACE_SANTE'], emails: ['mdms.lyon3@grandlyon.com', 'france-services.lyon3@grandlyon.com'], venue_type: 'SOCIAL_CENTRE' });
  });

  it('re-importing the same file changes nothing; an updated file updates in place', async () => {
    await run(VALID);
    const stamp = await lastUpdate();
    const again = await run(VALID);
    expect(again).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: 13 });
    expect(await lastUpdate()).toBe(stamp);

    const edited = readFileSync(VALID, 'utf8').replace('+33478606060', '+33478606099').replace('Médiathèque Jean Lévy', 'Médiathèque Jean-Lévy');
    const count = await epnCount();
    const update = await run(Readable.from([edited]));
    expect(update).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 2, unchanged: 11 });
    expect(await epnCount()).toBe(count);
    const rows = await dataSource.query(`SELECT source_id, phone, name, updated_at::text AS t FROM epn.epn WHERE source_id IN ('ara-69123-mdms-lyon3', 'hdf-59350-jean-levy', 'bzh-35238-champs-libres') ORDER BY source_id`);
    expect(rows.map((r: { phone: string }) => r.phone)).toEqual(['+33478606099', '+33223405000', '+33320153000']);
    expect(rows[2].name).toBe('Médiathèque Jean-Lévy');
    expect(rows[0].t > stamp).toBe(true);
    expect(rows[1].t <= stamp).toBe(true);
  });

  it('round-trips: import → export gives the file back byte for byte (NetPublic for the labelled EPN), and import → export again changes nothing', async () => {
    await run(VALID);
    // The label is what writes NetPublic on export: award one to the Rennes place (which claimed it in the file).
    await dataSource.query(
      `INSERT INTO epn.label (epn_id, status, exceptional, charter_version, awarded_at, status_changed_at, criteria)
       SELECT id, 'ACTIVE', true, 2016, now(), now(), '[]' FROM epn.epn WHERE source_id = 'bzh-35238-champs-libres'`,
    );
    const first = await exportImported('csv');
    expect(first).toBe(readFileSync(VALID, 'utf8'));

    const stamp = await lastUpdate();
    const reimport = await run(Readable.from([first]));
    expect(reimport).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: 13 });
    expect(await lastUpdate()).toBe(stamp);
    expect(await exportText('csv')).toBe(first);

    // The JSON form carries the same data: importing it changes nothing either.
    const json = await exportText('json');
    const records = JSON.parse(json) as Record<string, unknown>[];
    expect(records).toHaveLength(13);
    expect(records[0]).toMatchObject({ id: 'bzh-35238-champs-libres', latitude: 48.1063, autres_formations_labels: 'NetPublic|Pass numérique' });
    const fromJson = await run(Readable.from([json]), { format: 'json' });
    expect(fromJson).toMatchObject({ status: 'IMPORTED', records: 13, inserted: 0, updated: 0, unchanged: 13, errors: 0 });
    expect(await exportText('csv')).toBe(first);
  });

  it('without an active label, NetPublic is not exported', async () => {
    await run(VALID);
    const records = parse(await exportImported('csv'), { columns: true }) as Record<string, string>[];
    expect(records.find((r) => r.id === 'bzh-35238-champs-libres')!.autres_formations_labels).toBe('Pass numérique');
    expect(records.filter((r) => r.autres_formations_labels.includes('NetPublic'))).toEqual([]);
  });

  it('rejects a file full of mistakes: every problem with line, field, value and rule, and nothing written', async () => {
    const before = await epnCount();
    const report = await run(MISTAKES);
    expect(report).toMatchObject({ status: 'REJECTED', committed: false, records: 15, inserted: 0, updated: 0 });
    expect(await epnCount()).toBe(before);
    const errors = report.problems.filter((p) => p.severity === 'error');
    const has = (line: number, field: string, value: string, rule: string) =>
      expect(errors).toContainEqual(expect.objectContaining<Partial<Problem>>({ line, field, value, rule: expect.stringContaining(rule) }));
    has(5, 'code_postal', '6000', 'must be 5 digits');
    has(5, 'code_postal', '6000', 'leading zero may have been lost (06000?)');
    has(6, 'frais_a_charge', 'Gratuite', "not a value of the standard's list");
    has(6, 'services', 'Accompagnement aux démarches', "not a value of the standard's list");
    has(6, 'modalites_acces', 'se présenter', 'did you mean « Se présenter »?');
    has(7, 'services', 'Aide aux démarches administratives;Maîtrise des outils numériques du quotidien', 'not « ; » (v0)');
    has(7, 'courriels', 'accueil@lamballe.fr;fs@lamballe.fr', 'not « ; » (v0)');
    has(8, 'latitude/longitude', '-1.6746, 48.1063', 'swapped');
    has(9, 'latitude/longitude', '43.6047, 1.4442', 'outside the département of the declared commune (Bordeaux, département 33)');
    has(10, 'id', 'ok-35288-saint-malo', 'duplicate: already on line 3');
    has(11, 'presentation_resume', expect.any(String) as never, 'at most 280 characters');
    has(12, 'telephone', '02 99 12 34 56', 'write it +33299123456');
    has(13, 'horaires', 'du lundi au vendredi de 9h à 12h', 'opening_hours syntax');
    has(14, 'nom', '', 'required');
    has(14, 'date_maj', '2024-02-30', 'YYYY-MM-DD');
    has(15, 'code_insee', '99999', 'not the code of a commune');
    has(15, 'site_web', 'www.exemple.fr', 'http(s) URLs');
    // Every faulty line is reported, the valid ones are not.
    expect([...new Set(errors.map((p) => p.line))].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    // What was resolved is said, as notices.
    const notices = report.problems.filter((p) => p.severity === 'notice');
    expect(notices).toContainEqual(expect.objectContaining({ line: 2, field: 'code_insee', value: '01340', rule: expect.stringContaining("merged into Arboys en Bugey: imported as today's commune 01015") }));
    expect(notices).toContainEqual(expect.objectContaining({ line: 3, field: 'code_insee', value: '', rule: expect.stringContaining('resolved from code_postal 35400 and commune « Saint-Malo » to 35288') }));
    expect(notices).toContainEqual(expect.objectContaining({ line: 4, field: 'autres_formations_labels', value: 'NetPublic' }));
  });

  it('with validOnly, imports the valid records and reports the others as skipped', async () => {
    const before = await epnCount();
    const report = await run(MISTAKES, { validOnly: true });
    expect(report).toMatchObject({ status: 'IMPORTED', committed: true, records: 15, valid: 4, inserted: 4, skipped: 11 });
    expect(await epnCount()).toBe(before + 4);
    const rows: { source_id: string; commune_code: string }[] = await dataSource.query(
      `SELECT source_id, commune_code FROM epn.epn WHERE source = 'Fichier régional' ORDER BY source_id`,
    );
    expect(rows).toEqual([
      { source_id: 'ok-01340-saint-bois', commune_code: '01015' },
      { source_id: 'ok-29019-brest', commune_code: '29019' },
      { source_id: 'ok-35288-saint-malo', commune_code: '35288' },
      { source_id: 'ok-35360-vitre', commune_code: '35360' },
    ]);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const before = await epnCount();
    const report = await run(VALID, { dryRun: true });
    expect(report).toMatchObject({ status: 'IMPORTED', dryRun: true, committed: false, inserted: 13 });
    expect(await epnCount()).toBe(before);
  });

  it('refuses records outside the territory, naming it; with validOnly imports those inside', async () => {
    const ille = territoryScope(resolveTerritory({ level: 'DEPARTEMENT', code: '35' }));
    const actor = { ...national, scope: ille };
    const report = await run(VALID, { actor });
    expect(report.status).toBe('REJECTED');
    const outside = report.problems.filter((p) => p.rule.includes('outside your territory (DEPARTEMENT 35 (Ille-et-Vilaine))'));
    expect(outside).toHaveLength(12);
    const partial = await run(VALID, { actor, validOnly: true });
    expect(partial).toMatchObject({ inserted: 1, skipped: 12 });
  });

  it('matches an EPN never imported by its pivot in the same commune, and refuses to change an EPN outside the territory', async () => {
    const [{ id }] = await dataSource.query(
      `INSERT INTO epn.epn (pivot, name, street, postal_code, commune_code, venue_type, equipment)
       VALUES ('21350238800013', 'EPN créé dans NetPublic', '10 cours des Alliés', '35000', '35238', 'MEDIATHEQUE', '{"computers":12,"tablets":4,"printers":1,"wifi":true}') RETURNING id`,
    );
    const report = await run(VALID);
    expect(report.inserted).toBe(12);
    expect(report.updated).toBe(1);
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 2, rule: expect.stringContaining(`matched EPN ${id}, never imported before, by pivot 21350238800013`) }));
    const [epn] = await dataSource.query(`SELECT source, source_id, name, venue_type, equipment FROM epn.epn WHERE id = $1`, [id]);
    // The file wins for its fields; the venue stays a médiathèque (BIB is its code); equipment is not in the standard.
    expect(epn).toEqual({ source: 'Bretagne Numérique', source_id: 'bzh-35238-champs-libres', name: 'Espace numérique des Champs Libres', venue_type: 'MEDIATHEQUE', equipment: { computers: 12, tablets: 4, printers: 1, wifi: true } });

    // Someone of Finistère cannot take over the Rennes place by sending its key with a commune of Finistère.
    const [rennes] = (parse(readFileSync(VALID, 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => r.id === 'bzh-35238-champs-libres');
    const stolen = { ...rennes, commune: 'Brest', code_postal: '29200', code_insee: '29019', latitude: '48.3904', longitude: '-4.4861' };
    const finistere = { ...national, scope: territoryScope(resolveTerritory({ level: 'DEPARTEMENT', code: '29' })) };
    const refused = await run(Readable.from([stringify([stolen], { header: true })]), { actor: finistere });
    expect(refused.status).toBe('REJECTED');
    expect(refused.problems).toContainEqual(expect.objectContaining({ field: 'id', rule: expect.stringContaining('outside your territory (DEPARTEMENT 29 (Finistère))') }));
    const [after] = await dataSource.query(`SELECT commune_code FROM epn.epn WHERE id = $1`, [id]);
    expect(after.commune_code).toBe('35238');
  });

  it('reads the JSON form: an array of objects, numbers for coordinates, lists for multi-valued fields', async () => {
    const json = JSON.stringify([
      {
        id: 'json-1', pivot: '21350238800013', nom: 'EPN de Vitré', commune: 'Vitré', code_postal: '35500', code_insee: '35360', adresse: '1 place du Château',
        latitude: 48.1236, longitude: -1.2089, services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'], source: 'json', date_maj: '2024-01-02',
      },
      { id: 'json-2', nom: 'Sans pivot', commune: 'Vitré', code_postal: '35500', adresse: 'x', source: 'json', date_maj: '2024-01-02', latitude: { lat: 1 } },
    ]);
    const report = await run(Readable.from([json]), { format: 'json' });
    expect(report.status).toBe('REJECTED');
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 2, field: 'pivot', rule: 'required by the standard' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 2, field: 'latitude', rule: expect.stringContaining('must be text, a number') }));
    const valid = await run(Readable.from([JSON.stringify([JSON.parse(json)[0]])]), { format: 'json' });
    expect(valid).toMatchObject({ status: 'IMPORTED', inserted: 1 });
    const [row] = await dataSource.query(`SELECT services, latitude FROM epn.epn WHERE source_id = 'json-1'`);
    expect(row).toEqual({ services: ['ADMINISTRATIVE_PROCEDURES', 'DIGITAL_LEISURE_AND_CREATION'], latitude: 48.1236 });
  });

  it('reports problems of the whole file: « ; »-separated columns, a missing required column, broken CSV', async () => {
    const semicolons = await run(Readable.from(['id;pivot;nom\n1;2;3\n']));
    expect(semicolons.status).toBe('REJECTED');
    expect(semicolons.problems[0]).toMatchObject({ line: 1, field: 'file', rule: expect.stringContaining('separated by « ; »') });

    const header = readFileSync(VALID, 'utf8').split('\n')[0];
    const withoutNom = readFileSync(VALID, 'utf8').replace(header, header.replace(',nom,', ',name,'));
    const missing = await run(Readable.from([withoutNom]), { validOnly: true });
    expect(missing).toMatchObject({ status: 'REJECTED', committed: false });
    expect(missing.problems).toContainEqual(expect.objectContaining({ line: 1, field: 'nom', rule: 'required column of the standard is missing' }));
    expect(missing.problems).toContainEqual(expect.objectContaining({ line: 1, field: 'name', severity: 'notice' }));
    // Said once for the file, not again on each of the 13 records.
    expect(missing.problems.filter((p) => p.field === 'nom')).toHaveLength(1);

    const broken = await run(Readable.from([`${header}\n"unterminated,quote\n`]));
    expect(broken.status).toBe('REJECTED');
    expect(broken.problems).toContainEqual(expect.objectContaining({ field: 'file', rule: expect.stringContaining('not valid CSV') }));
  });
});
