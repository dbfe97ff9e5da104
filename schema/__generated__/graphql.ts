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

export type AwardLabelInput = {
  /** The assessment of each of the five criteria, each exactly once. */
  criteria: Array<CriterionAssessmentInput>;
  epnId: string | number;
  /** Why: required when the national administrator awards exceptionally. */
  reason?: string | null | undefined;
};

export type ContactInput = {
  email: string;
  fullName: string;
  phone?: string | null | undefined;
  roleTitle?: string | null | undefined;
};

export type CriterionAssessmentInput = {
  comment?: string | null | undefined;
  criterion: CriterionCode;
  met: boolean;
};

export type CriterionCode =
  /** Development of uses. */
  | 'DEVELOPMENT_OF_USES'
  /** Hosted in an existing place, networked, non-profit. */
  | 'ENVIRONMENT'
  /** Initiation to digital tools. */
  | 'INITIATION'
  /** Equipment and trained mediators. */
  | 'MEANS'
  /** Open to all publics. */
  | 'PUBLICS';

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

export type LabelCoverageFilter = {
  /** true: only territories with at least one labelled EPN; false: only those with none. */
  hasLabelledEpn?: boolean | null | undefined;
  maxLabelledEpnPer100k?: number | null | undefined;
  maxPopulation?: number | null | undefined;
  minLabelledEpnPer100k?: number | null | undefined;
  minPopulation?: number | null | undefined;
};

/** Territories without a value (no inhabitants, no EPN) come last in either direction. */
export type LabelCoverageOrder = {
  descending?: boolean | null | undefined;
  field: LabelCoverageOrderField;
};

export type LabelCoverageOrderField =
  | 'CODE'
  | 'COVERED_COMMUNE_SHARE'
  | 'COVERED_POPULATION_SHARE'
  | 'EPN_COUNT'
  | 'LABELLED_EPN_COUNT'
  | 'LABELLED_EPN_PER_100K'
  | 'LABELLED_EPN_SHARE'
  | 'NAME'
  | 'POPULATION';

export type LabelRequestStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

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

export type NewAdherentInput = {
  kind: AdherentKind;
  /** For a « pays » only: the INSEE codes of its member communes (current communes, at least two). */
  memberCommunes?: Array<string> | null | undefined;
  name: string;
  /** SIREN number (9 digits). */
  siren?: string | null | undefined;
  /**
   * Its ressort: required for a région, département, commune or EPCI, at that level (SIREN for an
   * EPCI); optional for public or associative bodies; none for a « pays ».
   */
  territory?: TerritoryInput | null | undefined;
};

export type PublishEventInput = {
  audience: Audience;
  /** Seats, from 1 to 10,000. */
  capacity: number;
  /** Where it takes place (INSEE code); by default the EPN's commune. Required for an adherent's event without a host EPN. */
  communeCode?: string | null | undefined;
  description?: string | null | undefined;
  /** The edition it is part of; it must then take place during the edition's days (Paris time). */
  editionId?: string | number | null | undefined;
  endsAt: string;
  /** An EPN manager's event is its EPN's (default). An adherent's event may name a host EPN. */
  epnId?: string | number | null | undefined;
  startsAt: string;
  title: string;
};

export type RegisterAdhesionInput = {
  /** An adherent already known, signing again; leave empty and give newAdherent for a body signing for the first time. */
  adherentId?: string | number | null | undefined;
  /** The version of the charter signed: 2016 (the 2007 charter only for signatures made before 2016-04-26). */
  charterVersion: number;
  /** Who receives the administrator access once the adhesion is validated (personal data). */
  contact?: ContactInput | null | undefined;
  /** A body signing the charter for the first time. */
  newAdherent?: NewAdherentInput | null | undefined;
  /** Name of who signed (personal data). */
  signatoryName?: string | null | undefined;
  /** Public title of who signed, e.g. « Président du conseil régional ». */
  signatoryTitle: string;
  signedOn: string;
};

export type RegisterForEventInput = {
  email: string;
  eventId: string | number;
  fullName: string;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITING';

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


export type AdherentDashboardQuery = { adherent: { id: string, name: string, kind: AdherentKind, status: AdhesionStatus, territory: { level: TerritoryLevel, code: string, name: string } | null, currentAdhesion: { charterVersion: number, status: AdhesionStatus, validatedAt: string | null } | null, labelledEpns: { totalCount: number, edges: Array<{ node: { id: string, name: string, commune: { name: string }, currentLabel: { status: LabelStatus, awardedAt: string, statusChangedAt: string } | null } }> } | null, labelRequests: { totalCount: number, edges: Array<{ node: { id: string, requestedAt: string, message: string | null, epn: { id: string, name: string, commune: { name: string } } } }> } | null } | null };

export type RegisterAdhesionMutationVariables = Exact<{
  input: RegisterAdhesionInput;
}>;


export type RegisterAdhesionMutation = { registerAdhesion: { id: string, status: AdhesionStatus, charterVersion: number, signedOn: string, adherent: { id: string, name: string, kind: AdherentKind, status: AdhesionStatus } } };

export type RecordPrefectureCopyMutationVariables = Exact<{
  adhesionId: string | number;
  sentOn: string;
}>;


export type RecordPrefectureCopyMutation = { recordPrefectureCopy: { id: string, status: AdhesionStatus, prefectureCopySentOn: string | null } };

export type ValidateAdhesionMutationVariables = Exact<{
  adhesionId: string | number;
}>;


export type ValidateAdhesionMutation = { validateAdhesion: { id: string, status: AdhesionStatus, validatedAt: string | null, adherent: { id: string, status: AdhesionStatus } } };

export type RejectAdhesionMutationVariables = Exact<{
  adhesionId: string | number;
  reason: string;
}>;


export type RejectAdhesionMutation = { rejectAdhesion: { id: string, status: AdhesionStatus, decisionReason: string | null, rejectedAt: string | null } };

export type WithdrawAdhesionMutationVariables = Exact<{
  adhesionId: string | number;
  reason: string;
}>;


export type WithdrawAdhesionMutation = { withdrawAdhesion: { id: string, status: AdhesionStatus, withdrawalReason: string | null, withdrawnAt: string | null } };

export type EpnBenefitsQueryVariables = Exact<{
  id: string | number;
}>;


export type EpnBenefitsQuery = { epn: { id: string, hasActiveLabel: boolean, reservedResources: { totalCount: number, edges: Array<{ node: { id: string, kind: ResourceKind, title: string, url: string | null } }> } | null, eligibleOffers: { totalCount: number, edges: Array<{ node: { id: string, partner: string, title: string, discount: string, conditions: string | null, validUntil: string | null } }> } | null } | null };

export type ClaimOfferMutationVariables = Exact<{
  epnId: string | number;
  offerId: string | number;
}>;


export type ClaimOfferMutation = { claimOffer: { id: string, claimedAt: string, offer: { id: string, partner: string, title: string } } };

export type DashboardFiguresFragment = { population: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, coveredCommuneCount: number, communeCount: number, coveredCommuneShare: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string } };

export type CoverageMapQueryVariables = Exact<{
  level: TerritoryLevel;
  within?: TerritoryInput | null | undefined;
  date?: string | null | undefined;
}>;


export type CoverageMapQuery = { labelCoverage: { date: string, total: { population: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, coveredCommuneCount: number, communeCount: number, coveredCommuneShare: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string } }, edges: Array<{ node: { population: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, coveredCommuneCount: number, communeCount: number, coveredCommuneShare: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string } } }> } };

export type CoverageTrendQueryVariables = Exact<{
  level: TerritoryLevel;
  within?: TerritoryInput | null | undefined;
  from: string;
  to?: string | null | undefined;
}>;


export type CoverageTrendQuery = { labelCoverageHistory: { dates: Array<string>, total: Array<{ date: string, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null }> } };

export type ExportFiguresFragment = { date: string, population: number, communeCount: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, labelledEpnShare: number | null, coveredCommuneCount: number, coveredCommuneShare: number, coveredPopulation: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string, adherents?: { totalCount: number } | null } };

export type CoverageExportQueryVariables = Exact<{
  level: TerritoryLevel;
  within?: TerritoryInput | null | undefined;
  date?: string | null | undefined;
  filter?: LabelCoverageFilter | null | undefined;
  orderBy?: LabelCoverageOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withAdherents: boolean;
  withTotal: boolean;
}>;


export type CoverageExportQuery = { labelCoverage: { totalCount: number, total?: { date: string, population: number, communeCount: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, labelledEpnShare: number | null, coveredCommuneCount: number, coveredCommuneShare: number, coveredPopulation: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string, adherents?: { totalCount: number } | null } }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { date: string, population: number, communeCount: number, epnCount: number, labelledEpnCount: number, labelledEpnPer100k: number | null, labelledEpnShare: number | null, coveredCommuneCount: number, coveredCommuneShare: number, coveredPopulation: number, coveredPopulationShare: number | null, territory: { level: TerritoryLevel, code: string, name: string, adherents?: { totalCount: number } | null } } }> } };

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

export type PublishEventMutationVariables = Exact<{
  input: PublishEventInput;
}>;


export type PublishEventMutation = { publishEvent: { id: string, title: string, startsAt: string, endsAt: string, capacity: number, seatsLeft: number, commune: { name: string } } };

export type RegisterForEventMutationVariables = Exact<{
  input: RegisterForEventInput;
}>;


export type RegisterForEventMutation = { registerForEvent: { registrationId: string, status: RegistrationStatus, waitingPosition: number | null, cancellationCode: string | null, event: { id: string, title: string, startsAt: string } } };

export type CancelRegistrationMutationVariables = Exact<{
  registrationId: string | number;
  cancellationCode?: string | null | undefined;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { registrationId: string, status: RegistrationStatus } };

export type EventRegistrationsQueryVariables = Exact<{
  id: string | number;
  status?: RegistrationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventRegistrationsQuery = { event: { id: string, title: string, capacity: number, confirmedCount: number, waitingCount: number, registrations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: RegistrationStatus, waitingPosition: number | null, registeredAt: string, fullName: string, email: string } }> } | null } | null };

export type RequestLabelMutationVariables = Exact<{
  epnId: string | number;
  adherentId: string | number;
  message?: string | null | undefined;
}>;


export type RequestLabelMutation = { requestLabel: { id: string, status: LabelRequestStatus, requestedAt: string, adherent: { id: string, name: string } } };

export type DeclineLabelRequestMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type DeclineLabelRequestMutation = { declineLabelRequest: { id: string, status: LabelRequestStatus, decidedAt: string | null, decisionReason: string | null } };

export type AwardLabelMutationVariables = Exact<{
  input: AwardLabelInput;
}>;


export type AwardLabelMutation = { awardLabel: { id: string, status: LabelStatus, exceptional: boolean, charterVersion: number, awardedAt: string, awardedBy: { id: string, name: string } | null, criteria: Array<{ criterion: CriterionCode, met: boolean, comment: string | null }> } };

export type SuspendLabelMutationVariables = Exact<{
  epnId: string | number;
  reason: string;
}>;


export type SuspendLabelMutation = { suspendLabel: { id: string, status: LabelStatus, statusChangedAt: string } };

export type ReinstateLabelMutationVariables = Exact<{
  epnId: string | number;
  reason: string;
}>;


export type ReinstateLabelMutation = { reinstateLabel: { id: string, status: LabelStatus, statusChangedAt: string } };

export type WithdrawLabelMutationVariables = Exact<{
  epnId: string | number;
  reason: string;
}>;


export type WithdrawLabelMutation = { withdrawLabel: { id: string, status: LabelStatus, statusChangedAt: string } };

export type TerritoryPageQueryVariables = Exact<{
  level: TerritoryLevel;
  code: string;
}>;


export type TerritoryPageQuery = { territory: { level: TerritoryLevel, code: string, name: string, population: number, region: { code: string, name: string } | null, departement: { code: string, name: string } | null, epns: { totalCount: number, edges: Array<{ node: { id: string, name: string, currentLabel: { status: LabelStatus } | null } }> }, adherents: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: AdherentKind, status: AdhesionStatus } }> } | null, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsAt: string, epn: { id: string, name: string } | null } }> } | null } | null };

export const DashboardFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"epnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnPer100k"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneCount"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulationShare"}}]}}]} as unknown as DocumentNode<DashboardFiguresFragment, unknown>;
export const ExportFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAdherents"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"epnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnPer100k"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulationShare"}}]}}]} as unknown as DocumentNode<ExportFiguresFragment, unknown>;
export const AdherentDashboardDocument = {"__meta__":{"hash":"sha256:59e859f47f157fb8ac846264cf044e6c935e174e78bb5b0a26b22515bd50af44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdherentDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adherent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAdhesion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdherentDashboardQuery, AdherentDashboardQueryVariables>;
export const RegisterAdhesionDocument = {"__meta__":{"hash":"sha256:dbdc9b892a24ee6b4c1b0d700c50677669205cb7ce4456a41e3280659d5f5ff9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAdhesion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAdhesionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAdhesion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adherent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterAdhesionMutation, RegisterAdhesionMutationVariables>;
export const RecordPrefectureCopyDocument = {"__meta__":{"hash":"sha256:da181dc5c8b37a6a8671ba17a8b9d88f240f01b6e4aa43934423fa4afc7f8719"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPrefectureCopy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sentOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPrefectureCopy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adhesionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sentOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sentOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCopySentOn"}}]}}]}}]} as unknown as DocumentNode<RecordPrefectureCopyMutation, RecordPrefectureCopyMutationVariables>;
export const ValidateAdhesionDocument = {"__meta__":{"hash":"sha256:b977d91f3148962ac617b6597454b828ee9567c02d4be5fc64840ae4f77b7682"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateAdhesion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAdhesion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adhesionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adherent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ValidateAdhesionMutation, ValidateAdhesionMutationVariables>;
export const RejectAdhesionDocument = {"__meta__":{"hash":"sha256:d630f0ffe5fdadbba1bae4d9ce56cc7176f94744deed365d726136012f6d2380"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAdhesion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAdhesion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adhesionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}}]}}]}}]} as unknown as DocumentNode<RejectAdhesionMutation, RejectAdhesionMutationVariables>;
export const WithdrawAdhesionDocument = {"__meta__":{"hash":"sha256:d5fb492c310771974d2908a162396df5fcdd1405ce492baa2967ec4006d0fa40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAdhesion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAdhesion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adhesionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adhesionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawAdhesionMutation, WithdrawAdhesionMutationVariables>;
export const EpnBenefitsDocument = {"__meta__":{"hash":"sha256:9778b5963a41f44b6cbc93ba20aafec5e0098982f33d1ddced1c082ddae9d3f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpnBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reservedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EpnBenefitsQuery, EpnBenefitsQueryVariables>;
export const ClaimOfferDocument = {"__meta__":{"hash":"sha256:4c796c24630c5678d73ad1ed804f3c9599b6b882a10b40eb6beba8e32719c239"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimOfferMutation, ClaimOfferMutationVariables>;
export const CoverageMapDocument = {"__meta__":{"hash":"sha256:7c57819a040eb413055aeec1a7fec05a3c871865a96c189ce30afc0de15da817"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"epnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnPer100k"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneCount"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulationShare"}}]}}]} as unknown as DocumentNode<CoverageMapQuery, CoverageMapQueryVariables>;
export const CoverageTrendDocument = {"__meta__":{"hash":"sha256:2a4422b54285822deb3cdf29d49756bdc6665a003a78ab923d7b752ed55c31d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelCoverageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dates"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"epnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnPer100k"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageTrendQuery, CoverageTrendQueryVariables>;
export const CoverageExportDocument = {"__meta__":{"hash":"sha256:eb8ccfa74d7ac0fca1041c95aca2c9c7158b4242222a3507bbc41c5c52b98c6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverageOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1000"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAdherents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAdherents"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}},{"kind":"Field","name":{"kind":"Name","value":"epnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnPer100k"}},{"kind":"Field","name":{"kind":"Name","value":"labelledEpnShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCommuneShare"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"coveredPopulationShare"}}]}}]} as unknown as DocumentNode<CoverageExportQuery, CoverageExportQueryVariables>;
export const SearchEpnDirectoryDocument = {"__meta__":{"hash":"sha256:f2924f848635d3c01baf7ec4df4c5644710986f0e9bf78a4fa775b9319009e79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEpnDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EpnSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EpnSearchOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEpns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specificPublics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessibilitySupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accompanimentModes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelled"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEpnDirectoryQuery, SearchEpnDirectoryQueryVariables>;
export const EpnDirectoryDocument = {"__meta__":{"hash":"sha256:a9d8eb64d8f7198be437517035f2d6ddacdd5a565418b70e50cadf8f674ca0d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpnDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territory"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"labelled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelled"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EpnDirectoryQuery, EpnDirectoryQueryVariables>;
export const EpnPageDocument = {"__meta__":{"hash":"sha256:c34506358719bb26dcc71348272bc735dbf8cb8017b910c20911e1e097d50553"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pivot"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueType"}},{"kind":"Field","name":{"kind":"Name","value":"itinerant"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"specificPublics"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilitySupport"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"accessModes"}},{"kind":"Field","name":{"kind":"Name","value":"accompanimentModes"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computers"}},{"kind":"Field","name":{"kind":"Name","value":"tablets"}},{"kind":"Field","name":{"kind":"Name","value":"printers"}},{"kind":"Field","name":{"kind":"Name","value":"wifi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptional"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pimCertificationCount"}}]}}]}}]} as unknown as DocumentNode<EpnPageQuery, EpnPageQueryVariables>;
export const EventEditionsDocument = {"__meta__":{"hash":"sha256:e87529d497f9b5b68afe350a7039b017242c6b9c446b33fe6b49ff4fecfabc20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventEditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPartners"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventEditionsQuery, EventEditionsQueryVariables>;
export const EditionEventsDocument = {"__meta__":{"hash":"sha256:644e87e5619de1958708025b283ddefa77fba43617ff50b9e525a91b311ed142"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEdition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditionEventsQuery, EditionEventsQueryVariables>;
export const PublishEventDocument = {"__meta__":{"hash":"sha256:14977255e08fef7b6da8bc96b64e43f7a88f18ff2ba7ee9acfcd4786c110d931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishEventMutation, PublishEventMutationVariables>;
export const RegisterForEventDocument = {"__meta__":{"hash":"sha256:891ac269f90b1b91f5480afaeeb75ea701f048e06c71444dad0ad369b1299f8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelRegistrationDocument = {"__meta__":{"hash":"sha256:fa9d712e8d25f7d5711b1bb69181da526158e2ead2399593b70ddd326935bf05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cancellationCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cancellationCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cancellationCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const EventRegistrationsDocument = {"__meta__":{"hash":"sha256:0315afbe33dfc86a0253e9e63a24bf65adcfb0e39fe1cd5ae3aa63db528980f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingPosition"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const RequestLabelDocument = {"__meta__":{"hash":"sha256:4684a5c96213cfdc3e3880e4bce6e2940eb430f99c047a01a319217016d2f02d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adherentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"adherentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adherentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adherent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RequestLabelMutation, RequestLabelMutationVariables>;
export const DeclineLabelRequestDocument = {"__meta__":{"hash":"sha256:4140741815c3bc5279cc546a15274b5fb4fab85db078316ff9809230531d776c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineLabelRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineLabelRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<DeclineLabelRequestMutation, DeclineLabelRequestMutationVariables>;
export const AwardLabelDocument = {"__meta__":{"hash":"sha256:3d94b3343e68dcc0bf3b02fea4011b8bd3d7ca2953c1b1913db4040b8f5d4dcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardLabelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exceptional"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<AwardLabelMutation, AwardLabelMutationVariables>;
export const SuspendLabelDocument = {"__meta__":{"hash":"sha256:dc456e6df6098a6f10a234c907a4ef76ff774a336244336d69a29aa979fa52c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]} as unknown as DocumentNode<SuspendLabelMutation, SuspendLabelMutationVariables>;
export const ReinstateLabelDocument = {"__meta__":{"hash":"sha256:b87c61160e75c141e4d19f29d3cc76e086fa08e8972ef2d9508d8cf97120ced6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]} as unknown as DocumentNode<ReinstateLabelMutation, ReinstateLabelMutationVariables>;
export const WithdrawLabelDocument = {"__meta__":{"hash":"sha256:87efb7d3951c3b8838f2d9130b1a4a47b7bbcb7610a96c4df4567bce4024b57c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"epnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"epnId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawLabelMutation, WithdrawLabelMutationVariables>;
export const TerritoryPageDocument = {"__meta__":{"hash":"sha256:a8630e10dc77f9c476eee6e96c1555703ac0e17964511fc8402a0b40cbf61979"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"epn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryPageQuery, TerritoryPageQueryVariables>;