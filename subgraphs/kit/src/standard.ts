/**
 * Vocabularies of the national standard for digital-inclusion places (« Schéma des lieux de
 * médiation numérique » v1.0.2). The graph uses English enum values; the standard's French labels,
 * exactly as validated, are kept here so import and export are lossless.
 */
export const VOCABULARIES = {
  Service: {
    ADMINISTRATIVE_PROCEDURES: 'Aide aux démarches administratives',
    EVERYDAY_DIGITAL_TOOLS: 'Maîtrise des outils numériques du quotidien',
    PROFESSIONAL_INTEGRATION: 'Insertion professionnelle via le numérique',
    SAFE_DIGITAL_USE: 'Utilisation sécurisée du numérique',
    PARENTING_AND_EDUCATION: 'Parentalité et éducation avec le numérique',
    DIGITAL_LEISURE_AND_CREATION: 'Loisirs et créations numériques',
    UNDERSTANDING_DIGITAL_WORLD: 'Compréhension du monde numérique',
    INTERNET_AND_EQUIPMENT_ACCESS: 'Accès internet et matériel informatique',
    AFFORDABLE_EQUIPMENT: 'Acquisition de matériel informatique à prix solidaire',
  },
  SpecificPublic: {
    YOUTH: 'Jeunes',
    STUDENTS: 'Étudiants',
    FAMILIES_AND_CHILDREN: 'Familles et/ou enfants',
    SENIORS: 'Seniors',
    WOMEN: 'Femmes',
  },
  AccessibilitySupport: {
    DEAFNESS: 'Surdité',
    MOTOR_DISABILITY: 'Handicaps moteurs',
    MENTAL_DISABILITY: 'Handicaps mentaux',
    ILLITERACY: 'Illettrisme',
    ENGLISH_SPEAKERS: 'Langues étrangères (anglais)',
    OTHER_LANGUAGE_SPEAKERS: 'Langues étrangères (autres)',
    VISUAL_IMPAIRMENT: 'Déficience visuelle',
  },
  Fee: {
    FREE: 'Gratuit',
    FREE_UNDER_CONDITIONS: 'Gratuit sous condition',
    PAID: 'Payant',
  },
  NationalProgramme: {
    AIDANTS_CONNECT: 'Aidants Connect',
    BIBLIOTHEQUES_NUMERIQUES_DE_REFERENCE: 'Bibliothèques numérique de référence',
    PIX_CERTIFICATION: 'Certification PIX',
    CONSEILLERS_NUMERIQUES: 'Conseillers numériques',
    EMMAUS_CONNECT: 'Emmaüs Connect',
    FRANCE_SERVICES: 'France Services',
    GRANDE_ECOLE_DU_NUMERIQUE: 'Grande école du numérique',
    CROIX_ROUGE: 'La Croix Rouge',
    CAF_DIGITAL_ACCESS_POINT: "Point d'accès numérique CAF",
    PROMENEURS_DU_NET: 'Promeneurs du net',
    RELAIS_NUMERIQUE_EMMAUS_CONNECT: 'Relais numérique (Emmaüs Connect)',
  },
  TrainingLabel: {
    MON_ESPACE_SANTE: 'Formé à « Mon Espace Santé »',
    DUPLEX: 'Formé à « DUPLEX » (illettrisme)',
    ARNIA_MEDNUM_BFC: 'Arnia/MedNum BFC',
    REEMPLOI_NORMANDIE: 'Collectif ressources et acteurs réemploi (Normandie)',
    ETAPES_NUMERIQUES_LA_POSTE: 'Étapes numériques (La Poste)',
    FABRIQUES_DE_TERRITOIRE: 'Fabriques de Territoire',
    ECLAIREURS_DU_NUMERIQUE_DROME: 'Les Éclaireurs du numérique (Drôme)',
    MES_PAPIERS_LYON: 'Mes Papiers (Métropole de Lyon)',
    ORDI_3_0: 'ORDI 3.0',
    SUD_LABS_PACA: 'SUD LABS (PACA)',
  },
  AccessMode: {
    WALK_IN: 'Se présenter',
    PHONE: 'Téléphoner',
    EMAIL: 'Contacter par mail',
    ONLINE_APPOINTMENT: 'Prendre un RDV en ligne',
    NO_PUBLIC_RECEPTION: "Ce lieu n'accueille pas de public",
    PRESCRIPTION_EMAIL: 'Envoyer un mail avec une fiche de prescription',
  },
  AccompanimentMode: {
    SELF_SERVICE: 'En autonomie',
    INDIVIDUAL: 'Accompagnement individuel',
    GROUP_WORKSHOP: 'Dans un atelier collectif',
    REMOTE: 'À distance',
  },
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<V extends VocabularyName> = keyof (typeof VOCABULARIES)[V];

/** The standard's label for an enum value. */
export function standardLabel<V extends VocabularyName>(vocabulary: V, value: VocabularyValue<V>): string {
  return VOCABULARIES[vocabulary][value] as string;
}

const reverse = new Map<string, Map<string, string>>();

/** The enum value for one of the standard's labels (exact, after trimming), or null. */
export function fromStandardLabel<V extends VocabularyName>(vocabulary: V, label: string): VocabularyValue<V> | null {
  let map = reverse.get(vocabulary);
  if (!map) {
    map = new Map(Object.entries(VOCABULARIES[vocabulary]).map(([value, text]) => [text as string, value]));
    reverse.set(vocabulary, map);
  }
  return (map.get(label.trim()) as VocabularyValue<V> | undefined) ?? null;
}

export function vocabularyValues<V extends VocabularyName>(vocabulary: V): VocabularyValue<V>[] {
  return Object.keys(VOCABULARIES[vocabulary]) as VocabularyValue<V>[];
}

/** Host venues of an EPN (DESIGN §2), with the standard's structure typology code they export to. */
export const VENUE_TYPES = {
  LIBRARY: { label: 'Bibliothèque', typology: 'BIB' },
  MEDIATHEQUE: { label: 'Médiathèque', typology: 'BIB' },
  TOWN_HALL: { label: 'Mairie', typology: 'MUNI' },
  SCHOOL: { label: 'Établissement scolaire', typology: 'ECOLE' },
  NEIGHBOURHOOD_HOUSE: { label: 'Maison de quartier', typology: 'MQ' },
  CULTURAL_CENTRE: { label: 'Centre culturel', typology: 'CULTURE' },
  SOCIAL_CENTRE: { label: 'Centre social', typology: 'CS' },
  FRANCE_SERVICES: { label: 'France Services', typology: 'MDS' },
  THIRD_PLACE: { label: 'Tiers-lieu', typology: 'TIERS_LIEUX' },
  ASSOCIATION: { label: 'Association', typology: 'ASSO' },
  OTHER: { label: 'Autre', typology: 'EPN' },
} as const;

export type VenueType = keyof typeof VENUE_TYPES;
