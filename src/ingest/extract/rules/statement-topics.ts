/**
 * Topics a statement is about from its own words, not only from the article's tags: a statement on
 * peace talks in an untagged report reaches the same `negotiations` topic as one in a tagged
 * report, so a path through the topic joins reports that were tagged differently or not at all.
 *
 * Each rule names one topic (its name is the topic's, as a tag would give it: `topicId(topic)`) and
 * the word forms that signal it, written out in full (no stemming: "talks" is the topic, "talk" is
 * not). A phrase matches whole words in order, case, accents and hyphens ignored ("air-defence"
 * is "air defence"). Only words that name the
 * subject itself belong here, never words that merely occur near it ("war" is not negotiations);
 * a phrase that is often something else ("strike" in a military report) stays out. The examples
 * run as tests: the first topic list is what the sentence is about, an empty list what it is not.
 */
export interface StatementTopicRule {
  id: string;
  topic: string;
  phrases: readonly string[];
  examples: readonly (readonly [sentence: string, topics: readonly string[]])[];
}

export const STATEMENT_TOPIC_RULES: readonly StatementTopicRule[] = [
  {
    id: 'statement.topic.negotiations',
    topic: 'negotiations',
    phrases: ['talks', 'negotiations', 'negotiation', 'negotiating', 'negotiate', 'negotiated', 'negotiators', 'peace deal', 'peace plan', 'peace process', 'peace agreement', 'peace settlement', 'mediation', 'mediator', 'mediators'],
    examples: [
      ['Moscow is not negotiating in good faith, the institute said.', ['negotiations']],
      ['The minister said the peace plan left the border open.', ['negotiations']],
      ['She will talk to reporters after the match.', []],
    ],
  },
  {
    id: 'statement.topic.sanctions',
    topic: 'sanctions',
    phrases: ['sanctions', 'sanctioned', 'embargo', 'embargoes', 'export controls', 'asset freeze', 'price cap'],
    examples: [
      ['New sanctions would hit the shadow fleet, the commission said.', ['sanctions']],
      ['An oil embargo is on the table, the minister said.', ['sanctions']],
    ],
  },
  {
    id: 'statement.topic.air-defence',
    topic: 'air defence',
    phrases: ['air defence', 'air defences', 'air defense', 'air defenses', 'missile defence', 'missile defense', 'interceptors', 'interceptor missiles'],
    examples: [['Kyiv needs more air defence systems before winter, he said.', ['air defence']]],
  },
  {
    id: 'statement.topic.interest-rates',
    topic: 'interest rates',
    phrases: ['interest rate', 'interest rates', 'policy rate', 'base rate', 'key rate', 'rate cut', 'rate cuts', 'rate hike', 'rate hikes', 'rate rise', 'rate rises', 'monetary policy', 'borrowing costs'],
    examples: [['The bank signalled a rate cut in the spring.', ['interest rates']]],
  },
  {
    id: 'statement.topic.inflation',
    topic: 'inflation',
    phrases: ['inflation', 'consumer prices', 'price growth', 'cost of living'],
    examples: [['Inflation fell to 3.1 percent in October, the office said.', ['inflation']]],
  },
  {
    id: 'statement.topic.elections',
    topic: 'elections',
    phrases: ['election', 'elections', 'electoral', 'runoff', 'run off', 'ballots', 'polling stations', 'voter turnout', 'turnout'],
    examples: [
      ['The runoff would be held on 26 October, the commission said.', ['elections']],
      ['Turnout reached 48 percent by noon.', ['elections']],
      // "ballot" is also a union's vote on a strike, and a verb: only the plural papers count.
      ['The union will ballot members on strike action next month.', ['labour dispute']],
    ],
  },
  {
    id: 'statement.topic.ceasefire',
    topic: 'ceasefire',
    phrases: ['ceasefire', 'ceasefires', 'cease fire', 'truce', 'armistice'],
    examples: [['Both sides broke the truce within hours, the monitors said.', ['ceasefire']]],
  },
  {
    id: 'statement.topic.military-aid',
    topic: 'military aid',
    phrases: ['military aid', 'military assistance', 'weapons deliveries', 'arms deliveries', 'arms supplies', 'weapons supplies', 'security assistance'],
    examples: [['Further military aid depends on the budget vote, the senator said.', ['military aid']]],
  },
  {
    id: 'statement.topic.energy',
    topic: 'energy',
    phrases: ['energy', 'electricity', 'power grid', 'power supply', 'power supplies', 'gas supplies', 'gas supply', 'blackout', 'blackouts', 'power cuts', 'power outages'],
    examples: [['The blackouts will last until the grid is repaired, the operator said.', ['energy']]],
  },
  {
    id: 'statement.topic.cybersecurity',
    topic: 'cybersecurity',
    phrases: ['cyberattack', 'cyberattacks', 'cyber attack', 'cyber attacks', 'ransomware', 'hackers', 'hacking', 'data breach', 'cybersecurity', 'cyber security'],
    examples: [['The ransomware locked every terminal, the port said.', ['cybersecurity']]],
  },
  {
    id: 'statement.topic.climate',
    topic: 'climate',
    phrases: ['climate change', 'global warming', 'emissions', 'greenhouse gases', 'greenhouse gas', 'net zero', 'carbon dioxide'],
    examples: [['Emissions must halve by 2030, the agency warned.', ['climate']]],
  },
  {
    id: 'statement.topic.migration',
    topic: 'migration',
    phrases: ['migrants', 'migrant', 'migration', 'asylum', 'asylum seekers', 'refugees', 'refugee'],
    examples: [['The camp holds 4,000 asylum seekers, the agency said.', ['migration']]],
  },
  {
    id: 'statement.topic.public-health',
    topic: 'public health',
    phrases: ['outbreak', 'outbreaks', 'epidemic', 'pandemic', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'infections', 'infection rate'],
    examples: [['The outbreak has not peaked yet, the ministry said.', ['public health']]],
  },
  {
    id: 'statement.topic.labour-dispute',
    topic: 'labour dispute',
    phrases: ['walkout', 'walkouts', 'industrial action', 'pay deal', 'pay offer', 'pay dispute', 'wage talks', 'strike action', 'picket', 'pickets', 'trade union', 'trade unions'],
    examples: [
      ['Drivers will stage a walkout on Monday unless the pay offer improves, the union said.', ['labour dispute']],
      ['Wage talks resume on Friday.', ['negotiations', 'labour dispute']],
    ],
  },
];
