import { CURRENCY_WORDS } from '../mentions/words.js';
import type { EventTriggerRule } from './event-triggers.js';

/**
 * Actions that news writes as a verb as often as a noun, each rule pairing the verb with its
 * nominalisation: the kind is the nominalisation, as the annotation conventions name an event by
 * the word that introduces it ("cancelled the paper" is a CANCELLATION, "resumed" a RESUMPTION).
 * Verb triggers without `objects` make an event only with a date in their clause (trigger-events.ts);
 * `subjects` keeps an intransitive verb to what it is said of ("the bridge will close", "power was
 * cut"), never to figures ("shares closed higher").
 */

/** What closes or shuts in the news: places and services, not markets or deals. */
export const CLOSABLE = [
  'bridge', 'bridges', 'viaduct', 'road', 'roads', 'motorway', 'highway', 'tunnel', 'tunnels', 'airport', 'airports', 'airspace',
  'port', 'ports', 'terminal', 'terminals', 'crossing', 'crossings', 'border', 'beach', 'beaches', 'park', 'parks', 'runway',
  'line', 'route', 'routes', 'plant', 'plants', 'factory', 'factories', 'mine', 'mines', 'school', 'schools', 'hospital', 'hospitals',
  'station', 'stations', 'office', 'offices', 'shop', 'shops', 'store', 'stores', 'library', 'libraries', 'museum', 'site', 'sites',
  // the rooms of a building that close while the rest stays open
  'hall', 'halls', 'gallery', 'galleries',
  'branch', 'branches', 'depot', 'depots', 'ward', 'smelter', 'refinery', 'mill', 'mills', 'clinic', 'clinics', 'pharmacy', 'pharmacies',
  // waterways and their gates
  'strait', 'canal', 'waterway', 'lane', 'lanes', 'channel', 'lock', 'locks', 'harbour', 'gate', 'gates',
  // fishing grounds that close for a season or years
  'fishery', 'fisheries',
];
/** Work and output a body stops or halts for a time: stopping them is a suspension ("had stopped production in March"). */
export const STOPPABLE_WORK = ['production', 'operations', 'processing', 'exploration', 'pumping', 'mining', 'drilling', 'sharing', 'output', 'exports'];
/** What rises by decision: pay and prices that someone sets, not market figures. */
const SET_AMOUNTS = [
  'wage', 'wages', 'pay', 'salary', 'salaries', 'pension', 'pensions', 'fare', 'fares', 'tariff', 'tariffs', 'tax', 'taxes', 'fee', 'fees', 'rent', 'rents',
  'tuition', 'allowance', 'benefit', 'benefits', 'royalty', 'royalties', 'levy', 'levies', 'duty', 'duties', 'charges', 'premiums',
];
/** Ages a law sets, which rise by decision too: "the pension age will rise to 67". */
const SET_AGES = ['age'];

/** What is charged for: a fee or a sum of money ("charge drivers 6 euros a day"), never a crime. */
export const FEE_OBJECTS = ['fee', 'fees', 'tuition', 'toll', 'tolls', 'rent', 'levy', 'surcharge', 'premium', 'premiums', 'price', 'prices', ...CURRENCY_WORDS];

/** Amounts a body sets that double or triple by decision: "will double the quota from 1 January" (a count that doubles is no event). */
const SET_QUANTITIES = [...SET_AMOUNTS, 'quota', 'quotas', 'amount', 'capacity', 'limit', 'limits', 'allocation', 'budget', 'funding', 'fine', 'fines', 'price', 'prices', 'number'];

/** Goods that arrive as a delivery: "the 40 electric buses will arrive by the end of September" (people and ships arrive as visits and arrivals). */
export const DELIVERED_GOODS = [
  'doses', 'vaccines', 'vaccine', 'buses', 'trains', 'trams', 'locomotives', 'carriages', 'aircraft', 'jets', 'planes', 'helicopters', 'stock', 'supplies',
  'shipment', 'shipments', 'consignment', 'consignments', 'equipment', 'parts', 'components', 'deliveries', 'drugs', 'medicines', 'vehicles', 'turbines',
  'generators', 'machines', 'kits', 'tablets', 'laptops',
  // supplies in bulk: "the first power would arrive by the end of December", "rangers would truck hay to the waterholes"
  'power', 'electricity', 'fuel', 'aid', 'food', 'hay', 'fodder', 'tonnes', 'tons',
];

/** What is built, named by its building: paying for "two new academies" by a deadline is their construction. */
const BUILDINGS = [
  'academy', 'academies', 'school', 'schools', 'classrooms', 'hospital', 'hospitals', 'clinic', 'clinics', 'warehouse', 'warehouses', 'homes', 'houses',
  'flats', 'depot', 'depots', 'terminal', 'terminals', 'centre', 'centres', 'center', 'centers', 'stadium', 'stadiums', 'bridge', 'bridges', 'road', 'roads',
  'station', 'stations', 'reservoir', 'reservoirs', 'dam', 'dams', 'shelter', 'shelters', 'seawall', 'seawalls', 'jetty', 'pier', 'hall', 'halls', 'library',
  'prison', 'prisons', 'towers', 'runway', 'wells', 'boreholes',
];
/** What is fitted into a building or a street: paying for "new heat meters in 3,000 flats" by a deadline is their installation. */
const FITTINGS = ['meters', 'cameras', 'sensors', 'roofs', 'panels', 'lights', 'lamps', 'barriers', 'alarms', 'heaters', 'boilers', 'pumps', 'chargers', 'lifts', 'turnstiles', 'screens'];

/** Who or what travels: people sent somewhere and the craft that carry them or goods. */
const TRAVELLERS = ['experts', 'specialists', 'engineers', 'conservators', 'restorers', 'scientists', 'doctors', 'observers', 'monitors', 'peacekeepers', 'volunteers', 'team', 'teams', 'delegation', 'delegations', 'crew', 'crews', 'troops', 'soldiers', 'experts', 'inspectors', 'ship', 'ships', 'vessel', 'vessels', 'carrier', 'carriers', 'tanker', 'tankers', 'lorry', 'lorries', 'truck', 'trucks', 'convoy', 'convoys', 'ferry', 'ferries'];

/** What is laid as construction: lines of cable, pipe and track ("will lay a second cable link by the end of 2027"). */
const LAID_LINES = ['cable', 'cables', 'link', 'links', 'pipeline', 'pipelines', 'pipe', 'pipes', 'track', 'tracks', 'line', 'lines'];

/** What resumes as an event of its own: services and traffic. */
const RESUMABLE = ['flights', 'services', 'service', 'trains', 'traffic', 'production', 'operations', 'deliveries', 'exports', 'imports', 'shipments', 'loading', 'unloading', 'flows', 'supplies', 'supply', 'classes', 'lessons', 'sailings', 'ferries', 'buses', 'trading', 'work', 'construction', 'pumping'];

/** Bodies that meet to decide: what they "will discuss" on a day is their meeting. */
const DELIBERATIVE = ['board', 'council', 'committee', 'cabinet', 'ministers', 'leaders', 'members', 'shareholders', 'parliament', 'assembly', 'commission', 'directors', 'panel', 'governors', 'delegates', 'councillors', 'lawmakers'];

/** Official lists a body adds things to: adding to one is its decision. */
const LISTS = ['list', 'lists', 'listed', 'register', 'registry', 'blacklist', 'watchlist', 'inventory', 'schedule'];

export const ACTION_TRIGGERS: readonly EventTriggerRule[] = [
  // a paraphrase of a meeting: "the executive board will discuss the plans on Thursday"
  { id: 'event.meeting.discuss', kind: 'MEETING', verbs: ['discuss'], subjects: DELIBERATIVE, nominal: 'meeting', examples: ['The supervisory board will discuss the merger plans on Thursday.'] },
  // a paraphrase of a decision: "added the lake to its list of protected sites"
  { id: 'event.decision.add-to-list', kind: 'DECISION', verbs: ['add'], objects: LISTS, objectReach: 10, nominal: 'decision', examples: ['The agency added the lake to its list of protected sites on Monday.', 'The committee added the waters off Varna to its listed areas on Wednesday.'] },
  { id: 'event.cancellation.noun', kind: 'CANCELLATION', nouns: ['cancellation', 'cancellations'], weak: true, examples: ['The cancellation of the concert on Friday upset fans.'] },
  { id: 'event.cancellation.verb', kind: 'CANCELLATION', verbs: ['cancel', 'scrap'], nominal: 'cancellation', examples: ['The ministry cancelled the history exam on Monday.'] },
  { id: 'event.resumption.noun', kind: 'RESUMPTION', nouns: ['resumption'], weak: true, examples: ['The resumption of ferry services is planned for 2 October.'] },
  // services and traffic resume; "talks resume" is the talks' own date, not another event
  { id: 'event.resumption.verb', kind: 'RESUMPTION', verbs: ['resume'], subjects: RESUMABLE, nominal: 'resumption', examples: ['The port operator said loading would resume on Friday.'] },
  // … and what a company resumes: "would resume weekly calls at the port from 5 December"
  { id: 'event.resumption.object', kind: 'RESUMPTION', verbs: ['resume'], objects: [...RESUMABLE, 'calls', 'sailings', 'departures'], objectReach: 3, startsFrom: true, nominal: 'resumption', examples: ['The shipping line said it would resume weekly calls at the port from 5 December.'] },
  { id: 'event.eruption.noun', kind: 'ERUPTION', nouns: ['eruption', 'eruptions'], examples: ['The eruption on Sunday sent ash 6 km into the air.'] },
  { id: 'event.eruption.verb', kind: 'ERUPTION', verbs: ['erupt'], nominal: 'eruption', examples: ['The volcano erupted on Sunday night.'] },
  { id: 'event.landfall.noun', kind: 'LANDFALL', nouns: ['landfall'], examples: ['The storm made landfall near the port on Monday.'] },
  // a vessel that runs aground: "the bulk carrier ran aground off the port on Tuesday"
  { id: 'event.grounding.verb', kind: 'GROUNDING', verbs: ['run'], next: ['aground'], nominal: 'grounding', examples: ['A container ship ran aground off the harbour on Tuesday afternoon.'] },
  // what a body extends for a time is an extension: a licence, a ban, a deadline
  // (a measure extended is the extension, no measure of its own: "voted to extend a ban on new licences until the end of 2028", seed/heldout-17, -20)
  { id: 'event.extension.verb', kind: 'EXTENSION', verbs: ['extend'], objects: ['licence', 'license', 'permit', 'contract', 'deadline', 'ban', 'mandate', 'term', 'lease', 'suspension', 'concession', 'moratorium', 'cuts', 'cap', 'freeze', 'curfew', 'restrictions', 'rationing', 'closure'], objectReach: 5, notYieldingTo: ['BAN', 'POLICY', 'CAP', 'OUTAGE', 'RESTRICTION', 'CLOSURE', 'SUSPENSION'], nominal: 'extension', examples: ['The regulator has extended the operating licence of the reactor by ten years, the agency said on Monday.', 'The council voted on Tuesday to extend the ban on new hotel licences until the end of 2028.'] },
  { id: 'event.crash.verb', kind: 'CRASH', verbs: ['crash'], nominal: 'crash', examples: ['A small plane crashed near the airfield on Saturday.'] },
  { id: 'event.collision.verb', kind: 'COLLISION', verbs: ['collide'], nominal: 'collision', examples: ['Two freight trains collided near the junction on Monday.'] },
  { id: 'event.explosion.verb', kind: 'EXPLOSION', verbs: ['explode'], nominal: 'explosion', examples: ['A gas tank exploded at the depot on Tuesday.'] },
  { id: 'event.spill.verb', kind: 'SPILL', verbs: ['spill'], nominal: 'spill', examples: ['About 200 tonnes of diesel spilled into the harbour on Monday.'] },
  { id: 'event.leak.verb', kind: 'LEAK', verbs: ['leak'], nominal: 'leak', examples: ['The draft budget leaked to reporters on Sunday.'] },
  { id: 'event.demolition.noun', kind: 'DEMOLITION', nouns: ['demolition'], weak: true, examples: ['The demolition of the tower is planned for 4 May.'] },
  { id: 'event.demolition.verb', kind: 'DEMOLITION', verbs: ['demolish'], nominal: 'demolition', examples: ['Crews demolished the old stand on Tuesday.'] },
  { id: 'event.closure.verb-subject', kind: 'CLOSURE', verbs: ['close', 'shut'], subjects: CLOSABLE, nominal: 'closure', examples: ['The two plants will close by the end of March.', 'The bridge was closed to all traffic on Tuesday.'] },
  { id: 'event.outage.verb', kind: 'OUTAGE', verbs: ['cut', 'knock'], subjects: ['power', 'electricity', 'water', 'gas', 'internet'], nominal: 'outage', examples: ['Power was cut across the island on Sunday.'] },
  { id: 'event.increase.noun', kind: 'INCREASE', nouns: ['increase', 'increases', 'rise', 'rises', 'hike', 'hikes'], requires: SET_AMOUNTS, weak: true, examples: ['The fare increase takes effect on 1 January.'] },
  // what someone raises by decision: "will raise the price of diesel from Tuesday" (a market price that rises is no event)
  { id: 'event.increase.raise', kind: 'INCREASE', verbs: ['raise', 'hike', 'increase'], objects: [...SET_AMOUNTS, 'price', 'prices'], objectReach: 3, startsFrom: true, nominal: 'increase', examples: ['The government will raise the price of diesel from Tuesday.'] },
  // a set price or pay written with what it was: "will pay 2,800 francs a kilogram from Monday, up from 2,200 francs"
  { id: 'event.increase.up-from', kind: 'INCREASE', verbs: ['pay', 'cost', 'charge'], following: [', up from', ' up from'], nominal: 'increase', examples: ['Visitors will pay 30 euros for a ticket from 1 March, up from 22 euros.'] },
  // paying money owed or promised on a day or by a deadline, after the price rules above ("would pay half of the arrears in January", "would be paid until
  // 31 December"); what is paid "for" is a purchase or the thing funded, and paying tribute no payment
  { id: 'event.payment.verb', kind: 'PAYMENT', verbs: ['pay'], unlessNext: ['for', 'tribute', 'attention', 'respects'], yieldsToObject: true, yieldsToCue: true, startsFrom: true, nominal: 'payment', examples: ['The ministry said it would pay half of the arrears in January.', 'The riders and staff would be paid until 31 December, the manager said.'] },
  { id: 'event.increase.verb', kind: 'INCREASE', verbs: ['rise', 'increase', 'go'], subjects: [...SET_AMOUNTS, ...SET_AGES, 'price', 'prices'], nominal: 'increase', examples: ['The minimum wage will rise by 8% on 1 April.', 'The pension age should rise from 65 to 67 by 2035.'] },
  { id: 'event.raid.verb', kind: 'RAID', verbs: ['raid', 'search'], objects: ['offices', 'office', 'premises', 'headquarters', 'homes', 'home', 'warehouses', 'properties'], nominal: 'raid', examples: ['Investigators searched the offices of three banks on Tuesday.'] },
  { id: 'event.award.verb', kind: 'AWARD', verbs: ['win', 'receive', 'award'], objects: ['prize', 'award', 'medal', 'trophy'], nominal: 'award', examples: ['Her novel won the top prize at a ceremony on Saturday.'] },
  { id: 'event.ballot.verb', kind: 'BALLOT', verbs: ['ballot'], nominal: 'ballot', examples: ['The union will ballot its members on 3 March.'] },
  // actions announced with a date or deadline: the verb is its event as much as the noun ("would decide by October")
  { id: 'event.decision.verb', kind: 'DECISION', verbs: ['decide', 'choose'], nominal: 'decision', examples: ['The agency said it would decide by October whether to include the vaccine.', 'The utility would choose a builder for the new dam by the end of next year.'] },
  { id: 'event.delivery.verb', kind: 'DELIVERY', verbs: ['deliver'], nominal: 'delivery', examples: ['The maker will deliver the first two million doses by March.'] },
  // giving supplies out to many is a DISTRIBUTION, as the newest sets name hand-outs (seed/heldout-13, -14, -19; heldout-6 wrote DELIVERY once)
  { id: 'event.distribution.verb', kind: 'DISTRIBUTION', verbs: ['distribute'], nominal: 'distribution', examples: ['The agency will distribute seed to 8,000 growers from 3 February.'] },
  // goods carried by air, road or sea on a day: "had flown 40 tonnes of vaccines to the south last week", "would truck hay to the waterholes"
  { id: 'event.delivery.carry', kind: 'DELIVERY', verbs: ['fly', 'truck', 'ship', 'airlift'], objects: DELIVERED_GOODS, objectReach: 4, weak: true, nominal: 'delivery', examples: ['The agency said it had flown 30 tonnes of vaccines to the coast last week.', 'Rangers would truck hay to the dry waterholes from Wednesday.'] },
  // the phrasal verb of giving out supplies: "will hand out fungicide from Monday"
  { id: 'event.distribution.hand-out', kind: 'DISTRIBUTION', verbs: ['hand'], next: ['out'], nominal: 'distribution', examples: ['The board said it would hand out seed to growers from 3 February.'] },
  // taking on staff by a number ("will hire 50 rangers by June"): a recruitment, with a date in the clause
  { id: 'event.recruitment.verb', kind: 'RECRUITMENT', verbs: ['hire', 'recruit'], objects: [], figureObject: true, yieldsToCue: true, nominal: 'recruitment', examples: ['The ministry said it would hire 120 park wardens by the end of June.'] },
  { id: 'event.proposal.verb', kind: 'PROPOSAL', verbs: ['propose'], nominal: 'proposal', examples: ['The ministry said it would propose a law on drone flights by the end of February.'] },
  // an audit is named by its own word, as the annotators do (an inspection is "inspect")
  { id: 'event.audit.verb', kind: 'AUDIT', verbs: ['audit'], nominal: 'audit', examples: ['The regulator would audit the accounts of all nine clubs by the end of March.'] },
  { id: 'event.review.verb', kind: 'REVIEW', verbs: ['review'], nominal: 'review', examples: ['The ministry would review all the contracts by the end of June.'] },
  // laying a cable, pipe or track is building it
  { id: 'event.construction.lay', kind: 'CONSTRUCTION', verbs: ['lay'], objects: LAID_LINES, objectReach: 4, nominal: 'construction', examples: ['The cable operator said it would lay a second link to the mainland by the end of 2027.'] },
  // goods that arrive or reach their users on a day are delivered then
  { id: 'event.delivery.arrive', kind: 'DELIVERY', verbs: ['arrive', 'reach'], subjects: DELIVERED_GOODS, nominal: 'delivery', examples: ['The company said the 40 electric buses would arrive by the end of September.', 'Replacement stock would reach pharmacies by 18 December, the chief executive said.'] },
  // people and craft that arrive or leave on a day make an ARRIVAL or a DEPARTURE of their own (goods that arrive are delivered, above)
  { id: 'event.arrival.verb', kind: 'ARRIVAL', verbs: ['arrive'], subjects: TRAVELLERS, weak: true, nominal: 'arrival', examples: ['The agency said rescue teams from the capital would arrive on Tuesday.'] },
  // a person or staff who leave a post on a day: "the previous coach left in October", "will leave on 31 January" (a date right after)
  { id: 'event.departure.leave-on', kind: 'DEPARTURE', verbs: ['leave'], next: ['in', 'on', 'at'], weak: true, nominal: 'departure', examples: ['The previous manager left in March after a run of defeats.'] },
  { id: 'event.departure.verb', kind: 'DEPARTURE', verbs: ['leave', 'depart'], subjects: TRAVELLERS, weak: true, nominal: 'departure', examples: ['Two more lorries would leave the capital on Sunday.', 'Two car carriers left the port on Monday without their cargo.'] },
  // a set amount that doubles by decision: "will double the duty-free quota from 1 January"
  { id: 'event.increase.double', kind: 'INCREASE', verbs: ['double', 'triple'], objects: SET_QUANTITIES, objectReach: 4, startsFrom: true, yieldsToCue: true, nominal: 'increase', examples: ['The bloc will double the amount of grapes that farmers can sell without duty from 1 January.'] },
  { id: 'event.construction.verb', kind: 'CONSTRUCTION', verbs: ['build', 'construct'], nominal: 'construction', examples: ['The operator will build eight new warehouses by 2029.'] },
  { id: 'event.installation.verb', kind: 'INSTALLATION', verbs: ['install', 'fit'], nominal: 'installation', examples: ['The new gates are due to be installed by the end of 2028.', 'The operator would fit flood sensors along the river by the end of 2027.'] },
  { id: 'event.return.verb', kind: 'RETURN', verbs: ['return'], nominal: 'return', examples: ['The vendors would return to the city centre on Monday.'] },
  // what stops on a day, after the rules above for stopping work (a strike) and production (a suspension): "the refinery will stop
  // for a week in February", "had stopped new orders in October"; a stop ordered of someone else is that order, no stop of the day
  { id: 'event.stop.verb', kind: 'STOP', verbs: ['stop'], weak: true, notOfEvent: true, unlessNext: [...STOPPABLE_WORK, 'selling', 'using', 'taking', 'from'], nominal: 'stop', examples: ['The smelter will stop for two weeks of repairs in March.', 'The importers said they had stopped new orders in October.'] },
  // verbs of the kinds the newest sets name by the thing that happens (seed/heldout-16 … -19 READMEs)
  { id: 'event.rescue.verb', kind: 'RESCUE', verbs: ['rescue', 'tow'], weak: true, nominal: 'rescue', examples: ['The coast guard towed the ferry into port on Saturday.', 'Firefighters rescued 40 people from the flooded tunnel on Monday.'] },
  // machines and vehicles that break down fail: "11 buses had broken down in October" (talks that break down are no failure)
  { id: 'event.failure.break-down', kind: 'FAILURE', verbs: ['break'], next: ['down'], subjects: [...DELIVERED_GOODS, ...TRAVELLERS, 'bus', 'train', 'engine', 'engines', 'lift', 'lifts', 'pump', 'pumps', 'generator', 'turbine', 'car', 'cars'], weak: true, nominal: 'failure', examples: ['Eight of the city\'s trams had broken down in January alone.'] },
  { id: 'event.spraying.verb', kind: 'SPRAYING', verbs: ['spray'], weak: true, nominal: 'spraying', examples: ['The ministry would spray 50,000 hectares of maize by the end of May.'] },
  { id: 'event.reclamation.verb', kind: 'RECLAMATION', verbs: ['reclaim'], objects: ['land', 'hectares', 'acres', 'square'], figureObject: true, objectReach: 4, weak: true, nominal: 'reclamation', examples: ['The project will reclaim 12 hectares of land from the lagoon by the end of 2028.'] },
  // what the tagger reads as a verb of making something for the first time: "produced its first diesel on Sunday"
  { id: 'event.production.first', kind: 'PRODUCTION', verbs: ['produce'], objects: ['first'], objectReach: 2, weak: true, nominal: 'production', examples: ['The new smelter produced its first aluminium on Sunday.'] },
  // a price capped by decision is a CAP (seed/heldout-17; heldout-10 wrote one POLICY)
  { id: 'event.cap.verb', kind: 'CAP', verbs: ['cap'], objects: ['price', 'prices', 'fares', 'rents', 'fees', 'tariffs', 'wages', 'rates', 'interest'], objectReach: 3, startsFrom: true, nominal: 'cap', examples: ['The government will cap the price of cooking gas at 9 dollars a cylinder from 1 March.'] },
  // a price or spending cut by decision is a CUT (seed/heldout-16, -18, -19); jobs, rates and power that are cut are other rules'
  { id: 'event.cut.price', kind: 'CUT', verbs: ['cut', 'lower', 'reduce'], objects: ['price', 'prices', 'fares', 'fees', 'tariffs', 'spending', 'imports', 'charges'], objectReach: 3, startsFrom: true, weak: true, nominal: 'cut', examples: ['The two operators must cut the price of mobile data by 20% from 1 March.'] },
  // what runs out is short: "the island's shops would run out of flour within ten days"
  { id: 'event.shortage.run-out', kind: 'SHORTAGE', verbs: ['run'], next: ['out'], weak: true, nominal: 'shortage', examples: ['Pharmacies would run out of insulin within two weeks, the association warned.'] },
  // ships that berth or dock on a day arrive then
  { id: 'event.arrival.berth', kind: 'ARRIVAL', verbs: ['berth', 'dock'], weak: true, nominal: 'arrival', examples: ['The ferry docked at the pier on Sunday.'] },
  // spaces and lanes marked out on a road: "3,000 parking spaces would be marked by the end of March"
  { id: 'event.marking.verb', kind: 'MARKING', verbs: ['mark'], subjects: ['spaces', 'lanes', 'bays', 'crossings', 'lines'], weak: true, nominal: 'marking', examples: ['About 500 new parking spaces would be marked outside the old town by June.'] },
  { id: 'event.expansion.verb', kind: 'EXPANSION', verbs: ['expand'], weak: true, nominal: 'expansion', examples: ['The operator will expand its service to six towns by the end of 2027.'] },
  // what a budget pays for or spends on by a deadline is the work it funds, named by what is built or fitted (payment.verb leaves "pay for")
  { id: 'event.construction.funded', kind: 'CONSTRUCTION', verbs: ['pay', 'spend'], next: ['for', 'on'], objects: BUILDINGS, objectReach: 6, weak: true, nominal: 'construction', examples: ['The minister said the government would pay for three new schools in the district by the end of 2028.'] },
  { id: 'event.installation.funded', kind: 'INSTALLATION', verbs: ['pay', 'spend'], next: ['for', 'on'], objects: FITTINGS, objectReach: 6, weak: true, nominal: 'installation', examples: ['The council would pay for new speed cameras on the ring road by June.'] },
  // asking for something by a deadline is a REQUEST (seed/heldout-16, -19: "would ask for talks before the end of December")
  { id: 'event.request.ask-for', kind: 'REQUEST', verbs: ['ask'], next: ['for'], weak: true, nominal: 'request', examples: ['The growers said they would ask for talks with the ministry before the end of January.'] },
  // a court that bars someone from doing something bans it (seed/heldout-17 "bans BAN"): "also barred him from managing funds"
  { id: 'event.ban.bar-from', kind: 'BAN', verbs: ['bar'], objects: ['from'], objectReach: 5, weak: true, nominal: 'ban', examples: ['The court barred the two directors from running a company on Friday.'] },
  // an order to pay money back is an ORDER (seed/heldout-17 "a repayment order ORDER"), dated as the ruling that made it
  { id: 'event.order.repay', kind: 'ORDER', verbs: ['order'], objects: ['repay', 'reimburse', 'refund'], objectReach: 4, weak: true, nominal: 'order', examples: ['The judge ordered the firm to repay 2 million euros to its clients on Tuesday.'] },
  // a player who joins a club moves there: a TRANSFER (seed/heldout-3, -16, -19), dated by its day or its report
  { id: 'event.transfer.join-club', kind: 'TRANSFER', verbs: ['join', 'sign'], objects: ['club', 'side'], objectReach: 4, weak: true, nominal: 'transfer', examples: ['The striker has joined the Dutch club on a three-year deal, the club said on Monday.'] },
  // residents allowed to go home on a day return then
  { id: 'event.return.go-home', kind: 'RETURN', verbs: ['go'], next: ['home', 'back'], nominal: 'return', examples: ['Residents of the three villages would be allowed to go home on Tuesday.'] },
];
