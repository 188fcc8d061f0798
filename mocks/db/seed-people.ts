import type { Country } from '@/contract/common';

// Names, places and companies that look at home in each market.

/** A city, one of its postal codes, and streets that lie there, named in the city's own language. */
interface City {
  postalCode: string;
  city: string;
  streets: readonly string[];
}

export interface CountryPeople {
  firstNames: readonly string[];
  lastNames: readonly string[];
  /** Each address's street is one of its city's. */
  cities: readonly City[];
  companies: readonly string[];
  mailDomains: readonly string[];
  /** French addresses put the house number before the street. */
  numberFirst: boolean;
  standardVat: number;
  reducedVat: number;
}

export const people: Record<Country, CountryPeople> = {
  BE: {
    firstNames: ['Emma', 'Louise', 'Lucas', 'Noah', 'Marie', 'Arthur', 'Elise', 'Thomas', 'Sarah', 'Lotte', 'Wout', 'Julie', 'Mathis', 'Hanne', 'Olivier'],
    lastNames: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Leclercq', 'Vermeulen'],
    // Brussels is written in French here, like its name; Flanders in Dutch, Wallonia in French.
    cities: [
      { postalCode: '1000', city: 'Bruxelles', streets: ['Rue de la Loi', 'Rue Royale', 'Rue Neuve', 'Boulevard Anspach', 'Rue Antoine Dansaert', 'Rue du Marché aux Herbes'] },
      { postalCode: '2000', city: 'Antwerpen', streets: ['Meir', 'Groenplaats', 'Lange Nieuwstraat', 'Kammenstraat', 'Nationalestraat', 'Hoogstraat'] },
      { postalCode: '9000', city: 'Gent', streets: ['Veldstraat', 'Korenmarkt', 'Vrijdagmarkt', 'Onderbergen', 'Sint-Pietersnieuwstraat', 'Kouter'] },
      { postalCode: '3000', city: 'Leuven', streets: ['Bondgenotenlaan', 'Diestsestraat', 'Naamsestraat', 'Tiensestraat', 'Brusselsestraat', 'Mechelsestraat'] },
      { postalCode: '4000', city: 'Liège', streets: ["Boulevard d'Avroy", 'Rue Saint-Gilles', 'Féronstrée', 'Rue de la Cathédrale', "Rue Pont d'Avroy", 'Place Saint-Lambert'] },
      { postalCode: '8000', city: 'Brugge', streets: ['Steenstraat', 'Noordzandstraat', 'Langestraat', 'Vlamingstraat', 'Wollestraat', 'Katelijnestraat'] },
      { postalCode: '5000', city: 'Namur', streets: ['Rue de Fer', "Rue de l'Ange", 'Rue des Brasseurs', "Place d'Armes", 'Avenue de la Gare', 'Rue Godefroid'] },
      { postalCode: '2800', city: 'Mechelen', streets: ['Bruul', 'IJzerenleen', 'Onze-Lieve-Vrouwestraat', 'Befferstraat', 'Adegemstraat', 'Hoogstraat'] },
      { postalCode: '3500', city: 'Hasselt', streets: ['Demerstraat', 'Hoogstraat', 'Kapelstraat', 'Koning Albertstraat', 'Maastrichterstraat', 'Havermarkt'] },
    ],
    companies: ['Studio Verlinden', 'Maison Lemaire', 'Hotel Het Anker', 'Brasserie De Kroon', 'Architectenbureau Claes', 'Cabinet Dentaire Lambert', 'Bloemen Wouters', 'Galerie Mertens'],
    mailDomains: ['telenet.example', 'skynet.example', 'mail.example'],
    numberFirst: false,
    standardVat: 21,
    reducedVat: 6,
  },
  NL: {
    firstNames: ['Daan', 'Sem', 'Julia', 'Tess', 'Lieke', 'Bram', 'Sophie', 'Jesse', 'Fenna', 'Ruben', 'Anouk', 'Thijs', 'Maud', 'Niels', 'Eva'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Dekker', 'Hendriks'],
    cities: [
      { postalCode: '1017 CE', city: 'Amsterdam', streets: ['Keizersgracht', 'Herengracht', 'Prinsengracht', 'Utrechtsestraat', 'Reguliersgracht', 'Vijzelstraat'] },
      { postalCode: '3011 AD', city: 'Rotterdam', streets: ['Coolsingel', 'Hoogstraat', 'Binnenrotte', 'Meent', 'Botersloot', 'Pannekoekstraat'] },
      { postalCode: '3511 LN', city: 'Utrecht', streets: ['Oudegracht', 'Steenweg', 'Lange Viestraat', 'Lijnmarkt', 'Zadelstraat', 'Drieharingstraat'] },
      { postalCode: '2511 BT', city: 'Den Haag', streets: ['Spui', 'Grote Marktstraat', 'Kalvermarkt', 'Turfmarkt', 'Herengracht', 'Schedeldoekshaven'] },
      { postalCode: '5611 AZ', city: 'Eindhoven', streets: ['Stratumseind', 'Rechtestraat', 'Demer', 'Hooghuisstraat', 'Markt', 'Vestdijk'] },
      { postalCode: '9711 LM', city: 'Groningen', streets: ['Herestraat', 'Folkingestraat', 'Oosterstraat', 'Gelkingestraat', 'Vismarkt', 'Zuiderdiep'] },
      { postalCode: '2011 HR', city: 'Haarlem', streets: ['Grote Houtstraat', 'Barteljorisstraat', 'Zijlstraat', 'Gierstraat', 'Kruisstraat', 'Grote Markt'] },
      { postalCode: '6511 KL', city: 'Nijmegen', streets: ['Molenstraat', 'Broerstraat', 'Lange Hezelstraat', 'Burchtstraat', 'Marikenstraat', 'Grote Markt'] },
    ],
    companies: ['Ontwerpstudio Visser', 'Hotel De Gouden Leeuw', 'Bakker Interieur', 'Restaurant Het Pakhuis', 'Mulder & Bos Architecten', 'Koffiebar Dekker'],
    mailDomains: ['ziggo.example', 'kpn.example', 'mail.example'],
    numberFirst: false,
    standardVat: 21,
    reducedVat: 9,
  },
  DE: {
    firstNames: ['Lena', 'Paul', 'Mia', 'Felix', 'Hannah', 'Jonas', 'Lea', 'Leon', 'Anna', 'Maximilian', 'Laura', 'Finn', 'Sophie', 'Lukas', 'Marie'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann'],
    cities: [
      { postalCode: '10115', city: 'Berlin', streets: ['Chausseestraße', 'Invalidenstraße', 'Bergstraße', 'Gartenstraße', 'Ackerstraße', 'Tieckstraße'] },
      { postalCode: '80331', city: 'München', streets: ['Kaufingerstraße', 'Sendlinger Straße', 'Tal', 'Rosenstraße', 'Rindermarkt', 'Marienplatz'] },
      { postalCode: '20095', city: 'Hamburg', streets: ['Mönckebergstraße', 'Spitalerstraße', 'Steinstraße', 'Ballindamm', 'Bergstraße', 'Rathausmarkt'] },
      { postalCode: '50667', city: 'Köln', streets: ['Hohe Straße', 'Schildergasse', 'Breite Straße', 'Glockengasse', 'Am Hof', 'Komödienstraße'] },
      { postalCode: '60311', city: 'Frankfurt am Main', streets: ['Kaiserstraße', 'Berliner Straße', 'Braubachstraße', 'Neue Mainzer Straße', 'Töngesgasse', 'Fahrgasse'] },
      { postalCode: '70173', city: 'Stuttgart', streets: ['Königstraße', 'Calwer Straße', 'Kirchstraße', 'Hirschstraße', 'Schillerplatz', 'Marktplatz'] },
      { postalCode: '04109', city: 'Leipzig', streets: ['Grimmaische Straße', 'Petersstraße', 'Hainstraße', 'Nikolaistraße', 'Katharinenstraße', 'Markt'] },
      { postalCode: '40213', city: 'Düsseldorf', streets: ['Bolkerstraße', 'Flinger Straße', 'Mühlenstraße', 'Hunsrückenstraße', 'Burgplatz', 'Marktplatz'] },
    ],
    companies: ['Architekturbüro Becker', 'Hotel Zur Linde', 'Praxis Dr. Hoffmann', 'Café Schneider', 'Bergsport Wagner', 'Alpenverein Sektion Koch'],
    mailDomains: ['web.example', 'gmx.example', 'mail.example'],
    numberFirst: false,
    standardVat: 19,
    reducedVat: 7,
  },
  AT: {
    firstNames: ['Anna', 'Lukas', 'Sophia', 'David', 'Laura', 'Tobias', 'Lena', 'Florian', 'Katharina', 'Jakob', 'Magdalena', 'Simon', 'Theresa', 'Elias', 'Valentina'],
    lastNames: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schwarz'],
    cities: [
      { postalCode: '1010', city: 'Wien', streets: ['Kärntner Straße', 'Herrengasse', 'Graben', 'Rotenturmstraße', 'Wollzeile', 'Singerstraße'] },
      { postalCode: '8010', city: 'Graz', streets: ['Herrengasse', 'Sackstraße', 'Sporgasse', 'Schmiedgasse', 'Hauptplatz', 'Stempfergasse'] },
      { postalCode: '4020', city: 'Linz', streets: ['Landstraße', 'Hauptplatz', 'Herrenstraße', 'Klosterstraße', 'Promenade', 'Domgasse'] },
      { postalCode: '5020', city: 'Salzburg', streets: ['Getreidegasse', 'Linzer Gasse', 'Judengasse', 'Kaigasse', 'Griesgasse', 'Residenzplatz'] },
      { postalCode: '6020', city: 'Innsbruck', streets: ['Maria-Theresien-Straße', 'Herzog-Friedrich-Straße', 'Museumstraße', 'Anichstraße', 'Meraner Straße', 'Hofgasse'] },
      { postalCode: '9020', city: 'Klagenfurt', streets: ['Alter Platz', 'Neuer Platz', 'Kramergasse', 'Burggasse', 'Wiener Gasse', 'Bahnhofstraße'] },
      { postalCode: '3100', city: 'St. Pölten', streets: ['Rathausplatz', 'Kremser Gasse', 'Wiener Straße', 'Herrenplatz', 'Domplatz', 'Linzer Straße'] },
      { postalCode: '6900', city: 'Bregenz', streets: ['Kaiserstraße', 'Rathausstraße', 'Kornmarktstraße', 'Maurachgasse', 'Anton-Schneider-Straße', 'Kirchstraße'] },
    ],
    companies: ['Gasthof Moser', 'Skischule Hofer', 'Tischlerei Gruber', 'Hotel Alpenrose', 'Bergführerbüro Steiner', 'Kanzlei Leitner'],
    mailDomains: ['aon.example', 'gmx.example', 'mail.example'],
    numberFirst: false,
    standardVat: 20,
    reducedVat: 10,
  },
  CH: {
    firstNames: ['Noah', 'Mia', 'Luca', 'Emma', 'Leon', 'Lina', 'Elias', 'Mila', 'Levin', 'Lara', 'Nico', 'Elena', 'Jan', 'Alina', 'Matteo'],
    lastNames: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider', 'Steiner', 'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser'],
    // German-speaking towns, and St. Moritz with the Romansh names of the Engadine.
    cities: [
      { postalCode: '8001', city: 'Zürich', streets: ['Bahnhofstrasse', 'Rennweg', 'Limmatquai', 'Niederdorfstrasse', 'Augustinergasse', 'Strehlgasse'] },
      { postalCode: '3011', city: 'Bern', streets: ['Kramgasse', 'Marktgasse', 'Spitalgasse', 'Gerechtigkeitsgasse', 'Münstergasse', 'Zeughausgasse'] },
      { postalCode: '4051', city: 'Basel', streets: ['Freie Strasse', 'Gerbergasse', 'Steinenvorstadt', 'Spalenberg', 'Falknerstrasse', 'Streitgasse'] },
      { postalCode: '6003', city: 'Luzern', streets: ['Pilatusstrasse', 'Hirschmattstrasse', 'Zentralstrasse', 'Frankenstrasse', 'Morgartenstrasse', 'Bundesplatz'] },
      { postalCode: '9000', city: 'St. Gallen', streets: ['Multergasse', 'Marktgasse', 'Spisergasse', 'Neugasse', 'Rorschacher Strasse', 'Webergasse'] },
      { postalCode: '7000', city: 'Chur', streets: ['Poststrasse', 'Obere Gasse', 'Reichsgasse', 'Bahnhofstrasse', 'Grabenstrasse', 'Untere Gasse'] },
      { postalCode: '3800', city: 'Interlaken', streets: ['Höheweg', 'Jungfraustrasse', 'Bahnhofstrasse', 'Postgasse', 'Rugenparkstrasse', 'Centralstrasse'] },
      { postalCode: '7500', city: 'St. Moritz', streets: ['Via Serlas', 'Via Maistra', 'Via dal Bagn', 'Via Somplaz', 'Via Stredas', 'Via dal Vout'] },
    ],
    companies: ['Bergschule Brunner', 'Hotel Edelweiss', 'Skiclub Gerber', 'Alpinzentrum Frei', 'Schreinerei Baumann', 'Sportgeschäft Keller'],
    mailDomains: ['bluewin.example', 'sunrise.example', 'mail.example'],
    numberFirst: false,
    standardVat: 8.1,
    reducedVat: 2.6,
  },
  FR: {
    firstNames: ['Louise', 'Gabriel', 'Jade', 'Léo', 'Emma', 'Raphaël', 'Chloé', 'Arthur', 'Alice', 'Jules', 'Lina', 'Hugo', 'Camille', 'Louis', 'Manon'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia'],
    cities: [
      { postalCode: '75002', city: 'Paris', streets: ['rue Montorgueil', 'rue de la Paix', 'rue du Quatre-Septembre', 'rue du Sentier', 'rue Réaumur', 'rue des Petits-Carreaux'] },
      { postalCode: '69002', city: 'Lyon', streets: ['rue de la République', 'rue Victor Hugo', 'rue Mercière', 'quai Saint-Antoine', 'rue Édouard Herriot', 'place Bellecour'] },
      { postalCode: '13001', city: 'Marseille', streets: ['La Canebière', 'rue Saint-Ferréol', 'rue de Rome', 'rue Paradis', "rue d'Aubagne", 'cours Belsunce'] },
      { postalCode: '59000', city: 'Lille', streets: ['rue Nationale', 'rue de Béthune', 'rue Esquermoise', 'rue Faidherbe', 'rue Neuve', 'rue de la Monnaie'] },
      { postalCode: '33000', city: 'Bordeaux', streets: ['rue Sainte-Catherine', "cours de l'Intendance", 'quai des Chartrons', 'cours Victor Hugo', 'rue du Pas-Saint-Georges', 'place Gambetta'] },
      { postalCode: '67000', city: 'Strasbourg', streets: ['rue des Grandes Arcades', "Grand'Rue", 'rue du Dôme', 'quai des Bateliers', 'rue des Hallebardes', 'place Kléber'] },
      { postalCode: '44000', city: 'Nantes', streets: ['rue Crébillon', 'cours des 50 Otages', 'rue de la Fosse', 'rue Kervégan', 'rue du Calvaire', 'quai de la Fosse'] },
      { postalCode: '31000', city: 'Toulouse', streets: ["rue d'Alsace-Lorraine", 'rue Saint-Rome', 'rue du Taur', 'allées Jean Jaurès', 'rue de Metz', 'place du Capitole'] },
    ],
    companies: ['Atelier Moreau', 'Hôtel du Parc', 'Cabinet Durand', 'Boulangerie Petit', 'Librairie Lefebvre', 'Agence Laurent Design'],
    mailDomains: ['orange.example', 'free.example', 'mail.example'],
    numberFirst: true,
    standardVat: 20,
    reducedVat: 5.5,
  },
};

/** Legal forms, so that company names read right per market. */
export const legalForms: Record<Country, readonly string[]> = {
  BE: ['BV', 'NV', 'SRL'],
  NL: ['B.V.', 'V.O.F.'],
  DE: ['GmbH', 'KG', 'e.K.'],
  AT: ['GmbH', 'OG', 'KG'],
  CH: ['AG', 'GmbH'],
  FR: ['SARL', 'SAS'],
};
