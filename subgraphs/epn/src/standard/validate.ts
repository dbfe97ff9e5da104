import OpeningHours from 'opening_hours';
// Kit modules by name, not the kit's index: the command-line import stays free of the servers' code.
import { geography, normalizePlaceName, type Territory } from '../../../kit/src/geography';
import { isInDepartement, isInFrance } from '../../../kit/src/geo-shapes';
import { fromStandardLabel, VOCABULARIES } from '../../../kit/src/standard';
import type { SourceValues } from '../entities/Epn';
import {
  ITINERANCE, PATTERNS, REQUIRED_FIELDS, SUMMARY_MAX_LENGTH, VOCABULARY_FIELDS,
  type StandardField, type StandardRecord, type VocabularyField,
} from './fields';
import {
  isNetPublicLabel, joinValues, otherLabelsWithoutNetPublic, splitValues, venueFromTypologies, VOCABULARY_PROPERTIES,
  type EpnStandardData,
} from './mapping';
import type { Problem, Severity } from './problems';

/**
 * Checks one record against the standard and turns it into the model. Every problem is reported
 * (line, field, value, rule), not only the first; a record with an error gives no data.
 */

/**
 * The département outlines come from an SVG map (≈2 km accuracy) whose simplified coastlines put some
 * harbours up to 15 km outside (kit geo-shapes): a point within this distance of the declared commune's
 * département is accepted. A wrong département is usually tens or hundreds of kilometres away.
 */
export const DEPARTEMENT_TOLERANCE_KM = 20;

/** Problems of the point as a whole are reported on this field name. */
const PAIR = 'latitude/longitude';

export interface ValidatedRecord {
  data: EpnStandardData | null;
  problems: Problem[];
}

export interface ValidatorOptions {
  /** Source for records whose `source` column is empty (`--source`). */
  defaultSource?: string | null;
  /** Today, for « date_maj must not be in the future » (tests pin it). */
  today?: Date;
}

/** Opening-hours warnings that mean the value is not in OSM syntax and the library had to guess. */
const NOT_OSM_SYNTAX = new Set(['word_error_correction', 'hour_min_separator', 'ambiguous_word', 'rant_degree_sign_used_for_zero', 'no_colon_after']);

/** Parsing opening hours is the costliest check (≈0.2 ms): real files repeat the same few hundred values. */
const openingHoursCache = new Map<string, { error: string | null; notices: string[] }>();
const OPENING_HOURS_CACHE_SIZE = 20_000;
// PH (public holidays) need a country to be understood; the French holidays serve overseas too.
const FRANCE = { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: '' } };

export function checkOpeningHours(value: string): { error: string | null; notices: string[] } {
  const cached = openingHoursCache.get(value);
  if (cached) return cached;
  let result: { error: string | null; notices: string[] };
  try {
    const warnings = new OpeningHours(value, FRANCE).getStructuredWarnings();
    const guessed = warnings.find((w) => NOT_OSM_SYNTAX.has(w.type));
    result = guessed
      ? { error: `not in OpenStreetMap opening_hours syntax: ${clean(guessed.message)}`, notices: [] }
      : { error: null, notices: warnings.map((w) => `opening_hours: ${clean(w.message)}`) };
  } catch (error) {
    result = { error: `not in OpenStreetMap opening_hours syntax: ${clean(String(error))}`, notices: [] };
  }
  if (openingHoursCache.size >= OPENING_HOURS_CACHE_SIZE) openingHoursCache.clear();
  openingHoursCache.set(value, result);
  return result;
}

function clean(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

const EMAIL = /^[^\s@|;,<>()]+@[^\s@|;,<>()]+\.[^\s@|;,<>()]{2,}$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function isRealDate(value: string): boolean {
  if (!PATTERNS.date_maj.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function simplified(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zA-Z0-9]/g, '').toLowerCase();
}

/** For each vocabulary: simplified label → exact label, to suggest « Gratuit » for « gratuit ». */
const SUGGESTIONS = new Map<string, Map<string, string>>(
  Object.entries(VOCABULARIES).map(([name, values]) => [name, new Map(Object.values(values).map((label) => [simplified(label), label]))]),
);

export class RecordValidator {
  private readonly today: Date;
  private readonly defaultSource: string | null;

  constructor(options: ValidatorOptions = {}) {
    this.today = options.today ?? new Date();
    this.defaultSource = options.defaultSource?.trim() || null;
  }

  validate(raw: Partial<Record<string, string>>, line: number): ValidatedRecord {
    const record = {} as StandardRecord;
    for (const [field, value] of Object.entries(raw)) (record as Record<string, string>)[field] = (value ?? '').trim();
    const get = (field: StandardField) => record[field] ?? '';
    const id = get('id') || null;
    const problems: Problem[] = [];
    const report = (field: string, value: string, rule: string, severity: Severity = 'error') =>
      problems.push({ line, id, field, value, rule, severity });

    for (const field of REQUIRED_FIELDS) if (!get(field)) report(field, '', 'required by the standard');

    const source = get('source') || this.defaultSource;
    if (!source) report('source', '', 'needed to match the place on later imports: fill the source column or give a source for the file (--source NAME)');

    const pivot = get('pivot');
    if (pivot && !PATTERNS.pivot.test(pivot)) {
      report('pivot', pivot, `must be a SIRET, RNA or RIDET: 9 to 14 letters or digits (${PATTERNS.pivot.source})${/[\s.]/.test(pivot) ? ', without spaces or dots' : ''}`);
    }

    const postalCode = get('code_postal');
    if (postalCode && !PATTERNS.code_postal.test(postalCode)) {
      report('code_postal', postalCode, `must be 5 digits (${PATTERNS.code_postal.source})${/^\d{4}$/.test(postalCode) ? `: a leading zero may have been lost (0${postalCode}?)` : ''}`);
    }

    const commune = this.resolveCommune(get('code_insee'), postalCode, get('commune'), report);
    const coordinates = this.checkCoordinates(get('latitude'), get('longitude'), commune, report);

    const typologies = splitValues(get('typologie'));
    if (get('typologie').includes(';')) report('typologie', get('typologie'), 'several codes are separated by « | » in the standard (v1), not « ; » (v0)');
    for (const code of typologies) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(code)) report('typologie', code, 'must be a typology code of the standard: capital letters, digits and _ (e.g. EPN, BIB, TIERS_LIEUX)');
    }

    const phone = get('telephone');
    if (phone && !PATTERNS.telephone.test(phone)) {
      const compact = phone.replace(/[\s.\-()]/g, '');
      const hint = /^0\d{9}$/.test(compact) ? ` — write it +33${compact.slice(1)}` : /^\+\d+$/.test(compact) && compact !== phone ? ` — write it ${compact}` : '';
      report('telephone', phone, `must be an international number of France (${PATTERNS.telephone.source})${hint}`);
    }

    const emails = this.multi('courriels', get('courriels'), report, (v) => EMAIL.test(v), 'must be e-mail addresses separated by « | »');
    const websites = this.multi('site_web', get('site_web'), report, isHttpUrl, 'must be http(s) URLs separated by « | »');
    for (const field of ['fiche_acces_libre', 'prise_rdv'] as const) {
      if (get(field) && !isHttpUrl(get(field))) report(field, get(field), 'must be an http(s) URL');
    }

    const hours = get('horaires');
    if (hours) {
      const check = checkOpeningHours(hours);
      if (check.error) report('horaires', hours, check.error);
      for (const notice of check.notices) report('horaires', hours, notice, 'notice');
    }

    const summary = get('presentation_resume');
    const summaryLength = [...summary].length;
    if (summaryLength > SUMMARY_MAX_LENGTH) report('presentation_resume', summary, `at most ${SUMMARY_MAX_LENGTH} characters (has ${summaryLength})`);

    const itinerance = splitValues(get('itinerance'));
    for (const value of itinerance) {
      if (value !== ITINERANCE.itinerant && value !== ITINERANCE.fixed) report('itinerance', value, `must be « ${ITINERANCE.itinerant} » or « ${ITINERANCE.fixed} »`);
    }

    const date = get('date_maj');
    if (date && !isRealDate(date)) report('date_maj', date, 'must be a date written YYYY-MM-DD');
    else if (date && date > new Date(this.today.getTime() + 86_400_000).toISOString().slice(0, 10)) report('date_maj', date, 'must not be in the future');

    const vocabularies = {} as Record<VocabularyField, string[]>;
    for (const field of Object.keys(VOCABULARY_FIELDS) as VocabularyField[]) vocabularies[field] = this.vocabulary(field, get(field), report);

    const otherLabels = get('autres_formations_labels');
    if (splitValues(otherLabels).some(isNetPublicLabel)) {
      report('autres_formations_labels', otherLabels, 'NetPublic is not imported: labels are awarded by adherents in NetPublic Graph; the export writes it for EPN whose label is active', 'notice');
    }

    if (problems.some((p) => p.severity === 'error') || !commune) return { data: null, problems };

    const sourceValues: SourceValues = {
      commune: get('commune'), code_insee: commune.code,
      typologie: joinValues(typologies), itinerance: joinValues(itinerance), autres_formations_labels: joinValues(splitValues(otherLabels)),
    };
    const data: EpnStandardData = {
      source: source!, sourceId: id!, pivot, name: get('nom'), street: get('adresse'), addressComplement: get('complement_adresse') || null,
      postalCode, communeCode: commune.code, latitude: coordinates?.latitude ?? null, longitude: coordinates?.longitude ?? null,
      venueType: venueFromTypologies(typologies), typologies, itinerant: itinerance.includes(ITINERANCE.itinerant),
      openingHours: hours || null,
      services: [], specificPublics: [], accessibilitySupport: [], fees: [], accessModes: [], accompanimentModes: [], nationalProgrammes: [], trainingLabels: [],
      otherLabels: otherLabelsWithoutNetPublic(otherLabels), summary: summary || null, description: get('presentation_detail') || null,
      phone: phone || null, emails, websites, accessibilityUrl: get('fiche_acces_libre') || null, appointmentUrl: get('prise_rdv') || null,
      parentStructure: get('structure_parente') || null, dataUpdatedOn: date, sourceValues,
    };
    for (const field of Object.keys(VOCABULARY_FIELDS) as VocabularyField[]) data[VOCABULARY_PROPERTIES[field]] = vocabularies[field];
    return { data, problems };
  }

  /** code_insee as today's commune: kept, mapped from a former code, or resolved from postal code + name. */
  private resolveCommune(code: string, postalCode: string, name: string, report: (field: string, value: string, rule: string, severity?: Severity) => void): Territory | null {
    const g = geography();
    let commune: Territory | null = null;
    if (code) {
      if (!PATTERNS.code_insee.test(code)) {
        report('code_insee', code, `must be a commune's INSEE code (${PATTERNS.code_insee.source})${/^\d{4}$/.test(code) ? `: a leading zero may have been lost (0${code}?)` : ''}`);
        return null;
      }
      const current = g.currentCommune(code);
      if (!current) {
        report('code_insee', code, 'is not the code of a commune in the official geography (COG), nor a former code of one');
        return null;
      }
      commune = current.commune;
      if (current.formerCode) {
        report('code_insee', code, `former code of a commune merged into ${commune.name}: imported as today's commune ${commune.code}`, 'notice');
      } else if (name && normalizePlaceName(name) !== normalizePlaceName(commune.name)) {
        report('commune', name, `is not the name of code_insee ${code} (${commune.name}) in the official geography; the code is used`, 'notice');
      }
    } else if (name && PATTERNS.code_postal.test(postalCode)) {
      commune = g.findByPostalCode(postalCode, name);
      if (!commune) {
        report('code_insee', '', `missing, and no commune named « ${name} » has postal code ${postalCode} in the official geography`);
        return null;
      }
      report('code_insee', '', `missing: resolved from code_postal ${postalCode} and commune « ${name} » to ${commune.code} (${commune.name})`, 'notice');
    } else {
      return null;
    }
    if (PATTERNS.code_postal.test(postalCode) && commune.postalCodes.length && !commune.postalCodes.includes(postalCode)) {
      report('code_postal', postalCode, `is not a postal code of ${commune.name} (${commune.code}) in the official geography (${commune.postalCodes.join(', ')})`, 'notice');
    }
    return commune;
  }

  private checkCoordinates(
    latitudeText: string, longitudeText: string, commune: Territory | null,
    report: (field: string, value: string, rule: string, severity?: Severity) => void,
  ): { latitude: number; longitude: number } | null {
    if (!latitudeText && !longitudeText) return null;
    if (!latitudeText || !longitudeText) {
      report(latitudeText ? 'longitude' : 'latitude', '', 'latitude and longitude go together: give both or neither');
      return null;
    }
    const parse = (field: 'latitude' | 'longitude', text: string, limit: number): number | null => {
      const value = /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (Number.isNaN(value)) {
        report(field, text, `must be a decimal number in WGS84 degrees with « . » as decimal separator${text.includes(',') ? ' (not « , »)' : ''}`);
        return null;
      }
      if (Math.abs(value) > limit) {
        report(field, text, `must be between -${limit} and ${limit}`);
        return null;
      }
      return value;
    };
    const latitude = parse('latitude', latitudeText, 90);
    const longitude = parse('longitude', longitudeText, 180);
    if (latitude === null || longitude === null) return null;
    const point = { latitude, longitude };
    const swapped = { latitude: longitude, longitude: latitude };
    const value = `${latitudeText}, ${longitudeText}`;
    if (!commune) {
      // The commune is already reported; still say when the point cannot be in France at all.
      if (!isInFrance(point)) report(PAIR, value, isInFrance(swapped) ? 'latitude and longitude are swapped' : 'the point is outside France');
      return null;
    }
    const departement = commune.departementCode!;
    const inside = isInDepartement(departement, point, DEPARTEMENT_TOLERANCE_KM);
    // null: a collectivité d'outre-mer the maps do not cover (Saint-Pierre-et-Miquelon, Polynésie…): not checked.
    if (inside !== false) return point;
    if (isInDepartement(departement, swapped, DEPARTEMENT_TOLERANCE_KM)) {
      report(PAIR, value, `latitude and longitude are swapped: exchanged, the point is in the declared commune's département (${departement})`);
    } else if (!isInFrance(point)) {
      report(PAIR, value, 'the point is outside France (metropolitan France, Corsica and the overseas départements)');
    } else {
      report(PAIR, value, `the point is more than ${DEPARTEMENT_TOLERANCE_KM} km outside the département of the declared commune (${commune.name}, département ${departement})`);
    }
    return null;
  }

  /** Split on « | », each value checked; a « ; »-joined list (standard v0) is reported as such. */
  private multi(
    field: StandardField, text: string, report: (field: string, value: string, rule: string, severity?: Severity) => void,
    valid: (value: string) => boolean, rule: string,
  ): string[] {
    const values = splitValues(text);
    if (text.includes(';') && !text.includes('|') && text.split(';').every((v) => valid(v.trim()))) {
      report(field, text, 'several values are separated by « | » in the standard (v1), not « ; » (v0)');
      return [];
    }
    for (const value of values) if (!valid(value)) report(field, value, rule);
    return dedupe(field, text, values, report);
  }

  private vocabulary(field: VocabularyField, text: string, report: (field: string, value: string, rule: string, severity?: Severity) => void): string[] {
    if (!text) return [];
    const vocabulary = VOCABULARY_FIELDS[field];
    const known = (label: string) => fromStandardLabel(vocabulary, label) !== null;
    const labels = splitValues(text);
    if (text.includes(';')) {
      const parts = text.split(';').map((v) => v.trim()).filter(Boolean);
      if (parts.length > 1 && parts.every(known)) {
        report(field, text, 'several values are separated by « | » in the standard (v1), not « ; » (v0)');
        return [];
      }
    }
    const values: string[] = [];
    for (const label of labels) {
      const value = fromStandardLabel(vocabulary, label);
      if (value !== null) {
        values.push(value as string);
        continue;
      }
      const suggestion = SUGGESTIONS.get(vocabulary)!.get(simplified(label));
      const allowed = Object.values(VOCABULARIES[vocabulary]).map((l) => `« ${l} »`).join(', ');
      report(field, label, suggestion
        ? `not a value of the standard's list: did you mean « ${suggestion} »? (values are exact, accents and capitals included)`
        : `not a value of the standard's list${label.includes(';') ? ' (« ; » is not a separator in v1: use « | »)' : ''}; expected one of ${allowed}`);
    }
    return dedupe(field, text, values, report);
  }
}

function dedupe(field: string, text: string, values: string[], report: (field: string, value: string, rule: string, severity?: Severity) => void): string[] {
  const unique = [...new Set(values)];
  if (unique.length < values.length) report(field, text, 'a value is listed twice: imported once', 'notice');
  return unique;
}
