import compass from '../lexicon/compass.json';

/** Great-circle geometry on a spherical Earth: good to a fraction of a percent, far inside the checks' tolerances. */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from `a` to `b`, degrees clockwise from north. */
export function bearingDeg(a: LatLon, b: LatLon): number {
  const y = Math.sin((b.lon - a.lon) * RAD) * Math.cos(b.lat * RAD);
  const x = Math.cos(a.lat * RAD) * Math.sin(b.lat * RAD) - Math.sin(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.cos((b.lon - a.lon) * RAD);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** The point `km` from `from` on bearing `deg`. */
export function destination(from: LatLon, deg: number, km: number): LatLon {
  const d = km / EARTH_KM;
  const t = deg * RAD;
  const lat1 = from.lat * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(t));
  const lon2 = from.lon * RAD + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / RAD, lon: ((lon2 / RAD + 540) % 360) - 180 };
}

/** Distance from `p` to the segment `a`–`b`, in a plane tangent at `p` (segments are border pieces of tens of km). */
export function segmentDistanceKm(p: LatLon, a: LatLon, b: LatLon): number {
  const k = Math.cos(p.lat * RAD);
  const ax = (a.lon - p.lon) * k, ay = a.lat - p.lat;
  const bx = (b.lon - p.lon) * k, by = b.lat - p.lat;
  const dx = bx - ax, dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
  const q = { lat: p.lat + ay + t * dy, lon: p.lon + (ax + t * dx) / (k || 1) };
  return distanceKm(p, q);
}

/** The eight main points, each in the first spelling compass.json gives for its bearing ('north-east'). */
const BEARINGS: ReadonlyArray<readonly [string, number]> = Object.entries(compass);
const POINTS = [0, 45, 90, 135, 180, 225, 270, 315].map((deg) => BEARINGS.find(([, bearing]) => bearing === deg)![0]);

/** A bearing in the newsroom's words ('south-west'). */
export function compassWord(deg: number): string {
  return POINTS[Math.round(deg / 45) % 8];
}
