import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [type, rules] of the body mentions written `name`, in text order. */
const typed = (body: string, name: string) =>
  extract(article(body))
    .mentions.filter((m) => m.field === 'body' && m.text === name)
    .map((m) => [m.type, m.rules ?? []]);
/** [speaker id, text] of each statement, after resolution. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.text]);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void extract(article('Warm-up.')), 60_000);

describe('mention.type.speaker-surname: a one-word speaker ending an untyped full name written before it', () => {
  it.each([
    {
      body: 'Kavu Teremo, a 17-year-old archer from the valley, won the cup on Sunday. "I came for a medal, not this," Teremo told reporters.',
      full: 'Kavu Teremo',
      surname: 'Teremo',
      said: [['person:kavu-teremo', 'I came for a medal, not this']],
    },
    {
      body: 'The club has appointed Sefo Talamai as coach. Talamai, who played 30 tests, told reporters that the team had lost players.',
      full: 'Sefo Talamai',
      surname: 'Talamai',
      said: [['person:sefo-talamai', 'the team had lost players']],
    },
  ])('$surname is the person $full', ({ body, full, surname, said }) => {
    expect(typed(body, full)).toEqual([['PERSON', ['mention.unknown.untyped', 'mention.type.speaker-surname']]]);
    expect(typed(body, surname)).toEqual([['PERSON', ['mention.unknown.untyped', 'mention.type.speaker-surname']]]);
    expect(statements(body)).toEqual(said);
  });

  it('leaves a name ending in a common noun alone: its last word speaking is no surname', () => {
    expect(typed('Dunmore Harbour Ferries won the tender. Ferries said it was pleased.', 'Ferries')).toEqual([['ORGANIZATION', ['mention.unknown.untyped', 'mention.type.speaker-organization']]]);
  });

  it('needs the full name before the speaker, not after it', () => {
    expect(typed('Teremo said the cup was his. Later Kavu Teremo left the valley.', 'Teremo')[0]?.[1]).not.toContain('mention.type.speaker-surname');
  });
});

describe('a speaker typed as a place only by a guess is typed by its pronoun (mention.type.speaker-pronoun-organization)', () => {
  it.each([
    // a region of the world list that nothing else types
    { body: 'Tolima, which runs two ferry lines, said it would cut fares in May.', name: 'Tolima', first: 'mention.place.world-name' },
    // a longer name typed only by the place inside it
    { body: 'Grijanje-Zagreb, which heats 40,000 flats, said it had lost money.', name: 'Grijanje-Zagreb', first: 'mention.unknown.place-word' },
  ])('$name', ({ body, name, first }) => {
    expect(typed(body, name)).toEqual([['ORGANIZATION', [first, 'mention.type.speaker-pronoun-organization']]]);
  });

  it('keeps a place that a preposition types elsewhere in the article', () => {
    expect(typed('The ferry docked in Tolima on Monday. Tolima said it would cut fares.', 'Tolima').map(([type]) => type)).toEqual(['PLACE', 'PLACE']);
  });
});

describe('an organization told by a lower-case noun for a body before it', () => {
  it.each([
    // right before the name, any noun of the organization lists (mention.unknown.organization-tag)
    { body: "The walkers' association Vandra Fot said the path was closed.", name: 'Vandra Fot', rules: ['mention.unknown.organization-tag'] },
    // a description before the name, over a first name when the name ends in a common noun (mention.org-cue.description-before)
    { body: 'The operator, Marianne Coach Lines, said it had changed its procedures.', name: 'Marianne Coach Lines', rules: ['mention.person.name', 'mention.org-cue.description-before'] },
    { body: 'The film will open on 20 January, its distributor, Orlo Pictures, said.', name: 'Orlo Pictures', rules: ['mention.unknown.untyped', 'mention.org-cue.description-before'] },
  ])('$name', ({ body, name, rules }) => {
    expect(typed(body, name)).toEqual([['ORGANIZATION', rules]]);
  });

  it('keeps a person whose name ends in no common noun after a description', () => {
    expect(typed('The operator, Marianne Cole, said the bus had been checked.', 'Marianne Cole').map(([type]) => type)).toEqual(['PERSON']);
  });

  it('reads no organization through a possessive before a name', () => {
    expect(typed("The court's Anna Berg said the ruling stood.", 'Anna Berg').map(([type]) => type)).toEqual(['PERSON']);
  });
});

describe('mention.person.after-portfolio: a name after a title\'s portfolio written with "for"', () => {
  it.each([
    { body: 'Minister for Climate and Energy Sefo Talamai said the bill would be published before Christmas.', name: 'Sefo Talamai' },
    { body: 'On Monday, Minister for Energy Kavu Teremo said the bill would be published before Christmas.', name: 'Kavu Teremo' },
  ])('$name', ({ body, name }) => {
    const [[type, rules]] = typed(body, name) as [[string, string[]]];
    expect(type).toBe('PERSON');
    expect(rules).toContain('mention.person.after-portfolio');
    expect(statements(body).map(([speaker]) => speaker)).toEqual([`person:${name.toLowerCase().replace(' ', '-')}`]);
  });

  it('takes no field word into the name without a title before the "for"', () => {
    expect(typed('The fund for Energy Kavu Teremo set up said it was ready.', 'Kavu Teremo')).toEqual([]);
  });
});

describe('mention.type.speaker-according-to: an untyped name cited after "according to" is an organization', () => {
  it.each([
    { body: 'Exports of timber fell by a fifth last year, according to Varda Tidende.', name: 'Varda Tidende', said: [['organization:varda-tidende', 'Exports of timber fell by a fifth last year']] },
    {
      body: 'Pelu Netball said Ana Sefo would lead the team. The squad has won four of its six games this year, according to Pelu Netball.',
      name: 'Pelu Netball',
      said: [
        ['organization:pelu-netball', 'Ana Sefo would lead the team'],
        ['organization:pelu-netball', 'The squad has won four of its six games this year'],
      ],
    },
  ])('$name', ({ body, name, said }) => {
    expect(typed(body, name).map(([type]) => type).every((t) => t === 'ORGANIZATION')).toBe(true);
    expect(statements(body)).toEqual(said);
  });

  it.each([
    // a role written before the name makes it a person
    { body: "Most of the logs went to mills in the north, according to the port's harbour master, Lusi Tamapua.", name: 'Lusi Tamapua', id: 'person:lusi-tamapua' },
    // a first name the tagger knows
    { body: 'The harvest was late, according to John Miller.', name: 'John Miller', id: 'person:john-miller' },
  ])('keeps $name a person', ({ body, name, id }) => {
    expect(typed(body, name).map(([type]) => type)).toEqual(['PERSON']);
    expect(statements(body).map(([speaker]) => speaker)).toEqual([id]);
  });
});

describe('mention.org.nationality-in-name: a nationality right before a speaking name typed an organization only by speaking', () => {
  it.each([
    {
      // no head word of a body ("Church" is one), so only this rule can make it an organization
      body: 'Rain fell on the hills. The Eritrean Mekele Pilgrims, who meet in the valley, said the roofs would be repaired.',
      name: 'Eritrean Mekele Pilgrims',
      said: [['organization:eritrean-mekele-pilgrims', 'the roofs would be repaired']],
    },
    {
      body: 'The Chilean Salmon Growers said exports would fall. The Salmon Growers also warned that prices would rise.',
      name: 'Chilean Salmon Growers',
      said: [
        ['organization:chilean-salmon-growers', 'exports would fall'],
        ['organization:chilean-salmon-growers', 'prices would rise'],
      ],
    },
  ])('$name', ({ body, name, said }) => {
    expect(typed(body, name).map(([type, rules]) => [type, (rules as string[]).includes('mention.org.nationality-in-name')])).toEqual([['ORGANIZATION', true]]);
    expect(statements(body)).toEqual(said);
  });

  it('leaves a person after a nationality alone', () => {
    const body = 'The Kenyan runner Eliud Wanjiru said he would race again.';
    expect(statements(body)).toEqual([['person:eliud-wanjiru', 'he would race again']]);
  });
});
