/**
 * `npm run bench:data [-- --count 20000 --out bench/data]`: a deterministic synthetic corpus of news
 * articles in the seed's plain-text shape (header line, title, byline run into the date, caption,
 * body with "Source:", "Details:" and "Quote from X:" markers, tags run together), so the ingest
 * benchmark exercises the whole pipeline on realistic input. Who appears is drawn from a universe
 * of 40,000 people and 20,000 organizations (the names of bench/api/corpus.ts) with Zipf-distributed
 * frequency: a few names recur in many reports, most are rare, and new ones keep appearing as the
 * corpus grows. Same seed → byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { orgName, personName, zipf } from './api/corpus.js';
import { prng } from './prng.js';

const PLACES = [
  'Ukraine', 'Russia', 'Kyiv', 'Kharkiv', 'Odesa', 'Poland', 'Germany', 'France', 'Belarus', 'Moldova', 'Norway', 'Sweden', 'Finland',
  'Estonia', 'Latvia', 'Lithuania', 'Denmark', 'Spain', 'Italy', 'Portugal', 'Brazil', 'Chile', 'Mexico', 'India', 'Japan', 'Kenya', 'Ghana',
] as const;
const TOPICS = ['negotiations', 'sanctions', 'energy', 'diplomacy', 'markets', 'labour', 'shipping', 'elections', 'trade', 'climate', 'banking', 'infrastructure'] as const;
const CLAIMS = [
  'the project near {place} has stalled after heavy losses',
  'new contracts will reach {place} before winter',
  'talks on a settlement could resume within weeks',
  'sanctions on energy exports are starting to bite',
  'prices in {place} have risen sharply over the past week',
  'the proposal does not address the situation in {place}',
  'support for {place} will continue for as long as it takes',
  'the strike will spread to ports in {place} next month',
];
const VERBS = ['said', 'warned', 'noted', 'announced', 'emphasised'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AUTHORS = ['Olha Hlushchenko', 'Iryna Kutielieva', 'Alona Mazurenko', 'Mykola Topalov', 'Tetiana Oliinyk', 'Hannah Webb', 'Marcus Hale', 'Priya Natarajan'];

/** Ranks drawn from: tens of thousands of each, most of the tail never named. */
export const PEOPLE = 40_000;
export const ORGANIZATIONS = 20_000;
const ROLES = ['chief executive', 'spokesperson', 'finance director', 'senior analyst', 'union leader', 'board chair', 'economist', 'legal adviser', 'press officer', 'researcher'];

export function generateArticle(i: number, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 300) * 86_400_000);
  const hh = String(Math.floor(random() * 24)).padStart(2, '0');
  const mm = String(Math.floor(random() * 60)).padStart(2, '0');
  const place = pick(PLACES);
  const org = orgName(zipf(random, ORGANIZATIONS));
  const orgRef = org.alias ?? org.name;
  const personRank = zipf(random, PEOPLE);
  const otherRank = zipf(random, PEOPLE);
  const person = { name: personName(personRank), role: ROLES[personRank % ROLES.length]! };
  const other = { name: personName(otherRank === personRank ? personRank + 1 : otherRank), role: ROLES[(otherRank + 3) % ROLES.length]! };
  const claim = () => pick(CLAIMS).replace('{place}', pick(PLACES));
  const verb = pick(VERBS);
  const quoted = claim();
  const tags = [pick(TOPICS), pick(TOPICS)].filter((t, k, all) => all.indexOf(t) === k);
  const iso = day.toISOString().slice(0, 10);
  const surname = (name: string) => name.split(' ').at(-1)!;
  return [
    ` date ${iso} All Sections`,
    `${surname(person.name)} says ${claim()} – report ${i + 1}`,
    '',
    `${pick(AUTHORS)}${WEEKDAYS[day.getUTCDay()]}, ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}, ${hh}:${mm}`,
    `${person.name}. Photo: Getty Images`,
    '',
    `${person.name}, the ${person.role} of ${org.name}${org.alias ? ` (${org.alias})` : ''}, ${verb} that ${claim()}, according to a statement released on ${WEEKDAYS[(day.getUTCDay() + 6) % 7]}.`,
    '',
    `Source: ${orgRef}`,
    '',
    `Details: Analysts at ${orgRef} assess that ${claim()}. ${other.name}, a ${other.role}, met officials in ${place} on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}.`,
    '',
    `Quote from ${orgRef}: "${quoted[0]!.toUpperCase()}${quoted.slice(1)}."`,
    '',
    `"We will not accept any deal that ignores ${place}," ${surname(other.name)} said. ${surname(person.name)} added that ${claim()}.`,
    '',
    tags.join(''),
    '',
  ].join('\n');
}

function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, out: { type: 'string', default: 'bench/data' }, seed: { type: 'string', default: '20250722' } } });
  const count = Number(values.count);
  const random = prng(Number(values.seed));
  rmSync(values.out!, { recursive: true, force: true });
  mkdirSync(values.out!, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateArticle(i, random);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(values.out!, `article-${String(i + 1).padStart(5, '0')}.txt`), text);
  }
  console.log(`Wrote ${count} articles (${(bytes / 1024).toFixed(0)} KiB) to ${values.out}`);
}

main();
