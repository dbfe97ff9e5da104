/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How to get in (standard: modalites_acces). */
export type AccessMode =
  /** Contacter par mail */
  | 'EMAIL'
  /** Ce lieu n'accueille pas de public */
  | 'NO_PUBLIC_RECEPTION'
  /** Prendre un RDV en ligne */
  | 'ONLINE_APPOINTMENT'
  /** Téléphoner */
  | 'PHONE'
  /** Envoyer un mail avec une fiche de prescription */
  | 'PRESCRIPTION_EMAIL'
  /** Se présenter */
  | 'WALK_IN';

/** Specific support (standard: prise_en_charge_specifique). */
export type AccessibilitySupport =
  /** Surdité */
  | 'DEAFNESS'
  /** Langues étrangères (anglais) */
  | 'ENGLISH_SPEAKERS'
  /** Illettrisme */
  | 'ILLITERACY'
  /** Handicaps mentaux */
  | 'MENTAL_DISABILITY'
  /** Handicaps moteurs */
  | 'MOTOR_DISABILITY'
  /** Langues étrangères (autres) */
  | 'OTHER_LANGUAGE_SPEAKERS'
  /** Déficience visuelle */
  | 'VISUAL_IMPAIRMENT';

/** How people are accompanied (standard: modalites_accompagnement). */
export type AccompanimentMode =
  /** Dans un atelier collectif */
  | 'GROUP_WORKSHOP'
  /** Accompagnement individuel */
  | 'INDIVIDUAL'
  /** À distance */
  | 'REMOTE'
  /** En autonomie */
  | 'SELF_SERVICE';

export type AdherentKind =
  /** An association with a general-interest mission in public internet access. */
  | 'ASSOCIATION'
  | 'COMMUNE'
  /** Conseil départemental. */
  | 'DEPARTEMENT'
  /** Établissement public de coopération intercommunale. */
  | 'EPCI'
  /** A « pays »: a grouping of communes it declares. */
  | 'PAYS'
  /** A public body with a general-interest mission in public internet access. */
  | 'PUBLIC_BODY'
  /** Conseil régional. */
  | 'REGION'
  /** An association representing local authorities (AMF, ADF…). */
  | 'REPRESENTATIVE_ASSOCIATION';

export type AdhesionStatus =
  /** Rejected by the national mission. */
  | 'REJECTED'
  /** Signed copy sent to the Préfet de Région (SGAR). */
  | 'SENT_TO_PREFECTURE'
  /** Signed by the adherent. */
  | 'SIGNED'
  /** Validated by the national mission: the adherent may award labels. */
  | 'VALIDATED'
  /** Withdrawn. */
  | 'WITHDRAWN';

export type Audience =
  | 'ALL'
  | 'FAMILIES'
  | 'JOBSEEKERS'
  | 'PROFESSIONALS'
  | 'SENIORS'
  | 'YOUTH';

export type EditionKind =
  | 'FETE_DE_L_INTERNET'
  | 'NATIONAL_MOMENT';

/** What a person can narrow the directory by. Every filter given must hold. */
export type EpnSearchFilter = {
  /** Only EPN offering all of these kinds of support. */
  accessibilitySupport?: Array<AccessibilitySupport> | null | undefined;
  /** Only EPN offering all of these ways of being accompanied. */
  accompanimentModes?: Array<AccompanimentMode> | null | undefined;
  /** Only EPN with any of these fees (e.g. FREE and FREE_UNDER_CONDITIONS). */
  fees?: Array<Fee> | null | undefined;
  /** true: only itinerant EPN (a bus, a van…); false: only those in a fixed place. */
  itinerant?: boolean | null | undefined;
  /** true: only EPN with an active label now; false: only EPN without one. */
  labelled?: boolean | null | undefined;
  /**
   * Only EPN open at this instant, by their own opening hours read in their local time (Europe/Paris,
   * or the time zone of an overseas territory) and their public holidays (national ones, Alsace-Moselle's,
   * overseas ones). EPN without readable opening hours are left out.
   */
  openAt?: string | null | undefined;
  /** Only EPN offering all of these services. */
  services?: Array<Service> | null | undefined;
  /** Only EPN welcoming all of these publics. */
  specificPublics?: Array<SpecificPublic> | null | undefined;
  /** Only EPN inside this territory (any level). */
  territory?: TerritoryInput | null | undefined;
  /** Only EPN hosted in any of these venues. */
  venueTypes?: Array<VenueType> | null | undefined;
};

export type EpnSearchOrder =
  /** Nearest first (needs near). */
  | 'DISTANCE'
  /** Alphabetical, accents and case ignored. */
  | 'NAME'
  /** Best match of the words first (needs query). */
  | 'RELEVANCE';

/** Fees (standard: frais_a_charge). */
export type Fee =
  /** Gratuit */
  | 'FREE'
  /** Gratuit sous condition */
  | 'FREE_UNDER_CONDITIONS'
  /** Payant */
  | 'PAID';

export type LabelStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** A circle on the map. */
export type NearInput = {
  /** WGS84 latitude, -90 to 90. */
  latitude: number;
  /** WGS84 longitude, -180 to 180. */
  longitude: number;
  /** At most 100 km. */
  radiusKm: number;
};

export type ResourceKind =
  | 'LEGAL_GUIDE'
  | 'NEWS_WATCH'
  /** Online courses for mediators. */
  | 'ONLINE_COURSE'
  /** The PIM (Passeport Internet et Multimédia) competency framework. */
  | 'PIM_FRAMEWORK'
  /** The common NetPublic signage. */
  | 'SIGNAGE_KIT'
  /** Tutorials for mediators. */
  | 'TUTORIAL';

/** Services offered (standard: services). */
export type Service =
  /** Aide aux démarches administratives */
  | 'ADMINISTRATIVE_PROCEDURES'
  /** Acquisition de matériel informatique à prix solidaire */
  | 'AFFORDABLE_EQUIPMENT'
  /** Loisirs et créations numériques */
  | 'DIGITAL_LEISURE_AND_CREATION'
  /** Maîtrise des outils numériques du quotidien */
  | 'EVERYDAY_DIGITAL_TOOLS'
  /** Accès internet et matériel informatique */
  | 'INTERNET_AND_EQUIPMENT_ACCESS'
  /** Parentalité et éducation avec le numérique */
  | 'PARENTING_AND_EDUCATION'
  /** Insertion professionnelle via le numérique */
  | 'PROFESSIONAL_INTEGRATION'
  /** Utilisation sécurisée du numérique */
  | 'SAFE_DIGITAL_USE'
  /** Compréhension du monde numérique */
  | 'UNDERSTANDING_DIGITAL_WORLD';

/** Publics specifically welcomed (standard: publics_specifiquement_adresses). */
export type SpecificPublic =
  /** Familles et/ou enfants */
  | 'FAMILIES_AND_CHILDREN'
  /** Seniors */
  | 'SENIORS'
  /** Étudiants */
  | 'STUDENTS'
  /** Femmes */
  | 'WOMEN'
  /** Jeunes */
  | 'YOUTH';

export type TerritoryInput = {
  code: string;
  level: TerritoryLevel;
};

export type TerritoryLevel =
  | 'COMMUNE'
  | 'COUNTRY'
  | 'DEPARTEMENT'
  | 'EPCI'
  | 'REGION';

export type VenueType =
  | 'ASSOCIATION'
  | 'CULTURAL_CENTRE'
  | 'FRANCE_SERVICES'
  | 'LIBRARY'
  | 'MEDIATHEQUE'
  | 'NEIGHBOURHOOD_HOUSE'
  | 'OTHER'
  | 'SCHOOL'
  | 'SOCIAL_CENTRE'
  | 'THIRD_PLACE'
  | 'TOWN_HALL';

export type AdherentDashboardQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AdherentDashboardQuery = { adherent: { id: string, name: string, kind: AdherentKind, status: AdhesionStatus, territory: { level: TerritoryLevel, code: string, name: string } | null, currentAdhesion: { charterVersion: number, status: AdhesionStatus, validatedAt: string | null } | null, labelledEpns: { totalCount: number, edges: Array<{ node: { id: string, name: string, commune: { name: string }, currentLabel: { status: LabelStatus, awardedAt: string, statusChangedAt: string } | null } }> }, labelRequests: { totalCount: number, edges: Array<{ node: { id: string, requestedAt: string, message: string | null, epn: { id: string, name: string, commune: { name: string } } } }> } } | null };

export type SearchEpnDirectoryQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: EpnSearchFilter | null | undefined;
  near?: NearInput | null | undefined;
  orderBy?: EpnSearchOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchEpnDirectoryQuery = { searchEpns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { services: Array<{ value: Service, count: number }>, specificPublics: Array<{ value: SpecificPublic, count: number }>, accessibilitySupport: Array<{ value: AccessibilitySupport, count: number }>, accompanimentModes: Array<{ value: AccompanimentMode, count: number }>, fees: Array<{ value: Fee, count: number }>, venueTypes: Array<{ value: VenueType, count: number }>, labelled: Array<{ labelled: boolean, count: number }>, departements: Array<{ count: number, territory: { code: string, name: string } }> }, edges: Array<{ cursor: string, distanceKm: number | null, relevance: number | null, node: { id: string, name: string, venueType: VenueType, itinerant: boolean, openingHours: string | null, services: Array<Service>, fees: Array<Fee>, hasActiveLabel: boolean, address: { street: string, postalCode: string, communeName: string }, location: { latitude: number, longitude: number } | null } }> } };

export type EpnDirectoryQueryVariables = Exact<{
  territory: TerritoryInput;
  labelled?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EpnDirectoryQuery = { epns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, venueType: VenueType, itinerant: boolean, services: Array<Service>, address: { street: string, postalCode: string, communeName: string }, location: { latitude: number, longitude: number } | null, currentLabel: { status: LabelStatus, awardedAt: string, awardedBy: { id: string, name: string, kind: AdherentKind } | null } | null, events: { edges: Array<{ node: { id: string, title: string, startsAt: string } }> } | null, eligibleOffers: { totalCount: number } | null } }> } };

export type EpnPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EpnPageQuery = { epn: { id: string, name: string, pivot: string | null, summary: string | null, description: string | null, venueType: VenueType, itinerant: boolean, openingHours: string | null, services: Array<Service>, specificPublics: Array<SpecificPublic>, accessibilitySupport: Array<AccessibilitySupport>, fees: Array<Fee>, accessModes: Array<AccessMode>, accompanimentModes: Array<AccompanimentMode>, mediatorCount: number, phone: string | null, emails: Array<string>, websites: Array<string>, appointmentUrl: string | null, pimCertificationCount: number | null, address: { street: string, complement: string | null, postalCode: string, communeName: string }, commune: { code: string, name: string, departement: { code: string, name: string } | null, region: { code: string, name: string } | null }, location: { latitude: number, longitude: number } | null, equipment: { computers: number, tablets: number, printers: number, wifi: boolean }, currentLabel: { status: LabelStatus, awardedAt: string, exceptional: boolean, charterVersion: number, awardedBy: { id: string, name: string, kind: AdherentKind } | null } | null, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, capacity: number, seatsLeft: number } }> } | null, eligibleOffers: { totalCount: number, edges: Array<{ node: { id: string, partner: string, title: string, discount: string, validUntil: string | null } }> } | null, reservedResources: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: ResourceKind, url: string | null } }> } | null } | null };

export type EventEditionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EventEditionsQuery = { eventEditions: { edges: Array<{ node: { id: string, kind: EditionKind, name: string, year: number, startsOn: string, endsOn: string, nationalPartners: Array<string> } }> } };

export type EditionEventsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EditionEventsQuery = { eventEdition: { id: string, name: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startsAt: string, audience: Audience, capacity: number, seatsLeft: number, commune: { name: string }, epn: { id: string, name: string } | null } }> } } | null };

export type TerritoryPageQueryVariables = Exact<{
  level: TerritoryLevel;
  code: string;
}>;


export type TerritoryPageQuery = { territory: { level: TerritoryLevel, code: string, name: string, population: number, region: { code: string, name: string } | null, departement: { code: string, name: string } | null, epns: { totalCount: number, edges: Array<{ node: { id: string, name: string, currentLabel: { status: LabelStatus } | null } }> }, adherents: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: AdherentKind, status: AdhesionStatus } }> } | null, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsAt: string, epn: { id: string, name: string } | null } }> } | null } | null };


export const AdherentDashboardDocument = {"__meta__":{"hash":"sha256:59e859f47f157fb8ac846264cf044e6c935e174e78bb5b0a26b22515bd50af44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdherentDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adherent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAdhesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdherentDashboardQuery, AdherentDashboardQueryVariables>;
export const SearchEpnDirectoryDocument = {"__meta__":{"hash":"sha256:f2924f848635d3c01baf7ec4df4c5644710986f0e9bf78a4fa775b9319009e79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEpnDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EpnSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EpnSearchOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEpns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specificPublics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessibilitySupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accompanimentModes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelled"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEpnDirectoryQuery, SearchEpnDirectoryQueryVariables>;
export const EpnDirectoryDocument = {"__meta__":{"hash":"sha256:a9d8eb64d8f7198be437517035f2d6ddacdd5a565418b70e50cadf8f674ca0d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpnDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territory"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"labelled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelled"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EpnDirectoryQuery, EpnDirectoryQueryVariables>;
export const EpnPageDocument = {"__meta__":{"hash":"sha256:c34506358719bb26dcc71348272bc735dbf8cb8017b910c20911e1e097d50553"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pivot"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"specificPublics"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilitySupport"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"accessModes"}},{"kind":"Field","name":{"kind":"Name","value":"accompanimentModes"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computers"}},{"kind":"Field","name":{"kind":"Name","value":"tablets"}},{"kind":"Field","name":{"kind":"Name","value":"printers"}},{"kind":"Field","name":{"kind":"Name","value":"wifi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptional"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pimCertificationCount"}}]}}]}}]} as unknown as DocumentNode<EpnPageQuery, EpnPageQueryVariables>;
export const EventEditionsDocument = {"__meta__":{"hash":"sha256:e87529d497f9b5b68afe350a7039b017242c6b9c446b33fe6b49ff4fecfabc20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventEditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPartners"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventEditionsQuery, EventEditionsQueryVariables>;
export const EditionEventsDocument = {"__meta__":{"hash":"sha256:644e87e5619de1958708025b283ddefa77fba43617ff50b9e525a91b311ed142"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEdition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditionEventsQuery, EditionEventsQueryVariables>;
export const TerritoryPageDocument = {"__meta__":{"hash":"sha256:a8630e10dc77f9c476eee6e96c1555703ac0e17964511fc8402a0b40cbf61979"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryPageQuery, TerritoryPageQueryVariables>;