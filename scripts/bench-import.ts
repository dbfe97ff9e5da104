import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import pino from 'pino';
import {
  geography, isInDepartement, mappedDepartementCodes, randomPointInDepartement, standardLabel, startEmbeddedPostgres, vocabularyValues,
  type Territory, type VocabularyName,
} from '../subgraphs/kit/src';
import { STANDARD_FIELDS, type StandardRecord } from '../subgraphs/epn/src/standard/fields';
import { migrateAll, ROOT } from './lib/runtime';
import { Random, WeightedPicker } from './seed/random';
import { STREETS } from './seed/names';

/**
 * npm run bench:import [-- --rows N] [--unique-hours]: generates N places in the standard
 * (deterministic), then runs the real commands on a fresh PostgreSQL (a new embedded server unless
 * DATABASE_URL): npm run import, the same import again (nothing changes), npm run export; each prints
 * its time and peak memory (RSS). Not a test: it prints numbers for the README. --unique-hours makes
 * every opening-hours value distinct (the worst case for the validator's cache).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, 'unique-hours': { type: 'boolean', default: false } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer (got "${values.rows}")`);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
  const work = mkdtempSync(path.join(os.tmpdir(), 'netpublic-bench-'));
  // As root the embedded server runs as another user, which must reach its data directory.
  chmodSync(work, 0o755);
  const file = path.join(work, 'places.csv');
  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), port: 54000 + Math.floor(Math.random() * 900), database: 'bench', logger });
  try {
    let started = Date.now();
    await generate(file, rows, values['unique-hours']);
    process.stdout.write(`Benchmark: ${rows} places in the standard${values['unique-hours'] ? ' (every opening-hours value distinct)' : ''}, Node ${process.version}, ${os.cpus().length} cores\n`);
    process.stdout.write(`generated ${(statSync(file).size / 1e6).toFixed(1)} MB of CSV in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    await migrateAll(database.url, logger);
    // The real commands, each in its own process, so their time and memory are what a person gets.
    const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' };
    const steps: [string, string[]][] = [
      ['first import (fresh database)', ['import', file]],
      ['second import (same file: nothing changes)', ['import', file]],
      ['export', ['export', path.join(work, 'export.csv')]],
    ];
    for (const [title, [command, ...args]] of steps) {
      process.stdout.write(`\n== ${title}: npm run ${command}\n`);
      started = Date.now();
      const result = spawnSync('npm', ['run', '--silent', command, '--', ...args], { cwd: ROOT, env, stdio: 'inherit' });
      process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s wall clock, exit ${result.status})\n`);
      if (result.status !== 0) process.exitCode = 1;
    }
  } finally {
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A point well inside the département (the overseas draws can fall in the sea: drawn again). */
function anchorIn(departement: string, random: Random): { latitude: number; longitude: number } | null {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const point = randomPointInDepartement(departement, () => random.next());
    if (point && isInDepartement(departement, point, 0)) return point;
  }
  return null;
}

const TYPOLOGIES = ['BIB', 'BIB|EPN', 'MUNI', 'CS', 'TIERS_LIEUX', 'TIERS_LIEUX|FABLAB', 'MDS', 'ASSO', 'EPN', 'MQ', 'CULTURE', 'CCAS', ''];
const DAYS = ['Mo-Fr', 'Tu-Sa', 'Mo,We,Fr', 'Tu,Th', 'We', 'Mo-Th', 'Tu-Fr'];
const MORNINGS = ['08:30-12:00', '09:00-12:00', '09:00-12:30', '10:00-12:30', '09:30-12:00'];
const AFTERNOONS = ['13:30-17:00', '14:00-18:00', '14:00-17:30', '13:30-17:30', '14:00-19:00'];
const SOURCES = ['Hinaura', 'Conseiller Numérique', 'France Services', 'Hub du Sud', 'Les Assembleurs', 'Mednum BFC', 'Bretagne Numérique'];

/** Writes N realistic places, streaming; about 5 % lack code_insee (resolved from the postal code on import). */
async function generate(file: string, rows: number, uniqueHours: boolean): Promise<void> {
  const random = new Random(8);
  const g = geography();
  const mapped = new Set(mappedDepartementCodes());
  const communes = g.all('COMMUNE').filter((c) => c.postalCodes.length && mapped.has(c.departementCode ?? ''));
  const picker = new WeightedPicker(communes, (c) => c.population);
  const anchors = new Map<string, { latitude: number; longitude: number } | null>();
  const labels = (vocabulary: VocabularyName, min: number, max: number) =>
    random.sample(vocabularyValues(vocabulary), random.int(min, max)).map((v) => standardLabel(vocabulary, v as never)).join('|');
  const hoursFor = (i: number) => {
    if (uniqueHours) return `Mo-Fr 09:00-12:00,14:00-${String(15 + (i % 5)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}; Sa 10:00-12:00; week ${String(1 + (Math.floor(i / 60) % 53)).padStart(2, '0')} off`;
    return `${random.pick(DAYS)} ${random.pick(MORNINGS)}${random.chance(0.7) ? `,${random.pick(AFTERNOONS)}` : ''}${random.chance(0.4) ? '; Sa 09:00-12:00' : ''}${random.chance(0.5) ? '; PH off' : ''}`;
  };
  const records = new PassThrough({ objectMode: true });
  const written = pipeline(records, stringify({ header: true, columns: [...STANDARD_FIELDS] }), createWriteStream(file));
  for (let i = 0; i < rows; i += 1) {
    const commune: Territory = picker.pick(random);
    if (!anchors.has(commune.code)) anchors.set(commune.code, anchorIn(commune.departementCode!, random));
    const anchor = anchors.get(commune.code);
    const jittered = anchor && { latitude: anchor.latitude + (random.next() - 0.5) * 0.01, longitude: anchor.longitude + (random.next() - 0.5) * 0.01 };
    // Near a coast the few hundred metres of jitter can fall in the sea: the anchor itself then.
    const point = jittered && isInDepartement(commune.departementCode!, jittered, 0) ? jittered : anchor;
    const record: StandardRecord = {
      id: `bench-${i + 1}`, pivot: String(random.int(10_000_000_000_000, 99_999_999_999_999)), nom: `Espace numérique ${i + 1} de ${commune.name}`,
      commune: commune.name, code_postal: commune.postalCodes[0], code_insee: random.chance(0.05) ? '' : commune.code,
      adresse: `${random.int(1, 120)} ${random.pick(STREETS)}`, complement_adresse: random.chance(0.1) ? 'Rez-de-chaussée' : '',
      latitude: point ? point.latitude.toFixed(5) : '', longitude: point ? point.longitude.toFixed(5) : '',
      typologie: random.pick(TYPOLOGIES), telephone: `+33${random.int(1, 5)}${random.int(10_000_000, 99_999_999)}`,
      courriels: `contact${i + 1}@exemple-epn.fr`, site_web: random.chance(0.5) ? `https://www.exemple-epn.fr/lieux/${i + 1}` : '',
      horaires: random.chance(0.9) ? hoursFor(i) : '', presentation_resume: `Accès libre, ateliers et accompagnement au numérique à ${commune.name}.`,
      presentation_detail: random.chance(0.3) ? 'Ateliers collectifs le mercredi, permanences individuelles sur rendez-vous.\nMatériel en accès libre.' : '',
      source: random.pick(SOURCES), itinerance: random.chance(0.04) ? 'Itinérant' : random.chance(0.5) ? 'Fixe' : '', structure_parente: random.chance(0.3) ? `Mairie de ${commune.name}` : '',
      date_maj: `2024-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      services: labels('Service', 1, 5), publics_specifiquement_adresses: labels('SpecificPublic', 0, 2), prise_en_charge_specifique: labels('AccessibilitySupport', 0, 2),
      frais_a_charge: labels('Fee', 1, 1), dispositif_programmes_nationaux: labels('NationalProgramme', 0, 2), formations_labels: labels('TrainingLabel', 0, 1),
      autres_formations_labels: random.chance(0.05) ? 'Numérique en Commun(s)' : '', modalites_acces: labels('AccessMode', 1, 2),
      modalites_accompagnement: labels('AccompanimentMode', 1, 3), fiche_acces_libre: '', prise_rdv: random.chance(0.2) ? `https://rdv.exemple-epn.fr/${i + 1}` : '',
    };
    if (!records.write(record)) await new Promise((resolve) => records.once('drain', resolve));
  }
  records.end();
  await written;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
