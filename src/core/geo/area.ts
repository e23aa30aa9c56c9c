import type { Country, Town } from './gazetteer';
import { gazetteer, placeKey } from './gazetteer';
import { destination, distanceKm, segmentDistanceKm, type LatLon } from './sphere';
import type { PlaceRelation } from './statements';

/**
 * The part of the map a statement leaves for its place: sample points, border
 * lines and a box, each widened by `radius` km. Tolerances are generous on
 * purpose: a finding is made only when two areas are far apart.
 */
export interface Area {
  points: LatLon[];
  lines: LatLon[][];
  box?: [number, number, number, number];
  radius: number;
  /** The town the statement measures from, if any. */
  anchor?: LatLon;
  /** Countries the place must lie in for the statement to hold (the anchor's, the border's). */
  countries: Set<string>;
}

/** How far a reported distance may be off ('about 150 km' for 110–190 km) and a compass point (±30°). */
const DISTANCE_SLACK = 0.3;
const BEARING_SLACK = 30;
/** How near 'near the border' is: within a day trip of it. */
export const NEAR_BORDER_KM = 60;
const PART_SLACK_KM = 25;

/** How the story's place names are pinned down: countries it names, and names it ties to a country. */
export interface PlaceContext {
  countries: Set<string>;
  qualifiers: Map<string, string>;
}

/**
 * The town a name stands for, or none when the story does not settle it: a
 * country the text ties the name to, then the story's countries, then a
 * namesake so much bigger than the others that a bare mention means it.
 */
export function resolveTown(name: string, context: PlaceContext, options: { seat?: boolean; within?: Set<string> } = {}): Town | undefined {
  let candidates = gazetteer().towns(name);
  const pinned = context.qualifiers.get(placeKey(name));
  if (pinned) candidates = candidates.filter((t) => t.country === pinned);
  else if (options.within) candidates = candidates.filter((t) => options.within!.has(t.country));
  else {
    const inStory = candidates.filter((t) => context.countries.has(t.country));
    if (inStory.length > 0) candidates = inStory;
  }
  if (options.seat) {
    const seats = candidates.filter((t) => t.seat > 0);
    if (seats.length > 0) candidates = seats;
  }
  if (candidates.length === 0) return undefined;
  const sorted = [...candidates].sort((a, b) => b.population - a.population);
  return sorted.length === 1 || sorted[0].population >= 20 * sorted[1].population ? sorted[0] : undefined;
}

/** A city spreads: 'outside Moscow' reaches further than 'outside Thornby' (about 10 km more per tenfold population over 100,000). */
function townReachKm(town: Town): number {
  return 10 * Math.max(0, Math.log10(town.population / 100000));
}

/** The area a relation allows, or none when its anchor is unknown or ambiguous. */
export function areaOf(relation: PlaceRelation, context: PlaceContext): Area | undefined {
  switch (relation.kind) {
    case 'offset':
    case 'near': {
      const anchor = resolveTown(relation.anchor, context);
      if (!anchor) return undefined;
      const countries = new Set([anchor.country]);
      if (relation.kind === 'near') return { points: [anchor], lines: [], radius: relation.km + townReachKm(anchor), anchor, countries };
      const points: LatLon[] = [];
      const bearings = relation.bearing === undefined ? Array.from({ length: 24 }, (_, i) => i * 15) : [-2, -1, 0, 1, 2].map((k) => relation.bearing! + (k * BEARING_SLACK) / 2);
      for (const f of [1 - DISTANCE_SLACK, 1 - DISTANCE_SLACK / 2, 1, 1 + DISTANCE_SLACK / 2, 1 + DISTANCE_SLACK])
        for (const b of bearings) points.push(destination(anchor, b, relation.km * f));
      return { points, lines: [], radius: 0.15 * relation.km + 5, anchor, countries };
    }
    case 'border': {
      const [a, b] = relation.countries;
      const lines = gazetteer().borders(a, b).flatMap((border) => border.lines);
      if (lines.length === 0) return undefined;
      return { points: [], lines, radius: NEAR_BORDER_KM, countries: new Set(relation.countries.map((c) => c.code)) };
    }
    case 'part':
      return { points: [], lines: [], box: partOf(relation.country, relation.bearing), radius: PART_SLACK_KM, countries: new Set([relation.country.code]) };
  }
}

/** The half (or quarter, for north-east and the like) of a country's mainland a compass word names. */
function partOf(country: Country, bearing: number): [number, number, number, number] {
  let [s, w, n, e] = country.box;
  const midLat = (s + n) / 2, midLon = (w + e) / 2;
  const dn = Math.cos((bearing * Math.PI) / 180), de = Math.sin((bearing * Math.PI) / 180);
  if (dn > 0.3) s = midLat;
  if (dn < -0.3) n = midLat;
  if (de > 0.3) w = midLon;
  if (de < -0.3) e = midLon;
  return [s, w, n, e];
}

function boxDistanceKm(p: LatLon, [s, w, n, e]: [number, number, number, number]): number {
  const lat = Math.max(s, Math.min(n, p.lat));
  const lon = Math.max(w, Math.min(e, p.lon));
  return lat === p.lat && lon === p.lon ? 0 : distanceKm(p, { lat, lon });
}

/** Distance from a point to the core of an area (before its radius), km. */
export function distanceToArea(p: LatLon, area: Area): number {
  let best = Infinity;
  for (const q of area.points) best = Math.min(best, distanceKm(p, q));
  for (const line of area.lines) for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistanceKm(p, line[i - 1], line[i]));
  if (area.box) best = Math.min(best, boxDistanceKm(p, area.box));
  return best;
}

function cornersOf([s, w, n, e]: [number, number, number, number]): LatLon[] {
  const points: LatLon[] = [];
  for (const lat of [s, (s + n) / 2, n]) for (const lon of [w, (w + e) / 2, e]) points.push({ lat, lon });
  return points;
}

/** The least distance between the cores of two areas, km (0 when they overlap). */
export function distanceBetween(a: Area, b: Area): number {
  if (a.box && b.box && a.box[0] <= b.box[2] && b.box[0] <= a.box[2] && a.box[1] <= b.box[3] && b.box[1] <= a.box[3]) return 0;
  let best = Infinity;
  const pointsOf = (x: Area) => [...x.points, ...x.lines.flat(), ...(x.box ? cornersOf(x.box) : [])];
  for (const p of pointsOf(a)) best = Math.min(best, distanceToArea(p, b));
  for (const p of pointsOf(b)) best = Math.min(best, distanceToArea(p, a));
  return best;
}
