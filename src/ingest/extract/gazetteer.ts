import worldCountries, { type Country } from 'world-countries';
import type { StatementKind } from '../contract.js';

/**
 * Linguistic knowledge the extractor needs to type what it finds: countries with their short forms
 * and demonyms, role titles, organization head words, reporting verbs. Canonical naming beyond this
 * (kinds, curated aliases) belongs to resolution and seed/aliases.json.
 */

export interface CountryEntry {
  name: string;
  /** Other names and abbreviations written in news text ("UK", "Britain"). */
  aliases?: string[];
  demonyms?: string[];
}

/** Countries as news writes them, with the short forms and plural demonyms reporters use; completed from world-countries below. */
const CURATED_COUNTRIES: CountryEntry[] = [
  { name: 'Russia', aliases: ['Russian Federation', 'RF'], demonyms: ['Russian', 'Russians'] },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'] },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'] },
  { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], demonyms: ['American', 'Americans'] },
  { name: 'Belarus', demonyms: ['Belarusian', 'Belarusians'] },
  { name: 'Poland', demonyms: ['Polish', 'Poles'] },
  { name: 'Germany', demonyms: ['German', 'Germans'] },
  { name: 'France', demonyms: ['French'] },
  { name: 'Italy', demonyms: ['Italian', 'Italians'] },
  { name: 'Spain', demonyms: ['Spanish'] },
  { name: 'Portugal', demonyms: ['Portuguese'] },
  { name: 'Netherlands', aliases: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  { name: 'Belgium', demonyms: ['Belgian'] },
  { name: 'Denmark', demonyms: ['Danish'] },
  { name: 'Sweden', demonyms: ['Swedish'] },
  { name: 'Norway', demonyms: ['Norwegian'] },
  { name: 'Finland', demonyms: ['Finnish'] },
  { name: 'Estonia', demonyms: ['Estonian'] },
  { name: 'Latvia', demonyms: ['Latvian'] },
  { name: 'Lithuania', demonyms: ['Lithuanian'] },
  { name: 'Moldova', demonyms: ['Moldovan'] },
  { name: 'Romania', demonyms: ['Romanian'] },
  { name: 'Hungary', demonyms: ['Hungarian'] },
  { name: 'Slovakia', demonyms: ['Slovak', 'Slovakian'] },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'] },
  { name: 'Austria', demonyms: ['Austrian'] },
  { name: 'Switzerland', demonyms: ['Swiss'] },
  { name: 'Ireland', demonyms: ['Irish'] },
  { name: 'Greece', demonyms: ['Greek'] },
  { name: 'Bulgaria', demonyms: ['Bulgarian'] },
  { name: 'Serbia', demonyms: ['Serbian'] },
  { name: 'Croatia', demonyms: ['Croatian'] },
  { name: 'Georgia', demonyms: ['Georgian'] },
  { name: 'Armenia', demonyms: ['Armenian'] },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani'] },
  { name: 'Kazakhstan', demonyms: ['Kazakh'] },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish'] },
  { name: 'Iran', demonyms: ['Iranian', 'Iranians'] },
  { name: 'Iraq', demonyms: ['Iraqi'] },
  { name: 'Syria', demonyms: ['Syrian'] },
  { name: 'Israel', demonyms: ['Israeli', 'Israelis'] },
  { name: 'Palestine', demonyms: ['Palestinian', 'Palestinians'] },
  { name: 'Lebanon', demonyms: ['Lebanese'] },
  { name: 'Jordan', demonyms: ['Jordanian'] },
  { name: 'Egypt', demonyms: ['Egyptian'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi'] },
  { name: 'Qatar', demonyms: ['Qatari'] },
  { name: 'United Arab Emirates', aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  { name: 'Yemen', demonyms: ['Yemeni'] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  { name: 'Taiwan', demonyms: ['Taiwanese'] },
  { name: 'Japan', demonyms: ['Japanese'] },
  { name: 'South Korea', aliases: ['Republic of Korea'], demonyms: ['South Korean'] },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'] },
  { name: 'India', demonyms: ['Indian'] },
  { name: 'Pakistan', demonyms: ['Pakistani'] },
  { name: 'Afghanistan', demonyms: ['Afghan'] },
  { name: 'Indonesia', demonyms: ['Indonesian'] },
  { name: 'Vietnam', demonyms: ['Vietnamese'] },
  { name: 'Philippines', demonyms: ['Filipino'] },
  { name: 'Australia', demonyms: ['Australian'] },
  { name: 'New Zealand', demonyms: ['New Zealander'] },
  { name: 'Canada', demonyms: ['Canadian'] },
  { name: 'Mexico', demonyms: ['Mexican'] },
  { name: 'Brazil', demonyms: ['Brazilian'] },
  { name: 'Argentina', demonyms: ['Argentine', 'Argentinian'] },
  { name: 'Venezuela', demonyms: ['Venezuelan'] },
  { name: 'Cuba', demonyms: ['Cuban'] },
  { name: 'South Africa', demonyms: ['South African'] },
  { name: 'Nigeria', demonyms: ['Nigerian'] },
  { name: 'Ethiopia', demonyms: ['Ethiopian'] },
  { name: 'Kenya', demonyms: ['Kenyan'] },
  { name: 'Sudan', demonyms: ['Sudanese'] },
  { name: 'Libya', demonyms: ['Libyan'] },
  { name: 'Morocco', demonyms: ['Moroccan'] },
  { name: 'Algeria', demonyms: ['Algerian'] },
  { name: 'Tunisia', demonyms: ['Tunisian'] },
  { name: 'Chad', demonyms: ['Chadian'] },
  { name: 'South Sudan', demonyms: ['South Sudanese'] },
  { name: 'Niger', demonyms: ['Nigerien'] },
  { name: 'Mali', demonyms: ['Malian'] },
  { name: 'Somalia', demonyms: ['Somali'] },
  { name: 'Eritrea', demonyms: ['Eritrean'] },
  { name: 'Djibouti' },
  { name: 'Uganda', demonyms: ['Ugandan'] },
  { name: 'Tanzania', demonyms: ['Tanzanian'] },
  { name: 'Rwanda', demonyms: ['Rwandan'] },
  { name: 'Burundi' },
  { name: 'Cameroon', demonyms: ['Cameroonian'] },
  { name: 'Ghana', demonyms: ['Ghanaian'] },
  { name: 'Senegal', demonyms: ['Senegalese'] },
  { name: 'Ivory Coast', demonyms: ['Ivorian'] },
  { name: 'Burkina Faso' },
  { name: 'Angola', demonyms: ['Angolan'] },
  { name: 'Zambia', demonyms: ['Zambian'] },
  { name: 'Zimbabwe', demonyms: ['Zimbabwean'] },
  { name: 'Mozambique' },
  { name: 'Madagascar' },
  { name: 'Namibia', demonyms: ['Namibian'] },
  { name: 'Botswana' },
  { name: 'Malawi' },
  { name: 'Central African Republic' },
  { name: 'Gabon' },
  { name: 'Guinea' },
  { name: 'Sierra Leone' },
  { name: 'Liberia', demonyms: ['Liberian'] },
  { name: 'Mauritania' },
  { name: 'Benin' },
  { name: 'Togo' },
  { name: 'Bahrain', demonyms: ['Bahraini'] },
  { name: 'Kuwait', demonyms: ['Kuwaiti'] },
  { name: 'Oman', demonyms: ['Omani'] },
  { name: 'Slovenia', demonyms: ['Slovenian'] },
  { name: 'Bosnia and Herzegovina', demonyms: ['Bosnian'] },
  { name: 'Montenegro' },
  { name: 'North Macedonia' },
  { name: 'Albania', demonyms: ['Albanian'] },
  { name: 'Kosovo' },
  { name: 'Cyprus', demonyms: ['Cypriot'] },
  { name: 'Malta', demonyms: ['Maltese'] },
  { name: 'Luxembourg' },
  { name: 'Iceland', demonyms: ['Icelandic'] },
  { name: 'Uzbekistan', demonyms: ['Uzbek'] },
  { name: 'Turkmenistan' },
  { name: 'Tajikistan' },
  { name: 'Kyrgyzstan' },
  { name: 'Mongolia', demonyms: ['Mongolian'] },
  { name: 'Nepal' },
  { name: 'Bangladesh' },
  { name: 'Sri Lanka' },
  { name: 'Myanmar' },
  { name: 'Thailand', demonyms: ['Thai'] },
  { name: 'Cambodia' },
  { name: 'Laos' },
  { name: 'Malaysia', demonyms: ['Malaysian'] },
  { name: 'Singapore' },
  { name: 'Chile', demonyms: ['Chilean'] },
  { name: 'Peru', demonyms: ['Peruvian'] },
  { name: 'Colombia', demonyms: ['Colombian'] },
  { name: 'Ecuador' },
  { name: 'Bolivia' },
  { name: 'Paraguay' },
  { name: 'Uruguay' },
  { name: 'Guatemala' },
  { name: 'Honduras' },
  { name: 'Nicaragua' },
  { name: 'Costa Rica' },
  { name: 'Panama' },
  { name: 'Haiti', demonyms: ['Haitian'] },
  { name: 'Dominican Republic' },
  { name: 'Jamaica' },
  { name: 'Democratic Republic of the Congo', aliases: ['DRC', 'DR Congo'] },
];

/** The package's module.exports is the array itself; its typings describe it as an ES default export. */
const WORLD_COUNTRIES = worldCountries as unknown as readonly Country[];

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The curated list completed from world-countries (mledoze/countries, ODbL; a maintained data
 * package, plain JSON, no install script): every independent state the curated list lacks, and the
 * demonyms it lacks ("Honduran", "Palauan"). A package entry is the curated country when any of its
 * names, spellings or demonyms is one of the curated country's ("Türkiye" and "Turkish" are
 * Turkey). A demonym two states share ("Dominican", "Congolese") names neither. Territories are left
 * out: their names ("Christmas Island", "Jersey") are more often something else in news text.
 */
function completeCountries(curated: readonly CountryEntry[]): CountryEntry[] {
  const out = curated.map((c) => ({ ...c, demonyms: [...(c.demonyms ?? [])] }));
  const demonymsOf = (c: Country): string[] => {
    const eng = c.demonyms['eng'];
    return eng ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).filter(Boolean))] : [];
  };
  const states = WORLD_COUNTRIES.filter((c) => c.independent);
  const demonymCount = new Map<string, number>();
  for (const c of states) for (const d of demonymsOf(c)) demonymCount.set(fold(d), (demonymCount.get(fold(d)) ?? 0) + 1);
  const taken = new Set(out.flatMap((c) => [...(c.demonyms ?? [])].map(fold)));
  for (const c of states) {
    const names = [c.name.common, c.name.official, ...c.altSpellings].map(fold);
    const demonyms = demonymsOf(c).filter((d) => demonymCount.get(fold(d)) === 1);
    const same = out.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => names.includes(fold(n))) || (o.demonyms ?? []).some((d) => demonyms.some((x) => fold(x) === fold(d))));
    const fresh = demonyms.filter((d) => !taken.has(fold(d)));
    fresh.forEach((d) => taken.add(fold(d)));
    if (same) same.demonyms!.push(...fresh);
    else out.push({ name: c.name.common, demonyms: fresh });
  }
  // "the Democratic Republic of Congo": news drops the "the" inside such a name as often as it writes it
  for (const c of out) {
    const bare = c.name.replace(/ of the /, ' of ');
    if (bare !== c.name && !(c.aliases ?? []).includes(bare)) c.aliases = [...(c.aliases ?? []), bare];
  }
  return out;
}

export const COUNTRIES: CountryEntry[] = completeCountries(CURATED_COUNTRIES);

/** A package entry's name as the curated list writes it ("Türkiye" → "Turkey"), else its common name. */
function canonicalName(countries: readonly CountryEntry[], c: Country): string {
  const names = [c.name.common, c.name.official, ...c.altSpellings].map(fold);
  return countries.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => names.includes(fold(n))))?.name ?? c.name.common;
}

/** ISO 3166-1 alpha-2 code → the country's canonical name, for independent states (world-countries). */
const BY_CODE = new Map(WORLD_COUNTRIES.filter((c) => c.independent).map((c) => [c.cca2, canonicalName(COUNTRIES, c)]));

/** The country an ISO alpha-2 code names ("PT" → "Portugal"), independent states only. */
export function countryOfCode(cca2: string): string | undefined {
  return BY_CODE.get(cca2.toUpperCase());
}

/**
 * Capital city → its country, from world-countries (independent states): the context a story set
 * in a capital gives when it names no country ("the government" in a report from Lisbon is
 * Portugal's). A capital that is also a country's name or that two states share names neither.
 */
function capitalCountries(countries: readonly CountryEntry[]): Map<string, string> {
  const countryNames = new Set(countries.flatMap((c) => [c.name, ...(c.aliases ?? [])].map(fold)));
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of WORLD_COUNTRIES.filter((x) => x.independent)) {
    for (const capital of c.capital ?? []) {
      const key = fold(capital);
      if (countryNames.has(key)) continue;
      if (out.has(key) && out.get(key) !== canonicalName(countries, c)) shared.add(key);
      out.set(key, canonicalName(countries, c));
    }
  }
  for (const key of shared) out.delete(key);
  return out;
}

const CAPITALS = capitalCountries(COUNTRIES);

/** The country whose capital `name` is, when it is one ("Lisbon" → Portugal). */
export function countryOfCapital(name: string): string | undefined {
  return CAPITALS.get(fold(name));
}

/** Every folded country name and alias ("united kingdom", "uk"): a city of that name is the country. */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(fold(name));
}
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])].map(fold)));

/** Institutions written as bare names that are organizations, not places ("the Kremlin said"). */
export const KNOWN_ORGANIZATIONS: Array<{ name: string; aliases?: string[]; kind?: string }> = [
  { name: 'Kremlin', kind: 'government' },
  { name: 'White House', kind: 'government' },
  { name: 'Pentagon', kind: 'government' },
  { name: 'Downing Street', kind: 'government' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], kind: 'intergovernmental' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'], kind: 'intergovernmental' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'intergovernmental' },
  { name: 'Reuters', kind: 'media' },
];

/** Words that end a role title: "Defence Secretary", "Kremlin spokesman", "Russian leader". */
export const TITLE_HEADS = new Set(
  [
    'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson',
    'leader', 'head', 'chief', 'director', 'ambassador', 'envoy', 'commander', 'commander-in-chief', 'general',
    'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'chairman', 'chairwoman', 'chair',
    'ceo', 'founder', 'analyst', 'adviser', 'advisor', 'aide', 'king', 'queen', 'prince', 'princess', 'pope', 'patriarch',
    'judge', 'prosecutor', 'ombudsman', 'colonel', 'lieutenant', 'captain', 'admiral', 'marshal', 'sergeant',
    'journalist', 'correspondent', 'editor', 'researcher', 'professor', 'representative', 'commissioner',
    'coordinator', 'negotiator', 'diplomat', 'officer', 'official', 'premier', 'dictator', 'monarch', 'emir',
    'sheikh', 'ayatollah', 'counterpart', 'deputy', 'expert', 'economist', 'governor-general', 'speaker', 'candidate',
    'executive', 'cfo', 'coo', 'cto', 'owner', 'president-elect', 'chancellor',
    // local office holders written before a name: "Councillor Jane Roe", "Alderman John Doe"
    'councillor', 'councilor', 'councilmember', 'councilwoman', 'councilman', 'alderman', 'alderwoman', 'magistrate',
    // a district's administrator in South Asia ("District Collector Jane Roe")
    'collector',
    // a government's lawyers: "Attorney General Jane Roe", "Solicitor General John Doe"
    'attorney', 'attorney-general', 'solicitor', 'solicitor-general',
  ],
);

/** Lower-case words that may stand inside a role before its head ("deputy foreign minister"). */
export const ROLE_MODIFIERS = new Set(
  [
    'deputy', 'vice', 'first', 'foreign', 'defence', 'defense', 'prime', 'chief', 'senior', 'former', 'acting', 'press',
    'top', 'interior', 'finance', 'economy', 'energy', 'health', 'justice', 'general', 'executive', 'state', 'military',
    'regional', 'national', 'security', 'intelligence', 'presidential', 'special', 'high',
    'opposition', 'party', 'government', 'foreign-policy', 'trade', 'commerce', 'treasury', 'home', 'culture',
    'education', 'transport', 'agriculture', 'digital', 'environment', 'climate',
    'commander', 'affairs', 'assistant', 'associate', 'managing', 'political', 'newly-appointed',
    'outgoing', 'incoming', 'then', 'longtime', 'veteran', 'chief-of-staff',
    // ranks written before a title: "Rear Admiral", "Lieutenant General"
    'rear',
  ],
);

/** Last words of organization names. */
/** Trades a company name ends in; each makes a company (ORG_KIND_BY_HEAD). */
const BUSINESS_HEADS = [
  'logistics', 'finance', 'partners', 'capital', 'foods', 'shipping', 'mining', 'metals',
  'chemicals', 'insurance', 'investments', 'ventures', 'resources', 'telecom', 'telecoms', 'brewery', 'breweries',
  // a state or private firm named as such: "X Shipping and Logistics Services Enterprise"
  'enterprise', 'enterprises',
];
/**
 * Heads of firms' names, which never go on with "of <place>": "X Shipping of <city>" is the firm and
 * where it is based (unlike "Bank of X", "University of X", "Port of X").
 */
export const FIRM_HEADS = new Set([...BUSINESS_HEADS, 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'holdings', 'industries', 'airlines', 'lines']);

export const ORG_HEADS = new Set(
  [
    'institute', 'ministry', 'group', 'council', 'commission', 'agency', 'forces', 'force', 'army', 'navy', 'party',
    'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'university', 'committee', 'service', 'services',
    'office', 'union', 'organization', 'organisation', 'association', 'parliament', 'assembly', 'court', 'department',
    'fund', 'foundation', 'command', 'guard', 'staff', 'centre', 'center', 'network', 'bureau', 'administration',
    'government', 'cabinet', 'directorate', 'alliance', 'federation', 'coalition', 'movement', 'front', 'brigade',
    'battalion', 'regiment', 'division', 'corps', 'fleet', 'police', 'authority', 'board', 'senate', 'congress',
    'rada', 'duma', 'kremlin', 'pentagon', 'times', 'post', 'news', 'journal', 'media', 'television', 'tv', 'radio',
    'agency', 'secretariat', 'chancellery', 'presidency', 'embassy', 'mission', 'headquarters', 'club', 'society', 'industries',
    'group', 'holding', 'holdings', 'airlines', 'railways', 'energoatom', 'naftogaz', 'press', 'observatory',
    'ag', 'sa', 'co', 'limited', 'gmbh', 'nv', 'llc', 'spa', 'asa', 'bv', 'kgaa', 'oyj',
    // firms and agencies named without a classic organization word: "Kestrel Forensics", "Alberta Wildfire"
    'forensics', 'analytics', 'labs', 'laboratories', 'systems', 'technologies', 'airways', 'wildfire', 'consulting',
    // bodies named by what they run or inspect: "World Food Programme", "Chief Sanitary Inspectorate", "X Law School", "X Museum"
    'programme', 'inspectorate', 'school', 'museum',
    // a church as a body, with the nationality that names it: "X Orthodox Y Church"
    'church',
    // a market named after its city is the market, not the city: "X Stock Exchange", "X Metal Exchange"
    'exchange',
    // bodies of members, learning and care, named as such: "X Chamber of Commerce", "X Academy of Sciences",
    // "Pharmacy Guild of X", "X Confederation of Labour", "X Land Tribunal", "X University Hospital", "X Football League"
    'chamber', 'academy', 'guild', 'confederation', 'tribunal', 'hospital', 'league',
    // companies of the performing arts, named as such: "X Symphony Orchestra", "the National Ballet of X"
    // (not "opera" or "theatre": "X Opera House", "X Theatre" are often the building)
    'ballet', 'orchestra', 'philharmonic', 'choir',
    // the same heads in the languages whose names reports copy as written: "Instituto de X", "Escola X de Y", "Museo del X"
    // (written as the tokens' normal form, without accents)
    'instituto', 'istituto', 'institut', 'escola', 'escuela', 'universidad', 'universidade', 'universita', 'universite', 'universitat', 'universiti', 'universitas',
    'museo', 'musee', 'ministerio', 'ministere', 'comision', 'comissao', 'commissione', 'consejo', 'conselho',
    'agencia', 'fundacion', 'fundacao', 'banco', 'banque', 'sindicato', 'partido',
    // business names that end in their trade: "Kopano Rail Logistics", "Vanguard Football Finance", "Calder Ridge Partners"
    ...BUSINESS_HEADS,
  ],
);

/** Head word of an organization name → its kind. */
export const ORG_KIND_BY_HEAD: Record<string, string> = {
  ministry: 'government', department: 'government', government: 'government', cabinet: 'government',
  administration: 'government', office: 'government', directorate: 'government', presidency: 'government',
  kremlin: 'government', pentagon: 'government', secretariat: 'government', chancellery: 'government', embassy: 'government',
  army: 'military', navy: 'military', forces: 'military', force: 'military', command: 'military', guard: 'military',
  brigade: 'military', battalion: 'military', regiment: 'military', division: 'military', corps: 'military',
  fleet: 'military', staff: 'military',
  parliament: 'legislature', assembly: 'legislature', senate: 'legislature', congress: 'legislature',
  rada: 'legislature', duma: 'legislature',
  court: 'court', service: 'government', wildfire: 'government',
  forensics: 'company', analytics: 'company', labs: 'company', laboratories: 'company', systems: 'company',
  technologies: 'company', airways: 'company', consulting: 'company', exchange: 'exchange',
  ...Object.fromEntries(BUSINESS_HEADS.map((h) => [h, 'company'])),
  party: 'political party',
  bank: 'company', company: 'company', corporation: 'company', corp: 'company', inc: 'company', ltd: 'company',
  plc: 'company', ag: 'company', sa: 'company', co: 'company', limited: 'company', gmbh: 'company', nv: 'company',
  llc: 'company', spa: 'company', asa: 'company', bv: 'company', kgaa: 'company', oyj: 'company', airlines: 'company', holding: 'company', holdings: 'company', industries: 'company',
  university: 'academic',
  times: 'media', post: 'media', news: 'media', journal: 'media', media: 'media', television: 'media', tv: 'media',
  radio: 'media', press: 'media',
  police: 'law enforcement',
  alliance: 'intergovernmental', union: 'intergovernmental',
};

/** Titles before a name that tell gender ("Mr Healey"). */
export const HONORIFICS: Record<string, 'male' | 'female' | undefined> = {
  mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female',
  miss: 'female', lady: 'female', dame: 'female', dr: undefined, 'dr.': undefined, prof: undefined,
  // a barrister's title in South Africa and elsewhere ("Advocate Jane Roe"); tells no gender
  advocate: undefined,
  // a judge's title in the Commonwealth ("Justice Jane Roe"); tells no gender
  justice: undefined,
};

export const FEMALE_ROLE_WORDS = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'queen', 'princess', 'businesswoman']);
export const MALE_ROLE_WORDS = new Set(['spokesman', 'chairman', 'congressman', 'king', 'prince', 'businessman']);

/** Reporting verbs by lemma, with the statement kind they introduce. */
export const REPORTING_VERBS: Record<string, StatementKind> = {
  assess: 'ASSESSMENT', believe: 'ASSESSMENT', note: 'ASSESSMENT', estimate: 'ASSESSMENT', conclude: 'ASSESSMENT',
  judge: 'ASSESSMENT', observe: 'ASSESSMENT', calculate: 'ASSESSMENT', forecast: 'ASSESSMENT', predict: 'ASSESSMENT',
  think: 'ASSESSMENT', find: 'ASSESSMENT',
  say: 'CLAIM', claim: 'CLAIM', emphasise: 'CLAIM', emphasize: 'CLAIM', 'point out': 'CLAIM', tell: 'CLAIM',
  suggest: 'CLAIM', add: 'CLAIM', state: 'CLAIM', stress: 'CLAIM', insist: 'CLAIM', argue: 'CLAIM', allege: 'CLAIM',
  report: 'CLAIM', write: 'CLAIM', explain: 'CLAIM', deny: 'CLAIM', reiterate: 'CLAIM', underline: 'CLAIM',
  underscore: 'CLAIM', remark: 'CLAIM', comment: 'CLAIM', acknowledge: 'CLAIM', admit: 'CLAIM', indicate: 'CLAIM',
  highlight: 'CLAIM', assert: 'CLAIM', maintain: 'CLAIM', accuse: 'CLAIM', recall: 'CLAIM',
  announce: 'ANNOUNCEMENT', confirm: 'ANNOUNCEMENT', declare: 'ANNOUNCEMENT', unveil: 'ANNOUNCEMENT',
  reveal: 'ANNOUNCEMENT', pledge: 'ANNOUNCEMENT', promise: 'ANNOUNCEMENT', vow: 'ANNOUNCEMENT',
  warn: 'WARNING', threaten: 'WARNING', caution: 'WARNING',
};

/** Verbs that only report when a clause follows ("continue"→ only as "continues to assess"). */
export const AUXILIARY_REPORTING = new Set(['continue']);

/** Verbs whose object is the audience, not the statement: "told reporters that …". */
export const AUDIENCE_VERBS = new Set(['tell', 'warn', 'remind', 'assure', 'inform']);

/** Nouns that carry a statement: "Trump's warning that …". */
export const REPORTING_NOUNS: Record<string, string> = {
  warning: 'warn', warnings: 'warn', threat: 'threaten', threats: 'threaten', claim: 'claim', claims: 'claim',
  assessment: 'assess', statement: 'say', announcement: 'announce', suggestion: 'suggest', assertion: 'assert',
  insistence: 'insist', promise: 'promise', pledge: 'pledge', admission: 'admit', estimate: 'estimate',
  belief: 'believe', allegation: 'allege', allegations: 'allege',
};

/** Heads of noun phrases that stand for an unnamed source ("three diplomats said"). */
export const ANONYMOUS_HEADS = new Set(
  [
    'diplomat', 'diplomats', 'official', 'officials', 'source', 'sources', 'people', 'person', 'insider', 'insiders',
    'officer', 'officers', 'aide', 'aides', 'witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'resident',
    'residents', 'observer', 'observers', 'analyst', 'analysts', 'expert', 'experts', 'spokesperson', 'spokesman',
    'spokeswoman', 'representative', 'representatives', 'soldier', 'soldiers', 'lawmaker', 'lawmakers', 'negotiator',
    'negotiators', 'commander', 'commanders', 'executive', 'executives', 'employee', 'employees', 'lawyer', 'lawyers',
    'workers', 'worker', 'rescuers', 'medics', 'doctors', 'volunteers', 'locals', 'activists', 'groups', 'member', 'members',
    'delegates', 'economists', 'investors', 'traders', 'residents', 'campaigners', 'critics', 'scientists', 'researchers',
    'trader', 'economist', 'banker', 'bankers', 'engineer', 'engineers', 'manager', 'managers', 'villager', 'villagers',
    'farmer', 'farmers', 'pilot', 'pilots', 'driver', 'drivers', 'doctor', 'nurse', 'nurses', 'teacher', 'teachers',
    'forwarder', 'forwarders', 'shipper', 'shippers', 'broker', 'brokers', 'dealer', 'dealers', 'strategist', 'strategists',
    'director', 'directors', 'adviser', 'advisers', 'advisor', 'advisors', 'insiders', 'staffer', 'staffers', 'mediator',
    'mediators', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'judge', 'judges', 'guard', 'guards',
  ],
);

/** Words that may open the text of a paragraph as a label rather than content: "Details: …". */
export const PARAGRAPH_MARKERS = /^(?:Details|Background|Context|Reminder|Update|Recap|Also|For reference|Source|Sources|Quote)\s*:\s*/;
export const QUOTE_MARKER = /^Quote\s+from\s+([^:"“]+?)\s*:\s*/;
