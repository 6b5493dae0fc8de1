import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { extract } from './extract.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const places = (body: string): string[] => analyse(article(body)).parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.name);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('a name no list knows after a preposition of place or movement (mention.unknown.place-context)', () => {
  it.each([
    { text: 'A new reservoir at Velmora, approved in 2023, will not be ready before 2029.', place: 'Velmora' },
    { text: 'The wind could push the fire towards Karnby on Wednesday evening.', place: 'Karnby' },
    { text: 'Shipping through the Tarvessa resumed on Wednesday morning.', place: 'Tarvessa' },
    { text: 'Temperatures would reach 42C in the Dunmarra on Wednesday.', place: 'Dunmarra' },
    { text: 'A student from Ostrelle, who asked not to be named, said fees had doubled.', place: 'Ostrelle' },
    { text: 'Most lorries travel between the Vallmark and the port.', place: 'Vallmark' },
    { text: 'The ship was towed to an anchorage in the Sea of Quarvin on Tuesday.', place: 'Sea of Quarvin' },
    { text: 'Passengers will fly through Kellerup next year instead.', place: 'Kellerup' },
    { text: 'The mayor of Ostravik ordered the road closed.', place: 'Ostravik' },
  ])('$text → $place', ({ text, place }) => {
    expect(places(text)).toEqual([place]);
  });

  it.each([
    { text: 'Competition from Brisko and Pellar was growing, the company said.', name: 'Brisko' },
    { text: 'She will compete at the Velland Games in May.', name: 'Velland Games' },
    { text: 'The forecast is as bad as anything seen in the Corran Drought.', name: 'Corran Drought' },
    { text: 'Thieves broke into the Kestrelmuseum early on Sunday.', name: 'Kestrelmuseum' },
    { text: 'The committee will hear from KVB on 10 December.', name: 'KVB' },
    { text: 'He rode the final stage of the Ronda a Velmar last year.', name: 'Ronda' },
    { text: 'Workers at the Drelling plant went on strike on Monday.', name: 'Drelling' },
    { text: 'Morvath University Hospital closed its wards. A surgeon at Morvath said the cuts were unsafe.', name: 'Morvath' },
    { text: 'Pellan Rovers signed him in May. He left for talks with officials from Rovers in June.', name: 'Rovers' },
    { text: 'The ferry reached the port of Tessa on Vell on Sunday.', name: 'Tessa on Vell' },
  ])('$text: $name is no place', ({ text, name }) => {
    expect(places(text)).not.toContain(name);
  });

  it('the mention carries the rule id', () => {
    const { mentions } = extract(article('The wind could push the fire towards Karnby on Wednesday evening.'));
    expect(mentions.filter((m) => m.text === 'Karnby').map((m) => [m.type, m.rules])).toEqual([['PLACE', ['mention.unknown.place-context']]]);
  });
});

describe('a later item of a list of places, opened by a place noun and "of" or after a name seen untyped (mention.place.listed-after-place)', () => {
  it.each([
    { text: 'About 40 residents of the hamlets of Varne and La Morel were moved to hotels.', names: ['Varne', 'La Morel'] },
    { text: 'The ship lost power after leaving Oskaro. Flights between Praia and Oskaro will be added.', names: ['Oskaro', 'Praia'] },
  ])('$text → $names', ({ text, names }) => {
    expect(places(text).sort()).toEqual([...names].sort());
  });

  it('"the hamlet of X" is a place though "the X glacier" was named before', () => {
    expect(places('Ice on the Varne glacier could break away. Residents of the hamlet of Varne were moved.').sort()).toEqual(['Varne', 'Varne glacier']);
  });
});

describe('a place written without its head word after it was named with it (resolve)', () => {
  it('"Kessa" after "the Kessa district" is that district, and the list it opens goes on', () => {
    const text = 'A bulk carrier ran aground off the Kessa district on Tuesday. Ferries were suspended between Kessa and Orlumbe during the refloating.';
    const found = analyse(article(text)).parsed.entities.filter((e) => e.type === 'PLACE');
    expect(found.map((e) => [e.name, e.aliases])).toEqual([
      ['Kessa district', ['Kessa']],
      ['Orlumbe', []],
    ]);
  });

  it('a country the word lists know stays the country beside a river named after it', () => {
    const text = 'Mercury was found in the Suriname River. Suriname has banned the dredges.';
    expect(places(text).sort()).toEqual(['Suriname', 'Suriname River']);
  });
});

describe('question and relative words open no name (mention.words.wh-words)', () => {
  it.each(['"We cannot make snow fall from the sky. What we can do is share what little water we have," he said.'])('%s names nothing', (text) => {
    expect(analyse(article(text)).parsed.entities).toEqual([]);
  });
});
