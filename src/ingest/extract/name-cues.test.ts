import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticleMeta } from '../contract.js';
import { analyse } from '../resolve/analyse.js';

function article(body: string): ParsedArticleMeta {
  return { title: 'Test', publishedAt: '2026-11-20T10:00:00', authors: [], tags: [], body };
}
const analysed = (body: string) => analyse(article(body)).parsed;

// The first analysis loads compromise's lexicon (seconds on a loaded machine): outside any test's 5 s.
beforeAll(() => void analysed('Warm-up.'), 60_000);

// Round 20 (entities20): cues in a name's own shape or the words around it, with invented names.
describe('extract — names typed by a cue of their shape or context', () => {
  // [rule or word set, text, ids that must appear, ids that must not]
  const cases: Array<[string, string, string[], string[]]> = [
    // an acronym in brackets spells the capitalised words across any joiners, in English or another language
    ['mention.words.acronym-joiners', 'The study, by the Institut de Recherche en Santé Publique (IRSP), was published on Monday.', ['organization:institut-de-recherche-en-sante-publique'], ['organization:institut-de-recherche', 'person:sante-publique']],
    ['mention.words.acronym-joiners', 'The Agency for Grants and Support in Farming (AGSF), which makes the payments, said most farmers had been paid.', ['organization:agency-for-grants-and-support-in-farming'], ['place:farming', 'organization:agency-for-grants-and-support']],
    // without the bracket "X in Y" stays two names
    ['mention.words.acronym-joiners', 'Officials of the Tarsk Council in Vellmar said the road was shut.', ['organization:tarsk-council', 'place:vellmar'], ['organization:tarsk-council-in-vellmar']],
    // a firm named as an enterprise keeps "and" and its nationality
    ['gazetteer ORG_HEADS enterprise', 'The Norvian Shipping and Logistics Services Enterprise said it had not been consulted.', ['organization:norvian-shipping-and-logistics-services-enterprise'], ['organization:norvian-shipping', 'organization:logistics-services-enterprise']],
    // a field before a minister's title is the role's, not a firm
    ['mention.role.field-words logistics', "Norvia's Transport and Logistics Minister Tadesse Alem warned that costs would rise.", ['person:tadesse-alem'], ['organization:logistics']],
    // a church keeps the nationality that opens its name
    ['gazetteer ORG_HEADS church', 'The Norvian Orthodox Vellado Church, which holds services every day, said worship would continue.', ['organization:norvian-orthodox-vellado-church'], ['organization:orthodox-vellado-church']],
    // "Al-X" with no given name before it is a body; after a given name it is a family name
    ['mention.unknown.article-name', 'Midfielder Kamal Haddad will join Al-Nawras in January. Al-Nawras said the fee was a record.', ['organization:al-nawras'], ['person:al-nawras']],
    ['mention.unknown.article-name', 'Its director, Khalid Al-Rashidi, said the club had followed him. Al-Rashidi said he was pleased.', ['person:khalid-al-rashidi'], ['organization:al-rashidi']],
    // a possessive that owns no noun is part of a business's name, wherever that name is written
    ['mention.unknown.possessive-business', "The painting sold at Marlowe's in Paris on Friday. Marlowe's head of sales, Ana Ruiz, said buyers were back.", ["organization:marlowes"], ['person:marlowe', 'organization:marlowe']],
    // … but not a surname of a full name written before it
    ['mention.unknown.possessive-business', "Prosecutors charged Anna Varga on Monday. The house was Varga's, her lawyer said.", ['person:anna-varga'], ['organization:vargas']],
    // "the X" before a verb of what nature does is a feature of nature
    ['mention.unknown.nature-subject', 'Closures will become more common as the Tarvels warmed, the group said.', ['place:tarvels'], []],
    ['mention.unknown.nature-subject', 'The Orvanka crossed the danger mark at six places on Tuesday.', ['place:orvanka'], []],
    ['mention.unknown.nature-subject', 'The Norvia Times carried the story on Friday.', ['organization:norvia-times'], ['place:norvia-times']],
    // a role only a body's people hold, between a name and a person's, makes the name a body
    ['mention.org-cue.member-role', 'Vellaspace chief executive David Orel said the launch proved the rocket was ready.', ['organization:vellaspace', 'person:david-orel'], ['person:vellaspace']],
    ['mention.org-cue.member-role', 'He hopes to sign Korvik midfielder Bram Kell before the window closes.', ['organization:korvik', 'person:bram-kell'], []],
    ['mention.org-cue.member-role', 'Former chief executive David Orel said he was sorry.', ['person:david-orel'], ['organization:former']],
    ['mention.org-cue.member-role', 'He told the Velm Committee on Health. Committee chairman Pol Rice asked why.', ['organization:velm-committee-on-health', 'person:pol-rice'], ['organization:committee']],
    // an organization's head, "to" and a verb go on as one name, over a list of its fields
    ['runs: head "to" verb', 'The Velm Fund to Fight Measles, Polio and Malaria warned that doses were short.', ['organization:velm-fund-to-fight-measles-polio-and-malaria'], ['organization:velm-fund']],
    ['runs: head "to" verb', 'The council sent the Velm Commission to Vellmar on Monday.', ['organization:velm-commission', 'place:vellmar'], ['organization:velm-commission-to-vellmar']],
    // … even when a field was written earlier in the article as part of another name
    ['runs: comma list in a name', 'The study was published in Malaria Journal. The Velm Fund to Fight Measles, Polio and Malaria, which paid for the nets, warned that doses were short.', ['organization:velm-fund-to-fight-measles-polio-and-malaria', 'organization:malaria-journal'], ['organization:velm-fund-to-fight-measles']],
    // a country named "X of the Y" is written without the "the" as often
    ['gazetteer: "of the" country names', 'Cabinda is cut off from the rest of the country by a strip of the Democratic Republic of Congo.', ['place:democratic-republic-of-the-congo'], []],
    // a government's lawyer is a title, not a body
    ['gazetteer TITLE_HEADS attorney', 'Attorney General Celia Osk said the government respected the ruling.', ['person:celia-osk'], ['organization:attorney']],
    // "World X" is a body, never a person; an occasion named so is neither
    ['mention.unknown.body-opener', 'Its chief executive said World Velo had agreed to pay. The team lost, according to World Velo.', ['organization:world-velo'], ['person:world-velo']],
    ['mention.unknown.body-opener', 'They won the World Velo Cup in 2023.', [], ['organization:world-velo-cup', 'person:world-velo-cup']],
    // a storm is an event: neither its full name nor its name alone is an entity
    ['mention.type.occasion-name', 'Premiums had doubled since Hurricane Beryl in July. Insurers raised rates after paying out on Beryl.', [], ['person:beryl', 'person:hurricane-beryl']],
    // a legislature described in an apposition or before the name is a body
    ['mention.words.org-descriptors legislature', 'The bill was approved by 141 votes to 52 in the Dewan Rakat, the lower house.', ['organization:dewan-rakat'], ['person:dewan-rakat']],
    ['mention.words.org-descriptors legislature', "Vessland's parliament, the Jogor Kenash, voted on Thursday to raise the royalty.", ['organization:jogor-kenash'], []],
    // a canton is a unit, "cantonal" a role's field; a nationality before "province of X" is no province
    ['place.head.administrative canton', 'The assembly of Vessa Canton voted on Tuesday. Cantonal Prime Minister Amra Bego said households would get help.', ['place:vessa-canton', 'person:amra-bego'], ['organization:cantonal']],
    ['classify: lower-case head after a nationality', 'Rabies spread from the Indonesian province of East Nusa Tenggara.', ['place:east-nusa-tenggara'], ['place:indonesian-province']],
    // "Bank" after a side is a river's bank, not a lender
    ['mention.words.bank-sides', 'Its generators at Kariba North Bank were running at a third of capacity.', ['place:kariba-north-bank'], ['organization:kariba-north-bank']],
    // a place's people ("-ers") are a group, never a person
    ['context: peopleOfPlace', 'Only about a third of Solomon Islanders use the internet, according to the union.', [], ['person:solomon-islanders', 'organization:solomon-islanders']],
    // "next to the X" is a place preposition, as "near" is
    ['mention.words.nearness-words', 'Hotels next to the Kessfjord were full all summer.', ['place:kessfjord'], []],
  ];
  it.each(cases.map(([rule, text, present, absent]) => ({ rule, text, present, absent })))('$rule: "$text"', ({ text, present, absent }) => {
    const ids = analysed(text).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(present));
    for (const id of absent) expect(ids).not.toContain(id);
  });
});

// Round 21 (entities21): more cues of the words around a name, with invented names.
describe('extract — round 21 cues around a name', () => {
  // [rule or word set, text, ids that must appear, ids that must not]
  const cases: Array<[string, string, string[], string[]]> = [
    // an organization noun, then a reduced clause to the comma or the sentence's end
    ['mention.words.description-participles', 'The vaccine was developed by Aurelix Biotech, a company based in Lyon, with public money.', ['organization:aurelix-biotech', 'place:lyon'], ['person:aurelix-biotech']],
    ['mention.words.description-participles', 'The ship is managed by Hellon Bulk, a company based in Piraeus.', ['organization:hellon-bulk'], []],
    ['mention.words.clause-relatives to the end', 'The satellites belonged to Tasmor Geodata, a Wellington company that maps farms.', ['organization:tasmor-geodata'], []],
    // … but a person's role is still a role
    ['mention.words.description-participles', 'He met Anna Berg, a lawyer based in Oslo, on Monday.', ['person:anna-berg'], ['organization:anna-berg']],
    // the name a body goes by
    ['mention.org-cue.self-named', 'The attackers, a group calling itself Black Lamp, demanded money.', ['organization:black-lamp'], ['person:black-lamp']],
    ['mention.org-cue.self-named', 'Shares were sold to a firm called Vessa Trading on Monday.', ['organization:vessa-trading'], []],
    ['mention.org-cue.self-named', 'He named his son Tomas Berg in 2020.', [], ['organization:tomas-berg']],
    // a role in an apposition inside a reported clause starts after the reporting verb
    ['mention.role.apposition-before', 'The ministry said the captain, Agus Wiratma, had pleaded guilty.', ['person:agus-wiratma'], []],
    // an adjective before a title after a possessive is part of the role
    ['mention.role.apposition-before', 'The Velm Ballet will cut its season. Its artistic director, Yanela Corvo, told reporters that dancers had rehearsed.', ['person:yanela-corvo'], ['organization:yanela-corvo']],
    // "and" before words that end in a country joins two bodies, not two fields of one
    ['runs: body named with its country', 'The study, by the University of Vellmar and Geoscience Norway, tested 312 wells.', ['organization:university-of-vellmar', 'organization:geoscience-norway'], ['organization:university-of-vellmar-and-geoscience-norway']],
    ['runs: body named with its country', 'The Ministry of Agriculture and Rural Development said no.', ['organization:ministry-of-agriculture-and-rural-development'], []],
    // a place the article named may open a body's name with "and" inside
    ['runs: leading place', 'Fishers in Kessel protested. The Kessel Environmental Protection and Development Group said it was pleased.', ['organization:kessel-environmental-protection-and-development-group', 'place:kessel'], ['organization:development-group']],
    // a word with a lower-case prefix before its capital is a word of the name
    ['runs: camel-cased word', 'It cited the Information and eGovernment Authority, which said permits rose.', ['organization:information-and-egovernment-authority'], ['organization:information', 'organization:authority']],
    // a university in Malay keeps the country inside its name
    ['gazetteer ORG_HEADS universiti', 'Universiti Kessa Darussalam (UKD) will charge fees.', ['organization:universiti-kessa-darussalam'], []],
    // an ocean opens a body's name as a country does, when the name ends in a word of such bodies
    ['mention.words.ocean-body-endings', 'She asked the Pacific Community to review the studies.', ['organization:pacific-community'], ['place:pacific-ocean']],
    ['mention.words.ocean-body-endings', 'Boats of Pacific Vessa Fisheries were seen.', ['organization:pacific-vessa-fisheries'], []],
    ['mention.words.ocean-body-endings', 'Storms hit the Pacific Rim on Monday.', [], ['organization:pacific-rim']],
    // a government named by its nationality that acts is that country's government; a plan of it is only talked about
    ['mention.government.demonym acts', 'Nurses will strike on Monday. The Finnish government has offered a 3% rise.', ['organization:government-of-finland'], []],
    ['mention.government.demonym acts', 'Nurses will strike on Monday. The Finnish government would decide later.', [], ['organization:government-of-finland']],
    // a word that opens places' names abroad, then that language's connector, is no given name
    ['mention.words.place-openers-abroad', "The races that Val d'Orsa was due to host were cancelled. The committee in Val d'Orsa said so.", ["place:val-dorsa"], ["person:val-dorsa"]],
    ['mention.words.place-openers-abroad', 'A planter from Rivière du Vasse said he had lost half his crop.', ['place:riviere-du-vasse'], ['person:riviere-du-vasse']],
    ['mention.words.place-openers-abroad', 'Officials said Joost van Dam met Kees de Jong on Monday.', ['person:joost-van-dam', 'person:kees-de-jong'], []],
    // an honorific cut from its name by its full stop is no one
    ['unknown-names: lone honorific', "The agency's chief medical adviser, Dr. Supriya Varma, said so. Paul Whitmore denied it. Prosecutors said Mr. Whitmore knew it.", ['person:supriya-varma', 'person:paul-whitmore'], ['person:dr', 'person:mr']],
    // resolution: a lone first name of one person named in full before is that person
    ['resolve: first name', 'Brian Kiptoo has been suspended. "Brian has never failed a test," his agent said.', ['person:brian-kiptoo'], ['person:brian']],
    // … a lone word typed a person that no full name claims is no one (news names people in full first)
    ['resolve: lone word person', 'The signal was at the edge of what Webb can do, the team said.', [], ['person:webb']],
    // … unless it is the surname or first name of a full name nothing else typed
    ['resolve: lone word of an untyped full name', 'Rao beat the top seed, Fabiano Karuana of Norway, in the final. Karuana said he was disappointed.', ['person:fabiano-karuana'], ['person:karuana']],
    // a bowler is a person, as a striker is
    ['mention.words.person-nouns bowler', 'Fast bowler Mahfuzar Talukdar has been banned for three years.', ['person:mahfuzar-talukdar'], []],
    // a participle after a hyphen is a compound's, not a clause's: the apposition still ends in its noun
    ['mention.words.description-participles', 'Kelmor, the state-owned port operator, warned on Friday that volumes could fall.', ['organization:kelmor'], ['place:kelmor']],
    // a title inside the run before a name and "of" a place: the person, without the title
    ['classify: titled person of a place', 'Its chair, Ambassador Ilena Sayd of Palau, said the group would push on.', ['person:ilena-sayd', 'place:palau'], ['person:ambassador-ilena-sayd']],
    // a place's head word alone, cut from a title or a longer name, is no place
    ['unknown-names: lone place head', 'District Collector Priya Raghavan said nine wards were shut.', ['person:priya-raghavan'], ['place:district']],
    // a chancellery is a body
    ['gazetteer ORG_HEADS chancellery', 'Turnout was 46%, the State Chancellery said.', ['organization:state-chancellery'], ['place:state-chancellery']],
    // a title of a place with no one's name: the place, not the title
    ['classify: title of a place', 'Its chief, the Mayor of Greater Manchester, said so.', ['place:greater-manchester'], ['place:mayor-of-greater-manchester']],
    // "House of X" is a chamber or a firm, never a place
    ['mention.words.of-body-openers', 'She told MPs in the House of Vessmar on Monday.', ['organization:house-of-vessmar'], ['place:house-of-vessmar']],
    // one word after a place preposition that qualifies the noun after it is no place of its own
    ['unknown-names: qualifies a noun', 'Scientists watched the Earth from orbit. The probe will study a near-Earth asteroid. Shops in Gunjor were shut.', ['place:gunjor'], ['place:earth']],
    // an example list after a plural place noun and "such as" goes on with places
    ['mention.words.place-plurals', 'Mining polluted rivers used by villages such as Bergen and Kamarov, the group said.', ['place:bergen', 'place:kamarov'], []],
    ['mention.words.place-plurals', 'Firms such as Kessla and Vessa Energy said no.', [], ['place:vessa-energy']],
    // in a story of islands, "on X" is an island, and so are the names listed after it
    ['mention.words.island-words', 'Growers on outer islands would wait. Machines will be installed on Tavvu, Kessa Ra and Pentecast by February.', ['place:tavvu', 'place:kessa-ra', 'place:pentecast'], []],
    ['mention.words.island-words', 'The authority will hold meetings on Raratoa and six outer islands in February.', ['place:raratoa'], []],
    // … but not in a story with no island, nor a body
    ['mention.words.island-words', 'Machines will be installed on Tavvu by February.', [], ['place:tavvu']],
    ['mention.words.island-words', 'Ferries link the islands. A report on Vellmark Energy was published on Monday.', ['organization:vellmark-energy'], ['place:vellmark-energy']],
  ];
  it.each(cases.map(([rule, text, present, absent]) => ({ rule, text, present, absent })))('$rule: "$text"', ({ text, present, absent }) => {
    const ids = analysed(text).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(present));
    for (const id of absent) expect(ids).not.toContain(id);
  });
});

// Round 21b (names21b): names cut or mistyped at their first word or when they are one word, with invented names.
describe('extract — round 21b names cut at their first word', () => {
  // [rule or word set, text, ids that must appear, ids that must not]
  const cases: Array<[string, string, string[], string[]]> = [
    // a possessive or a verb in capitals opens a body's name when the whole is described as a body
    ['mention.words.name-opening-possessives', 'Our Velcom, the state-owned operator, said the order ignored its costs.', ['organization:our-velcom'], ['organization:velcom']],
    ['mention.words.name-opening-possessives', 'Fares rose. Our Velcom, the state-owned operator, said so. Our Velcom and Tessa Mobile had not cut prices.', ['organization:our-velcom'], ['organization:velcom']],
    ['runs: verb opening a described body', "Save Merrow Creek, the residents' group that collected 3,000 signatures, said it would appeal.", ['organization:save-merrow-creek'], ['organization:merrow-creek']],
    ['mention.words.description-postmodifiers', 'Orient Tessla Lines, the Hong Kong-based operator of the ship, said the vessel would be inspected.', ['organization:orient-tessla-lines'], ['organization:tessla-lines']],
    // … but not without a description of a body, nor before a person's description
    ['runs: verb opening a described body', 'Save Merrow Creek said the campaign would go on.', [], ['organization:save-merrow-creek']],
    ['runs: verb opening a described body', 'Meet Anna Berg, the daughter of the firm\'s owner, on Monday.', ['person:anna-berg'], ['organization:meet-anna-berg', 'person:meet-anna-berg']],
    // a one-word name with a person's cue is a person, kept though no full name is written
    ['mention.type.speaker-person-phrase', '"We played well," Kessovar told reporters after the match.', ['person:kessovar'], ['organization:kessovar']],
    ['mention.type.speaker-person-phrase', 'Kessovar told journalists the club had made an offer.', ['person:kessovar'], ['organization:kessovar']],
    ['mention.type.speaker-pronoun-person', 'Kessovar said she was tired after the final.', ['person:kessovar'], ['organization:kessovar']],
    ['mention.role.apposition-after one word', 'Telvaro, the president, watched the parade from a stand.', ['person:telvaro'], ['organization:telvaro']],
    ['mention.role.apposition-after one word', 'Kessovar, the team\'s striker, scored twice on Sunday.', ['person:kessovar'], []],
    ['mention.role.apposition-before one word', 'The club\'s new striker, Kessovar, scored twice.', ['person:kessovar'], []],
    // … but a body may be described as a leader or a champion, and a one-word speaker with no cue stays a body or no one
    ['mention.words.roles-bodies-hold', 'Velmora, the market leader, said sales fell.', ['organization:velmora'], ['person:velmora']],
    ['mention.words.roles-bodies-hold', 'Velmora, the defending champion, lost on Sunday.', [], ['person:velmora']],
    ['mention.type.speaker-organization', 'Velmora said sales fell by a tenth.', ['organization:velmora'], ['person:velmora']],
    ['resolve: lone word person', 'The signal was at the edge of what Webb can do, the team said.', [], ['person:webb']],
    // a name goes on over "to" between two field nouns of a body named with "for" or "of"
    ['runs: field "to" field', "Norway's Agency for Data Protection and Free Access to Information fined the bank.", ['organization:agency-for-data-protection-and-free-access-to-information'], ['organization:agency-for-data-protection-and-free-access']],
    ['runs: field "to" field', 'The council sent the Velm Commission to Vellmar on Monday.', ['organization:velm-commission', 'place:vellmar'], []],
    // a company of the performing arts is a body, with the country it is "of"
    ['gazetteer ORG_HEADS ballet', 'The National Ballet of Norvia will cut its winter season.', ['organization:national-ballet-of-norvia'], ['organization:national-ballet']],
    // a word read as a first name, then a country, that speaks of itself as "it" is a body of that country
    ['mention.org.name-and-country-speaks', 'Customers lost signal for a day. Orange Norway said it already tested its backup systems.', ['organization:orange-norway'], ['place:norway']],
    ['mention.org.name-and-country-speaks', 'Orange Norway said its network was fine. Regulators fined Orange Norway on Friday.', ['organization:orange-norway'], ['place:norway']],
    // … not a region named by its compass side
    ['mention.org.name-and-country-speaks', 'Western Norway said it was ready.', ['place:western-norway'], ['organization:western-norway']],
    // an ampersand between capitalised words joins one name, even at the sentence's start
    ['runs: ampersand', 'Transport & Velmora, a Brussels-based campaign group, warned that ships leak methane.', ['organization:transport-velmora'], ['place:brussels-based']],
    ['runs: ampersand', 'Velm & Partners said it would appeal the ruling.', ['organization:velm-partners'], ['organization:partners']],
    // … not between two people's full names, nor beside a place
    ['runs: ampersand', 'Anna Berg & Tom Lund said they would appeal.', ['person:anna-berg', 'person:tom-lund'], ['person:anna-berg-tom-lund']],
    ['runs: ampersand', 'Trade between Ireland & Velmora rose.', ['place:ireland'], ['organization:ireland-velmora']],
    // a plural noun for bodies before a name or its list makes each a body
    ['mention.org-cue.plural-noun-before', 'Cement makers Velm Ciments and Ciments du Vasse agreed to merge, the two companies said.', ['organization:velm-ciments', 'organization:ciments-du-vasse'], ['person:ciments-du-vasse']],
    ['mention.org-cue.plural-noun-before', 'The ferry operators Tessa Lines, Kessla Marine and Orvo agreed to cut fares.', ['organization:tessa-lines', 'organization:kessla-marine', 'organization:orvo'], []],
    // … not a person's name after a plural noun for people
    ['mention.org-cue.plural-noun-before', 'The lawyers Anna Berg and Tom Lund said they would appeal.', ['person:anna-berg', 'person:tom-lund'], ['organization:anna-berg']],
    ['gazetteer ORG_HEADS orchestra', 'The Velm Symphony Orchestra said it would tour in May.', ['organization:velm-symphony-orchestra'], ['person:velm-symphony-orchestra']],
  ];
  it.each(cases.map(([rule, text, present, absent]) => ({ rule, text, present, absent })))('$rule: "$text"', ({ text, present, absent }) => {
    const ids = analysed(text).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(present));
    for (const id of absent) expect(ids).not.toContain(id);
  });
});
