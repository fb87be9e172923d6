/** The 23 objectives and 10 guiding principles of the Global Compact for Migration (A/RES/73/195). */

export interface GcmObjective {
  number: number;
  /** Short label as the UN Migration Network Hub shows it. */
  label: string;
  title: string;
}

export const GCM_OBJECTIVES: readonly GcmObjective[] = [
  {
    number: 1,
    label: 'Data',
    title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  },
  {
    number: 2,
    label: 'Minimize adverse drivers',
    title: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  },
  {
    number: 3,
    label: 'Information provision',
    title: 'Provide accurate and timely information at all stages of migration',
  },
  {
    number: 4,
    label: 'Legal identity and documentation',
    title: 'Ensure that all migrants have proof of legal identity and adequate documentation',
  },
  {
    number: 5,
    label: 'Regular pathways',
    title: 'Enhance availability and flexibility of pathways for regular migration',
  },
  {
    number: 6,
    label: 'Recruitment and decent work',
    title: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  },
  { number: 7, label: 'Reduce vulnerabilities', title: 'Address and reduce vulnerabilities in migration' },
  {
    number: 8,
    label: 'Save lives',
    title: 'Save lives and establish coordinated international efforts on missing migrants',
  },
  { number: 9, label: 'Counter smuggling', title: 'Strengthen the transnational response to smuggling of migrants' },
  {
    number: 10,
    label: 'Eradicate trafficking',
    title: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  },
  { number: 11, label: 'Manage borders', title: 'Manage borders in an integrated, secure and coordinated manner' },
  {
    number: 12,
    label: 'Screening and referral',
    title:
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  },
  {
    number: 13,
    label: 'Alternatives to detention',
    title: 'Use migration detention only as a measure of last resort and work towards alternatives',
  },
  {
    number: 14,
    label: 'Consular protection',
    title: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  },
  { number: 15, label: 'Access to basic services', title: 'Provide access to basic services for migrants' },
  {
    number: 16,
    label: 'Inclusion and social cohesion',
    title: 'Empower migrants and societies to realize full inclusion and social cohesion',
  },
  {
    number: 17,
    label: 'Eliminate discrimination',
    title:
      'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  },
  {
    number: 18,
    label: 'Skills development and recognition',
    title: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  },
  {
    number: 19,
    label: 'Migrant and diaspora contributions',
    title:
      'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  },
  {
    number: 20,
    label: 'Remittances',
    title: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  },
  {
    number: 21,
    label: 'Dignified return and reintegration',
    title: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  },
  {
    number: 22,
    label: 'Social protection',
    title: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
  },
  {
    number: 23,
    label: 'International cooperation',
    title: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
  },
];

export function objectiveByNumber(n: number): GcmObjective | undefined {
  return GCM_OBJECTIVES[n - 1];
}

export const GCM_PRINCIPLES = [
  { id: 'people-centred', label: 'People-centred' },
  { id: 'international-cooperation', label: 'International cooperation' },
  { id: 'national-sovereignty', label: 'National sovereignty' },
  { id: 'rule-of-law', label: 'Rule of law and due process' },
  { id: 'sustainable-development', label: 'Sustainable development' },
  { id: 'human-rights', label: 'Human rights' },
  { id: 'gender-responsive', label: 'Gender-responsive' },
  { id: 'child-sensitive', label: 'Child-sensitive' },
  { id: 'whole-of-government', label: 'Whole-of-government approach' },
  { id: 'whole-of-society', label: 'Whole-of-society approach' },
] as const;
