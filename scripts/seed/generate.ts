import {
  geography, randomPointInDepartement, vocabularyValues, VENUE_TYPES,
  type Territory, type VenueType,
} from '../../subgraphs/kit/src';
import { FIRST_NAMES, LAST_NAMES, NOTABLES, OPENING_HOURS, PARTNERS, QUARTERS, RESOURCES, STREETS } from './names';
import { Random, WeightedPicker } from './random';

/**
 * The national dataset, generated deterministically from a seed and a reference day: adherents of
 * every kind with both charter versions, ≈5,000 EPN spread over communes in proportion to
 * population, labels awarded by adherents of the EPN's own territory since 2008 (with suspensions
 * and withdrawals), resources, PIM certifications, partner offers, Fête de l'Internet editions with
 * events and registrations. Rows use the entities' property names.
 */
export interface SeedOptions {
  seed: number;
  epnCount: number;
  /** "Today" for the dataset: histories end here, upcoming events start after it. */
  referenceDay: Date;
}

export type Row = Record<string, unknown>;

export interface Dataset {
  adherents: Row[];
  adhesions: Row[];
  contacts: Row[];
  paysCommunes: Row[];
  epns: Row[];
  mediators: Row[];
  labels: Row[];
  labelEvents: Row[];
  labelRequests: Row[];
  resources: Row[];
  partnerOffers: Row[];
  offerClaims: Row[];
  pimCertifications: Row[];
  editions: Row[];
  events: Row[];
  registrations: Row[];
}

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface AdherentDraft {
  id: string;
  kind: string;
  name: string;
  scope: Set<string>;
  validatedAt: Date | null;
  charterVersion: number;
}

export function generateDataset(options: SeedOptions): Dataset {
  const g = geography();
  const random = new Random(options.seed);
  const now = options.referenceDay;
  const data: Dataset = {
    adherents: [], adhesions: [], contacts: [], paysCommunes: [], epns: [], mediators: [], labels: [], labelEvents: [],
    labelRequests: [], resources: [], partnerOffers: [], offerClaims: [], pimCertifications: [], editions: [], events: [], registrations: [],
  };
  const person = () => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    return { fullName: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${random.int(1, 99)}@example.org` };
  };
  const phone = () => `+33${random.pick(['1', '2', '3', '4', '5', '9'])}${String(random.int(10_000_000, 99_999_999))}`;

  // --- Adherents: régions, a share of départements, communes and EPCI, « pays », associations.
  const mainland = (t: Territory) => t.zone === 'metro' || t.zone === 'drom';
  const adherents: AdherentDraft[] = [];
  const addAdherent = (kind: string, name: string, territory: Territory | null, scope: Iterable<string>, options2: { status?: string; siren?: string | null } = {}) => {
    const id = random.uuid();
    const signed2007 = random.chance(0.55);
    const firstSigned = signed2007 ? random.dateBetween(new Date('2008-01-15'), new Date('2015-12-31')) : random.dateBetween(new Date('2016-05-01'), new Date(now.getTime() - 200 * DAY));
    const status = options2.status ?? 'VALIDATED';
    const draft: AdherentDraft = { id, kind, name, scope: new Set(scope), validatedAt: null, charterVersion: signed2007 ? 2007 : 2016 };
    data.adherents.push({
      id, kind, name, siren: options2.siren ?? (territory && kind !== 'PAYS' ? null : null),
      territoryLevel: territory?.level ?? null, territoryCode: territory?.code ?? null, createdAt: firstSigned,
    });
    const signatoryTitle = SIGNATORY[kind] ?? 'Président';
    // A 2007 signatory that re-signed the 2016 charter keeps its first adhesion in the history.
    if (signed2007 && status === 'VALIDATED' && random.chance(0.6)) {
      const validated = new Date(firstSigned.getTime() + random.int(20, 120) * DAY);
      const resigned = random.dateBetween(new Date('2016-05-01'), new Date('2019-12-31'));
      data.adhesions.push(adhesionRow(random.uuid(), id, 2007, firstSigned, signatoryTitle, person().fullName, 'WITHDRAWN', validated, {
        withdrawnAt: resigned, withdrawalReason: 'Superseded by the adhesion to the 2016 charter.',
      }));
      const revalidated = new Date(resigned.getTime() + random.int(15, 90) * DAY);
      data.adhesions.push(adhesionRow(random.uuid(), id, 2016, resigned, signatoryTitle, person().fullName, 'VALIDATED', revalidated));
      draft.validatedAt = validated;
      draft.charterVersion = 2016;
    } else {
      const validated = new Date(firstSigned.getTime() + random.int(20, 120) * DAY);
      const extra: Row = {};
      if (status === 'REJECTED') extra.decisionReason = 'The signed charter was not accompanied by the deliberation of the assembly.';
      if (status === 'WITHDRAWN') {
        extra.withdrawnAt = random.dateBetween(validated, now);
        extra.withdrawalReason = 'The body no longer runs a digital inclusion policy.';
      }
      data.adhesions.push(adhesionRow(random.uuid(), id, draft.charterVersion, firstSigned, signatoryTitle, person().fullName, status, status === 'VALIDATED' || status === 'WITHDRAWN' ? validated : null, extra));
      if (status === 'VALIDATED') draft.validatedAt = validated;
    }
    for (let i = 0, n = random.int(1, 2); i < n; i += 1) {
      const p = person();
      data.contacts.push({ id: random.uuid(), adherentId: id, fullName: p.fullName, email: p.email, phone: phone(), roleTitle: random.pick(['Chargé·e de mission numérique', 'Directeur·rice des services', 'Élu·e au numérique', 'Coordinateur·rice EPN']) });
    }
    adherents.push(draft);
    return draft;
  };

  for (const region of g.all('REGION').filter(mainland)) {
    addAdherent('REGION', `Région ${region.name}`, region, g.communeCodesIn(region));
  }
  const departements = g.all('DEPARTEMENT').filter(mainland);
  for (const departement of random.sample(departements, Math.round(departements.length * 0.4))) {
    const status = random.chance(0.06) ? random.pick(['SENT_TO_PREFECTURE', 'WITHDRAWN']) : 'VALIDATED';
    addAdherent('DEPARTEMENT', `Département ${departementArticle(departement.name)}`, departement, g.communeCodesIn(departement), { status });
  }
  const bigCommunes = g.all('COMMUNE').filter((c) => mainland(c) && c.population > 15_000);
  for (const commune of random.sample(bigCommunes, 120)) {
    const status = random.chance(0.05) ? random.pick(['SIGNED', 'SENT_TO_PREFECTURE', 'REJECTED']) : 'VALIDATED';
    addAdherent('COMMUNE', `Ville ${ofPlace(commune.name)}`, commune, [commune.code], { status });
  }
  const epcis = g.all('EPCI').filter((e) => e.population > 20_000);
  for (const epci of random.sample(epcis, 60)) addAdherent('EPCI', epci.name, epci, g.communeCodesIn(epci));
  // « Pays »: groupings of the communes of one or two neighbouring EPCI of a département.
  for (const departement of random.sample(departements.filter((d) => d.zone === 'metro'), 6)) {
    const groups = g.epcisIn(departement).filter((e) => e.kind === 'CC');
    const members = random.sample(groups, 2).flatMap((e) => g.communeCodesIn(e)).filter((code) => g.commune(code)?.departementCode === departement.code);
    if (!members.length) continue;
    const draft = addAdherent('PAYS', `Pays de ${random.pick(['Brocéliande', 'la Vallée', 'la Côte', 'Haute-Vallée', 'Bocage', 'Plateau'])} (${departement.name})`, null, members);
    for (const code of members) data.paysCommunes.push({ adherentId: draft.id, communeCode: code });
  }
  const associations = ['Les Petits Débrouillards', 'Ligue de l’enseignement', 'Familles Rurales', 'La Mednum', 'Emmaüs Connect', 'Fédération des centres sociaux', 'Ateliers du Bocal', 'Numérique pour tous', 'Cyber-Seniors', 'Réseau Cap Numérique', 'Passerelles numériques', 'Les Connecteurs'];
  const associationDrafts = associations.map((name) => addAdherent('ASSOCIATION', name, null, [], { siren: String(random.int(300_000_000, 899_999_999)) }));
  addAdherent('PUBLIC_BODY', 'Caisse d’allocations familiales — réseau des points numériques', null, []);
  addAdherent('PUBLIC_BODY', 'Réseau Canopé', null, []);
  addAdherent('REPRESENTATIVE_ASSOCIATION', 'Association des maires de France (AMF)', null, []);
  addAdherent('REPRESENTATIVE_ASSOCIATION', 'Assemblée des départements de France (ADF)', null, []);

  // --- EPN: communes drawn in proportion to population; each commune has one anchor point.
  const communes = g.all('COMMUNE').filter(mainland);
  const picker = new WeightedPicker(communes, (c) => c.population);
  const anchors = new Map<string, { latitude: number; longitude: number }>();
  const venues = Object.keys(VENUE_TYPES) as VenueType[];
  const venueWeights: Record<VenueType, number> = {
    LIBRARY: 8, MEDIATHEQUE: 22, TOWN_HALL: 12, SCHOOL: 5, NEIGHBOURHOOD_HOUSE: 8, CULTURAL_CENTRE: 7, SOCIAL_CENTRE: 12,
    FRANCE_SERVICES: 10, THIRD_PLACE: 6, ASSOCIATION: 6, OTHER: 4,
  };
  const venuePicker = new WeightedPicker(venues, (v) => venueWeights[v]);
  const services = vocabularyValues('Service');
  const epnDrafts: { id: string; communeCode: string; venue: VenueType }[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < options.epnCount; i += 1) {
    const commune = picker.pick(random);
    let anchor = anchors.get(commune.code);
    if (!anchor) {
      anchor = randomPointInDepartement(commune.departementCode!, () => random.next()) ?? { latitude: 46.6, longitude: 2.4 };
      anchors.set(commune.code, anchor);
    }
    const venue = venuePicker.pick(random);
    const id = random.uuid();
    const itinerant = random.chance(0.04);
    // Two places of a commune never share a name: a second médiathèque is the annexe of a quarter.
    let name = epnName(venue, commune.name, random);
    for (let n = 2; usedNames.has(name); n += 1) name = `${epnName(venue, commune.name, random)} — annexe ${random.pick(QUARTERS)}${n > 3 ? ` ${n}` : ''}`;
    usedNames.add(name);
    const declaredBy = venue === 'ASSOCIATION' ? random.pick(associationDrafts) : null;
    const epnServices = random.sample(services, random.int(2, 6));
    if (!epnServices.includes('EVERYDAY_DIGITAL_TOOLS') && random.chance(0.7)) epnServices.push('EVERYDAY_DIGITAL_TOOLS');
    data.epns.push({
      id, source: 'netpublic-seed', sourceId: `seed-${i + 1}`, pivot: String(random.int(10_000_000_000_000, 99_999_999_999_999)),
      name, street: `${random.int(1, 120)} ${random.pick(STREETS)}`, addressComplement: random.chance(0.15) ? random.pick(['Rez-de-chaussée', '1er étage', 'Bâtiment B', 'Entrée par la cour']) : null,
      postalCode: commune.postalCodes[0] ?? `${commune.departementCode}000`.slice(0, 5), communeCode: commune.code,
      latitude: round6(anchor.latitude + (random.next() - 0.5) * 0.02), longitude: round6(anchor.longitude + (random.next() - 0.5) * 0.03),
      venueType: venue, itinerant, openingHours: itinerant ? null : random.pick(OPENING_HOURS),
      services: epnServices, specificPublics: random.sample(vocabularyValues('SpecificPublic'), random.int(0, 3)),
      accessibilitySupport: random.sample(vocabularyValues('AccessibilitySupport'), random.int(0, 2)),
      fees: [random.pick(['FREE', 'FREE', 'FREE', 'FREE_UNDER_CONDITIONS', 'PAID'])],
      accessModes: random.sample(vocabularyValues('AccessMode').filter((m) => m !== 'NO_PUBLIC_RECEPTION'), random.int(1, 3)),
      accompanimentModes: random.sample(vocabularyValues('AccompanimentMode'), random.int(1, 3)),
      nationalProgrammes: random.chance(0.4) ? random.sample(vocabularyValues('NationalProgramme'), random.int(1, 2)) : [],
      trainingLabels: random.chance(0.1) ? random.sample(vocabularyValues('TrainingLabel'), 1) : [],
      otherLabels: null, typologies: [],
      equipment: { computers: random.int(2, 16), tablets: random.int(0, 8), printers: random.int(0, 2), wifi: random.chance(0.85) },
      summary: `Espace public numérique ${venue === 'MEDIATHEQUE' || venue === 'LIBRARY' ? 'de la bibliothèque' : 'de proximité'} ${atPlace(commune.name)} : accès libre, ateliers et accompagnement.`,
      description: null, phone: phone(), emails: [`contact@${slug(name).slice(0, 40)}.fr`], websites: random.chance(0.5) ? [`https://www.${slug(commune.name)}.fr/numerique`] : [],
      accessibilityUrl: null, appointmentUrl: random.chance(0.2) ? `https://rdv.${slug(commune.name)}.fr` : null, parentStructure: venue === 'TOWN_HALL' ? `Mairie ${ofPlace(commune.name)}` : null,
      declaredByAdherentId: declaredBy?.id ?? null, dataUpdatedOn: day(random.dateBetween(new Date(now.getTime() - 400 * DAY), now)),
      createdAt: random.dateBetween(new Date('2008-01-01'), new Date(now.getTime() - 30 * DAY)),
    });
    if (declaredBy) declaredBy.scope.add(`epn:${id}`);
    for (let m = 0, n = random.int(1, 4); m < n; m += 1) {
      const p = person();
      data.mediators.push({ id: random.uuid(), epnId: id, fullName: p.fullName, email: p.email, pimTrained: random.chance(0.6) });
    }
    epnDrafts.push({ id, communeCode: commune.code, venue });
  }

  // --- Labels: an adherent validated before the award, whose territory holds the EPN.
  const validated = adherents.filter((a) => a.validatedAt);
  const awarderFor = (epn: { id: string; communeCode: string }) => {
    const candidates = validated.filter((a) => a.scope.has(epn.communeCode) || a.scope.has(`epn:${epn.id}`));
    return candidates.length ? random.pick(candidates) : null;
  };
  const criteria = (comment: string | null) =>
    ['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT'].map((criterion) => ({ criterion, met: true, comment }));
  for (const epn of epnDrafts) {
    if (!random.chance(0.55)) continue;
    const exceptional = random.chance(0.02);
    const awarder = exceptional ? null : awarderFor(epn);
    if (!awarder && !exceptional) continue;
    let awardedAt = random.dateBetween(awarder?.validatedAt ?? new Date('2008-06-01'), new Date(now.getTime() - 10 * DAY));
    // Some EPN lost their label and got it back later: two labels in their history.
    const rounds = random.chance(0.12) ? 2 : 1;
    for (let round = 0; round < rounds; round += 1) {
      const labelId = random.uuid();
      const actor = exceptional ? { actorRole: 'NATIONAL_ADMIN', actorAdherentId: null } : { actorRole: 'ADHERENT_ADMIN', actorAdherentId: awarder!.id };
      const events: Row[] = [{ id: random.uuid(), labelId, epnId: epn.id, action: 'AWARDED', occurredAt: awardedAt, actorSubject: 'seed', ...actor, reason: exceptional ? 'Exceptional award by the national mission.' : 'The five criteria of the charter are met.' }];
      let status = 'ACTIVE';
      let changedAt = awardedAt;
      const lastRound = round === rounds - 1;
      if (random.chance(0.08)) {
        changedAt = random.dateBetween(awardedAt, now);
        events.push({ id: random.uuid(), labelId, epnId: epn.id, action: 'SUSPENDED', occurredAt: changedAt, actorSubject: 'seed', ...actor, reason: 'No mediator on site for several months.' });
        status = 'SUSPENDED';
        if (random.chance(0.5)) {
          changedAt = random.dateBetween(changedAt, now);
          events.push({ id: random.uuid(), labelId, epnId: epn.id, action: 'REINSTATED', occurredAt: changedAt, actorSubject: 'seed', ...actor, reason: 'A trained mediator was recruited.' });
          status = 'ACTIVE';
        }
      }
      if (!lastRound || random.chance(0.1)) {
        changedAt = random.dateBetween(changedAt, lastRound ? now : new Date(Math.min(now.getTime(), changedAt.getTime() + 3 * 365 * DAY)));
        events.push({ id: random.uuid(), labelId, epnId: epn.id, action: 'WITHDRAWN', occurredAt: changedAt, actorSubject: 'seed', ...actor, reason: 'The EPN closed its public access for works.' });
        status = 'WITHDRAWN';
      }
      data.labels.push({
        id: labelId, epnId: epn.id, status, exceptional, awardedByAdherentId: awarder?.id ?? null,
        charterVersion: awardedAt.getTime() < new Date('2016-04-18').getTime() ? 2007 : 2016,
        awardedAt, statusChangedAt: changedAt, criteria: criteria(null),
      });
      data.labelEvents.push(...events);
      if (status !== 'WITHDRAWN') break;
      awardedAt = random.dateBetween(changedAt, now);
      if (awardedAt.getTime() > now.getTime() - 2 * DAY) break;
    }
  }
  const labelled = new Set(data.labels.filter((l) => l.status !== 'WITHDRAWN').map((l) => l.epnId as string));
  for (const epn of epnDrafts) {
    if (labelled.has(epn.id) || !random.chance(0.06)) continue;
    const adherent = awarderFor(epn);
    if (!adherent) continue;
    const requestedAt = random.dateBetween(new Date(now.getTime() - 120 * DAY), now);
    const status = random.chance(0.75) ? 'PENDING' : 'REJECTED';
    data.labelRequests.push({
      id: random.uuid(), epnId: epn.id, adherentId: adherent.id, status, message: 'Notre espace souhaite rejoindre le réseau NetPublic.',
      requestedAt, requestedBy: 'seed', decidedAt: status === 'PENDING' ? null : random.dateBetween(requestedAt, now),
      decisionReason: status === 'PENDING' ? null : 'No trained mediator yet (criterion « means »).',
    });
  }

  // --- Resources, partner offers, claims, PIM certifications.
  for (const resource of RESOURCES) {
    data.resources.push({
      id: random.uuid(), kind: resource.kind, title: resource.title, reserved: resource.reserved,
      summary: `${resource.title} — ressource du réseau NetPublic.`, url: `https://netpublic.example.fr/ressources/${slug(resource.title)}`,
      publishedOn: day(random.dateBetween(new Date('2009-01-01'), now)),
    });
  }
  for (const offer of PARTNERS) {
    const from = random.dateBetween(new Date(now.getTime() - 700 * DAY), new Date(now.getTime() - 10 * DAY));
    const expired = random.chance(0.2);
    data.partnerOffers.push({
      id: random.uuid(), partner: offer.partner, title: offer.title, category: offer.category, discount: offer.discount,
      description: `${offer.title}, négocié par la mission Société numérique pour les EPN labellisés NetPublic.`,
      conditions: 'Réservé aux EPN dont le label NetPublic est actif au moment de la demande.',
      validFrom: day(from), validUntil: expired ? day(new Date(now.getTime() - random.int(1, 60) * DAY)) : random.chance(0.5) ? null : day(new Date(now.getTime() + random.int(30, 400) * DAY)),
    });
  }
  const labelledIds = [...labelled];
  for (let i = 0; i < Math.round(labelledIds.length * 0.15); i += 1) {
    data.offerClaims.push({ id: random.uuid(), offerId: random.pick(data.partnerOffers).id, epnId: random.pick(labelledIds), claimedAt: random.dateBetween(new Date(now.getTime() - 300 * DAY), now), claimedBy: 'seed' });
  }
  for (const epnId of labelledIds) {
    for (let i = 0, n = random.int(0, 6); i < n; i += 1) {
      const p = person();
      data.pimCertifications.push({ id: random.uuid(), epnId, holderName: p.fullName, holderEmail: p.email, level: random.pick(['PIM 1', 'PIM 2', 'PIM 3', 'PIM 4']), certifiedOn: day(random.dateBetween(new Date('2010-01-01'), now)) });
    }
  }

  // --- Fête de l'Internet: one edition each March, events in EPN, registrations.
  const year = now.getUTCFullYear();
  const lastEditionYear = now.getUTCMonth() >= 9 ? year + 1 : year;
  const editions: { id: string; start: Date }[] = [];
  for (let y = 2016; y <= lastEditionYear; y += 1) {
    const start = new Date(Date.UTC(y, 2, 14 + random.int(0, 7)));
    const id = random.uuid();
    data.editions.push({
      id, kind: 'FETE_DE_L_INTERNET', name: `Fête de l'Internet ${y}`, year: y, startsOn: day(start), endsOn: day(new Date(start.getTime() + 9 * DAY)),
      nationalPartners: ['Villes Internet', 'CLEMI', 'Caisse des Dépôts', 'CCI France'],
    });
    editions.push({ id, start });
  }
  const moment = random.uuid();
  const momentStart = new Date(Date.UTC(year, now.getUTCMonth(), now.getUTCDate() + 20));
  data.editions.push({ id: moment, kind: 'NATIONAL_MOMENT', name: `Semaine de la médiation numérique ${year}`, year, startsOn: day(momentStart), endsOn: day(new Date(momentStart.getTime() + 6 * DAY)), nationalPartners: ['La Mednum', 'ANCT'] });
  const eventTitles = ['Atelier « premiers pas sur internet »', 'Initiation aux démarches en ligne', 'Café numérique', 'Atelier smartphone pour seniors', 'Fabriquer son site web', 'Sécurité et mots de passe', 'Retouche photo', 'Programmation avec Scratch', 'Réparer son ordinateur', 'Jeux vidéo en famille'];
  const audiences = ['ALL', 'YOUTH', 'SENIORS', 'FAMILIES', 'JOBSEEKERS', 'PROFESSIONALS'];
  const eventCount = Math.round(options.epnCount * 0.8);
  for (let i = 0; i < eventCount; i += 1) {
    const epn = random.pick(epnDrafts);
    const inEdition = random.chance(0.7);
    const edition = inEdition ? random.pick(editions) : null;
    const startsAt = edition
      ? new Date(edition.start.getTime() + random.int(0, 8) * DAY + random.int(9, 17) * 3_600_000)
      : new Date(now.getTime() + random.int(-300, 120) * DAY + random.int(9, 17) * 3_600_000);
    const capacity = random.pick([8, 10, 12, 15, 20, 30]);
    const organisedByAdherent = !edition && random.chance(0.1) ? awarderFor(epn) : null;
    const id = random.uuid();
    data.events.push({
      id, title: random.pick(eventTitles), description: 'Atelier ouvert à tous, animé par un médiateur numérique.',
      editionId: edition?.id ?? (random.chance(0.05) ? moment : null), organiserKind: organisedByAdherent ? 'ADHERENT' : 'EPN',
      epnId: epn.id, organiserAdherentId: organisedByAdherent?.id ?? null, communeCode: epn.communeCode,
      startsAt, endsAt: new Date(startsAt.getTime() + random.int(1, 3) * 3_600_000), audience: random.pick(audiences), capacity,
      createdAt: new Date(Math.min(startsAt.getTime(), now.getTime()) - random.int(5, 60) * DAY),
    });
    const registrations = random.chance(0.5) ? random.int(0, capacity + 4) : 0;
    for (let r = 0; r < registrations; r += 1) {
      const p = person();
      const cancelled = random.chance(0.08);
      data.registrations.push({
        id: random.uuid(), eventId: id, fullName: p.fullName, email: p.email,
        status: cancelled ? 'CANCELLED' : r < capacity ? 'CONFIRMED' : 'WAITING',
        registeredAt: new Date(startsAt.getTime() - (registrations - r) * 3_600_000 - 10 * DAY),
        cancelledAt: cancelled ? new Date(startsAt.getTime() - 5 * DAY) : null,
      });
    }
  }
  return data;
}

const SIGNATORY: Record<string, string> = {
  REGION: 'Président·e du conseil régional',
  DEPARTEMENT: 'Président·e du conseil départemental',
  COMMUNE: 'Maire',
  EPCI: 'Président·e de l’EPCI',
  PAYS: 'Président·e du syndicat de pays',
  ASSOCIATION: 'Président·e de l’association',
  PUBLIC_BODY: 'Directeur·rice général·e',
  REPRESENTATIVE_ASSOCIATION: 'Président·e',
};

function adhesionRow(id: string, adherentId: string, charterVersion: number, signedAt: Date, signatoryTitle: string, signatoryName: string, status: string, validatedAt: Date | null, extra: Row = {}): Row {
  return {
    id, adherentId, charterVersion, signedOn: day(signedAt), signatoryTitle, signatoryName,
    prefectureCopySentOn: status === 'SIGNED' ? null : day(new Date(signedAt.getTime() + 7 * DAY)),
    status, validatedAt, validatedBy: validatedAt ? 'mission-societe-numerique' : null,
    decisionReason: null, withdrawnAt: null, withdrawalReason: null, createdAt: signedAt, ...extra,
  };
}

function departementArticle(name: string): string {
  return /^[AEIOUYÉÈÎ]/i.test(name) ? `de l'${name}` : `de ${name}`;
}

function epnName(venue: VenueType, commune: string, random: Random): string {
  switch (venue) {
    case 'LIBRARY': return `Bibliothèque municipale ${ofPlace(commune)}`;
    case 'MEDIATHEQUE': return random.chance(0.5) ? `Médiathèque ${ofPlace(commune)}` : `Médiathèque ${random.pick(NOTABLES)} ${ofPlace(commune)}`;
    case 'TOWN_HALL': return `Espace numérique de la mairie ${ofPlace(commune)}`;
    case 'SCHOOL': return `EPN du collège ${random.pick(NOTABLES)} ${ofPlace(commune)}`;
    case 'NEIGHBOURHOOD_HOUSE': return `Maison de quartier ${random.pick(QUARTERS)} ${ofPlace(commune)}`;
    case 'CULTURAL_CENTRE': return `Centre culturel ${random.pick(NOTABLES)} ${ofPlace(commune)}`;
    case 'SOCIAL_CENTRE': return `Centre social ${random.pick(QUARTERS)} ${ofPlace(commune)}`;
    case 'FRANCE_SERVICES': return `France Services ${ofPlace(commune)}`;
    case 'THIRD_PLACE': return `${random.pick(['La Fabrique numérique', 'Le Tiers-lieu', 'La Cantine numérique'])} ${ofPlace(commune)}`;
    case 'ASSOCIATION': return `${random.pick(['Cyber-base', 'Espace multimédia associatif', 'Point numérique'])} ${ofPlace(commune)}`;
    default: return `Espace public numérique ${ofPlace(commune)}`;
  }
}

/** « à Rennes », « au Mans », « aux Sables-d'Olonne ». */
function atPlace(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** « de Rennes », « d'Albi », « du Mans », « des Sables-d'Olonne »: French elision and contraction. */
function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÂÉÈÊÎÔ]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
