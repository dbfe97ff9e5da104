/** Word lists for realistic generated French data (the people are fictitious). */
export const FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Julie', 'Lucie', 'Anaïs', 'Claire', 'Nathalie', 'Isabelle', 'Sophie',
  'Aurélie', 'Céline', 'Élodie', 'Marion', 'Pauline', 'Amandine', 'Fatima', 'Aïcha', 'Nadia', 'Hélène', 'Mathilde', 'Juliette',
  'Lucas', 'Hugo', 'Thomas', 'Nicolas', 'Julien', 'Antoine', 'Maxime', 'Alexandre', 'Kevin', 'Romain', 'Mathieu', 'Guillaume',
  'Sébastien', 'Olivier', 'Laurent', 'Stéphane', 'Pierre', 'Jean', 'François', 'Yannick', 'Karim', 'Mehdi', 'Youssef', 'Loïc',
  'Erwan', 'Gaëtan', 'Baptiste', 'Théo', 'Clément', 'Benoît', 'Damien', 'Jérôme', 'Frédéric', 'Patrice',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel',
  'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine',
  'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier',
  'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu',
  'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Le Gall', 'Le Goff', 'Kerjean', 'Tanguy', 'Benali', 'Haddad', 'Nguyen', 'Da Silva', 'Ferreira', 'Lopez',
];

export const NOTABLES = [
  'Victor Hugo', 'Louise Michel', 'Jules Verne', 'Colette', 'George Sand', 'Albert Camus', 'Simone Veil', 'Aimé Césaire',
  'Marguerite Duras', 'Jacques Prévert', 'Jean Moulin', 'Marie Curie', 'Olympe de Gouges', 'Émile Zola', 'Boris Vian',
  'Andrée Chedid', 'Paul Éluard', 'Louis Aragon', 'Jean de La Fontaine', 'Antoine de Saint-Exupéry', 'Gisèle Halimi',
  'Joséphine Baker', 'Nelson Mandela', 'Léopold Sédar Senghor', 'Christine de Pizan', 'Romain Gary',
];

export const QUARTERS = ['du Centre', 'des Tilleuls', 'Bellevue', 'des Champs', 'du Port', 'de la Gare', 'des Fontaines', 'Saint-Jacques', 'du Moulin', 'des Lilas'];

export const STREETS = [
  'rue de la République', 'place de la Mairie', 'avenue Jean Jaurès', 'rue Victor Hugo', 'rue des Écoles', 'boulevard Gambetta',
  'place du Marché', 'rue Pasteur', 'rue du Général de Gaulle', 'allée des Tilleuls', 'rue de la Paix', 'avenue de la Libération',
  'rue Jules Ferry', 'place de l\'Église', 'rue du 8 Mai 1945', 'rue des Lilas', 'chemin du Moulin', 'rue Nationale',
];

export const OPENING_HOURS = [
  'Mo-Fr 09:00-12:00,14:00-18:00',
  'Tu-Sa 10:00-12:30,14:00-18:30',
  'Mo,We,Fr 14:00-18:00; Sa 09:00-12:00',
  'Tu 14:00-19:00; We 10:00-18:00; Th 14:00-19:00; Fr 14:00-18:00; Sa 10:00-17:00',
  'Mo-Fr 08:30-12:00,13:30-17:00; PH off',
  'We 14:00-18:00; Sa 10:00-12:00',
  'Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30',
  'Tu,Th 14:00-18:00; We,Sa 09:30-12:30,14:00-18:00',
];

export const PARTNERS = [
  { partner: 'Emmaüs Connect', category: 'HARDWARE', title: 'Ordinateurs reconditionnés pour les EPN labellisés', discount: '-40 %' },
  { partner: 'Ordi 3.0 Réemploi', category: 'HARDWARE', title: 'Tablettes reconditionnées', discount: '-35 %' },
  { partner: 'LibreOffice France', category: 'SOFTWARE', title: 'Formation à la suite bureautique libre', discount: 'Gratuit' },
  { partner: 'Framasoft', category: 'SERVICE', title: 'Hébergement de services libres pour ateliers', discount: '-50 %' },
  { partner: 'Imprimeries Solidaires', category: 'HARDWARE', title: 'Imprimantes et consommables', discount: '-25 %' },
  { partner: 'Orange Solidarité', category: 'SERVICE', title: 'Forfaits internet pour espaces publics', discount: '-30 %' },
  { partner: 'Pix', category: 'TRAINING', title: 'Sessions de certification Pix', discount: '-20 %' },
  { partner: 'Canopé', category: 'TRAINING', title: 'Ressources pédagogiques numériques', discount: '-30 %' },
  { partner: 'Scribus Éditions', category: 'SOFTWARE', title: 'Logiciels de PAO pour ateliers', discount: '-60 %' },
  { partner: 'Bouygues Telecom Entreprises', category: 'SERVICE', title: 'Box fibre pour EPN', discount: '-20 %' },
  { partner: 'Dell Technologies', category: 'HARDWARE', title: 'Postes de travail neufs', discount: '-15 %' },
  { partner: 'Adobe Éducation', category: 'SOFTWARE', title: 'Licences créatives pour ateliers', discount: '-50 %' },
  { partner: 'La Poste Numérique', category: 'TRAINING', title: 'Modules « Étapes numériques »', discount: 'Gratuit' },
  { partner: 'Kaspersky France', category: 'SOFTWARE', title: 'Antivirus pour parcs publics', discount: '-45 %' },
  { partner: 'Lenovo France', category: 'HARDWARE', title: 'Ordinateurs portables pour ateliers mobiles', discount: '-20 %' },
] as const;

export const RESOURCES = [
  { kind: 'PIM_FRAMEWORK', title: 'Référentiel de compétences du PIM', reserved: true },
  { kind: 'PIM_FRAMEWORK', title: 'Guide de l’animateur PIM — module 1 : découvrir l’ordinateur', reserved: true },
  { kind: 'PIM_FRAMEWORK', title: 'Guide de l’animateur PIM — module 2 : naviguer sur internet', reserved: true },
  { kind: 'PIM_FRAMEWORK', title: 'Guide de l’animateur PIM — module 3 : communiquer en ligne', reserved: true },
  { kind: 'PIM_FRAMEWORK', title: 'Grilles d’évaluation du PIM', reserved: true },
  { kind: 'LEGAL_GUIDE', title: 'Guide juridique des espaces publics numériques', reserved: false },
  { kind: 'LEGAL_GUIDE', title: 'Conservation des données de connexion : obligations des EPN', reserved: false },
  { kind: 'LEGAL_GUIDE', title: 'Droit d’auteur et ateliers multimédias', reserved: true },
  { kind: 'LEGAL_GUIDE', title: 'RGPD : fiche pratique pour les médiateurs', reserved: false },
  { kind: 'TUTORIAL', title: 'Créer son adresse électronique', reserved: false },
  { kind: 'TUTORIAL', title: 'Déclarer ses impôts en ligne', reserved: false },
  { kind: 'TUTORIAL', title: 'Sécuriser ses mots de passe', reserved: false },
  { kind: 'TUTORIAL', title: 'Accompagner une démarche sur FranceConnect', reserved: true },
  { kind: 'TUTORIAL', title: 'Animer un atelier « smartphone » pour seniors', reserved: true },
  { kind: 'ONLINE_COURSE', title: 'MOOC médiation numérique — les fondamentaux', reserved: false },
  { kind: 'ONLINE_COURSE', title: 'Formation en ligne : accueillir les publics éloignés du numérique', reserved: true },
  { kind: 'ONLINE_COURSE', title: 'Formation en ligne : animer la Fête de l’Internet', reserved: true },
  { kind: 'SIGNAGE_KIT', title: 'Kit de signalétique NetPublic (logos, plaques, affiches)', reserved: true },
  { kind: 'SIGNAGE_KIT', title: 'Gabarits d’affiches pour la Fête de l’Internet', reserved: false },
  { kind: 'NEWS_WATCH', title: 'Veille NetPublic : actualité des usages numériques', reserved: false },
  { kind: 'NEWS_WATCH', title: 'Lettre des médiateurs — sélection mensuelle', reserved: true },
] as const;
