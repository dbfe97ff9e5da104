import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The official French geography (COG), read from `@etalab/decoupage-administratif`: régions,
 * départements, current communes with population, EPCI with their member communes. It is
 * reference data every subgraph shares: loaded once per process, never written.
 */
export type TerritoryLevel = 'COUNTRY' | 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE';

export const TERRITORY_LEVELS: readonly TerritoryLevel[] = ['COUNTRY', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'];

export interface Territory {
  level: TerritoryLevel;
  /** INSEE code (région, département, commune), SIREN (EPCI) or "FR" (country). */
  code: string;
  name: string;
  /** Population municipale (sum of the communes for larger territories). */
  population: number;
  regionCode: string | null;
  departementCode: string | null;
  /** For a commune: the EPCI it belongs to (a few island communes belong to none). */
  epciCode: string | null;
  /** For an EPCI: CC, CA, CU, METRO… */
  kind: string | null;
  /** metro, drom or com. */
  zone: string | null;
  postalCodes: readonly string[];
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  zone: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
}

export const COUNTRY_CODE = 'FR';

export class Geography {
  readonly country: Territory;
  private readonly byLevel: Record<TerritoryLevel, Map<string, Territory>>;
  private readonly communeCodes: Record<'REGION' | 'DEPARTEMENT' | 'EPCI', Map<string, string[]>>;
  private readonly childCodes: Map<string, string[]>;
  /** Former INSEE codes (merged, delegated or associated communes) → the current commune. */
  private readonly currentCodeOf: Map<string, string>;
  private readonly communesByPostalCode: Map<string, string[]>;

  constructor(dataDir: string) {
    const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
    const rawCommunes = read<RawCommune[]>('communes.json');
    const rawDepartements = read<{ code: string; nom: string; region: string; zone: string }[]>('departements.json');
    const rawRegions = read<{ code: string; nom: string; zone: string }[]>('regions.json');
    const rawEpcis = read<{ code: string; nom: string; type: string; membres: { code: string }[] }[]>('epci.json');

    this.byLevel = { COUNTRY: new Map(), REGION: new Map(), DEPARTEMENT: new Map(), EPCI: new Map(), COMMUNE: new Map() };
    this.communeCodes = { REGION: new Map(), DEPARTEMENT: new Map(), EPCI: new Map() };
    this.childCodes = new Map();
    this.currentCodeOf = new Map();
    this.communesByPostalCode = new Map();

    const epciOfCommune = new Map<string, string>();
    for (const epci of rawEpcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);

    const push = (map: Map<string, string[]>, key: string, value: string) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };

    for (const raw of rawCommunes) {
      if (raw.type !== 'commune-actuelle') {
        // Delegated and associated communes keep their own code but now belong to their chef-lieu.
        if ((raw.type === 'commune-deleguee' || raw.type === 'commune-associee') && raw.chefLieu && raw.chefLieu !== raw.code) {
          this.currentCodeOf.set(raw.code, raw.chefLieu);
        }
        continue;
      }
      const commune: Territory = {
        level: 'COMMUNE',
        code: raw.code,
        name: raw.nom,
        population: raw.population ?? 0,
        regionCode: raw.region,
        departementCode: raw.departement,
        epciCode: epciOfCommune.get(raw.code) ?? null,
        kind: null,
        zone: raw.zone,
        postalCodes: raw.codesPostaux ?? [],
      };
      this.byLevel.COMMUNE.set(commune.code, commune);
      push(this.communeCodes.REGION, raw.region, raw.code);
      push(this.communeCodes.DEPARTEMENT, raw.departement, raw.code);
      if (commune.epciCode) push(this.communeCodes.EPCI, commune.epciCode, raw.code);
      for (const cp of commune.postalCodes) push(this.communesByPostalCode, cp, raw.code);
      for (const old of raw.anciensCodes ?? []) if (old !== raw.code) this.currentCodeOf.set(old, raw.code);
    }

    const sumPopulation = (codes: string[] | undefined) => (codes ?? []).reduce((total, code) => total + (this.byLevel.COMMUNE.get(code)?.population ?? 0), 0);

    for (const raw of rawRegions) {
      this.byLevel.REGION.set(raw.code, {
        level: 'REGION', code: raw.code, name: raw.nom, population: sumPopulation(this.communeCodes.REGION.get(raw.code)),
        regionCode: null, departementCode: null, epciCode: null, kind: null, zone: raw.zone, postalCodes: [],
      });
      push(this.childCodes, `COUNTRY:${COUNTRY_CODE}`, raw.code);
    }
    for (const raw of rawDepartements) {
      this.byLevel.DEPARTEMENT.set(raw.code, {
        level: 'DEPARTEMENT', code: raw.code, name: raw.nom, population: sumPopulation(this.communeCodes.DEPARTEMENT.get(raw.code)),
        regionCode: raw.region, departementCode: null, epciCode: null, kind: null, zone: raw.zone, postalCodes: [],
      });
      push(this.childCodes, `REGION:${raw.region}`, raw.code);
    }
    for (const raw of rawEpcis) {
      const members = raw.membres.map((m) => m.code).filter((code) => this.byLevel.COMMUNE.has(code));
      this.byLevel.EPCI.set(raw.code, {
        level: 'EPCI', code: raw.code, name: raw.nom, population: sumPopulation(members),
        regionCode: null, departementCode: null, epciCode: null, kind: raw.type, zone: null, postalCodes: [],
      });
    }
    this.country = {
      level: 'COUNTRY', code: COUNTRY_CODE, name: 'France', population: sumPopulation([...this.byLevel.COMMUNE.keys()]),
      regionCode: null, departementCode: null, epciCode: null, kind: null, zone: null, postalCodes: [],
    };
    this.byLevel.COUNTRY.set(COUNTRY_CODE, this.country);
  }

  get(level: TerritoryLevel, code: string): Territory | null {
    return this.byLevel[level].get(code) ?? null;
  }

  all(level: TerritoryLevel): Territory[] {
    return [...this.byLevel[level].values()];
  }

  commune(code: string): Territory | null {
    return this.byLevel.COMMUNE.get(code) ?? null;
  }

  /** Direct children in the administrative tree: régions of France, départements of a région, communes of a département or EPCI. */
  children(territory: Territory): Territory[] {
    switch (territory.level) {
      case 'COUNTRY':
      case 'REGION':
        return (this.childCodes.get(`${territory.level}:${territory.code}`) ?? []).map((code) => this.get(territory.level === 'COUNTRY' ? 'REGION' : 'DEPARTEMENT', code)!);
      case 'DEPARTEMENT':
      case 'EPCI':
        return this.communeCodesIn(territory).map((code) => this.commune(code)!);
      default:
        return [];
    }
  }

  /** EPCI with at least one member commune in the territory (an EPCI may span two départements). */
  epcisIn(territory: Territory): Territory[] {
    const codes = new Set<string>();
    for (const code of this.communeCodesIn(territory)) {
      const epci = this.commune(code)?.epciCode;
      if (epci) codes.add(epci);
    }
    return [...codes].map((code) => this.get('EPCI', code)!);
  }

  /** Every current commune inside a territory. */
  communeCodesIn(territory: Territory): string[] {
    switch (territory.level) {
      case 'COUNTRY':
        return [...this.byLevel.COMMUNE.keys()];
      case 'COMMUNE':
        return [territory.code];
      default:
        return this.communeCodes[territory.level].get(territory.code) ?? [];
    }
  }

  /** Whether a current commune lies inside a territory (région ⊃ département ⊃ commune; EPCI by membership). */
  contains(territory: Territory, communeCode: string): boolean {
    const commune = this.commune(communeCode);
    if (!commune) return false;
    switch (territory.level) {
      case 'COUNTRY':
        return true;
      case 'REGION':
        return commune.regionCode === territory.code;
      case 'DEPARTEMENT':
        return commune.departementCode === territory.code;
      case 'EPCI':
        return commune.epciCode === territory.code;
      case 'COMMUNE':
        return commune.code === territory.code;
    }
  }

  /**
   * Maps an INSEE code to today's commune: itself when current, the new commune when it was
   * merged (anciens codes) or became a delegated/associated commune, otherwise null.
   */
  currentCommune(code: string): { commune: Territory; formerCode: string | null } | null {
    const current = this.commune(code);
    if (current) return { commune: current, formerCode: null };
    let next = this.currentCodeOf.get(code);
    // Communes merged more than once: follow the chain to today's code.
    for (let hops = 0; next && !this.commune(next) && hops < 5; hops += 1) next = this.currentCodeOf.get(next);
    const commune = next ? this.commune(next) : null;
    return commune ? { commune, formerCode: code } : null;
  }

  /** Finds the commune from a postal code and a commune name, tolerant of accents, case, hyphens and "St". */
  findByPostalCode(postalCode: string, name: string): Territory | null {
    const candidates = (this.communesByPostalCode.get(postalCode) ?? []).map((code) => this.commune(code)!);
    if (candidates.length === 1 && !name) return candidates[0];
    const wanted = normalizePlaceName(name);
    return candidates.find((c) => normalizePlaceName(c.name) === wanted) ?? (candidates.length === 1 ? candidates[0] : null);
  }
}

/** Lowercase, without accents or punctuation, with "st"/"ste" spelled out: « St-Brieuc » = « Saint Brieuc ». */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

let shared: Geography | null = null;

/** The process-wide geography, loaded on first use (≈35,000 communes, about 150 ms). */
export function geography(): Geography {
  if (!shared) {
    const packageDir = path.dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
    shared = new Geography(path.join(packageDir, 'data'));
  }
  return shared;
}
