import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedArticleMeta } from '../contract.js';
import { extract } from './extract.js';
import type { AboutRef, ExtractedStatement, Extraction, Mention } from './types.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/articles/isw-negotiating-table-2025-07-22.json', import.meta.url), 'utf8')) as ParsedArticle;

function article(body: string, extra: Partial<ParsedArticleMeta> = {}): ParsedArticleMeta {
  return { title: 'Test', publishedAt: '2025-07-22T10:00:00', authors: [], tags: [], body, ...extra };
}

const speakerOf = (x: Extraction, s: ExtractedStatement): string | null => (s.speaker === null ? null : x.mentions[s.speaker]!.text);
const aboutNames = (x: Extraction, refs: AboutRef[]): string[] =>
  refs.map((r) => ('mention' in r ? x.mentions[r.mention]!.canonical ?? x.mentions[r.mention]!.text : 'event' in r ? `event:${x.events[r.event]!.name}` : `topic:${r.topic}`));
const bodyMentions = (x: Extraction, text: string): Mention[] => x.mentions.filter((m) => m.field === 'body' && m.text === text);

describe('extract — the seed article', () => {
  const x = extract(seed.article);
  const body = seed.article.body;

  it('keeps offsets honest: every body mention and evidence slices back out of the body', () => {
    for (const m of x.mentions.filter((m) => m.field === 'body')) expect(body.slice(m.start, m.end)).toBe(m.text);
    for (const s of x.statements) {
      expect(body.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.sentence);
      expect(body.slice(s.textStart, s.textEnd)).toBe(s.text);
    }
  });

  it('finds the Institute for the Study of War with its acronym, and ISW alone as the same type', () => {
    const isw = bodyMentions(x, 'Institute for the Study of War')[0]!;
    expect(isw.type).toBe('ORGANIZATION');
    expect(isw.acronym).toBe('ISW');
    const short = x.mentions.filter((m) => m.text === 'ISW');
    expect(short.length).toBeGreaterThanOrEqual(5);
    for (const m of short) expect(m.type).toBe('ORGANIZATION');
    expect(x.mentions.find((m) => m.field === 'title' && m.text === 'ISW')).toBeDefined();
    expect(x.mentions.find((m) => m.field === 'source' && m.text === 'ISW')).toBeDefined();
  });

  it('reads people with their roles, never as part of the name', () => {
    const putin = bodyMentions(x, 'Vladimir Putin');
    expect(putin).toHaveLength(2);
    for (const p of putin) {
      expect(p.type).toBe('PERSON');
      expect(p.role?.text).toBe('Russian leader');
      expect(p.role?.title).toBe('leader');
      const of = x.mentions[p.role!.of!]!;
      expect(of).toMatchObject({ text: 'Russian', demonym: true, canonical: 'Russia' });
    }
    const healey = bodyMentions(x, 'John Healey')[0]!;
    expect(healey.role).toMatchObject({ text: 'UK Defence Secretary', title: 'Defence Secretary' });
    expect(x.mentions[healey.role!.of!]).toMatchObject({ text: 'UK', type: 'PLACE', canonical: 'United Kingdom' });
    const trump = bodyMentions(x, 'Donald Trump')[0]!;
    expect(trump.role).toMatchObject({ text: 'US President', title: 'President' });
    expect(x.mentions[trump.role!.of!]).toMatchObject({ text: 'US', canonical: 'United States' });
    expect(bodyMentions(x, 'Healey')[0]?.type).toBe('PERSON');
    expect(bodyMentions(x, 'Putin')[0]?.type).toBe('PERSON');
  });

  it('takes the author, the caption and places; demonyms point at their country', () => {
    expect(x.mentions.find((m) => m.field === 'author')).toMatchObject({ text: 'Olha Hlushchenko', type: 'PERSON' });
    expect(x.mentions.find((m) => m.field === 'caption')).toMatchObject({ text: 'Foreign Ministry', type: 'ORGANIZATION', kindHint: 'government' });
    expect(bodyMentions(x, 'Ukraine Defence Contact Group')[0]).toMatchObject({ type: 'ORGANIZATION' });
    expect(bodyMentions(x, 'Kremlin')[0]).toMatchObject({ type: 'ORGANIZATION' });
    // "Russia’s" with a curly apostrophe: the possessive is not part of the name
    expect(bodyMentions(x, 'Russia').length).toBeGreaterThanOrEqual(4);
    expect(bodyMentions(x, 'Ukrainian').every((m) => m.demonym && m.canonical === 'Ukraine')).toBe(true);
  });

  it('finds the eight statements in order', () => {
    expect(x.statements.map((s) => [speakerOf(x, s), s.verb, s.kind])).toEqual([
      ['ISW', 'assess', 'ASSESSMENT'],
      ['John Healey', 'announce', 'ANNOUNCEMENT'],
      ['Healey', 'emphasise', 'CLAIM'],
      ['Donald Trump', 'warn', 'WARNING'],
      ['ISW', 'say', 'QUOTE'],
      ['ISW', 'note', 'ASSESSMENT'],
      [null, 'suggest', 'CLAIM'],
      ['ISW', 'say', 'QUOTE'],
    ]);
  });

  it('attributes "Experts from the Institute for the Study of War (ISW) assess that …" to ISW', () => {
    const s = x.statements[0]!;
    expect(s.verbAsWritten).toBe('assess');
    expect(s.text).toBe(seed.statements[0]!.text);
    expect(s.evidence).toEqual(seed.statements[0]!.evidence);
    // "military assistance" names the topic (rules/statement-topics.ts); "negotiating table" the tag.
    expect(new Set(aboutNames(x, s.about))).toEqual(new Set(['Ukraine', 'Russia', 'Vladimir Putin', 'topic:negotiations', 'topic:military aid']));
  });

  it("reads Healey's announcement of the 50-day drive, without the \"Details:\" marker", () => {
    const s = x.statements[1]!;
    expect(s.verbAsWritten).toBe('announced');
    expect(s.text).toBe('a "50-day drive" to strengthen Ukraine\'s military capabilities during the Ukraine Defence Contact Group meeting on 21 July');
    expect(s.evidence).toEqual({ sentence: seed.statements[1]!.evidence.sentence, start: 323, end: 489 });
    expect(new Set(aboutNames(x, s.about))).toEqual(new Set(['Ukraine', 'event:50-day drive', 'event:Ukraine Defence Contact Group meeting']));
  });

  it("reads Healey's emphasis up to the citing clause, about the effort and what he cites", () => {
    const s = x.statements[2]!;
    expect(s.text).toBe('the urgency of the effort');
    expect(s.verbAsWritten).toBe('emphasised');
    expect(s.evidence.start).toBe(559);
    expect(s.evidence.end).toBe(832);
    expect(new Set(aboutNames(x, s.about))).toEqual(new Set(['event:50-day drive', 'event:100 per cent secondary tariffs']));
  });

  it('reads "citing US President Donald Trump\'s warning that …" as a warning by Trump', () => {
    const s = x.statements[3]!;
    expect(s.verbAsWritten).toBe('warning');
    expect(s.speakerVia).toBe('noun');
    expect(s.text).toBe(seed.statements[3]!.text);
    expect(s.evidence).toEqual(seed.statements[3]!.evidence);
    // "a peace agreement" names the negotiations topic from the statement's own words.
    expect(new Set(aboutNames(x, s.about))).toEqual(new Set(['Russia', 'Ukraine', 'event:100 per cent secondary tariffs', 'topic:negotiations']));
  });

  it('reads "Quote from ISW:" quotes as QUOTEs with the marker left out of the evidence', () => {
    for (const [i, j] of [
      [4, 4],
      [7, 7],
    ] as const) {
      const s = x.statements[i]!;
      expect(s.verbAsWritten).toBe('Quote from');
      expect(s.speakerVia).toBe('marker');
      expect(s.text).toBe(seed.statements[j]!.text);
      expect(s.evidence).toEqual(seed.statements[j]!.evidence);
    }
    expect(new Set(aboutNames(x, x.statements[7]!.about))).toEqual(new Set(['ISW', 'Kremlin', 'Ukraine', 'West', 'topic:negotiations']));
  });

  it('reads "ISW noted that …" and the unattributed "… suggests that …"', () => {
    const noted = x.statements[5]!;
    expect(noted.text).toBe(seed.statements[5]!.text);
    expect(noted.evidence).toEqual(seed.statements[5]!.evidence);
    const suggests = x.statements[6]!;
    expect(suggests.speaker).toBeNull();
    expect(suggests.anonymousSource).toBeUndefined();
    expect(suggests.text).toBe('its lack of genuine interest in pursuing a peace settlement remains unchanged');
    expect(new Set(aboutNames(x, suggests.about))).toEqual(new Set(['Russia', 'event:third round of talks', 'topic:negotiations']));
  });

  it('finds the four events with dates resolved against publication', () => {
    const ev = (name: string) => x.events.find((e) => e.name === name)!;
    const names = (ids: number[]) => ids.map((i) => x.mentions[i]!.canonical ?? x.mentions[i]!.text).sort();
    expect(x.events.map((e) => e.name).sort()).toEqual(['100 per cent secondary tariffs', '50-day drive', 'Ukraine Defence Contact Group meeting', 'third round of talks']);
    expect(ev('Ukraine Defence Contact Group meeting')).toMatchObject({ kind: 'MEETING', date: '2025-07-21', status: 'occurred' });
    expect(names(ev('Ukraine Defence Contact Group meeting').participants)).toEqual(['John Healey', 'Ukraine Defence Contact Group']);
    expect(ev('50-day drive')).toMatchObject({ kind: 'CAMPAIGN', date: '2025-07-21', status: 'announced' });
    expect(names(ev('50-day drive').participants)).toEqual(['John Healey', 'Ukraine', 'United Kingdom']);
    expect(ev('100 per cent secondary tariffs')).toMatchObject({ kind: 'ULTIMATUM', date: '2025-07-14', endDate: '2025-09-02', status: 'announced' });
    expect(names(ev('100 per cent secondary tariffs').participants)).toEqual(['Donald Trump', 'Russia', 'United States']);
    expect(ev('third round of talks')).toMatchObject({ kind: 'NEGOTIATIONS', date: null, status: 'expected' });
    expect(names(ev('third round of talks').participants)).toEqual(['Russia', 'Ukraine']);
  });
});

describe('extract — constructions', () => {
  const one = (body: string, extra?: Partial<ParsedArticleMeta>) => {
    const x = extract(article(body, extra));
    return { x, s: x.statements.map((s) => ({ ...s, who: speakerOf(x, s) })) };
  };

  it('quote with the speaker after it: "…," said X', () => {
    const { x, s } = one('"This is unacceptable," said Kremlin spokesman Dmitry Peskov on Monday.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Dmitry Peskov', verb: 'say', verbAsWritten: 'said', kind: 'QUOTE', text: 'This is unacceptable' });
    const peskov = x.mentions[s[0]!.speaker!]!;
    expect(peskov.role).toMatchObject({ text: 'Kremlin spokesman', title: 'spokesman' });
    expect(x.mentions[peskov.role!.of!]!.text).toBe('Kremlin');
    expect(s[0]!.evidence.start).toBe(0);
  });

  it('quote with the speaker after it: "…," X said — across two sentences inside the quote, one statement each', () => {
    const { s } = one('"We will not stop. The operation continues," Peskov said.');
    expect(s.map((x) => [x.who, x.kind, x.text, x.evidence.sentence])).toEqual([
      ['Peskov', 'QUOTE', 'We will not stop.', '"We will not stop.'],
      ['Peskov', 'QUOTE', 'The operation continues', 'The operation continues," Peskov said.'],
    ]);
  });

  it('a quote interrupted by its attribution is one statement', () => {
    const { s } = one('"We are ready," Peskov said, "to talk about a ceasefire."');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Peskov', text: 'We are ready to talk about a ceasefire.' });
  });

  it('speaker before a colon: X said: "…"; and a following quoted sentence continues it', () => {
    const { s } = one('Zelensky said: "We need more air defence." "Every day counts."');
    expect(s.map((x) => [x.who, x.text, x.speakerVia])).toEqual([
      ['Zelensky', 'We need more air defence.', 'name'],
      ['Zelensky', 'Every day counts.', 'continuation'],
    ]);
  });

  it('reported speech with "that", an apposition role, and "She added that …"', () => {
    const { x, s } = one('A spokesperson for the Commission, Anna Kovacs, told reporters that the EU would respond. She added that sanctions were ready.');
    expect(s.map((x) => [x.who, x.verb, x.kind, x.text])).toEqual([
      ['Anna Kovacs', 'tell', 'CLAIM', 'the EU would respond'],
      ['Anna Kovacs', 'add', 'CLAIM', 'sanctions were ready'],
    ]);
    expect(s[1]!.speakerVia).toBe('pronoun');
    const kovacs = x.mentions[s[0]!.speaker!]!;
    expect(kovacs.role).toMatchObject({ text: 'spokesperson for the Commission', title: 'spokesperson' });
    expect(x.mentions[kovacs.role!.of!]!.text).toBe('Commission');
    expect(kovacs.gender).toBe('female');
  });

  it('apposition after the name: "Anna Kovacs, a spokesperson for the Commission, said on Monday that …"', () => {
    const { s } = one('Anna Kovacs, a spokesperson for the Commission, said on Monday that the package was ready.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Anna Kovacs', text: 'the package was ready' });
  });

  it('pronouns follow the last speaker of matching gender', () => {
    const { s } = one('Russian Foreign Minister Sergei Lavrov warned that Moscow would respond. Anna Kovacs said the EU was calm. "We will act," he said.');
    expect(s.map((x) => [x.who, x.kind])).toEqual([
      ['Sergei Lavrov', 'WARNING'],
      ['Anna Kovacs', 'CLAIM'],
      ['Sergei Lavrov', 'QUOTE'],
    ]);
  });

  it('trailing attribution: "…, the Air Force said."', () => {
    const { s } = one('Twenty drones were shot down overnight, the Air Force said.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Air Force', verb: 'say', text: 'Twenty drones were shot down overnight' });
    expect(s[0]!.evidence.start).toBe(0);
  });

  it('"according to X" at either end of the sentence', () => {
    const { s } = one('According to the Ukrainian Air Force, 20 drones were shot down. Forty missiles were launched, according to three diplomats.');
    expect(s.map((x) => [x.who, x.anonymousSource ?? null, x.verb, x.kind, x.text])).toEqual([
      ['Ukrainian Air Force', null, 'say', 'CLAIM', '20 drones were shot down'],
      [null, 'three diplomats', 'say', 'CLAIM', 'Forty missiles were launched'],
    ]);
    expect(s[1]!.verbAsWritten).toBe('according to');
  });

  it('anonymous sources keep speaker null and say who they are', () => {
    const { s } = one('Three diplomats told Reuters that the EU would act within two weeks.');
    expect(s).toHaveLength(1);
    // as written, like the speaker's name would be
    expect(s[0]).toMatchObject({ who: null, anonymousSource: 'Three diplomats', verb: 'tell', text: 'the EU would act within two weeks' });
  });

  it('unattributed claims: an inanimate subject "suggests that …"', () => {
    const { s } = one('The decision to send the same delegation suggests that Moscow is not interested.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: null, verb: 'suggest', kind: 'CLAIM', text: 'Moscow is not interested' });
    expect(s[0]!.anonymousSource).toBeUndefined();
  });

  it('verb kinds: assess/believe/estimate → ASSESSMENT, announce/confirm → ANNOUNCEMENT, warn/threaten → WARNING, point out → CLAIM', () => {
    const { s } = one(
      'ISW believes that Russia will attack. NATO estimated that costs would rise. Poland confirmed that it would send troops. Iran threatened that it would retaliate. Germany pointed out that the deal was late.',
    );
    expect(s.map((x) => [x.who, x.verb, x.kind])).toEqual([
      ['ISW', 'believe', 'ASSESSMENT'],
      ['NATO', 'estimate', 'ASSESSMENT'],
      ['Poland', 'confirm', 'ANNOUNCEMENT'],
      ['Iran', 'threaten', 'WARNING'],
      ['Germany', 'point out', 'CLAIM'],
    ]);
    expect(s[4]!.verbAsWritten).toBe('pointed out');
  });

  it('does not take nested reporting inside a quote, nor a scare quote, as statements', () => {
    const { s } = one('Quote from ISW: "ISW has assessed that Russia will not stop." Healey announced a "50-day drive".');
    expect(s.map((x) => [x.who, x.kind])).toEqual([
      ['ISW', 'QUOTE'],
      ['Healey', 'ANNOUNCEMENT'],
    ]);
  });
});

describe('extract — more constructions (from the sample corpus)', () => {
  const one = (body: string, extra?: Partial<ParsedArticleMeta>) => {
    const x = extract(article(body, extra));
    return { x, s: x.statements.map((s) => ({ ...s, who: speakerOf(x, s) })) };
  };

  it('a trailing attribution with an apposition, then ", adding that …" by the same speaker', () => {
    const { s } = one('Storage is 83 per cent full, a spokesperson for the European Commission, Anna Kovacs, said on Wednesday, adding that the EU was on track.');
    expect(s.map((x) => [x.who, x.verb, x.verbAsWritten, x.text])).toEqual([
      ['Anna Kovacs', 'say', 'said', 'Storage is 83 per cent full'],
      ['Anna Kovacs', 'add', 'adding', 'the EU was on track'],
    ]);
  });

  it('"X dismissed …, saying …" gives the saying to the sentence subject', () => {
    const { s } = one('The Kremlin on Friday dismissed the package as "futile", saying it would only harm European economies.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Kremlin', verb: 'say', verbAsWritten: 'saying', text: 'it would only harm European economies' });
  });

  it('coordinated verbs: "confirmed that …, but said …" are two statements by one speaker', () => {
    const { s } = one('Kremlin spokesman Dmitry Peskov confirmed that the two presidents had spoken, but said no date for a summit had been agreed.');
    expect(s.map((x) => [x.who, x.verb, x.text])).toEqual([
      ['Dmitry Peskov', 'confirm', 'the two presidents had spoken'],
      ['Dmitry Peskov', 'say', 'no date for a summit had been agreed'],
    ]);
  });

  it('a quote continued in the next sentence has no verb of its own', () => {
    const { s } = one('"We are racing against time," WHO spokesperson Daniela Ortiz told a briefing in Geneva. "Every week counts."');
    expect(s.map((x) => [x.who, x.verb, x.verbAsWritten ?? null, x.speakerVia])).toEqual([
      ['Daniela Ortiz', 'tell', 'told', 'name'],
      ['Daniela Ortiz', 'say', null, 'continuation'],
    ]);
  });

  it('a quote of several sentences before its attribution: one statement per sentence, the verb on the last (statement.quote.earlier-sentence)', () => {
    const { s } = one('Harbour master Lena Voss spoke on Monday. "We cannot move the ships. Mr. Aho agreed. The port stays shut," she told reporters.');
    expect(s.map((x) => [x.who, x.verb, x.verbAsWritten ?? null, x.text, x.rules?.[0]])).toEqual([
      ['Lena Voss', 'say', null, 'We cannot move the ships.', 'statement.quote.earlier-sentence'],
      ['Lena Voss', 'say', null, 'Mr. Aho agreed.', 'statement.quote.earlier-sentence'],
      ['Lena Voss', 'tell', 'told', 'The port stays shut', 'statement.quote.attribution-after'],
    ]);
    expect(s[2]!.evidence.sentence).toBe('The port stays shut," she told reporters.');
  });

  it('speaker after the quote behind a possessive role: "…," the company\'s chief executive, Eva de Boer, said', () => {
    const { x, s } = one('Dutch freight company Nordwind Logistics was fined. "We never took part in any cartel," the company\'s chief executive, Eva de Boer, said in a statement.');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ who: 'Eva de Boer', kind: 'QUOTE' });
    const eva = x.mentions[s[0]!.speaker!]!;
    expect(eva.role).toMatchObject({ title: 'chief executive' });
    expect(x.mentions[eva.role!.of!]!.text).toBe('Nordwind Logistics');
  });

  it('anonymous sources with modifiers, places and parentheticals; "while" separates two statements', () => {
    const { s } = one('Aid workers in Darfur said that fighting had forced clinics to close, while a senior UN official, speaking on condition of anonymity, said access remained limited.');
    expect(s.map((x) => [x.who, x.anonymousSource, x.text])).toEqual([
      [null, 'Aid workers in Darfur', 'fighting had forced clinics to close'],
      [null, 'a senior UN official', 'access remained limited'],
    ]);
  });

  it('"according to … published by X" and "according to the country\'s health ministry"', () => {
    const { x, s } = one('Cholera spread in Sudan. More than 100,000 cases were recorded, according to the country\'s health ministry. The party won 50 per cent, according to results published by the Central Electoral Commission.');
    expect(s.map((x) => x.who)).toEqual(['health ministry', 'Central Electoral Commission']);
    expect(x.mentions[s[0]!.speaker!]).toMatchObject({ type: 'ORGANIZATION', canonical: 'Ministry of Health of Sudan' });
  });

  it('"the company said" is the last company named', () => {
    const { s } = one('Swedish battery maker Voltaris announced a plant. The plant will employ 1,500 people, the company said in a statement.');
    expect(s.map((x) => [x.who, x.text])).toEqual([
      ['Voltaris', 'a plant'],
      ['Voltaris', 'The plant will employ 1,500 people'],
    ]);
  });

  it('he/she: the person the previous sentence is about, before the last speaker', () => {
    const { s } = one('Igor Dodon claimed the vote had been rigged. European Council President António Costa congratulated Sandu. "Moldova\'s future is in the European Union," he wrote on X.');
    expect(s.map((x) => x.who)).toEqual(['Igor Dodon', 'António Costa']);
  });
});

describe('extract — names and places', () => {
  const names = (body: string, extra?: Partial<ParsedArticleMeta>) => extract(article(body, extra)).mentions.filter((m) => m.field !== 'author');

  it("a country's ministry gets a canonical name, the phrase as written stays its text", () => {
    const ms = names("China's commerce ministry warned. The Ukrainian Foreign Ministry said so.");
    expect(ms.filter((m) => m.type === 'ORGANIZATION').map((m) => [m.text, m.canonical])).toEqual([
      ['commerce ministry', 'Ministry of Commerce of China'],
      ['Ukrainian Foreign Ministry', 'Ministry of Foreign Affairs of Ukraine'],
    ]);
  });

  it('administrative and geographic words make places: Oblast, district, river, direction', () => {
    const ms = names('Kharkiv Oblast Governor Oleh Marchenko visited the Kyivskyi district, the Nemunas river and the Zaporizhzhia direction.');
    const places = ms.filter((m) => m.type === 'PLACE').map((m) => [m.text, m.kindHint]);
    expect(places).toEqual([
      ['Kharkiv Oblast', 'region'],
      ['Kyivskyi district', 'district'],
      ['Nemunas', 'river'],
      ['Zaporizhzhia', 'region'],
    ]);
    expect(ms.find((m) => m.text === 'Oleh Marchenko')?.role).toMatchObject({ text: 'Kharkiv Oblast Governor', title: 'Governor' });
  });

  it('a photo credit in a caption yields no mention; an org-type noun types the name after it', () => {
    const x = extract(article('Scandinavian carrier Nordic Air cancelled flights. Shares in Nordic Air fell.', { caption: 'Rescuers at work. Photo: State Emergency Service' }));
    expect(x.mentions.filter((m) => m.field === 'caption')).toEqual([]);
    expect(x.mentions.filter((m) => m.text === 'Nordic Air').map((m) => m.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  it('names with "of … and …" and a possessive inside stay whole', () => {
    const ms = names("Sandu's Party of Action and Solidarity (PAS) won. The United Nations Children's Fund (UNICEF) estimates that it is bad.");
    const orgs = ms.filter((m) => m.acronym).map((m) => [m.text, m.acronym]);
    expect(orgs).toEqual([
      ['Party of Action and Solidarity', 'PAS'],
      ["United Nations Children's Fund", 'UNICEF'],
    ]);
  });
});

describe('extract — events and dates', () => {
  it('"on Monday" is the Monday before publication; a meeting before publication occurred', () => {
    const x = extract(article('Ministers attended the NATO summit on Monday.', { publishedAt: '2025-07-23T09:00:00' }));
    expect(x.events).toEqual([expect.objectContaining({ name: 'NATO summit', kind: 'SUMMIT', date: '2025-07-21', status: 'occurred' })]);
  });

  it('a meeting after publication is expected', () => {
    const x = extract(article('The Ukraine Defence Contact Group meeting on 30 July will focus on air defence.'));
    expect(x.events[0]).toMatchObject({ name: 'Ukraine Defence Contact Group meeting', date: '2025-07-30', status: 'expected' });
  });

  it('"at the end of August" is a month; a round of talks there is expected', () => {
    const x = extract(article('Both sides agreed that the next round of talks will take place at the end of August.'));
    expect(x.events[0]).toMatchObject({ name: 'round of talks', kind: 'NEGOTIATIONS', date: null, status: 'expected' });
    const y = extract(article('Trump warned that he would impose sanctions on Iran at the end of August.'));
    expect(y.events[0]).toMatchObject({ name: 'sanctions on Iran', kind: 'ULTIMATUM', date: '2025-08', status: 'announced' });
  });

  it('ultimatum with a window: date is the start, endDate the deadline', () => {
    const x = extract(article('Trump warned that he would impose 50 per cent tariffs on Brazil within 30 days from 1 August.'));
    expect(x.events[0]).toMatchObject({ name: '50 per cent tariffs on Brazil', kind: 'ULTIMATUM', date: '2025-08-01', endDate: '2025-08-31' });
  });
});
