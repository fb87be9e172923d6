/**
 * UN M49 geography by ISO alpha-2 code: sub-region, intermediate region where M49 has one, and the Hub region.
 * Taiwan and Kosovo are absent from M49; they are placed where the UN statistical practice puts their neighbours.
 */

interface Area {
  region: 'africa' | 'americas' | 'asia' | 'europe' | 'oceania';
  subregion: string;
  intermediate?: string;
  codes: string;
}

const AREAS: Area[] = [
  { region: 'africa', subregion: 'Northern Africa', codes: 'DZ EG LY MA SD TN EH' },
  {
    region: 'africa',
    subregion: 'Sub-Saharan Africa',
    intermediate: 'Eastern Africa',
    codes: 'IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW',
  },
  {
    region: 'africa',
    subregion: 'Sub-Saharan Africa',
    intermediate: 'Middle Africa',
    codes: 'AO CM CF TD CG CD GQ GA ST',
  },
  { region: 'africa', subregion: 'Sub-Saharan Africa', intermediate: 'Southern Africa', codes: 'BW SZ LS NA ZA' },
  {
    region: 'africa',
    subregion: 'Sub-Saharan Africa',
    intermediate: 'Western Africa',
    codes: 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  },
  {
    region: 'americas',
    subregion: 'Latin America and the Caribbean',
    intermediate: 'Caribbean',
    codes: 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
  },
  {
    region: 'americas',
    subregion: 'Latin America and the Caribbean',
    intermediate: 'Central America',
    codes: 'BZ CR SV GT HN MX NI PA',
  },
  {
    region: 'americas',
    subregion: 'Latin America and the Caribbean',
    intermediate: 'South America',
    codes: 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE',
  },
  { region: 'americas', subregion: 'Northern America', codes: 'BM CA GL PM US' },
  { region: 'asia', subregion: 'Central Asia', codes: 'KZ KG TJ TM UZ' },
  { region: 'asia', subregion: 'Eastern Asia', codes: 'CN HK MO KP JP MN KR TW' },
  { region: 'asia', subregion: 'South-eastern Asia', codes: 'BN KH ID LA MY MM PH SG TH TL VN' },
  { region: 'asia', subregion: 'Southern Asia', codes: 'AF BD BT IN IR MV NP PK LK' },
  { region: 'asia', subregion: 'Western Asia', codes: 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE' },
  { region: 'europe', subregion: 'Eastern Europe', codes: 'BY BG CZ HU PL MD RO RU SK UA' },
  { region: 'europe', subregion: 'Northern Europe', codes: 'AX DK EE FO FI IS IE IM LV LT NO SJ SE GB' },
  { region: 'europe', subregion: 'Northern Europe', intermediate: 'Channel Islands', codes: 'GG JE' },
  { region: 'europe', subregion: 'Southern Europe', codes: 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK' },
  { region: 'europe', subregion: 'Western Europe', codes: 'AT BE FR DE LI LU MC NL CH' },
  { region: 'oceania', subregion: 'Australia and New Zealand', codes: 'AU CX CC HM NZ NF' },
  { region: 'oceania', subregion: 'Melanesia', codes: 'FJ NC PG SB VU' },
  { region: 'oceania', subregion: 'Micronesia', codes: 'GU KI MH FM NR MP PW UM' },
  { region: 'oceania', subregion: 'Polynesia', codes: 'AS CK PF NU PN WS TK TO TV WF' },
];

export interface Geography {
  region: Area['region'];
  subregion: string;
  intermediateRegion?: string;
}

/** Geography of an alpha-2 code, or undefined for places outside every M49 region (Antarctica). */
export function geographyOf(alpha2: string): Geography | undefined {
  for (const area of AREAS) {
    if (area.codes.split(' ').includes(alpha2)) {
      return { region: area.region, subregion: area.subregion, intermediateRegion: area.intermediate };
    }
  }
  return undefined;
}
