import type { Country, Mode } from '@/contract/common';

export interface Article {
  articleNumber: string;
  title: string;
  /** Gross price in cents of the merchant's currency. */
  unitPrice: number;
  /** Books and maps carry the reduced VAT rate. */
  reducedVat: boolean;
}

export interface MerchantProfile {
  /** First order number of each world; the ranges never overlap. */
  firstOrderNumber: Record<Mode, number>;
  countryWeights: Record<Country, number>;
  /** Staff who activate, cancel and credit orders in the seeded history: the team's admins (accounts.ts). */
  staff: readonly string[];
  articles: readonly Article[];
}

const atelierLumiere: MerchantProfile = {
  firstOrderNumber: { live: 1_000_001, test: 7_000_001 },
  countryWeights: { BE: 45, NL: 20, FR: 15, DE: 12, AT: 4, CH: 4 },
  staff: ['Nathalie Dubois', 'Thomas Lambert'],
  articles: [
    { articleNumber: 'AL-10231', title: 'Opaline pendant lamp', unitPrice: 18_900, reducedVat: false },
    { articleNumber: 'AL-10245', title: "Brass table lamp 'Clara'", unitPrice: 12_900, reducedVat: false },
    { articleNumber: 'AL-10302', title: 'Linen lampshade, 40 cm', unitPrice: 4_500, reducedVat: false },
    { articleNumber: 'AL-10410', title: 'LED filament bulb E27, 2700 K', unitPrice: 995, reducedVat: false },
    { articleNumber: 'AL-10418', title: 'Smart dimmer switch', unitPrice: 3_990, reducedVat: false },
    { articleNumber: 'AL-10502', title: "Arc floor lamp 'Sillage'", unitPrice: 34_900, reducedVat: false },
    { articleNumber: 'AL-10517', title: "Wall sconce 'Nova'", unitPrice: 8_900, reducedVat: false },
    { articleNumber: 'AL-10633', title: 'Beeswax candles, set of 6', unitPrice: 2_490, reducedVat: false },
    { articleNumber: 'AL-10640', title: 'Smoked-glass candle holder', unitPrice: 1_990, reducedVat: false },
    { articleNumber: 'AL-10712', title: "Ceramic vase 'Dune'", unitPrice: 3_900, reducedVat: false },
    { articleNumber: 'AL-10725', title: 'Wool throw, oat', unitPrice: 7_900, reducedVat: false },
    { articleNumber: 'AL-10731', title: 'Linen cushion cover, 50 × 50 cm', unitPrice: 2_900, reducedVat: false },
    { articleNumber: 'AL-10808', title: 'Rattan pendant, 50 cm', unitPrice: 11_900, reducedVat: false },
    { articleNumber: 'AL-10815', title: 'Outdoor string lights, 10 m', unitPrice: 4_990, reducedVat: false },
    { articleNumber: 'AL-10902', title: "Desk lamp 'Atelier'", unitPrice: 9_900, reducedVat: false },
    { articleNumber: 'AL-10911', title: "Bedside lamp 'Luna'", unitPrice: 6_900, reducedVat: false },
    { articleNumber: 'AL-11004', title: 'Textile extension cord, 3 m', unitPrice: 1_490, reducedVat: false },
    { articleNumber: 'AL-11120', title: 'Book: Living with Light', unitPrice: 3_500, reducedVat: true },
  ],
};

const bergblick: MerchantProfile = {
  firstOrderNumber: { live: 2_000_001, test: 8_000_001 },
  countryWeights: { CH: 55, DE: 24, AT: 15, FR: 3, BE: 1.5, NL: 1.5 },
  staff: ['Lukas Meier', 'Andrea Keller'],
  articles: [
    { articleNumber: 'BG-20110', title: 'Trekking backpack, 45 l', unitPrice: 18_900, reducedVat: false },
    { articleNumber: 'BG-20124', title: "Down jacket 'Gipfel'", unitPrice: 29_900, reducedVat: false },
    { articleNumber: 'BG-20131', title: "Rain jacket 'Föhn'", unitPrice: 21_900, reducedVat: false },
    { articleNumber: 'BG-20207', title: "Hiking boots 'Grat' GTX", unitPrice: 24_900, reducedVat: false },
    { articleNumber: 'BG-20215', title: 'Merino base layer', unitPrice: 8_900, reducedVat: false },
    { articleNumber: 'BG-20222', title: 'Softshell trousers', unitPrice: 12_900, reducedVat: false },
    { articleNumber: 'BG-20230', title: 'Wool hiking socks, 2 pairs', unitPrice: 2_990, reducedVat: false },
    { articleNumber: 'BG-20318', title: 'Carbon trekking poles', unitPrice: 13_900, reducedVat: false },
    { articleNumber: 'BG-20402', title: 'Sleeping bag, comfort −5 °C', unitPrice: 27_900, reducedVat: false },
    { articleNumber: 'BG-20411', title: "Two-person tent 'Alpsee'", unitPrice: 44_900, reducedVat: false },
    { articleNumber: 'BG-20506', title: 'Headlamp, 400 lm', unitPrice: 5_900, reducedVat: false },
    { articleNumber: 'BG-20513', title: 'Insulated bottle, 0.75 l', unitPrice: 3_490, reducedVat: false },
    { articleNumber: 'BG-20520', title: 'Compact first-aid kit', unitPrice: 3_990, reducedVat: false },
    { articleNumber: 'BG-20528', title: 'Camping stove', unitPrice: 7_900, reducedVat: false },
    { articleNumber: 'BG-20601', title: 'Hiking map Bernese Oberland', unitPrice: 2_490, reducedVat: true },
    { articleNumber: 'BG-20615', title: 'Guidebook: Swiss Alpine Passes', unitPrice: 3_900, reducedVat: true },
  ],
};

export const merchantProfiles: Readonly<Record<string, MerchantProfile>> = {
  '3333': atelierLumiere,
  '4711': bergblick,
};
