import { type WordSet, wordSetsByName } from './word-sets.js';

/**
 * The closed word sets the mention finder (mentions/) reads names with: the connectors and particles
 * that join or open a name, the words that show a name is a place, a body or a government, the
 * words around an apposition, and the like. One set per job, each with an id the rule catalogue
 * describes, so a construction that needs one more word changes the data here, not the finder.
 */

export type MentionWordSetId =
  | 'mention.words.connectors'
  | 'mention.words.foreign-connectors'
  | 'mention.words.elided-articles'
  | 'mention.words.name-particles'
  | 'mention.words.styles-after-the'
  | 'mention.words.pronouns'
  | 'mention.words.wh-words'
  | 'mention.words.determiners'
  | 'mention.words.place-prepositions'
  | 'mention.words.agency-fields'
  | 'mention.words.currencies'
  | 'mention.words.hyphen-suffixes'
  | 'mention.words.months'
  | 'mention.words.common-capitalised'
  | 'mention.words.opening-prepositions'
  | 'mention.words.places-with-article'
  | 'mention.words.org-type-nouns'
  | 'mention.words.description-participles'
  | 'mention.words.self-naming-words'
  | 'mention.words.ocean-body-endings'
  | 'mention.words.place-openers-abroad'
  | 'mention.words.of-body-openers'
  | 'mention.words.place-plurals'
  | 'mention.words.org-descriptors'
  | 'mention.words.description-relatives'
  | 'mention.words.clause-relatives'
  | 'mention.words.name-relatives'
  | 'mention.words.role-relatives'
  | 'mention.words.description-determiners'
  | 'mention.words.holding-prepositions'
  | 'mention.words.holder-nouns'
  | 'mention.words.stock-nouns'
  | 'mention.words.possessed-org-nouns'
  | 'mention.words.naming-participles'
  | 'mention.words.government-levels'
  | 'mention.words.government-modifiers'
  | 'mention.words.government-speech-verbs'
  | 'mention.words.government-plan-modals'
  | 'mention.words.subnational-government-levels'
  | 'mention.words.title-fields'
  | 'mention.words.title-tails'
  | 'mention.words.region-words'
  | 'mention.words.district-nouns'
  | 'mention.words.where-words'
  | 'mention.words.coordinators'
  | 'mention.words.place-possessors'
  | 'mention.words.role-complement-starts'
  | 'mention.words.possessive-determiners'
  | 'mention.words.company-nouns'
  | 'mention.words.department-fields'
  | 'mention.words.name-labels'
  | 'mention.words.credit-labels'
  | 'mention.words.credit-media'
  | 'mention.words.settlement-words'
  | 'mention.words.settlement-nouns'
  | 'mention.words.lone-name-prepositions'
  | 'mention.words.place-context-prepositions'
  | 'mention.words.origin-prepositions'
  | 'mention.words.compass-adjectives'
  | 'mention.words.occasion-heads'
  | 'mention.words.body-compound-endings'
  | 'mention.words.name-joiners'
  | 'mention.words.acronym-joiners'
  | 'mention.words.article-prefixes'
  | 'mention.words.nature-verbs'
  | 'mention.words.nearness-words'
  | 'mention.words.on-place-nouns'
  | 'mention.words.island-words'
  | 'mention.words.member-role-nouns'
  | 'mention.words.storm-words'
  | 'mention.words.body-openers'
  | 'mention.words.bank-sides'
  | 'mention.words.match-nouns'
  | 'mention.words.result-verbs'
  | 'mention.words.electoral-heads'
  | 'mention.words.electoral-words'
  | 'mention.words.units-named-with-of'
  | 'mention.words.city-units'
  | 'mention.words.org-noun-endings'
  | 'mention.words.company-noun-endings'
  | 'mention.words.bank-words'
  | 'mention.words.bank-endings'
  | 'mention.words.adjective-endings'
  | 'mention.words.name-opening-possessives'
  | 'mention.words.description-postmodifiers'
  | 'mention.words.roles-bodies-hold'
  | 'mention.words.person-speech-phrases';

export const MENTION_WORD_SETS: ReadonlyArray<WordSet<MentionWordSetId>> = [
  {
    id: 'mention.words.connectors',
    about: 'lower-case words that join two capitalised words into one name: English connectors and the articles and prepositions of the Romance, Germanic, Arabic and Filipino names reports copy as written',
    words: ['of', 'for', 'on', 'the', 'de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di', 'del', 'della', 'dos', 'das', 'do', 'des', 'am', 'im', 'zu', 'zum', 'zur', 'y', 'ng'],
  },
  {
    id: 'mention.words.foreign-connectors',
    about: 'the connectors of other languages\' names: one between a sentence\'s first word and a capital shows the word is a name',
    words: ['de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di', 'del', 'della', 'dos', 'das', 'do', 'des', 'am', 'im', 'zu', 'zum', 'zur', 'ng'],
  },
  { id: 'mention.words.elided-articles', about: 'elided articles and prepositions written before an apostrophe and a capital: the word goes on the name before it', words: ['l', 'd', 'dell', 'dall', 'nell', 'sull', 'all'] },
  {
    id: 'mention.words.name-particles',
    about: 'lower-case or short words that open a surname: a name of particles alone is no person, and a surname without the first name keeps its particle',
    words: ['de', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'du', 'la', 'le', 'di', 'dos', 'das', 'del', 'ter', 'ten', 'ibn', 'ben', 'ó', 'o', 'ní', 'ni', 'mac', 'nic'],
  },
  { id: 'mention.words.styles-after-the', about: 'clerical and religious styles that open a person\'s name written after "the"', words: ['reverend', 'rev', 'rev.', 'very', 'right', 'father', 'sister', 'brother', 'pastor', 'rabbi', 'imam', 'sheikh', 'cardinal', 'bishop', 'archbishop'] },
  { id: 'mention.words.pronouns', about: 'pronouns and demonstratives: capitalised, they open no name', words: ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those'] },
  { id: 'mention.words.wh-words', about: 'question and relative words: capitalised at a sentence\'s start ("What we can do …", "When it dies …"), they open no name', words: ['what', 'when', 'where', 'why', 'how', 'who', 'whom', 'whose', 'which', 'whatever', 'whenever', 'wherever', 'whoever'] },
  { id: 'mention.words.determiners', about: 'articles before a name, which belong to no name', words: ['the', 'a', 'an'] },
  { id: 'mention.words.place-prepositions', about: 'prepositions after which a name no list types is a place', words: ['in', 'near', 'outside', 'across', 'around', 'into'] },
  {
    id: 'mention.words.agency-fields',
    about: 'first words of national or regional agencies named "<field> <country or region>" ("Statistics X", "Parks X", "Visit X", "Transport for X")',
    words: ['statistics', 'elections', 'parks', 'fisheries', 'immigration', 'heritage', 'sport', 'transport', 'health', 'environment', 'agriculture', 'justice', 'finance', 'employment', 'infrastructure', 'housing', 'innovation', 'veterans', 'emergency', 'police', 'visit', 'tourism'],
  },
  {
    id: 'mention.words.currencies',
    about: 'currency nouns: a country or demonym before one names the currency, not the country ("US dollar")',
    words: ['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'peso', 'pesos', 'real', 'reais', 'franc', 'francs', 'rouble', 'roubles', 'ruble', 'rubles', 'won', 'lira', 'zloty', 'forint', 'krona', 'krone', 'rand', 'hryvnia', 'ringgit', 'baht', 'dinar', 'dirham', 'riyal', 'shekel'],
  },
  {
    id: 'mention.words.hyphen-suffixes',
    about: 'lower-case words after a hyphen that do not continue a name ("Soviet-era", "Kremlin-backed")',
    words: ['era', 'led', 'run', 'old', 'day', 'year', 'wide', 'long', 'term', 'like', 'made', 'bred', 'born', 'held', 'area', 'type', 'size', 'only', 'free', 'rich', 'style', 'based', 'owned', 'linked', 'backed', 'level', 'class', 'scale', 'wing', 'sized', 'bound', 'proof', 'ready'],
  },
  { id: 'mention.words.months', about: 'month names, which are dates and no names', words: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] },
  { id: 'mention.words.common-capitalised', about: 'common words written capitalised as labels or sentence openers that name nothing unless a list knows them', words: ['details', 'source', 'quote', 'meanwhile', 'however', 'screenshot', 'photo', 'video', 'reminder', 'background', 'update', 'talks', 'also'] },
  {
    id: 'mention.words.opening-prepositions',
    about: 'prepositions that open a sentence capitalised and that the tagger may read as part of a name; not those that open brand names ("Beyond", "Inside")',
    words: ['under', 'near', 'across', 'despite', 'during', 'throughout', 'amid', 'among', 'along', 'behind', 'below', 'beneath', 'beside', 'between', 'towards', 'toward', 'upon', 'via', 'against', 'around'],
  },
  {
    id: 'mention.words.places-with-article',
    about: 'place names written with "the" inside another name, as the conventions\' canonical names have them ("Ministry of Health of the Czech Republic")',
    words: [
      'Czech Republic', 'Netherlands', 'United States', 'United Kingdom', 'Philippines', 'Gambia', 'Bahamas', 'Maldives',
      'Seychelles', 'Comoros', 'Dominican Republic', 'Central African Republic', 'United Arab Emirates', 'Solomon Islands',
      'Marshall Islands', 'Canary Islands', 'Balearic Islands', 'Faroe Islands', 'Cayman Islands', 'Democratic Republic of the Congo',
    ],
  },
  {
    id: 'mention.words.org-type-nouns',
    about: 'lower-case nouns that say the name after them is an organization ("battery maker X")',
    words: [
      'company', 'firm', 'group', 'maker', 'manufacturer', 'operator', 'airline', 'bank', 'carrier', 'producer', 'giant',
      'insurer', 'lender', 'retailer', 'distributor', 'startup', 'start-up', 'agency', 'party', 'newspaper', 'broadcaster', 'organisation',
      'organization', 'watchdog', 'regulator', 'tank', 'developer', 'supplier', 'exporter', 'importer', 'conglomerate',
      'automaker', 'carmaker', 'steelmaker', 'utility', 'charity', 'outlet', 'daily', 'magazine', 'institute', 'university',
      'grocer', 'consultancy', 'broker', 'brokerage',
    ],
  },
  {
    id: 'mention.words.org-descriptors',
    about: 'lower-case descriptions of organizations beyond the type nouns ("the metalworkers\' union", "the rate-setting committee")',
    words: ['union', 'trust', 'coalition', 'alliance', 'guild', 'society', 'foundation', 'chamber', 'committee', 'council', 'board', 'ministry', 'parliament', 'legislature', 'house', 'senate', 'assembly', 'shipbuilder', 'automaker', 'chipmaker', 'miner', 'refiner', 'exchange', 'association', 'federation', 'confederation', 'cooperative', 'co-operative', 'consortium', 'fund', 'bank', 'court', 'tribunal', 'regulator', 'authority', 'league', 'club', 'network', 'agency'],
  },
  { id: 'mention.words.description-relatives', about: 'relative words that end the description of an apposition after a name (", the Danish drugmaker that makes …,")', words: ['that', 'which', 'who', 'whose'] },
  { id: 'mention.words.description-participles', about: 'participles after an organization noun that open a reduced clause inside its apposition, to its comma or the sentence\'s end (", a company based in X,")', words: ['based', 'headquartered', 'owned', 'run', 'founded', 'registered', 'listed', 'controlled', 'backed', 'operated'] },
  { id: 'mention.words.self-naming-words', about: 'words between an organization noun and the name it goes by ("a group calling itself X", "a firm called X")', words: ['called', 'named', 'calling', 'calls', 'itself'] },
  { id: 'mention.words.ocean-body-endings', about: 'last words of a run opened by an ocean\'s name that make it a body of the lands around that ocean, as a country opens its bodies\' names ("Pacific Community", "Pacific X Fisheries"); not "Pacific Rim"', words: ['community', 'fisheries', 'seafoods', 'shipping', 'ferries', 'cruises'] },
  { id: 'mention.words.place-openers-abroad', about: 'words of other languages that open the names of places and features before a connector ("Val d\'X", "Rivière du X", "Cerro de X"), never a given name, though the tagger reads the whole as a person\'s', words: ['val', 'valle', 'vallee', 'riviere', 'rio', 'mont', 'monte', 'pointe', 'punta', 'cap', 'cabo', 'baie', 'bahia', 'ile', 'isla', 'ilha', 'puerto', 'ciudad', 'cerro', 'sierra', 'costa', 'playa', 'praia', 'pont', 'ponte', 'col'] },
  { id: 'mention.words.of-body-openers', about: 'first words that, before "of" and a capitalised name, open a body\'s name, never a place\'s ("House of X": a chamber or a house of business)', words: ['house'] },
  { id: 'mention.words.place-plurals', about: 'plural nouns for places before "such as": the names listed after a place among the examples are places too ("villages such as X and Y")', words: ['towns', 'cities', 'villages', 'municipalities', 'suburbs', 'ports', 'islands', 'atolls', 'regions', 'provinces', 'districts', 'counties', 'hamlets', 'communities', 'settlements'] },
  { id: 'mention.words.clause-relatives', about: 'relative words after an organization noun that open a clause inside its apposition (", the Danish drugmaker that makes …,")', words: ['that', 'which'] },
  { id: 'mention.words.name-relatives', about: 'relative words after a sentence\'s first word and a comma that show it names something ("X, which is owned by …, said")', words: ['which', 'who'] },
  { id: 'mention.words.role-relatives', about: 'relative words that end a role written after a person\'s name ("X, a marine ecologist at Y who led the study,")', words: ['who', 'whose'] },
  { id: 'mention.words.description-determiners', about: 'determiners that open a description of an organization before its name ("its parent company, X,")', words: ['the', 'a', 'an', 'its', 'their'] },
  { id: 'mention.words.holding-prepositions', about: 'prepositions between a holder noun and an organization ("shares of X", "analysts at X")', words: ['of', 'in', 'at'] },
  {
    id: 'mention.words.holder-nouns',
    about: 'nouns before "of"/"in"/"at" whose object is an organization ("shares of X", "analysts at X", "a subsidiary of X")',
    words: ['shares', 'stock', 'analysts', 'economists', 'strategists', 'researchers', 'experts', 'scientists', 'specialists', 'investigators', 'engineers', 'employees', 'shareholders', 'investors', 'customers', 'subsidiary', 'unit', 'owner'],
  },
  { id: 'mention.words.stock-nouns', about: 'the holder nouns that also take "in" ("shares in X"); "analysts in X" names a place', words: ['shares', 'stock'] },
  {
    id: 'mention.words.possessed-org-nouns',
    about: 'nouns after a possessive name that make it an organization ("X\'s board", "X\'s shares", "X\'s chief executive")',
    words: ['board', 'shares', 'stock', 'shareholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'plant', 'plants', 'factory', 'factories', 'headquarters', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'ceo', 'chief', 'chairman', 'chairwoman', 'workforce', 'employees', 'staff', 'management', 'executives', 'operations', 'customers', 'products', 'share'],
  },
  { id: 'mention.words.naming-participles', about: 'participles before "as" that give an organization\'s other name ("the central bank, known as X,")', words: ['known', 'called', 'named'] },
  { id: 'mention.words.government-levels', about: 'words between a place\'s possessive and "government" that keep it that place\'s government ("X\'s provincial government")', words: ['provincial', 'federal', 'national', 'state', 'regional', 'local', 'central', 'territorial', 'municipal', 'city', 'new'] },
  { id: 'mention.words.government-modifiers', about: 'words between "the" or a demonym and "government" that keep it the country\'s government ("the federal government")', words: ['federal', 'national', 'central', 'new', 'coalition', 'caretaker', 'interim'] },
  { id: 'mention.words.government-speech-verbs', about: 'verbs after "the government" that make it a speaker', words: ['said', 'says', 'told', 'announced', 'announces', 'warned', 'confirmed', 'stated', 'added', 'insisted', 'denied', 'rejected', 'argued'] },
  { id: 'mention.words.government-plan-modals', about: 'modals after "the government" in a reported clause: what it would or could do is a plan reported, not its act', words: ['would', 'will', 'shall', 'should', 'could', 'can', 'may', 'might', 'must'] },
  { id: 'mention.words.subnational-government-levels', about: 'words between a place\'s name and "government" that name a sub-national government ("the X provincial government")', words: ['provincial', 'state', 'regional', 'territorial', 'municipal', 'prefectural', 'cantonal'] },
  {
    id: 'mention.words.title-fields',
    about: 'fields of work before a title that are no organization ("Privacy Commissioner", "Competition Commissioner"), beside the ministry and role fields',
    words: ['data', 'consumer', 'human', 'rights', 'children', 'privacy', 'ethics', 'election', 'elections', 'labour', 'labor', 'water', 'road', 'safety', 'tax', 'revenue', 'integrity', 'animal', 'welfare', 'youth'],
  },
  { id: 'mention.words.title-tails', about: 'words after a title\'s head that still belong to it ("director general", "chief executive")', words: ['general', 'executive', 'officer', 'designate', 'elect'] },
  { id: 'mention.words.region-words', about: 'last words, any case, that make a run a region ("X Oblast", "X province")', words: ['oblast', 'region', 'province', 'district'] },
  { id: 'mention.words.district-nouns', about: 'nouns a place is described as that make it a district ("X, a suburb of Y")', words: ['district', 'suburb', 'neighbourhood', 'neighborhood'] },
  { id: 'mention.words.where-words', about: 'words after a place\'s described noun that say where it is, so the noun ends the description ("a village near Y")', words: ['near', 'on', 'in', 'inside', 'outside', 'of', 'north', 'south', 'east', 'west', 'about', 'some', 'where', 'that', 'which', 'with', 'at', 'along', 'by'] },
  { id: 'mention.words.coordinators', about: 'words that join the names of a list ("the X and Y regions")', words: ['and', 'or'] },
  { id: 'mention.words.place-possessors', about: 'possessive nouns that stand for a place, not an organization ("the country\'s president")', words: ['country', 'nation', 'city', 'state', 'region', 'province', 'island', 'town', 'village', 'district', 'county', 'capital'] },
  { id: 'mention.words.role-complement-starts', about: 'words that end the head of a role phrase and start its complement ("a fisherman in Gaza")', words: ['in', 'at', 'of', 'for', 'from', 'with', 'on', 'who', 'whose', 'which', 'that', 'based', 'near'] },
  { id: 'mention.words.possessive-determiners', about: 'possessive determiners, any case, that open a role held in the organization named last ("its director")', words: ['its', 'their'] },
  { id: 'mention.words.company-nouns', about: 'possessive nouns that stand for the last company named ("the company\'s chief executive")', words: ['company', 'firm'] },
  { id: 'mention.words.department-fields', about: 'fields, beside the ministry fields, of a department named by its fields and its country ("Environment and Climate Change X")', words: ['climate', 'change', 'natural', 'resources', 'fisheries', 'oceans', 'immigration', 'public', 'safety', 'border'] },
  { id: 'mention.words.name-labels', about: 'labels, any case, before a colon after which a sentence\'s first word is a name ("Photo: X")', words: ['photo', 'photos', 'screenshot', 'video', 'image', 'picture', 'credit'] },
  { id: 'mention.words.credit-labels', about: 'labels, any case, before a colon after which a caption names its credit ("Photo: X", "Source: X")', words: ['photo', 'photos', 'screenshot', 'video', 'image', 'picture', 'source', 'credit'] },
  { id: 'mention.words.credit-media', about: 'media nouns, any case, before "by" and a caption\'s credit ("video by X")', words: ['photo', 'video', 'screenshot', 'image', 'picture', 'footage'] },
  { id: 'mention.words.settlement-words', about: 'geographic words that open a settlement\'s name ("Lac X", "Fort X", "Port X")', words: ['lac', 'lake', 'fort', 'port', 'mount', 'saint', 'st', 'san', 'santa', 'sainte', 'bay'] },
  { id: 'mention.words.settlement-nouns', about: 'nouns after a city\'s name that keep it a place, not a first name before a surname ("X City")', words: ['city', 'town'] },
  { id: 'mention.words.lone-name-prepositions', about: 'prepositions after which a lone unknown name is a place even when it is also a first name ("the trail in X")', words: ['in', 'near', 'outside'] },
  {
    id: 'mention.words.place-context-prepositions',
    about: 'prepositions of place and movement after which, with or without "the", a name nothing else types is a place ("at X, on the coast", "towards X", "through the X", "between the X and Frankfurt")',
    words: ['in', 'near', 'outside', 'across', 'around', 'into', 'at', 'towards', 'toward', 'through', 'via', 'along', 'off', 'between'],
  },
  { id: 'mention.words.compass-adjectives', about: 'adjectives of a part of a place: after "the", a name nothing else types is the place they divide ("the northern X", "the upper X")', words: ['northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upper', 'lower'] },
  {
    id: 'mention.words.origin-prepositions',
    about: 'prepositions of origin after which a name nothing else types is a place only when it closes its phrase ("a student from X, who …", "from the X."): "competition from X and Y" names firms as often',
    words: ['from'],
  },
  { id: 'mention.words.match-nouns', about: 'nouns for a match, after which "against X" names a side ("his debut against X", "the match against X"): a club when no list makes X a country', words: ['match', 'game', 'debut', 'fixture', 'friendly', 'final', 'semi-final', 'quarter-final', 'tie', 'derby', 'clash', 'replay', 'play-off'] },
  { id: 'mention.words.result-verbs', about: 'verbs of a result between two sides, written before the loser and a score ("X beat Y 3-1"): both sides are clubs when no list makes them countries', words: ['beat', 'defeated', 'thrashed', 'edged', 'routed', 'drew', 'overcame', 'downed'] },
  { id: 'mention.words.name-joiners', about: 'one-letter words of other languages that join two capitalised parts of one name ("X a Y", "X y Y"), where English would read an article or a pronoun', words: ['a', 'e', 'y', 'i'] },
  {
    id: 'mention.words.acronym-joiners',
    about: 'lower-case words a long name holds between its capitalised words, in English or the language it is written in ("X for Y and Z in W", "X de Y en Z de la W"): they join the name when the acronym in brackets after it spells the capitalised words, since the bracket shows where the name ends',
    words: ['and', 'of', 'for', 'in', 'on', 'to', 'the', 'at', 'de', 'del', 'des', 'du', 'la', 'le', 'les', 'el', 'en', 'et', 'e', 'y', 'i', 'di', 'della', 'da', 'do', 'dos', 'das', 'und', 'für', 'fur', 'der', 'van', 'voor', 'och', 'og', 'ng', 'pour', 'per', 'para'],
  },
  {
    id: 'mention.words.article-prefixes',
    about: 'articles written before a name with a hyphen ("Al-X", "El-X"): a person\'s family name may open with one, but only after a given name, so such a name written alone names a club, a newspaper or another body',
    words: ['al', 'el'],
  },
  {
    id: 'mention.words.nature-verbs',
    about: 'verbs of what water, ice, land and weather do: "the X" right before one, a name nothing else types, is a river, a range or another feature of nature ("as the X warmed", "after the X burst its banks")',
    words: ['warmed', 'warms', 'cooled', 'flooded', 'floods', 'overflowed', 'burst', 'crossed', 'receded', 'swelled', 'flowed', 'flows', 'froze', 'thawed', 'melted', 'dried', 'carried', 'carries', 'erupted', 'shrank', 'silted', 'meanders', 'drains'],
  },
  {
    id: 'mention.words.nearness-words',
    about: 'words that make "to" a preposition of place ("next to the X", "close to X"): a name nothing else types after them is a place, as after "near"',
    words: ['next', 'close'],
  },
  { id: 'mention.words.island-words', about: 'lower-case words for islands: in a field that holds one, a name nothing else types right after "on" is an island ("meetings on X and six outer islands")', words: ['island', 'islands', 'islet', 'islets', 'atoll', 'atolls', 'archipelago'] },
  {
    id: 'mention.words.on-place-nouns',
    about: 'nouns for people who live or work somewhere and things that stand somewhere, before "on X": a name nothing else types there, closing its phrase, is an island or a mountain ("a teacher on X, who …", "roads on X"); "on" alone is a preposition of time and topic as often',
    words: ['resident', 'residents', 'owner', 'owners', 'teacher', 'teachers', 'farmer', 'farmers', 'fisherman', 'fishermen', 'shopkeeper', 'villager', 'villagers', 'islander', 'islanders', 'nurse', 'doctor', 'worker', 'workers', 'roads', 'villages', 'homes', 'houses', 'farms', 'beaches', 'hotels', 'resorts', 'schools', 'clinic', 'hospital', 'airstrip', 'families'],
  },
  {
    id: 'mention.words.member-role-nouns',
    about: 'lower-case roles a body\'s people hold, written between the body\'s name and a person\'s ("X chief executive Y", "X midfielder Y", "X economist Y"): the name before them, when nothing makes it a person\'s or a place\'s, is an organization',
    words: ['chief', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'winger', 'economist', 'analyst', 'strategist', 'researcher'],
  },
  {
    id: 'mention.words.storm-words',
    about: 'words that open the name of a storm ("Hurricane X", "Cyclone X"): the storm is an event, never a person, a place or a body, so such a name is no entity',
    words: ['hurricane', 'typhoon', 'cyclone', 'storm'],
  },
  {
    id: 'mention.words.body-openers',
    about: 'first words of the names of international bodies ("World X", "Global X"), never of a person\'s name: such a name nothing else types is an organization, unless it ends in the word for an occasion ("World X Cup")',
    words: ['world', 'global'],
  },
  {
    id: 'mention.words.bank-sides',
    about: 'sides before "Bank" that make it a river\'s bank, not a lender ("X North Bank", "the Left Bank"): the name is a place where the context says so',
    words: ['north', 'south', 'east', 'west', 'left', 'right'],
  },
  { id: 'mention.words.body-compound-endings', about: 'endings of one-word names of bodies in languages that write compounds ("X-museum", "X-theater"): never a place\'s name', words: ['museum', 'museet', 'theater', 'theatre', 'teatret', 'zentrum', 'institut', 'verband', 'kasse'] },
  {
    id: 'mention.words.occasion-heads',
    about: 'last words of the names of occasions, periods and documents ("the X Drought", "the X Olympiad", "the X Tour"), never of a place written after a preposition',
    words: ['drought', 'olympiad', 'olympics', 'games', 'tour', 'cup', 'championship', 'championships', 'tournament', 'festival', 'summit', 'conference', 'forum', 'awards', 'prize', 'season', 'war', 'crisis', 'pandemic', 'act', 'convention', 'treaty', 'accord', 'agreement', 'league', 'premiership', 'open', 'marathon', 'rally', 'fair', 'expo', 'week', 'day', 'courts'],
  },
  { id: 'mention.words.electoral-heads', about: 'organization heads that make an electoral authority with an electoral word in the name', words: ['commission', 'board', 'authority', 'council', 'committee', 'office', 'tribunal', 'body'] },
  { id: 'mention.words.electoral-words', about: 'words that make a commission, board or the like an electoral authority', words: ['electoral', 'election', 'elections'] },
  { id: 'mention.words.units-named-with-of', about: 'administrative words, any case, that name a unit before "of" ("County of X", "Regional Municipality of X")', words: ['regional municipality', 'municipality', 'county', 'province', 'district', 'town', 'village', 'city'] },
  { id: 'mention.words.city-units', about: 'the units named with "of" that are cities ("Town of X")', words: ['town', 'village', 'city'] },
  { id: 'mention.words.org-noun-endings', about: 'endings, singular or plural, of lower-case nouns that describe an organization ("the chipmaker", "the shipbuilder")', words: ['maker', 'builder', 'producer', 'manufacturer', 'operator', 'supplier', 'lender', 'insurer', 'exporter'] },
  { id: 'mention.words.company-noun-endings', about: 'endings of a describing noun that make the organization a company ("the drugmaker")', words: ['maker', 'builder', 'producer', 'manufacturer', 'operator', 'supplier'] },
  { id: 'mention.words.bank-words', about: 'words, any case, for a bank in other languages that make an unknown name a bank ("Banco X")', words: ['banco', 'banca', 'banque', 'banka'] },
  { id: 'mention.words.bank-endings', about: 'endings, any case, of a longer word that make an unknown name a bank ("Rabobank", "Unibanco")', words: ['bank', 'banco', 'banca'] },
  {
    id: 'mention.words.name-opening-possessives',
    about: 'possessive determiners that open a body\'s name in capitals ("Our X", "My X"): part of the name when the whole is described as a body right after it or was named so before',
    words: ['our', 'my', 'your'],
  },
  { id: 'mention.words.description-postmodifiers', about: 'words after the head noun of a description that go on describing it (", the operator of the ship,", ", a group in X,"): the noun before one is still the head', words: ['of', 'for', 'in', 'at', 'from', 'with', 'on', 'behind'] },
  {
    id: 'mention.words.roles-bodies-hold',
    about: 'title or person nouns a body may be described with as well ("X, the market leader,", "X, the defending champion,"): they make no one-word name a person',
    words: ['leader', 'owner', 'champion', 'champions', 'rival', 'holder', 'partner', 'winner', 'sponsor', 'member', 'shareholder', 'parent', 'founder', 'head', 'chair'],
  },
  {
    id: 'mention.words.person-speech-phrases',
    about: 'what only a person does right after speaking ("X told reporters", "X said with a smile"): a one-word name that speaks so is a person, not a body',
    words: ['told reporters', 'told journalists', 'told the press', 'told fans', 'told supporters', 'said with a smile', 'said with a laugh', 'wrote on instagram', 'posted on instagram'],
  },
  { id: 'mention.words.adjective-endings', about: 'endings of adjectives of region or people: one such word alone before a common noun names nothing ("Baltic states", "Nordic countries")', words: ['ic', 'ian', 'ean', 'ese', 'ish', 'ern'] },
];

/** Every set's words by its name (`mention.words.org-type-nouns` → `orgTypeNouns`), read by mentions/. */
export const MENTION_WORDS = wordSetsByName('mention.words.', MENTION_WORD_SETS);
