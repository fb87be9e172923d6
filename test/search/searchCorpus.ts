import type { Item, ItemType } from '../../src/domain/item.js';
import { makeItem } from '../support/itemBuilder.js';

interface Spec {
  id: string;
  type: ItemType;
  language?: string;
  published: string | null;
  title: string;
  summary?: string;
  text: string;
  countries?: string[];
  regions?: string[];
  objectives?: number[];
  orgs?: string[];
}

const ORG_NAMES: Record<string, string> = { iom: 'IOM', ilo: 'ILO', unicef: 'UNICEF', unodc: 'UNODC' };

// Filler that mentions none of the query words used by the tests, to push a match deep into a long text.
const FILLER = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1} describes the weather, roads and schools.`,
).join(' ');

const SPECS: Spec[] = [
  {
    id: 'border-civ',
    type: 'publication',
    published: '2019-07-16T15:32:30+02:00',
    title: "Integrated border management in Côte d'Ivoire",
    summary: 'A review of integrated border management at land crossings.',
    text: 'Officials trained in border management share data with neighbours.',
    countries: ['CIV'],
    regions: ['africa'],
    objectives: [11],
    orgs: ['iom'],
  },
  {
    id: 'labour-ken',
    type: 'news',
    published: '2020-02-01T09:00:00+03:00',
    title: 'Labour mobility from Kenya',
    text: `${FILLER} Managing recruitment fees protects the migrant worker. ${FILLER}`,
    countries: ['KEN'],
    regions: ['africa'],
    objectives: [6],
    orgs: ['ilo'],
  },
  {
    id: 'fr-frontieres',
    type: 'news',
    language: 'fr',
    published: '2021-05-10T12:00:00+00:00',
    title: 'La gestion des frontières au Sénégal',
    text: 'Les agents des frontières sénégalaises coopèrent avec leurs voisins.',
    countries: ['SEN'],
    regions: ['africa'],
    objectives: [11],
    orgs: ['iom'],
  },
  {
    id: 'es-migrantes',
    type: 'practice',
    language: 'es',
    published: '2022-03-03T08:00:00-05:00',
    title: 'Inclusión de las personas migrantes en Colombia',
    text: 'Los programas locales de inclusión social acompañan a cada persona migrante.',
    countries: ['COL'],
    regions: ['americas'],
    objectives: [16],
  },
  {
    id: 'detention-mex',
    type: 'practice',
    published: '2018-11-20T10:00:00-06:00',
    title: 'Alternatives to detention for children in Mexico',
    text: 'Community placement keeps migrant children out of detention centres.',
    countries: ['MEX'],
    regions: ['americas'],
    objectives: [13, 7],
    orgs: ['unicef'],
  },
  {
    id: 'data-phl',
    type: 'publication',
    published: '2023-01-15T00:00:00+08:00',
    title: 'A migration data portal for the Philippines',
    text: 'The portal publishes disaggregated statistics every quarter.',
    countries: ['PHL'],
    regions: ['asia'],
    objectives: [1],
  },
  {
    id: 'remit-npl',
    type: 'news',
    published: '2021-08-08T11:00:00+05:45',
    title: 'Cheaper remittances for Nepal',
    text: 'Digital transfers lower the cost of remittances sent home.',
    countries: ['NPL'],
    regions: ['asia'],
    objectives: [20],
  },
  {
    id: 'smuggling-ita',
    type: 'statement',
    published: '2020-06-30T18:00:00+02:00',
    title: 'Smuggling of migrants across the Mediterranean',
    text: 'Search and rescue saves lives; smugglers exploit migrants at sea.',
    countries: ['ITA'],
    regions: ['europe'],
    objectives: [9, 8],
    orgs: ['unodc'],
  },
  {
    id: 'trafficking-deu',
    type: 'publication',
    published: '2019-02-14T09:00:00+01:00',
    title: 'Preventing trafficking in persons',
    text: 'Victims of trafficking need identification and protection.',
    countries: ['DEU'],
    regions: ['europe'],
    objectives: [10],
    orgs: ['unodc'],
  },
  {
    id: 'event-fji',
    type: 'event',
    published: '2024-09-01T09:00:00+12:00',
    title: 'Regional dialogue on climate mobility in the Pacific',
    text: 'Island states discuss planned relocation and climate displacement.',
    countries: ['FJI'],
    regions: ['oceania'],
    objectives: [2],
  },
  {
    id: 'vacancy',
    type: 'vacancy',
    published: null,
    title: 'Programme officer, migration governance',
    text: 'The officer supports the secretariat of the network.',
  },
  {
    id: 'newsletter',
    type: 'newsletter',
    published: '2024-01-05T08:00:00+00:00',
    title: 'Network newsletter, January',
    text: 'News from partners on international cooperation.',
    objectives: [23],
  },
  {
    id: 'call-reintegration',
    type: 'call',
    published: '2023-06-01T00:00:00+00:00',
    title: 'Call for proposals: safe return and reintegration',
    text: 'Projects on sustainable reintegration of returning migrants.',
    objectives: [21],
  },
  {
    id: 'project-qat',
    type: 'project',
    published: '2022-10-10T10:00:00+03:00',
    title: 'Decent work for workers in Qatar',
    text: 'Fair recruitment and decent work for every migrant worker.',
    countries: ['QAT'],
    regions: ['asia'],
    objectives: [6],
    orgs: ['ilo'],
  },
  {
    id: 'management-of-border',
    type: 'statement',
    published: '2023-03-03T00:00:00+00:00',
    title: 'Management of a long border',
    text: 'The management of a long border requires cooperation.',
    objectives: [11],
  },
  {
    id: 'consular',
    type: 'news',
    published: '2020-12-12T00:00:00+00:00',
    title: 'Consular assistance for stranded migrants',
    text: 'Consulates helped stranded nationals return.',
    objectives: [14],
  },
  {
    id: 'about',
    type: 'page',
    language: 'und',
    published: null,
    title: 'About the hub',
    text: 'This site gathers knowledge for member states.',
  },
  {
    id: 'health-bra',
    type: 'publication',
    published: '2021-11-11T00:00:00-03:00',
    title: 'Access to health services in Brazil',
    summary: 'Clinics open their doors to everyone.',
    text: 'Health services for migrants in São Paulo.',
    countries: ['BRA'],
    regions: ['americas'],
    objectives: [15],
  },
  {
    id: 'xenophobia-deu',
    type: 'news',
    published: '2022-12-01T00:00:00+01:00',
    title: 'Countering xenophobia in the media',
    text: 'Journalists receive training on balanced reporting.',
    countries: ['DEU'],
    regions: ['europe'],
    objectives: [17],
  },
  {
    id: 'skills',
    type: 'publication',
    // The publisher's own date is 31 December 2019, though it is already 2020 in UTC.
    published: '2019-12-31T23:30:00-05:00',
    title: 'Skills partnerships',
    text: 'Recognition of skills helps workers abroad.',
    objectives: [18],
  },
];

/** Twenty items covering every type, filter and facet, for search tests on any engine. */
export function searchCorpus(): Item[] {
  return SPECS.map((spec) =>
    makeItem({
      id: spec.id,
      type: spec.type,
      language: spec.language ?? 'en',
      published: spec.published,
      title: spec.title,
      summary: spec.summary ?? '',
      text: spec.text,
      countries: spec.countries ?? [],
      regions: spec.regions ?? [],
      objectives: (spec.objectives ?? []).map((objective, i) => ({ objective, score: 1 - i / 10, evidence: [] })),
      organizations: (spec.orgs ?? []).map((id) => ({ id, name: ORG_NAMES[id] ?? id })),
    }),
  );
}
