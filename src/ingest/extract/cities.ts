import { createRequire } from 'node:module';
import { countryOfCapital, countryOfCode, isCountryName } from './gazetteer.js';

/**
 * City → its country, beyond capitals: the context a story set in a city gives when it names no
 * country ("the government" in a report from Gdańsk is Poland's). The cities come from
 * city-timezones (MIT; its data are SimpleMaps' basic world cities: about 7,300 cities with their
 * population, ISO country code and ASCII spelling, English names such as "Geneva" and "Gdansk"),
 * a maintained plain-JSON package with no install script. A name several countries' cities share
 * counts only when its most populous city is far larger than the next one abroad ("Valencia":
 * Spain's and Venezuela's are within a factor of two, so neither).
 */

interface CityRow {
  city: string;
  city_ascii: string;
  /** -99 for a few disputed territories (Kosovo, Somaliland). */
  iso2: string | number;
  pop: number;
}

/** How much larger the most populous city of a name must be than any namesake in another country. */
const DOMINANCE = 5;

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

let table: Map<string, { country: string; population: number }> | undefined;

/** Built on first use: the package's JSON is read only by a process that asks. */
function cityTable(): Map<string, { country: string; population: number }> {
  if (table) return table;
  const rows = (createRequire(import.meta.url)('city-timezones') as { cityMapping: readonly CityRow[] }).cityMapping;
  const byName = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const country = typeof r.iso2 === 'string' ? countryOfCode(r.iso2) : undefined;
    if (!country) continue;
    for (const name of new Set([fold(String(r.city)), fold(String(r.city_ascii))])) {
      if (!name || isCountryName(name)) continue;
      const countries = byName.get(name) ?? new Map<string, number>();
      countries.set(country, Math.max(countries.get(country) ?? 0, r.pop));
      byName.set(name, countries);
    }
  }
  table = new Map();
  for (const [name, countries] of byName) {
    const [first, second] = [...countries].sort((a, b) => b[1] - a[1]);
    if (!second || first![1] >= DOMINANCE * second[1]) table.set(name, { country: first![0], population: first![1] });
  }
  return table;
}

/** The country of a city the story names: a capital (world-countries) first, else city-timezones' city of that name. */
export function countryOfCity(name: string): string | undefined {
  return countryOfCapital(name) ?? cityTable().get(fold(name))?.country;
}
