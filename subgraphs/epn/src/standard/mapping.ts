import { geography } from '../../../kit/src/geography';
import { standardLabel, VENUE_TYPES, type VenueType, type VocabularyName } from '../../../kit/src/standard';
import type { EpnEntity, SourceValues } from '../entities/Epn';
import { ITINERANCE, MULTI_VALUE_SEPARATOR, NETPUBLIC, VOCABULARY_FIELDS, type StandardRecord } from './fields';

/**
 * The standard ↔ model mapping, both ways, without loss:
 * - every field has a column, vocabularies are stored as the graph's enum values (kit/standard.ts);
 * - `typologie` gives the host venue (`venue_type`) and is kept whole in `typologies`;
 * - where the model is coarser than the standard (the commune as written, an empty typology list,
 *   itinerance, the position of « NetPublic » in autres_formations_labels), the imported text is kept
 *   in `source_values` and exported again only while it still agrees with the model — so an edit made
 *   in the graph always wins over a stale imported value.
 */

/** The columns an import owns: everything the standard describes, nothing else (not equipment, not labels). */
export interface EpnStandardData {
  source: string;
  sourceId: string;
  pivot: string;
  name: string;
  street: string;
  addressComplement: string | null;
  postalCode: string;
  communeCode: string;
  latitude: number | null;
  longitude: number | null;
  venueType: VenueType;
  typologies: string[];
  itinerant: boolean;
  openingHours: string | null;
  services: string[];
  specificPublics: string[];
  accessibilitySupport: string[];
  fees: string[];
  accessModes: string[];
  accompanimentModes: string[];
  nationalProgrammes: string[];
  trainingLabels: string[];
  otherLabels: string | null;
  summary: string | null;
  description: string | null;
  phone: string | null;
  emails: string[];
  websites: string[];
  accessibilityUrl: string | null;
  appointmentUrl: string | null;
  parentStructure: string | null;
  dataUpdatedOn: string;
  sourceValues: SourceValues;
}

/** Entity property holding each vocabulary field. */
export const VOCABULARY_PROPERTIES = {
  services: 'services',
  publics_specifiquement_adresses: 'specificPublics',
  prise_en_charge_specifique: 'accessibilitySupport',
  frais_a_charge: 'fees',
  dispositif_programmes_nationaux: 'nationalProgrammes',
  formations_labels: 'trainingLabels',
  modalites_acces: 'accessModes',
  modalites_accompagnement: 'accompanimentModes',
} as const satisfies Record<keyof typeof VOCABULARY_FIELDS, keyof EpnStandardData>;

/** Splits a multi-valued field on « | », trimming each value and dropping empty ones. */
export function splitValues(text: string): string[] {
  return text.split(MULTI_VALUE_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
}

export function joinValues(values: readonly string[]): string {
  return values.join(MULTI_VALUE_SEPARATOR);
}

/** The venue type for a typology code; « EPN » alone says nothing about the host venue. */
const VENUE_BY_TYPOLOGY = new Map<string, VenueType>();
for (const [venue, { typology }] of Object.entries(VENUE_TYPES) as [VenueType, { typology: string }][]) {
  // Several venues share a code (BIB: library and médiathèque): the first listed wins.
  if (typology !== VENUE_TYPES.OTHER.typology && !VENUE_BY_TYPOLOGY.has(typology)) VENUE_BY_TYPOLOGY.set(typology, venue);
}

/**
 * The host venue a list of typology codes describes: the first code that names a venue, else OTHER.
 * When the EPN already has a venue whose code is in the list (a médiathèque exported as BIB), it keeps it.
 */
export function venueFromTypologies(codes: readonly string[], current?: VenueType | null): VenueType {
  if (current && codes.includes(VENUE_TYPES[current].typology)) return current;
  for (const code of codes) {
    const venue = VENUE_BY_TYPOLOGY.get(code);
    if (venue) return venue;
  }
  return 'OTHER';
}

/** Whether a free-text label is NetPublic (« NetPublic », « Label Net Public »…). */
export function isNetPublicLabel(label: string): boolean {
  return label.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase().includes('netpublic');
}

/** autres_formations_labels without NetPublic (which the graph derives from labels), or null. */
export function otherLabelsWithoutNetPublic(text: string): string | null {
  const rest = splitValues(text).filter((label) => !isNetPublicLabel(label));
  return rest.length ? joinValues(rest) : null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The typology list to export: the imported text while it agrees with the model, else derived from it. */
export function typologieOf(epn: Pick<EpnEntity, 'venueType' | 'typologies' | 'sourceValues'>): string {
  const venue = epn.venueType as VenueType;
  const venueCode = VENUE_TYPES[venue]?.typology ?? VENUE_TYPES.OTHER.typology;
  const raw = epn.sourceValues?.typologie;
  if (raw !== undefined && sameList(splitValues(raw), epn.typologies) && venueFromTypologies(epn.typologies, venue) === venue) return raw;
  return joinValues(epn.typologies.includes(venueCode) ? epn.typologies : [venueCode, ...epn.typologies]);
}

export function itineranceOf(epn: Pick<EpnEntity, 'itinerant' | 'sourceValues'>): string {
  const raw = epn.sourceValues?.itinerance;
  if (raw !== undefined && splitValues(raw).includes(ITINERANCE.itinerant) === epn.itinerant) return raw;
  return epn.itinerant ? ITINERANCE.itinerant : ITINERANCE.fixed;
}

export function communeNameOf(epn: Pick<EpnEntity, 'communeCode' | 'sourceValues'>): string {
  const raw = epn.sourceValues;
  if (raw?.commune !== undefined && raw.code_insee === epn.communeCode) return raw.commune;
  return geography().commune(epn.communeCode)?.name ?? '';
}

/** « NetPublic » for an EPN whose label is active, in the imported position while it agrees; never otherwise. */
export function otherLabelsOf(epn: Pick<EpnEntity, 'otherLabels' | 'sourceValues'>, hasActiveLabel: boolean): string {
  const raw = epn.sourceValues?.autres_formations_labels;
  if (raw !== undefined && otherLabelsWithoutNetPublic(raw) === epn.otherLabels && splitValues(raw).some(isNetPublicLabel) === hasActiveLabel) return raw;
  const rest = epn.otherLabels ? splitValues(epn.otherLabels) : [];
  return joinValues(hasActiveLabel ? [NETPUBLIC, ...rest] : rest);
}

function labels(vocabulary: VocabularyName, values: readonly string[]): string {
  return joinValues(values.map((value) => standardLabel(vocabulary, value as never)));
}

function number(value: number | null): string {
  return value === null ? '' : String(value);
}

/** An EPN in the standard. */
export function toStandardRecord(epn: EpnEntity, hasActiveLabel: boolean): StandardRecord {
  return {
    id: epn.sourceId ?? epn.id,
    pivot: epn.pivot ?? '',
    nom: epn.name,
    commune: communeNameOf(epn),
    code_postal: epn.postalCode,
    code_insee: epn.communeCode,
    adresse: epn.street,
    complement_adresse: epn.addressComplement ?? '',
    latitude: number(epn.latitude),
    longitude: number(epn.longitude),
    typologie: typologieOf(epn),
    telephone: epn.phone ?? '',
    courriels: joinValues(epn.emails),
    site_web: joinValues(epn.websites),
    horaires: epn.openingHours ?? '',
    presentation_resume: epn.summary ?? '',
    presentation_detail: epn.description ?? '',
    source: epn.source ?? '',
    itinerance: itineranceOf(epn),
    structure_parente: epn.parentStructure ?? '',
    date_maj: epn.dataUpdatedOn ?? '',
    services: labels(VOCABULARY_FIELDS.services, epn.services),
    publics_specifiquement_adresses: labels(VOCABULARY_FIELDS.publics_specifiquement_adresses, epn.specificPublics),
    prise_en_charge_specifique: labels(VOCABULARY_FIELDS.prise_en_charge_specifique, epn.accessibilitySupport),
    frais_a_charge: labels(VOCABULARY_FIELDS.frais_a_charge, epn.fees),
    dispositif_programmes_nationaux: labels(VOCABULARY_FIELDS.dispositif_programmes_nationaux, epn.nationalProgrammes),
    formations_labels: labels(VOCABULARY_FIELDS.formations_labels, epn.trainingLabels),
    autres_formations_labels: otherLabelsOf(epn, hasActiveLabel),
    modalites_acces: labels(VOCABULARY_FIELDS.modalites_acces, epn.accessModes),
    modalites_accompagnement: labels(VOCABULARY_FIELDS.modalites_accompagnement, epn.accompanimentModes),
    fiche_acces_libre: epn.accessibilityUrl ?? '',
    prise_rdv: epn.appointmentUrl ?? '',
  };
}
