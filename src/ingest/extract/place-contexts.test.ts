import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';
import { extract } from './extract.js';

const article = (body: string): ParsedArticleMeta => ({ title: 'Test', publishedAt: '2026-03-02T10:00:00', authors: [], tags: [], body });
const places = (body: string): string[] => analyse(article(body)).parsed.entities.filter((e) => e.type === 'PLACE').map((e) => e.name);

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void analyse(article('Warm-up.')), 60_000);

describe('a name no list knows after a preposition of place or movement (mention.unknown.place-context)', () => {
  // [sentence, name, whether it is the one place found]
  const cases: Array<[string, string, boolean]> = [
    ['A new reservoir at Velmora, approved in 2023, will not be ready before 2029.', 'Velmora', true],
    ['The wind could push the fire towards Karnby on Wednesday evening.', 'Karnby', true],
    ['Shipping through the Tarvessa resumed on Wednesday morning.', 'Tarvessa', true],
    ['Temperatures would reach 42C in the Dunmarra on Wednesday.', 'Dunmarra', true],
    ['A student from Ostrelle, who asked not to be named, said fees had doubled.', 'Ostrelle', true],
    ['Most lorries travel between the Vallmark and the port.', 'Vallmark', true],
    ['The ship was towed to an anchorage in the Sea of Quarvin on Tuesday.', 'Sea of Quarvin', true],
    ['Passengers will fly through Kellerup next year instead.', 'Kellerup', true],
    ['The mayor of Ostravik ordered the road closed.', 'Ostravik', true],
    ['He said the northern Velspian was becoming shallower and warmer.', 'Velspian', true],
    ['Trade in the northern Velspian ports fell.', 'Velspian', false],
    ['Competition from Brisko and Pellar was growing, the company said.', 'Brisko', false],
    ['She will compete at the Velland Games in May.', 'Velland Games', false],
    ['The forecast is as bad as anything seen in the Corran Drought.', 'Corran Drought', false],
    ['Thieves broke into the Kestrelmuseum early on Sunday.', 'Kestrelmuseum', false],
    ['The committee will hear from KVB on 10 December.', 'KVB', false],
    ['He rode the final stage of the Ronda a Velmar last year.', 'Ronda', false],
    ['Workers at the Drelling plant went on strike on Monday.', 'Drelling', false],
    ['Morvath University Hospital closed its wards. A surgeon at Morvath said the cuts were unsafe.', 'Morvath', false],
    ['Pellan Rovers signed him in May. He left for talks with officials from Rovers in June.', 'Rovers', false],
    ['The ferry reached the port of Tessa on Vell on Sunday.', 'Tessa on Vell', false],
  ];
  it.each(cases.map(([text, name, place]) => ({ text, name, place })))('$text → $name is the place: $place', ({ text, name, place }) => {
    if (place) expect(places(text)).toEqual([name]);
    else expect(places(text)).not.toContain(name);
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
