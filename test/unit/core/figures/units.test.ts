import * as assert from 'node:assert/strict';
import { figureOf } from './helpers';
import { toBase, unitNamed } from '../../../../src/core/figures/units';

describe('Figures: units and conversion', () => {
  const unit = (text: string, part: string): string | null => figureOf(text, part).unit;
  it('reads lengths in every spelling', () => {
    for (const [text, name] of [
      ['It stretched 80 km along the valley.', 'km'],
      ['It stretched 80 kilometres along the valley.', 'km'],
      ['It stretched 80 kilometers along the valley.', 'km'],
      ['It stretched 50 miles along the valley.', 'mi'],
      ['The wall is 800 metres long.', 'm'],
      ['The wall is 800 meters long.', 'm'],
      ['The wave was 30 feet high.', 'ft'],
      ['It fell 120 millimetres in a day.', 'mm'],
      ['It fell 12 centimetres in a day.', 'cm'],
    ] as const) {
      assert.equal(unit(text, text.match(/\d+/)![0]), name, text);
    }
  });
  it('reads areas, masses, temperatures and speeds', () => {
    assert.equal(unit('The fire burned 300 hectares of forest.', '300'), 'ha');
    assert.equal(unit('The fire burned 740 acres of forest.', '740'), 'acres');
    assert.equal(unit('It stored 240 tonnes of pellets.', '240'), 't');
    assert.equal(unit('It stored 240 tons of pellets.', '240'), 't');
    assert.equal(unit('It reached 40°C in the shade.', '40'), '°C');
    assert.equal(unit('It reached 104°F in the shade.', '104'), '°F');
    assert.equal(unit('Gusts reached 100 km/h overnight.', '100'), 'km/h');
    assert.equal(unit('Gusts reached 62 mph overnight.', '62'), 'mph');
    assert.equal(unit('Gusts reached 62 miles per hour overnight.', '62'), 'mph');
  });
  it('reads a hyphenated unit adjective', () => {
    const f = figureOf('Flooding affected a 30-mile stretch of the valley.', '30-mile');
    assert.equal(f.unit, 'mi');
    assert.equal(f.value, 30);
  });
  it('converts to the base unit', () => {
    assert.ok(Math.abs(toBase(50, unitNamed('mi')!) - 80467) < 1);
    assert.ok(Math.abs(toBase(104, unitNamed('°F')!) - 40) < 1e-9);
    assert.ok(Math.abs(toBase(62, unitNamed('mph')!) - toBase(100, unitNamed('km/h')!)) < 0.1);
    assert.equal(toBase(2, unitNamed('ha')!), 20000);
  });
});
