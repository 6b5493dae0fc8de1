import type { EventTriggerRule } from './event-triggers.js';

/**
 * Triggers for what happens to people and places rather than what institutions decide: natural
 * disasters, accidents, and the emergency measures they bring (evacuations, culls). The kind is the
 * word that names the occurrence, as specific as that word (seed/samples/README.md: a wildfire is a
 * WILDFIRE, a drought a DROUGHT, a cull a CULL), not a catch-all "incident". Words that also have
 * a figurative or routine sense ("fire", "drought" of goals, "landslide" win) only count with a date.
 */
export const INCIDENT_TRIGGERS: readonly EventTriggerRule[] = [
  { id: 'event.earthquake.noun', kind: 'EARTHQUAKE', nouns: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor'], examples: ['A strong earthquake hit the province on Monday.'] },
  { id: 'event.flood.noun', kind: 'FLOOD', nouns: ['flood', 'floods', 'flooding', 'flash-flood'], examples: ['The floods in the valley on Sunday cut off three villages.'] },
  { id: 'event.wildfire.noun', kind: 'WILDFIRE', nouns: ['wildfire', 'wildfires'], examples: ['A wildfire near the town on Tuesday destroyed 40 homes.'] },
  { id: 'event.fire.noun', kind: 'FIRE', nouns: ['fire', 'blaze', 'bushfire', 'bushfires'], weak: true, examples: ['A fire at the warehouse on Monday destroyed 2,000 tonnes of grain.'] },
  { id: 'event.landslide.noun', kind: 'LANDSLIDE', nouns: ['landslide', 'landslides', 'mudslide', 'mudslides'], weak: true, examples: ['A landslide blocked the mountain road on Saturday.'] },
  { id: 'event.drought.noun', kind: 'DROUGHT', nouns: ['drought', 'droughts'], weak: true, examples: ['The drought that began in March has cut the harvest by a third.'] },
  { id: 'event.explosion.noun', kind: 'EXPLOSION', nouns: ['explosion', 'explosions', 'blast'], examples: ['An explosion on Monday injured four workers at the chemical plant.'] },
  { id: 'event.crash.noun', kind: 'CRASH', nouns: ['crash', 'crashes'], examples: ['The helicopter crash on Sunday killed two crew members.'] },
  { id: 'event.collision.noun', kind: 'COLLISION', nouns: ['collision', 'collisions'], examples: ['The collision between two freight trains on Monday closed the line.'] },
  { id: 'event.derailment.noun', kind: 'DERAILMENT', nouns: ['derailment', 'derailments'], examples: ['The derailment on Tuesday spilled diesel into the river.'] },
  { id: 'event.leak.noun', kind: 'LEAK', nouns: ['leak', 'leaks'], weak: true, examples: ['The gas leak was found on Friday.'] },
  { id: 'event.spill.noun', kind: 'SPILL', nouns: ['spill', 'spills'], examples: ['The diesel spill on Monday closed two beaches.'] },
  { id: 'event.evacuation.noun', kind: 'EVACUATION', nouns: ['evacuation', 'evacuations'], examples: ['The evacuation of the town began on Sunday.'] },
  { id: 'event.evacuation.verb', kind: 'EVACUATION', verbs: ['evacuate'], nominal: 'evacuation', examples: ['Police evacuated 3,000 residents on Saturday.'] },
  // people made to leave their homes are evacuated: "were ordered to leave their homes on Wednesday night"
  { id: 'event.evacuation.leave-homes', kind: 'EVACUATION', verbs: ['leave', 'flee', 'abandon'], objects: ['homes', 'home', 'houses'], objectReach: 2, nominal: 'evacuation', examples: ['Thousands of residents were ordered to leave their homes on Wednesday night.'] },
  { id: 'event.cull.noun', kind: 'CULL', nouns: ['cull', 'culls', 'culling'], weak: true, examples: ['The cull of 40,000 ducks was completed on Tuesday.'] },
  { id: 'event.cull.verb', kind: 'CULL', verbs: ['cull'], nominal: 'cull', examples: ['Inspectors culled 40,000 ducks at the farm on Monday.'] },
  { id: 'event.theft.noun', kind: 'THEFT', nouns: ['theft', 'thefts', 'heist', 'robbery', 'burglary'], weak: true, examples: ['The theft of the jewels on Sunday night was discovered at dawn.'] },
  { id: 'event.theft.verb', kind: 'THEFT', verbs: ['steal'], nominal: 'theft', examples: ['Thieves stole three paintings from the gallery on Sunday night.'] },
  { id: 'event.heatwave.noun', kind: 'HEATWAVE', nouns: ['heatwave', 'heatwaves'], weak: true, examples: ['The heatwave on Saturday pushed demand for power to a record.'] },
  { id: 'event.blockade.noun', kind: 'BLOCKADE', nouns: ['blockade', 'blockades'], weak: true, examples: ['Farmers began a blockade of the motorway on Monday.'] },
  // blocking a way on a day is a blockade of it; "blocked the deal" is not
  { id: 'event.blockade.verb', kind: 'BLOCKADE', verbs: ['block', 'barricade'], objects: ['road', 'roads', 'highway', 'motorway', 'route', 'street', 'streets', 'bridge', 'railway', 'tracks', 'port', 'border', 'crossing', 'entrance', 'access'], objectReach: 4, nominal: 'blockade', examples: ['Farmers blocked the main road to the port on Friday.'] },
];
