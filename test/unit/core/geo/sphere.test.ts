import * as assert from 'node:assert/strict';
import { bearingDeg, compassWord, destination, distanceKm, segmentDistanceKm } from '../../../../src/core/geo/sphere';

const moscow = { lat: 55.75, lon: 37.62 };
const kaluga = { lat: 54.53, lon: 36.28 };

describe('geo: sphere', () => {
  it('measures distance and bearing', () => {
    assert.ok(Math.abs(distanceKm(moscow, kaluga) - 160) < 5);
    assert.equal(compassWord(bearingDeg(moscow, kaluga)), 'south-west');
  });
  it('walks a bearing and back', () => {
    const p = destination(moscow, 225, 150);
    assert.ok(Math.abs(distanceKm(moscow, p) - 150) < 0.5);
    assert.ok(Math.abs(bearingDeg(moscow, p) - 225) < 1);
  });
  it('measures to a segment, not only to its ends', () => {
    const a = { lat: 50, lon: 30 }, b = { lat: 50, lon: 32 };
    assert.ok(Math.abs(segmentDistanceKm({ lat: 51, lon: 31 }, a, b) - 111) < 2);
  });
});
