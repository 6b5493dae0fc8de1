/**
 * `npm run bench:data [-- --count 1200 --out bench/data]`: a deterministic synthetic corpus of news
 * articles in the seed's plain-text shape (header line, title, byline run into the date, caption,
 * body with "Source:", "Details:" and "Quote from X:" markers, tags run together), so the ingest
 * benchmark exercises the whole pipeline on realistic input. Same seed → byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prng } from './prng.js';

const PEOPLE = [
  ['Vladimir Putin', 'Russian leader'], ['Donald Trump', 'US President'], ['John Healey', 'UK Defence Secretary'],
  ['Volodymyr Zelensky', 'Ukrainian President'], ['Dmitry Peskov', 'Kremlin spokesman'], ['Ursula von der Leyen', 'European Commission President'],
  ['Mark Rutte', 'NATO Secretary General'], ['Kaja Kallas', 'EU foreign policy chief'], ['Andrii Sybiha', 'Ukrainian Foreign Minister'],
  ['Emmanuel Macron', 'French President'], ['Friedrich Merz', 'German Chancellor'], ['Keir Starmer', 'UK Prime Minister'],
  ['Rustem Umerov', 'Ukrainian Defence Minister'], ['Sergey Lavrov', 'Russian Foreign Minister'], ['Marco Rubio', 'US Secretary of State'],
] as const;
const ORGS = [
  ['Institute for the Study of War', 'ISW'], ['North Atlantic Treaty Organization', 'NATO'], ['International Atomic Energy Agency', 'IAEA'],
  ['European Commission', 'EC'], ['World Health Organization', 'WHO'], ['Organization for Security and Co-operation in Europe', 'OSCE'],
] as const;
const PLACES = ['Ukraine', 'Russia', 'Kyiv', 'Kharkiv', 'Zaporizhzhia', 'Odesa', 'Poland', 'Germany', 'France', 'Belarus', 'Moldova', 'Crimea'] as const;
const TOPICS = ['negotiations', 'sanctions', 'air defence', 'energy', 'Russo-Ukrainian war', 'diplomacy', 'drones', 'NATO'] as const;
const CLAIMS = [
  'the offensive near {place} has stalled after heavy losses',
  'new air defence systems will reach {place} before winter',
  'talks on a ceasefire could resume within weeks',
  'sanctions on energy exports are starting to bite',
  'drone attacks on {place} have intensified over the past week',
  'the ceasefire proposal does not address the occupation of {place}',
  'support for {place} will continue for as long as it takes',
];
const VERBS = [['assessed', 'assess'], ['said', 'say'], ['warned', 'warn'], ['noted', 'note'], ['announced', 'announce'], ['emphasised', 'emphasise']] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AUTHORS = ['Olha Hlushchenko', 'Iryna Kutielieva', 'Alona Mazurenko', 'Mykola Topalov', 'Tetiana Oliinyk'];

export function generateArticle(i: number, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 300) * 86_400_000);
  const hh = String(Math.floor(random() * 24)).padStart(2, '0');
  const mm = String(Math.floor(random() * 60)).padStart(2, '0');
  const place = pick(PLACES);
  const [org, acronym] = pick(ORGS);
  const [person, role] = pick(PEOPLE);
  const [other, otherRole] = pick(PEOPLE);
  const claim = () => pick(CLAIMS).replace('{place}', pick(PLACES));
  const [verb] = pick(VERBS);
  const tags = [acronym, pick(TOPICS), pick(TOPICS)].filter((t, k, all) => all.indexOf(t) === k);
  const iso = day.toISOString().slice(0, 10);
  return [
    ` date ${iso} All Sections`,
    `${person.split(' ').at(-1)} says ${claim()} – report ${i + 1}`,
    '',
    `${pick(AUTHORS)}${WEEKDAYS[day.getUTCDay()]}, ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}, ${hh}:${mm}`,
    `${person}. Photo: Getty Images`,
    '',
    `${role} ${person} ${verb} that ${claim()}, according to a statement released on ${WEEKDAYS[(day.getUTCDay() + 6) % 7]}.`,
    '',
    `Source: ${acronym}`,
    '',
    `Details: Experts from the ${org} (${acronym}) assess that ${claim()}. ${otherRole} ${other} met officials in ${place} on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}.`,
    '',
    `Quote from ${acronym}: "${claim()[0]!.toUpperCase()}${claim().slice(1)}."`,
    '',
    `"We will not accept any deal that ignores ${place}," ${other.split(' ').at(-1)} said. He added that ${claim()}.`,
    '',
    tags.join(''),
    '',
  ].join('\n');
}

function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1200' }, out: { type: 'string', default: 'bench/data' }, seed: { type: 'string', default: '20250722' } } });
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
