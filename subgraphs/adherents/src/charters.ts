/**
 * The NetPublic charter, as reference data in code rather than a table: there are two immutable
 * legal texts, every adhesion names one by its version (a CHECK keeps adhesion.charter_version to
 * these), and changing them would be a new charter version, i.e. a code and schema change anyway.
 * Criteria descriptions summarise the charters' French text in English; titles quote it.
 */
export const CRITERION_CODES = ['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT'] as const;
export type CriterionCode = (typeof CRITERION_CODES)[number];

export interface LabelCriterionModel {
  code: CriterionCode;
  /** The heading in the charter, in French. */
  title: string;
  description: string;
}

export interface CharterModel {
  version: number;
  title: string;
  signedOn: string | null;
  stateSignatory: string | null;
  criteria: LabelCriterionModel[];
}

/** Reference dates of the State's signature (2016: the date heading the revised charter's text). */
const SIGNED_ON_2007 = '2007-11-21';
const SIGNED_ON_2016 = '2016-04-26';

export const CHARTERS: readonly CharterModel[] = [
  {
    version: 2007,
    title: 'Charte « NetPublic » (Internet pour tous)',
    signedOn: SIGNED_ON_2007,
    stateSignatory: "Délégué aux usages de l'Internet (Ministère de l'Enseignement supérieur et de la Recherche)",
    criteria: [
      {
        code: 'PUBLICS',
        title: 'Les publics',
        description:
          'Open to all publics, first of all to people without regular internet access or kept away from digital technology for generational, cultural or economic reasons; welcomes people with disabilities; runs targeted actions for publics far from the internet (elderly, disadvantaged) and supports « Internet accompagné », refurbished-computer schemes and training parents in digital school workspaces (ENT).',
      },
      {
        code: 'MEANS',
        title: 'Les moyens',
        description:
          'Has internet-connected computers and equipment suited to its activities, and offers personal or group support by staff with the necessary technical and teaching skills; mediators and managers receive suitable training.',
      },
      {
        code: 'INITIATION',
        title: "L'initiation",
        description:
          'A place of digital literacy: beginners first learn the basic skills to use a computer and the main internet services, mobile internet included, up to autonomous use, together with the elementary rules of law, good use, civility and safety online.',
      },
      {
        code: 'DEVELOPMENT_OF_USES',
        title: 'Le développement des usages',
        description:
          'Combines initiation and use; beyond basic services, experiments with and promotes public uses (knowledge and culture, training and employment, e-government) and runs local collaborative projects bringing together families, young people, schools, elderly or isolated people.',
      },
      {
        code: 'ENVIRONMENT',
        title: "L'environnement",
        description:
          'Hosted preferably in an existing place (library, médiathèque, town hall, school, neighbourhood house, cultural centre) rather than created from scratch; part of local digital-development policies; networked with the territory\'s other spaces, sharing resources and seeking partnerships; a non-profit body of general interest that does not compete with private operators.',
      },
    ],
  },
  {
    version: 2016,
    title: 'Charte « NetPublic »',
    signedOn: SIGNED_ON_2016,
    stateSignatory: "Mission Société numérique de l'Agence du numérique (Ministère de l'Économie, de l'Industrie et du Numérique)",
    criteria: [
      {
        code: 'PUBLICS',
        title: 'Les populations concernées',
        description:
          'Open to all (families, children, the general public), first of all to people without internet access or kept away from digital technology for generational, cultural or economic reasons; gives people with disabilities access and training; runs targeted actions for the elderly and disadvantaged households, and adapts its welcome to local needs through local development projects and partnerships.',
      },
      {
        code: 'MEANS',
        title: 'Les moyens',
        description:
          'Has internet-connected computers and tools, and technical and teaching equipment suited to its projects (video projection, mobile devices, a 3D printer where relevant); offers personal or group support by qualified staff; digital mediators and managers receive suitable training.',
      },
      {
        code: 'INITIATION',
        title: "L'initiation et la découverte de la culture numérique",
        description:
          'Provides local digital training, inside or outside its walls, with highlights such as the Fête de l\'Internet, from basic literacy to full citizen ownership: beginners first, on fixed and mobile devices, discovering multimedia resources and the main internet services, aware of the benefits and of the risks, especially for the young.',
      },
      {
        code: 'DEVELOPMENT_OF_USES',
        title: 'Le développement des usages',
        description:
          'Learning by discovery and experiment: promotes public uses (knowledge, culture, e-books, documentary databases), scientific and technical education (programming, robotics, FabLabs), everyday services (energy, tourism, health), job search and e-government, and runs local collaborative projects.',
      },
      {
        code: 'ENVIRONMENT',
        title: "L'environnement",
        description:
          'An open resource centre, usually hosted by an existing public or private place (library, médiathèque, town hall, school, neighbourhood house, cultural or social centre…), with local partnerships, itinerant schemes and outreach; part of territorial digital, sustainable, cultural and economic policies; networked, pooling resources; a non-profit body of general interest.',
      },
    ],
  },
];

export function charterOf(version: number): CharterModel | null {
  return CHARTERS.find((charter) => charter.version === version) ?? null;
}
