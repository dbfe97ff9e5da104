import type { VocabularyName } from '../../../kit/src/standard';

/**
 * The national standard for digital-inclusion places (« lieux de médiation numérique », schema
 * `standard-mediation-num` v1.0.2): its 32 fields in file order. Import accepts columns in any order;
 * export writes exactly these, in this order.
 */
export const STANDARD_FIELDS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
  'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires',
  'presentation_resume', 'presentation_detail', 'source', 'itinerance', 'structure_parente', 'date_maj',
  'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge',
  'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces',
  'modalites_accompagnement', 'fiche_acces_libre', 'prise_rdv',
] as const;

export type StandardField = (typeof STANDARD_FIELDS)[number];

/** One place in the standard: every field as text ('' when empty), the way a CSV file holds it. */
export type StandardRecord = Record<StandardField, string>;

export const REQUIRED_FIELDS: readonly StandardField[] = ['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj'];

export const STANDARD_VERSION = '1.0.2';

/** Multi-valued fields joined with « | » (v0 of the standard used « ; »). */
export const MULTI_VALUE_SEPARATOR = '|';

/** The enumerated fields and the kit vocabulary (enum values ↔ exact French labels) each maps to. */
export const VOCABULARY_FIELDS = {
  services: 'Service',
  publics_specifiquement_adresses: 'SpecificPublic',
  prise_en_charge_specifique: 'AccessibilitySupport',
  frais_a_charge: 'Fee',
  dispositif_programmes_nationaux: 'NationalProgramme',
  formations_labels: 'TrainingLabel',
  modalites_acces: 'AccessMode',
  modalites_accompagnement: 'AccompanimentMode',
} as const satisfies Partial<Record<StandardField, VocabularyName>>;

export type VocabularyField = keyof typeof VOCABULARY_FIELDS;

export const ITINERANCE = { itinerant: 'Itinérant', fixed: 'Fixe' } as const;

export const PATTERNS = {
  pivot: /^[a-zA-Z0-9]{9,14}$/,
  code_postal: /^\d{5}$/,
  code_insee: /^([013-9]\d|2[AB1-9])\d{3}$/,
  telephone: /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/,
  date_maj: /^\d{4}-\d{2}-\d{2}$/,
} as const;

/** At most 280 characters (Unicode code points, as a person counts them). */
export const SUMMARY_MAX_LENGTH = 280;

/** The free-text label that marks NetPublic in `autres_formations_labels`. */
export const NETPUBLIC = 'NetPublic';

export function emptyRecord(): StandardRecord {
  return Object.fromEntries(STANDARD_FIELDS.map((field) => [field, ''])) as StandardRecord;
}

export function isStandardField(name: string): name is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(name);
}
