import type { Country } from '@/contract/common';

// Names, places and companies that look at home in each market.
export interface CountryPeople {
  firstNames: readonly string[];
  lastNames: readonly string[];
  streets: readonly string[];
  /** Postal code and city. */
  cities: readonly (readonly [string, string])[];
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
    streets: ['Kerkstraat', 'Stationsstraat', 'Rue de la Loi', 'Rue Royale', 'Meir', 'Veldstraat', "Boulevard d'Avroy", 'Dorpstraat', 'Avenue Louise', 'Nieuwstraat'],
    cities: [['1000', 'Bruxelles'], ['2000', 'Antwerpen'], ['9000', 'Gent'], ['3000', 'Leuven'], ['4000', 'Liège'], ['8000', 'Brugge'], ['5000', 'Namur'], ['2800', 'Mechelen'], ['3500', 'Hasselt']],
    companies: ['Studio Verlinden', 'Maison Lemaire', 'Hotel Het Anker', 'Brasserie De Kroon', 'Architectenbureau Claes', 'Cabinet Dentaire Lambert', 'Bloemen Wouters', 'Galerie Mertens'],
    mailDomains: ['telenet.example', 'skynet.example', 'mail.example'],
    numberFirst: false,
    standardVat: 21,
    reducedVat: 6,
  },
  NL: {
    firstNames: ['Daan', 'Sem', 'Julia', 'Tess', 'Lieke', 'Bram', 'Sophie', 'Jesse', 'Fenna', 'Ruben', 'Anouk', 'Thijs', 'Maud', 'Niels', 'Eva'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Dekker', 'Hendriks'],
    streets: ['Prinsengracht', 'Coolsingel', 'Oudegracht', 'Lange Voorhout', 'Stratumseind', 'Herestraat', 'Grote Houtstraat', 'Molenstraat'],
    cities: [['1017 CE', 'Amsterdam'], ['3011 AD', 'Rotterdam'], ['3511 LN', 'Utrecht'], ['2511 BT', 'Den Haag'], ['5611 AZ', 'Eindhoven'], ['9711 LM', 'Groningen'], ['2011 HR', 'Haarlem'], ['6511 KL', 'Nijmegen']],
    companies: ['Ontwerpstudio Visser', 'Hotel De Gouden Leeuw', 'Bakker Interieur', 'Restaurant Het Pakhuis', 'Mulder & Bos Architecten', 'Koffiebar Dekker'],
    mailDomains: ['ziggo.example', 'kpn.example', 'mail.example'],
    numberFirst: false,
    standardVat: 21,
    reducedVat: 9,
  },
  DE: {
    firstNames: ['Lena', 'Paul', 'Mia', 'Felix', 'Hannah', 'Jonas', 'Lea', 'Leon', 'Anna', 'Maximilian', 'Laura', 'Finn', 'Sophie', 'Lukas', 'Marie'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann'],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Marktplatz', 'Gartenstraße', 'Bergstraße'],
    cities: [['10115', 'Berlin'], ['80331', 'München'], ['20095', 'Hamburg'], ['50667', 'Köln'], ['60311', 'Frankfurt am Main'], ['70173', 'Stuttgart'], ['04109', 'Leipzig'], ['40213', 'Düsseldorf']],
    companies: ['Architekturbüro Becker', 'Hotel Zur Linde', 'Praxis Dr. Hoffmann', 'Café Schneider', 'Bergsport Wagner', 'Alpenverein Sektion Koch'],
    mailDomains: ['web.example', 'gmx.example', 'mail.example'],
    numberFirst: false,
    standardVat: 19,
    reducedVat: 7,
  },
  AT: {
    firstNames: ['Anna', 'Lukas', 'Sophia', 'David', 'Laura', 'Tobias', 'Lena', 'Florian', 'Katharina', 'Jakob', 'Magdalena', 'Simon', 'Theresa', 'Elias', 'Valentina'],
    lastNames: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schwarz'],
    streets: ['Mariahilfer Straße', 'Herrengasse', 'Landstraße', 'Getreidegasse', 'Maria-Theresien-Straße', 'Kärntner Straße', 'Hauptplatz', 'Schulgasse'],
    cities: [['1010', 'Wien'], ['8010', 'Graz'], ['4020', 'Linz'], ['5020', 'Salzburg'], ['6020', 'Innsbruck'], ['9020', 'Klagenfurt'], ['3100', 'St. Pölten'], ['6900', 'Bregenz']],
    companies: ['Gasthof Moser', 'Skischule Hofer', 'Tischlerei Gruber', 'Hotel Alpenrose', 'Bergführerbüro Steiner', 'Kanzlei Leitner'],
    mailDomains: ['aon.example', 'gmx.example', 'mail.example'],
    numberFirst: false,
    standardVat: 20,
    reducedVat: 10,
  },
  CH: {
    firstNames: ['Noah', 'Mia', 'Luca', 'Emma', 'Leon', 'Lina', 'Elias', 'Mila', 'Levin', 'Lara', 'Nico', 'Elena', 'Jan', 'Alina', 'Matteo'],
    lastNames: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider', 'Steiner', 'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser'],
    streets: ['Bahnhofstrasse', 'Marktgasse', 'Freie Strasse', 'Pilatusstrasse', 'Seestrasse', 'Multergasse', 'Dorfstrasse', 'Kramgasse'],
    cities: [['8001', 'Zürich'], ['3011', 'Bern'], ['4051', 'Basel'], ['6003', 'Luzern'], ['9000', 'St. Gallen'], ['7000', 'Chur'], ['3800', 'Interlaken'], ['7500', 'St. Moritz']],
    companies: ['Bergschule Brunner', 'Hotel Edelweiss', 'Skiclub Gerber', 'Alpinzentrum Frei', 'Schreinerei Baumann', 'Sportgeschäft Keller'],
    mailDomains: ['bluewin.example', 'sunrise.example', 'mail.example'],
    numberFirst: false,
    standardVat: 8.1,
    reducedVat: 2.6,
  },
  FR: {
    firstNames: ['Louise', 'Gabriel', 'Jade', 'Léo', 'Emma', 'Raphaël', 'Chloé', 'Arthur', 'Alice', 'Jules', 'Lina', 'Hugo', 'Camille', 'Louis', 'Manon'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia'],
    streets: ['rue de Rivoli', 'avenue Jean Jaurès', 'rue de la République', 'boulevard Victor Hugo', 'rue Nationale', 'rue Sainte-Catherine', 'rue du Faubourg Saint-Antoine', 'quai des Chartrons'],
    cities: [['75002', 'Paris'], ['69002', 'Lyon'], ['13001', 'Marseille'], ['59000', 'Lille'], ['33000', 'Bordeaux'], ['67000', 'Strasbourg'], ['44000', 'Nantes'], ['31000', 'Toulouse']],
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
