import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedArticleMeta } from '../contract.js';
import { statementId } from '../../core/ids.js';
import { extract } from '../extract/extract.js';
import { defaultAliasFile, parseAliasFile } from './aliases.js';
import { analyse } from './analyse.js';
import { resolve } from './resolve.js';
import type { KnownEntity } from './types.js';

const seed = JSON.parse(readFileSync(new URL('../../../seed/articles/isw-negotiating-table-2025-07-22.json', import.meta.url), 'utf8')) as ParsedArticle;

function article(body: string, extra: Partial<ParsedArticleMeta> = {}): ParsedArticleMeta {
  return { title: 'Test', publishedAt: '2025-07-22T10:00:00', authors: [], tags: [], body, ...extra };
}

const ISW = 'organization:institute-for-the-study-of-war';

describe('analyse — the seed article', () => {
  const { parsed, created, matched } = analyse(seed.article);
  const entity = (id: string) => parsed.entities.find((e) => e.id === id);
  const stmt = (text: string) => parsed.statements.find((s) => s.text.startsWith(text))!;

  it('is one organization for ISW and the Institute for the Study of War', () => {
    const orgs = parsed.entities.filter((e) => /isw|institute/i.test(e.id));
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ id: ISW, type: 'ORGANIZATION', name: 'Institute for the Study of War', aliases: ['ISW'], kind: 'think tank' });
  });

  it('has Putin, Healey and Trump with roles and positions, and the author', () => {
    expect(entity('person:vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', aliases: ['Putin'], roles: ['Russian leader'], positions: [{ title: 'leader', of: 'place:russia' }] });
    expect(entity('person:john-healey')).toMatchObject({ name: 'John Healey', aliases: ['Healey'], roles: ['UK Defence Secretary'], positions: [{ title: 'Defence Secretary', of: 'place:united-kingdom' }] });
    expect(entity('person:donald-trump')).toMatchObject({ name: 'Donald Trump', aliases: [], roles: ['US President'], positions: [{ title: 'President', of: 'place:united-states' }] });
    expect(entity('person:olha-hlushchenko')).toMatchObject({ type: 'PERSON', roles: [] });
    expect(entity('place:united-kingdom')).toMatchObject({ aliases: ['UK'], kind: 'country' });
    expect(entity('organization:kremlin')).toMatchObject({ kind: 'government' });
    expect(entity('organization:foreign-ministry')).toMatchObject({ kind: 'government' });
  });

  it('produces exactly the seed entities, in the seed order', () => {
    expect(parsed.entities).toEqual(seed.entities);
  });

  it('attributes every ISW assessment and quote to ISW', () => {
    const isw = parsed.statements.filter((s) => s.speaker === ISW);
    expect(isw.map((s) => [s.verb, s.kind])).toEqual([
      ['assess', 'ASSESSMENT'],
      ['say', 'QUOTE'],
      ['note', 'ASSESSMENT'],
      ['say', 'QUOTE'],
    ]);
    expect(isw.filter((s) => s.kind === 'QUOTE').every((s) => s.verbAsWritten === 'Quote from')).toBe(true);
  });

  it("has Healey's announcement of the 50-day drive and his emphasis", () => {
    const ann = stmt('a "50-day drive"');
    expect(ann).toMatchObject({ speaker: 'person:john-healey', verb: 'announce', kind: 'ANNOUNCEMENT' });
    expect(ann.about).toEqual(expect.arrayContaining(['event:50-day-drive-2025-07-21', 'event:ukraine-defence-contact-group-meeting-2025-07-21', 'place:ukraine']));
    const emp = stmt('the urgency of the effort');
    expect(emp).toMatchObject({ speaker: 'person:john-healey', verb: 'emphasise', verbAsWritten: 'emphasised', kind: 'CLAIM' });
    expect(new Set(emp.about)).toEqual(new Set(['event:50-day-drive-2025-07-21', 'event:100-per-cent-secondary-tariffs-2025-07-14']));
  });

  it("has Trump's tariff warning with its 14 July start and 2 September deadline", () => {
    const w = stmt('he would introduce');
    expect(w).toMatchObject({ speaker: 'person:donald-trump', verb: 'warn', verbAsWritten: 'warning', kind: 'WARNING' });
    const ev = parsed.events.find((e) => e.id === 'event:100-per-cent-secondary-tariffs-2025-07-14')!;
    expect(ev).toMatchObject({ kind: 'ULTIMATUM', date: '2025-07-14', endDate: '2025-09-02', status: 'announced' });
    expect(new Set(ev.participants)).toEqual(new Set(['person:donald-trump', 'place:united-states', 'place:russia']));
  });

  it('has the Contact Group meeting on 21 July (occurred) and the expected third round of talks', () => {
    const meeting = parsed.events.find((e) => e.name === 'Ukraine Defence Contact Group meeting')!;
    expect(meeting).toMatchObject({ id: 'event:ukraine-defence-contact-group-meeting-2025-07-21', date: '2025-07-21', status: 'occurred', kind: 'MEETING' });
    const talks = parsed.events.find((e) => e.name === 'third round of talks')!;
    expect(talks).toMatchObject({ id: 'event:third-round-of-talks', date: null, status: 'expected', kind: 'NEGOTIATIONS' });
    expect(new Set(talks.participants)).toEqual(new Set(['place:russia', 'place:ukraine']));
  });

  it('gives statements the seed ids, speakers, texts and evidence; about as sets', () => {
    expect(parsed.statements.map((s) => s.id)).toEqual(seed.statements.map((s) => s.id));
    parsed.statements.forEach((s, i) => {
      const want = seed.statements[i]!;
      expect({ ...s, about: new Set(s.about) }).toEqual({ ...want, about: new Set(want.about) });
    });
  });

  it('gives events the seed ids, participants as sets', () => {
    // the seed file predates the optional key and rules fields; they are checked below
    const norm = ({ key: _key, rules: _rules, ...e }: ParsedArticle['events'][number]) => ({ ...e, participants: new Set(e.participants) });
    expect(parsed.events.map(norm).sort((a, b) => a.id.localeCompare(b.id))).toEqual(seed.events.map(norm).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('gives each event its normalised key and the ids of the rules that made it', () => {
    const drive = parsed.events.find((e) => e.name === '50-day drive')!;
    expect(drive.key).toBe('campaign|2025-07-21|person:john-healey+place:ukraine+place:united-kingdom');
    expect(drive.rules).toEqual(['event.phrase.quoted-campaign']);
  });

  it('with an empty graph everything is created', () => {
    expect(matched).toEqual([]);
    expect(new Set(created)).toEqual(new Set(seed.entities.map((e) => e.id)));
  });

  it('against a graph holding the seed, every entity is matched and none created', () => {
    const again = analyse(seed.article, seed.entities);
    expect(again.created).toEqual([]);
    expect(new Set(again.matched)).toEqual(new Set(seed.entities.map((e) => e.id)));
  });
});

describe('resolve — names', () => {
  const run = (body: string, known: KnownEntity[] = [], extra: Partial<ParsedArticleMeta> = {}) => resolve(extract(article(body, extra)), known, defaultAliasFile());

  it('a surname after the full name is that person, and becomes an alias', () => {
    const { parsed } = run('Kremlin spokesman Dmitry Peskov spoke first. Peskov said that the talks were over.');
    const people = parsed.entities.filter((e) => e.type === 'PERSON');
    expect(people).toEqual([expect.objectContaining({ id: 'person:dmitry-peskov', aliases: ['Peskov'], roles: ['Kremlin spokesman'] })]);
    expect(parsed.statements[0]!.speaker).toBe('person:dmitry-peskov');
  });

  it('the plan says how each entity was found: a known person by surname alone, a known organization by its acronym, the rest by name or as new', () => {
    const known: KnownEntity[] = [
      { id: 'person:john-healey', type: 'PERSON', name: 'John Healey' },
      { id: 'organization:cec', type: 'ORGANIZATION', name: 'CEC' },
    ];
    const { plan } = run('Defence Secretary Healey said that the talks were over. The Central Electoral Commission (CEC) counted the votes. Kremlin spokesman Dmitry Peskov spoke.', known);
    const by = Object.fromEntries(plan.map((p) => [p.id, [p.status, p.by]]));
    expect(by).toMatchObject({ 'person:john-healey': ['matched', 'surname'], 'organization:cec': ['matched', 'acronym'], 'person:dmitry-peskov': ['created', 'new'] });
  });

  it('a surname in the title finds the full name in the body', () => {
    const { parsed } = run('Russian Foreign Minister Sergei Lavrov met reporters.', [], { title: 'Lavrov dismisses sanctions' });
    expect(parsed.entities.filter((e) => e.type === 'PERSON').map((e) => e.id)).toEqual(['person:sergei-lavrov']);
  });

  it('an acronym defined in the text is an alias of the full name; used alone later it is the same entity', () => {
    const { parsed } = run('The Central Electoral Commission (CEC) counted the votes. The CEC said that turnout was 41 per cent.');
    const cec = parsed.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(cec).toEqual([expect.objectContaining({ id: 'organization:central-electoral-commission', aliases: ['CEC'] })]);
    expect(parsed.statements[0]!.speaker).toBe('organization:central-electoral-commission');
  });

  it('curated aliases give canonical names: UK → United Kingdom, EU → European Union, ISW alone → the Institute', () => {
    const { parsed } = run('The UK and the EU agreed. ISW said that Russia would lose.');
    const ids = parsed.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['place:united-kingdom', 'organization:european-union', ISW, 'place:russia']));
    expect(parsed.entities.find((e) => e.id === ISW)).toMatchObject({ name: 'Institute for the Study of War', aliases: ['ISW'], kind: 'think tank' });
  });

  it('folds case and diacritics against the graph, reusing its id and name', () => {
    const known: KnownEntity[] = [{ id: 'person:anna-kovacs', type: 'PERSON', name: 'Anna Kovács', aliases: [] }];
    const { parsed, matched, created } = run('A spokesperson for the Commission, ANNA KOVACS, told reporters that the EU would respond.', known);
    expect(parsed.entities.find((e) => e.type === 'PERSON')).toMatchObject({ id: 'person:anna-kovacs', name: 'Anna Kovács' });
    expect(matched).toEqual(['person:anna-kovacs']);
    // "the Commission" is the European Commission by the curated aliases
    expect(created).toEqual(expect.arrayContaining(['organization:european-union', 'organization:european-commission']));
  });

  it('reuses a graph entity found by one of its aliases, even under another id', () => {
    const known: KnownEntity[] = [{ id: 'person:volodymyr-zelenskyy', type: 'PERSON', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Volodymyr Zelensky'] }];
    const { parsed, matched } = run('Ukrainian President Volodymyr Zelensky said that Ukraine was ready. Zelensky added that talks must include Kyiv.', known);
    const people = parsed.entities.filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'person:volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', roles: ['Ukrainian President'] });
    expect(matched).toContain('person:volodymyr-zelenskyy');
    expect(parsed.statements.every((s) => s.speaker === 'person:volodymyr-zelenskyy')).toBe(true);
  });

  it('a known surname alone resolves to the graph person', () => {
    const known: KnownEntity[] = [{ id: 'person:vladimir-putin', type: 'PERSON', name: 'Vladimir Putin', aliases: [] }];
    const { parsed, matched } = run('Putin said that Russia would not retreat.', known);
    expect(parsed.statements[0]!.speaker).toBe('person:vladimir-putin');
    expect(matched).toContain('person:vladimir-putin');
  });

  it('unknown entities are new, with deterministic ids, and demonyms alone create nothing', () => {
    const a = run('Voltaris CEO Marta Lindqvist said that Lithuanian engineers were skilled.');
    const b = run('Voltaris CEO Marta Lindqvist said that Lithuanian engineers were skilled.');
    expect(a.parsed).toEqual(b.parsed);
    expect(a.created).toContain('person:marta-lindqvist');
    expect(a.parsed.entities.find((e) => e.id === 'person:marta-lindqvist')).toMatchObject({ roles: ['Voltaris CEO'], positions: [{ title: 'CEO', of: 'organization:voltaris' }] });
    expect(a.created).toContain('organization:voltaris');
    // a demonym inside a statement points at its country, which is then an entity; elsewhere it creates nothing
    expect(a.parsed.statements[0]!.about).toContain('place:lithuania');
    expect(run('Marta Lindqvist met Lithuanian engineers.').parsed.entities.map((e) => e.id)).toEqual(['person:marta-lindqvist']);
 
    // a demonym or country before a currency or "-flagged" names the money or the ship's registry, never the country
    const money = run('Anna Berg said a Liberian-flagged tanker and a Malta-flagged carrier would each pay 2,000 Egyptian pounds.');
    expect(money.parsed.entities.map((e) => e.id)).toEqual(['person:anna-berg']);
    expect(money.parsed.statements[0]!.about).toEqual([]);
  });

  it('statement ids hash speaker and text; anonymous sources stay unattributed', () => {
    const { parsed } = run('Three diplomats told Reuters that the EU would act.');
    expect(parsed.statements).toEqual([
      expect.objectContaining({ speaker: null, anonymousSource: 'Three diplomats', id: statementId(null, 'the EU would act') }),
    ]);
  });
});

describe('resolve — what creates entities', () => {
  const run = (body: string, extra: Partial<ParsedArticleMeta> = {}) => resolve(extract(article(body, extra)), [], defaultAliasFile());

  it('the title and the named source only point at entities the body names', () => {
    const { parsed } = run('The European Commission will cut quotas, Anna Kovacs said.', { title: 'EU to cut steel quotas', source: 'EU Wire' });
    expect(parsed.entities.map((e) => e.id).sort()).toEqual(['organization:european-commission', 'person:anna-kovacs']);
  });

  it('a place named only in the caption is no entity; named in the body too, it is', () => {
    const caption = 'Trams at the central station in Vellinge, Norway.';
    const only = run('Floods closed roads across Spain on Monday.', { caption });
    expect(only.parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.id)).toEqual(['place:spain']);
    const both = run('The tram line to Norway’s border opened on Monday.', { caption });
    expect(both.parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.id)).toEqual(['place:norway']);
    // the body writes the caption's place where no rule of its own found it
    const written = run('The minister, who visited Vellinge on Monday, said repairs would take a year.', { caption });
    expect(written.parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.id)).toContain('place:vellinge');
    // written in the body only inside a longer name, it stays the caption's
    const inside = run('The Vellinge District Court on Monday fined the operator.', { caption });
    expect(inside.parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.id)).not.toContain('place:vellinge');
  });

  it('a short form of an organization named in full is the same organization', () => {
    const { parsed } = run('Dutch freight company Nordwind Logistics was fined. Nordwind\'s shares rose. The Commission said that it would appeal.');
    expect(parsed.entities.find((e) => e.id === 'organization:nordwind-logistics')).toMatchObject({ aliases: ['Nordwind'], kind: 'company' });
    expect(parsed.entities.some((e) => e.id === 'organization:nordwind')).toBe(false);
    expect(parsed.entities.find((e) => e.id === 'organization:european-commission')).toMatchObject({ aliases: ['Commission'] });
  });

  it.each([
    { body: 'The state freight operator Kelso Rail Logistics was fined on Monday. Kelso Rail said it would appeal.', full: 'organization:kelso-rail-logistics', short: 'Kelso Rail', how: 'its last word left out' },
    { body: 'The offer follows a rival bid from the US firm Harrow Bend Partners. Harrow Bend said it would not raise its bid.', full: 'organization:harrow-bend-partners', short: 'Harrow Bend', how: 'its last word left out' },
    // round 20 (entities20)
    { body: 'The Norvian High Commission in Vellu opened on Monday. The High Commission said most had found work.', full: 'organization:norvian-high-commission', short: 'High Commission', how: 'its first word left out' },
    { body: 'The Velm Court of Justice ordered the payment on Monday. The VCJ said the ruling was final.', full: 'organization:velm-court-of-justice', short: 'VCJ', how: 'its initials, with no bracket' },
  ])('$short, one organization named before by $how, is that organization', ({ body, full, short }) => {
    const { parsed } = run(body);
    expect(parsed.entities.find((e) => e.id === full)?.aliases).toEqual([short]);
    expect(parsed.statements.map((s) => s.speaker)).toEqual([full]);
  });

  it('initials two organizations share, or a first word left out of two names, stay their own', () => {
    const two = run('The Velm Court of Justice and the Vessa Chamber of Justice met on Monday. The VCJ said it would rule.');
    expect(two.parsed.entities.find((e) => e.id === 'organization:velm-court-of-justice')?.aliases ?? []).toEqual([]);
    const both = run('The Norvian High Commission and the Vessan High Commission met on Monday. The High Commission said talks would go on.');
    expect(both.parsed.statements.map((st) => st.speaker)).toEqual(['organization:high-commission']);
  });

  it('a shorter name written before the full one, or shared by two, stays its own', () => {
    const before = run('Kelso Rail said it would appeal. The state freight operator Kelso Rail Logistics was fined on Monday.');
    expect(before.parsed.entities.find((e) => e.id === 'organization:kelso-rail-logistics')?.aliases ?? []).toEqual([]);
    const two = run('Kelso Rail Logistics and Kelso Rail Holdings were fined on Monday. Kelso Rail said it would appeal.');
    expect(two.parsed.statements.map((s) => s.speaker)).toEqual(['organization:kelso-rail']);
  });

  it.each([
    {
      body: 'The Australian High Commission in Suva said on Monday that visas were ready. Most were issued in May, according to the High Commission.',
      full: 'organization:australian-high-commission',
      short: 'High Commission',
    },
    { body: 'The Kenyan Tea Development Board cut its price on Friday. Tea Development Board officials said buyers were scarce.', full: 'organization:kenyan-tea-development-board', short: 'Tea Development Board' },
  ])('$short, the name of one organization named before with its first word left out, is that organization', ({ body, full, short }) => {
    const { parsed } = run(body);
    expect(parsed.entities.find((e) => e.id === full)?.aliases).toEqual([short]);
    expect(parsed.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.id)).toEqual([full]);
  });

  it('a name that ends two organizations named before, or one named after it, stays its own', () => {
    const two = run('The Kenyan High Commission and the British High Commission met on Monday. The High Commission said talks would go on.');
    expect(two.parsed.statements.map((s) => s.speaker)).toEqual(['organization:high-commission']);
    const after = run('The High Commission said talks would go on. The Kenyan High Commission met on Monday.');
    expect(after.parsed.statements.map((s) => s.speaker)).toEqual(['organization:high-commission']);
  });
});

describe('alias file', () => {
  it('seed/aliases.json is valid and maps the usual short forms', () => {
    const file = defaultAliasFile();
    const find = (alias: string) => file.entities.find((e) => e.aliases?.includes(alias))?.name;
    expect(find('UK')).toBe('United Kingdom');
    expect(find('US')).toBe('United States');
    expect(find('ISW')).toBe('Institute for the Study of War');
    expect(find('EU')).toBe('European Union');
    expect(file.entities.find((e) => e.name === 'Kremlin')).toMatchObject({ type: 'ORGANIZATION', kind: 'government' });
  });

  it('knows oceans and world regions no package lists, by their short forms too', () => {
    const places = (body: string) => analyse(article(body)).parsed.entities.filter((e) => e.type === 'PLACE').map((e) => [e.name, e.kind]);
    expect(places('Crude oil spilled into the Pacific on Thursday.')).toEqual([['Pacific Ocean', 'ocean']]);
    expect(places('Shipments to the Middle East and the Caribbean fell.')).toEqual([['Middle East', 'region'], ['Caribbean', 'region']]);
    expect(places('It was the first landing since the Soviet Union in 1976.')).toEqual([['Soviet Union', 'country']]);
  });

  it('rejects a malformed file', () => {
    expect(() => parseAliasFile({ entities: [{ name: 'X', type: 'THING' }] })).toThrow(/Invalid alias file/);
  });
});
