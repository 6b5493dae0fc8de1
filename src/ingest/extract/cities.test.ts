import { describe, expect, it } from 'vitest';
import { countryOfCity } from './cities.js';

describe('city → country (cities.ts)', () => {
  it('a capital from world-countries, another city from city-timezones, names as written or in ASCII', () => {
    expect(countryOfCity('Lisbon')).toBe('Portugal');
    expect(countryOfCity('Gdansk')).toBe('Poland');
    expect(countryOfCity('Kozhikode')).toBe('India');
    expect(countryOfCity('Constanta')).toBe('Romania');
    expect(countryOfCity('Katowice')).toBe('Poland');
  });

  it('a country keeps its own name even where a city shares it; an unknown name gives nothing', () => {
    expect(countryOfCity('Singapore')).toBeUndefined();
    expect(countryOfCity('Nowhereville')).toBeUndefined();
  });

  it('a name shared abroad counts only when its largest city dwarfs the rest', () => {
    // Valencia: Venezuela's and Spain's within a factor of two
    expect(countryOfCity('Valencia')).toBeUndefined();
    // Manchester: the English city is many times the size of the American one
    expect(countryOfCity('Manchester')).toBe('United Kingdom');
    expect(countryOfCity('Birmingham')).toBeUndefined();
  });
});
