/**
 * A deterministic synthetic archive for the API benchmark: N ParsedArticles, already resolved
 * (ids from src/domain/ids.ts, as ingest would make them), with the shape of a real news archive —
 * an entity universe that grows with the corpus, Zipf-distributed mentions and speakers, and hubs:
 * ISW in ~27% of articles and speaking often, a few heads of state nearly as often.
 * Same seed and N → the same corpus, byte for byte.
 */
import { entityId, eventId, statementId, topicId } from '../../src/core/ids.js';
import type { ParsedArticle, ParsedEntity, ParsedEvent, ParsedStatement, StatementKind } from '../../src/ingest/contract.js';
import { prng } from '../prng.js';

/** Bump when the output changes: it names the cached database (bench/.cache/api-<N>-v<version>). */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20250722;


function uniq(words: string): string[] {
  return [...new Set(words.split(' '))];
}

// ---- name material: combined, these give well over the 10k people / 3k orgs / 2k places needed ----
const FIRST = uniq('Olena Andrii Iryna Mykola Tetiana Oleksandr Natalia Serhii Yulia Dmytro Kateryna Ivan Maria Petro Anna Vasyl Oksana Taras Halyna Bohdan ' +
  'Anton Svitlana Roman Larysa Yurii Viktoria Pavlo Liudmyla Maksym Daria Igor Elena Sergei Olga Alexei Tatiana Nikolai Irina Mikhail Ekaterina ' +
  'John Sarah Michael Emma David Laura James Anna Thomas Claire Robert Julia Peter Sophie Mark Helen Paul Karen Daniel Lucy ' +
  'Hans Greta Klaus Ingrid Pierre Camille Jean Marie Luca Giulia Marco Chiara Piotr Agnieszka Tomasz Katarzyna Jan Zofia Lars Astrid ' +
  'Ahmed Fatima Omar Leila Mehmet Ayse Kenji Yuki Wei Mei Raj Priya Carlos Lucia Diego Elena Pablo Sofia Mateo Valentina');
const LAST = uniq('Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliinyk Melnyk Boyko Koval Lysenko Marchenko Rudenko Savchenko Petrenko Moroz ' +
  'Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semyonov ' +
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Walker ' +
  'Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Dubois Lefebvre Moreau Laurent Rossi Russo Ferrari Esposito Bianchi Romano ' +
  'Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski Hansen Johansen Larsen Nielsen Andersen Yilmaz Kaya Demir Sahin ' +
  'Tanaka Suzuki Sato Watanabe Wang Li Zhang Liu Chen Sharma Patel Singh Garcia Rodriguez Martinez Lopez Gonzalez Perez Sanchez Ramirez');
const HUB_PEOPLE: [string, string][] = [
  ['Vladimir Putin', 'Russian President'], ['Volodymyr Zelensky', 'Ukrainian President'], ['Donald Trump', 'US President'],
  ['Dmitry Peskov', 'Kremlin spokesman'], ['Mark Rutte', 'NATO Secretary General'], ['Sergey Lavrov', 'Russian Foreign Minister'],
  ['Andrii Sybiha', 'Ukrainian Foreign Minister'], ['Ursula von der Leyen', 'European Commission President'],
];
const HUB_ORGS: [string, string, string][] = [
  ['Institute for the Study of War', 'ISW', 'think tank'], ['Kremlin', '', 'government'], ['North Atlantic Treaty Organization', 'NATO', 'alliance'],
  ['European Commission', 'EC', 'government'], ['General Staff of the Armed Forces of Ukraine', '', 'military'],
  ['International Atomic Energy Agency', 'IAEA', 'agency'], ['Russian Ministry of Defence', '', 'government'], ['United Nations', 'UN', 'international organization'],
];
const ORG_HEAD = ('Kyiv Kharkiv Odesa Lviv Dnipro Baltic Nordic Eastern Western Central Northern Southern Danube Carpathian Atlantic Pacific Global National ' +
  'Regional Federal Civic Independent Free Open United Allied Continental Pontic Polish German French British Italian Czech Slovak Romanian Moldovan Georgian Lithuanian ' +
  'Latvian Estonian Finnish Swedish Norwegian Danish Dutch Belgian Spanish Portuguese Greek Turkish Austrian Swiss Hungarian Bulgarian Croatian Serbian Canadian Japanese').split(' ');
const ORG_TAIL = ['Institute for Security Studies', 'Energy Agency', 'Defence Ministry', 'Council on Foreign Relations', 'Human Rights Watch', 'Press Agency',
  'Chamber of Commerce', 'Election Commission', 'Grain Exchange', 'Railway Company', 'Airlines', 'Development Bank', 'Red Cross Society', 'Policy Centre',
  'Security Service', 'Border Guard', 'Coast Guard', 'Nuclear Authority', 'Statistics Office', 'Central Bank', 'Trade Union', 'Broadcasting Corporation',
  'University', 'Academy of Sciences', 'Monitoring Mission', 'Veterans Association', 'Farmers Union', 'Steel Works', 'Shipping Company', 'Drone Coalition',
  'Reconstruction Fund', 'Anti-Corruption Bureau', 'Prosecutor Office', 'Health Service', 'Emergency Service', 'Police Department', 'Energy Regulator',
  'Telecom Operator', 'Investment Fund', 'Peace Foundation', 'Strategy Group', 'Intelligence Directorate', 'Navy Command', 'Air Force Command',
  'Logistics Agency', 'Cyber Centre', 'Media Institute', 'Think Tank', 'Policy Forum', 'Aid Network'];
const ORG_KINDS = ['think tank', 'government', 'military', 'company', 'agency', 'media', 'NGO'];
const HUB_PLACES: [string, string][] = [
  ['Ukraine', 'country'], ['Russia', 'country'], ['United States', 'country'], ['Kyiv', 'city'], ['Kharkiv', 'city'], ['Zaporizhzhia', 'city'],
  ['Poland', 'country'], ['Germany', 'country'], ['United Kingdom', 'country'], ['Crimea', 'region'], ['Donetsk Oblast', 'region'], ['Moscow', 'city'],
];
const PLACE_A = uniq('Novo Staro Velyko Mala Zelen Bila Chorno Krasno Pod Zavod Sokol Dub Lypo Vyshe Nyzhnio Sviato Kamian Pisko Bere Ozer Hor Lis Myr Yasen Zoria Vo Kry Tro Sla Bor Khmil Rivne Ivan Oleks Mykol Petro Serh Vasyl Hryh Pavl Fedor Stepan Yury Andri Mar Ol Iv Ter Lutsk Zhyt');
const PLACE_B = uniq('pil hrad horod dar ivka ivske ove ynka ky tsi yn ne ove ets iv ava ska ytsia ka ukh ske ane ia avka yk ichi ivtsi ansk opil omyr');
const PLACE_KINDS = ['city', 'town', 'village', 'region'];
const TOPICS = ('negotiations sanctions air defence energy Russo-Ukrainian war diplomacy drones NATO elections economy inflation grain exports ' +
  'nuclear safety humanitarian aid refugees reconstruction corruption cyberattacks mobilization front line artillery missile strikes ' +
  'prisoner exchange ceasefire EU accession military aid oil prices gas transit black sea shipping human rights war crimes ' +
  'occupied territories partisan activity air force navy intelligence propaganda disinformation media freedom civil society ' +
  'border security migration climate agriculture railways power grid heating season education healthcare pensions taxes ' +
  'defence industry arms production debt relief frozen assets tribunal peacekeeping').split(' ');
// Multi-word topics are written with a hyphen above only where they are one word; join pairs greedily into 60 tags.
const TOPIC_TAGS = buildTopicTags();
function buildTopicTags(): string[] {
  const multi = ['air defence', 'Russo-Ukrainian war', 'grain exports', 'nuclear safety', 'humanitarian aid', 'front line', 'missile strikes', 'prisoner exchange',
    'EU accession', 'military aid', 'oil prices', 'gas transit', 'black sea shipping', 'human rights', 'war crimes', 'occupied territories', 'partisan activity',
    'air force', 'media freedom', 'civil society', 'border security', 'power grid', 'heating season', 'defence industry', 'arms production', 'debt relief', 'frozen assets'];
  const single = TOPICS.filter((w) => !multi.some((m) => m.split(' ').includes(w)));
  return [...new Set([...multi, ...single])].slice(0, 60);
}
const EVENT_KINDS: [string, string][] = [['MEETING', 'meeting'], ['NEGOTIATIONS', 'talks'], ['ATTACK', 'strike'], ['SUMMIT', 'summit'], ['ELECTION', 'election'],
  ['ULTIMATUM', 'ultimatum'], ['CAMPAIGN', 'offensive'], ['EXCHANGE', 'prisoner exchange'], ['CONFERENCE', 'conference']];
const VERBS: [string, string, StatementKind][] = [['assessed', 'assess', 'ASSESSMENT'], ['said', 'say', 'QUOTE'], ['warned', 'warn', 'WARNING'], ['claimed', 'claim', 'CLAIM'],
  ['announced', 'announce', 'ANNOUNCEMENT'], ['noted', 'note', 'ASSESSMENT'], ['stated', 'state', 'QUOTE'], ['reported', 'report', 'CLAIM']];
const CLAIMS = ['the offensive near {p} has stalled after heavy losses', 'new air defence systems will reach {p} before winter',
  'talks on a ceasefire could resume within {n} weeks', 'sanctions on energy exports are starting to bite in {p}', 'drone attacks on {p} have intensified over the past {n} days',
  'the proposal does not address the occupation of {p}', 'support for {p} will continue for as long as it takes', '{e} is preparing a new push towards {p}',
  '{e} has moved {n} battalions closer to {p}', 'the talks with {e} made progress on {n} points', 'reconstruction of {p} will cost at least {n} billion euros',
  'grain shipments from {p} rose by {n} per cent', '{e} will not accept any deal that ignores {p}', 'the strike on {p} damaged {n} energy facilities'];
const FILLER = ['Officials in {p} said the situation remained tense.', 'The report was published on the eve of the meeting in {p}.', '{e} did not respond to a request for comment.',
  'Residents of {p} reported explosions overnight.', 'Analysts have followed the developments in {p} for months.', 'The statement came after {e} visited {p}.'];

const YEAR_MS = 365 * 86_400_000;
const START_MS = Date.UTC(2024, 0, 1);

export interface Universe { people: number; orgs: number; places: number; events: number }
/**
 * Ranks to draw from. The long tail is never drawn in full, so the universes are larger than what
 * appears: at N = 20,000 about 10k people, 3k organizations, 2k places and 2k events are named
 * (with 60 topics and ~80k statements from ~4 per article).
 */
export function universeFor(n: number): Universe {
  return { people: Math.ceil(n * 0.85), orgs: Math.ceil(n * 0.22), places: Math.ceil(n * 0.125), events: Math.ceil(n * 0.19) };
}

export function personName(rank: number): string {
  if (rank < HUB_PEOPLE.length) return HUB_PEOPLE[rank]![0];
  const r = rank - HUB_PEOPLE.length;
  const name = `${FIRST[r % FIRST.length]} ${LAST[mix(r, FIRST.length, LAST.length)]}`;
  const round = Math.floor(r / (FIRST.length * LAST.length));
  return round === 0 ? name : `${name} ${['Jr', 'II', 'III', 'IV'][round - 1] ?? `V${round}`}`;
}
/** Authors are people too; double-barrelled surnames keep them apart from every mentioned person. */
export function authorName(k: number): string {
  return `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}-${LAST[(k * 31 + 7) % LAST.length]}`;
}

export function orgName(rank: number): { name: string; alias?: string; kind: string } {
  if (rank < HUB_ORGS.length) { const [name, alias, kind] = HUB_ORGS[rank]!; return { name, alias: alias || undefined, kind }; }
  const r = rank - HUB_ORGS.length;
  const name = `${ORG_HEAD[r % ORG_HEAD.length]} ${ORG_TAIL[mix(r, ORG_HEAD.length, ORG_TAIL.length)]}`;
  const round = Math.floor(r / (ORG_HEAD.length * ORG_TAIL.length));
  return { name: round === 0 ? name : `${name} ${round + 1}`, kind: ORG_KINDS[r % ORG_KINDS.length]! };
}
export function placeName(rank: number): { name: string; kind: string } {
  if (rank < HUB_PLACES.length) { const [name, kind] = HUB_PLACES[rank]!; return { name, kind }; }
  const r = rank - HUB_PLACES.length;
  const base = `${PLACE_A[r % PLACE_A.length]}${PLACE_B[mix(r, PLACE_A.length, PLACE_B.length)]}`;
  const round = Math.floor(r / (PLACE_A.length * PLACE_B.length));
  return { name: round === 0 ? base : `${base} ${round + 1}`, kind: PLACE_KINDS[r % PLACE_KINDS.length]! };
}
/** Events recur across reports: rank → one name and date. */
function eventOf(rank: number): { name: string; kind: string; date: string; place: number } {
  const [kind, word] = EVENT_KINDS[rank % EVENT_KINDS.length]!;
  const place = (rank * 7) % 40;
  const date = new Date(START_MS + ((rank * 104_729) % 730) * 86_400_000).toISOString().slice(0, 10);
  return { name: `${placeName(place).name} ${word} ${Math.floor(rank / EVENT_KINDS.length) + 1}`, kind, date, place };
}

/**
 * The second word of name number r (first word r % a): neighbours in rank get different second
 * words too, and (first, second) stays unique for every r < a·b.
 */
function mix(r: number, a: number, b: number): number {
  return (Math.floor(r / a) + (r % a)) % b;
}

/**
 * A Zipf-like rank in [0, max): P(r) ∝ 1/(r + k0). The offset k0 keeps the head below the hubs,
 * which are added on purpose with their own rates (a plain 1/r would put rank 0 in half the articles).
 */
export function zipf(random: () => number, max: number, k0 = 8): number {
  return Math.min(max - 1, Math.floor(k0 * Math.exp(random() * Math.log((max + k0) / k0))) - k0);
}

export const ISW_ID = entityId('organization', HUB_ORGS[0]![0]);
export const HUB_PERSON_ID = entityId('person', HUB_PEOPLE[0]![0]);

/** The archive's articles, oldest first. */
export function* generateCorpus(n: number, seed = DEFAULT_SEED): Generator<ParsedArticle> {
  const u = universeFor(n);
  const recent: { speaker: string; text: string }[] = [];
  for (let i = 0; i < n; i++) yield generateArticle(i, n, u, prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0), recent);
}

function generateArticle(i: number, n: number, u: Universe, random: () => number, recent: { speaker: string; text: string }[]): ParsedArticle {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  // New names appear as the archive grows: article i draws from the first (i+1)/n of each universe (at least a core).
  const grow = (size: number, core: number) => Math.max(Math.min(size, core), Math.ceil((size * (i + 1)) / n));

  const entities = new Map<string, ParsedEntity>();
  const add = (e: ParsedEntity) => { if (!entities.has(e.id)) entities.set(e.id, e); return entities.get(e.id)!; };
  const addPerson = (rank: number) => {
    const name = personName(rank);
    const role = rank < HUB_PEOPLE.length ? HUB_PEOPLE[rank]![1] : undefined;
    return add({ id: entityId('person', name), type: 'PERSON', name, aliases: [], roles: role ? [role] : [] });
  };
  const addOrg = (rank: number) => {
    const o = orgName(rank);
    return add({ id: entityId('organization', o.name), type: 'ORGANIZATION', name: o.name, aliases: o.alias ? [o.alias] : [], roles: [], kind: o.kind });
  };
  const addPlace = (rank: number) => {
    const p = placeName(rank);
    return add({ id: entityId('place', p.name), type: 'PLACE', name: p.name, aliases: [], roles: [], kind: p.kind });
  };

  // Hubs first, then Zipf draws: ~8–15 entities in all.
  if (random() < 0.27) addOrg(0);
  if (random() < 0.2) addPerson(0);
  if (random() < 0.15) addPerson(1);
  if (random() < 0.1) addPerson(2);
  for (let h = 3; h < HUB_PEOPLE.length; h++) if (random() < 0.04) addPerson(h);
  for (let h = 1; h < HUB_ORGS.length; h++) if (random() < 0.05) addOrg(h);
  const target = int(8, 15);
  for (let guard = 0; entities.size < target && guard < 100; guard++) {
    const roll = random();
    // Hub people and organizations come only from the rates above; places keep their head (Ukraine, Russia…).
    if (roll < 0.45) addPerson(HUB_PEOPLE.length + zipf(random, grow(u.people, 50)));
    else if (roll < 0.75) addOrg(HUB_ORGS.length + zipf(random, grow(u.orgs, 30)));
    else addPlace(zipf(random, grow(u.places, 30), 2));
  }
  const ents = [...entities.values()];
  const byType = (t: string) => ents.filter((e) => e.type === t);
  const name = (e: ParsedEntity) => (e.aliases[0] && random() < 0.5 ? e.aliases[0] : e.name);
  const aPlace = () => byType('PLACE')[0] ?? ents[0]!;

  // One person in three holds a role at an organization of the article: HOLDS_ROLE edges for paths.
  const orgs = byType('ORGANIZATION');
  for (const p of byType('PERSON')) {
    if (orgs.length > 0 && random() < 0.33 && p.roles.length === 0) {
      const title = pick(['spokesperson', 'director', 'analyst', 'minister', 'commander', 'adviser']);
      p.roles = [title];
      p.positions = [{ title, of: pick(orgs).id }];
    }
  }

  const tags = [...new Set(Array.from({ length: int(2, 5) }, () => TOPIC_TAGS[zipf(random, TOPIC_TAGS.length)]!))];
  const authors = [...new Set(Array.from({ length: int(1, 3) }, () => authorName(zipf(random, Math.max(20, Math.ceil(n / 100))))))];

  let event: ParsedEvent | null = null;
  if (random() < 0.5) {
    const ev = eventOf(zipf(random, grow(u.events, 20)));
    const participants = [...new Set([pick(ents).id, pick(ents).id])];
    event = { id: eventId(ev.name, ev.date), name: ev.name, kind: ev.kind, date: ev.date, status: pick(['occurred', 'announced', 'expected'] as const), participants };
  }

  const fill = (template: string) => template
    .replace(/\{p\}/g, () => aPlace().name)
    .replace(/\{e\}/g, () => name(pick(ents)))
    .replace(/\{n\}/g, () => String(int(2, 90)));

  // Statements: ~4, speakers Zipf over the article's entities with ISW and hub people favoured.
  const speakers = ents.slice().sort((a, b) => weight(b) - weight(a));
  const statements: ParsedStatement[] = [];
  const pending: { s: Omit<ParsedStatement, 'evidence'>; sentence: string }[] = [];
  const count = int(3, 5);
  for (let k = 0; k < count; k++) {
    const reuse = recent.length > 200 && random() < 0.03 ? recent[Math.floor(random() * (recent.length - 100))]! : null;
    if (reuse && !entities.has(reuse.speaker)) continue;
    const speaker = reuse ? entities.get(reuse.speaker)! : speakers[Math.min(speakers.length - 1, zipf(random, speakers.length))]!;
    const [asWritten, verb, kind] = pick(VERBS);
    const text = reuse ? reuse.text : `${fill(pick(CLAIMS))} (report ${i + 1}.${k + 1})`;
    const sentence = `${name(speaker)} ${asWritten} that ${text}.`;
    const id = statementId(speaker.id, text);
    if (pending.some((p) => p.s.id === id)) continue;
    const about = new Set<string>();
    for (let a = int(1, 3); a > 0; a--) about.add(pick(ents).id);
    if (random() < 0.6) about.add(topicId(pick(tags)));
    if (event && random() < 0.4) about.add(event.id);
    about.delete(speaker.id);
    pending.push({ s: { id, speaker: speaker.id, verb, verbAsWritten: asWritten, kind, text, about: [...about] }, sentence });
    if (!reuse) recent.push({ speaker: speaker.id, text });
  }
  if (recent.length > 5000) recent.splice(0, recent.length - 5000);

  // Body: a lede, one paragraph per statement with a filler sentence, a closing paragraph.
  let body = '';
  const append = (paragraph: string) => { body += (body ? '\n\n' : '') + paragraph; };
  append(`${fill(pick(FILLER))} ${ents.slice(0, 4).map((e) => e.name).join(', ')} were named in the latest reports.`);
  for (const { s, sentence } of pending) {
    const lead = fill(pick(FILLER));
    const start = body.length + (body ? 2 : 0) + lead.length + 1;
    append(`${lead} ${sentence} ${fill(pick(FILLER))}`);
    statements.push({ ...s, evidence: { sentence, start, end: start + sentence.length } });
  }
  if (event) append(`The ${event.name} was ${event.status === 'occurred' ? 'held' : 'planned'} on ${event.date}.`);
  append(`${fill(pick(FILLER))} ${ents.slice(4).map((e) => e.name).join(', ')} were also mentioned.`);

  const ms = START_MS + Math.floor(((i + random()) / n) * 2 * YEAR_MS);
  const publishedAt = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lead = statements[0];
  const title = lead ? `${lead.evidence.sentence.split(' that ')[0]} that ${lead.text.replace(/ \(report [\d.]+\)$/, '')}` : `Report ${i + 1}`;
  return {
    article: { title, publishedAt, authors, tags, url: `https://news.example/${publishedAt.slice(0, 7)}/report-${i + 1}`, section: 'War', language: 'en', body },
    entities: ents,
    statements,
    events: event ? [event] : [],
  };
}

/** Who speaks: ISW most, then hub people, then by corpus-wide rank (people over organizations over places). */
function weight(e: ParsedEntity): number {
  if (e.id === ISW_ID) return 100;
  if (e.type === 'PERSON' && HUB_PEOPLE.some(([n]) => n === e.name)) return 50;
  return e.type === 'PERSON' ? 3 : e.type === 'ORGANIZATION' ? 2 : 1;
}
