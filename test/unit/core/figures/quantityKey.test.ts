import * as assert from 'node:assert/strict';
import { figureOf, figuresOf } from './helpers';

describe('Figures: what is counted', () => {
  const key = (text: string, part: string): string | null => figureOf(text, part).key;
  it('keys a count by its noun and role', () => {
    assert.equal(key('The fire sent 14 workers to hospital.', '14'), 'count:worker:hospital::');
    assert.equal(key('The fire sent a dozen workers to hospital.', 'dozen'), 'count:worker:hospital::');
    assert.equal(key('Three people died in the floods.', 'Three'), 'count:people:died::');
    assert.equal(key('He was one of three people who died.', 'three'), 'count:people:died::');
    assert.equal(key('The storm killed four people.', 'four'), 'count:people:died::');
    assert.equal(key('It will cut about 1,200 jobs.', '1,200'), 'count:job:cut::');
    assert.equal(key('The 1,500 job cuts will cost money.', '1,500'), 'count:job:cut::');
    assert.equal(key('It employs about 240 people.', '240'), 'count:people:employed::');
    assert.equal(key('Two firefighters were treated at the scene.', 'Two'), 'count:firefighter:treated::');
  });
  it('spans the number with what it counts', () => {
    assert.equal(figureOf('The fire sent 14 workers to hospital.', '14').text, '14 workers');
  });
  it('gives no key to a part of a whole or to people with no role', () => {
    assert.equal(key('The union represents about 3,000 of its staff.', '3,000'), null);
    assert.equal(key('More than 200 people attended a meeting.', '200'), null);
    assert.equal(key('Two were kept in overnight.', 'Two'), null);
  });
  it('keeps the year that frames a clause as the period of its figure', () => {
    assert.notEqual(key('The last derailment on the line, in 2009, injured 12 people.', '12'), 'count:people:injured::');
    assert.equal(key('Caddock, which was bought by Verhoef in 2019, estimated the damage at £4.5 million.', '4.5'), 'money:damage::');
  });
  it('gives no key to one of a group', () => {
    assert.equal(key('One passenger, Amira Saleh, said it was terrifying.', 'One'), null);
  });
  it('gives no key to an increment', () => {
    assert.equal(key('Police arrested another 3 people.', '3'), null);
    assert.equal(key('Two more people were arrested.', 'Two'), null);
  });
  it('keeps a year as the period of a figure', () => {
    assert.notEqual(key('The Greens won 30 percent of the vote in 2019.', '30'), key('The Greens won 41 percent of the vote.', '41'));
  });
  it('reads zeros from negations, marked as such', () => {
    const f = figureOf('No firefighters were hurt.', 'No firefighters');
    assert.deepEqual([f.value, f.negated, f.key], [0, true, 'count:firefighter:injured::']);
    const nobody = figureOf('Nobody was hurt in the blaze.', 'Nobody');
    assert.deepEqual([nobody.value, nobody.key], [0, 'count:people:injured::']);
    assert.equal(figureOf('There were no casualties.', 'no casualties').value, 0);
  });
  it('keys firefighters and tonnes, people and tonnes, apart', () => {
    assert.notEqual(key('About 60 firefighters were at the scene.', '60'), key('Around 60 tonnes of resin were stored.', '60'));
    assert.notEqual(key('It employs about 240 people.', '240'), key('Around 240 tonnes of pellets were stored.', '240'));
  });
  it('keys ages by the person named', () => {
    assert.equal(key('Among the dead was Peter Lund, a 67-year-old farmer.', '67'), 'age:lund');
    assert.equal(key('Peter Lund, 76, was remembered.', '76'), 'age:lund');
    assert.equal(key('Maria Ivanova, 42, said so.', '42'), 'age:ivanova');
    assert.equal(key('The 67-year-old Peter Lund died.', '67'), 'age:lund');
    assert.equal(key('Simon Hart, the 58-year-old chief executive, apologised.', '58'), 'age:hart');
    assert.equal(key('The 24-year-old passed a medical.', '24'), null);
    assert.equal(figuresOf('In 2019, 14 people were hurt.').some((f) => f.kind === 'age'), false);
  });
  it('keys money by what it is', () => {
    assert.equal(key('It swung to a net loss of $312 million.', '312'), 'money:loss::');
    assert.equal(key('The $213 million loss surprised analysts.', '213'), 'money:loss::');
    assert.equal(key('It estimated the damage at £4.5 million.', '4.5'), 'money:damage::');
    assert.equal(key('It will cost $60 million in severance.', '60'), 'money:severance::');
    assert.notEqual(key('It made a profit of $41 million a year earlier.', '41'), 'money:profit::');
  });
  it('keys percentages by what they are a share or change of', () => {
    assert.equal(key('Hale took 52.4 percent of the vote.', '52.4'), 'percent:%:of:vote::');
    assert.equal(key('Shares closed down 11 percent.', '11'), 'percent:%:share:fall:');
    assert.equal(key("Thursday's 14% slide in the share price was steep.", '14'), 'percent:%:share:fall:');
    assert.equal(key('Turnout was 61.2 percent.', '61.2'), 'percent:%:turnout::');
    assert.equal(key('It won on a turnout of just over 61 per cent.', '61'), 'percent:%:turnout::');
    assert.notEqual(key('The stock is down by more than half since January.', 'half'), 'percent:%:share:fall:');
  });
  it('keys measures by the place or thing they are of, from or within', () => {
    assert.equal(key('Flooding stretched along 80 kilometres of the valley floor.', '80'), 'measure:length:of:valley:');
    assert.equal(key('Flooding affected a 30-mile stretch of the valley.', '30'), 'measure:length:of:valley:');
    assert.equal(key('Residents within 5 kilometres of the reservoir dam were moved.', '5'), 'measure:length:within:dam:');
    assert.equal(key('The valley is about 20 miles from Plymouth.', '20'), 'measure:length:from:plymouth:');
    assert.equal(key('It lies 150 kilometers southwest of Moscow.', '150'), 'measure:length:from:moscow:');
    assert.equal(key('The plume could be seen from 30 kilometres away.', '30'), 'measure:length:away:');
    assert.equal(key('Storms dumped 120 millimetres of rain in 24 hours.', '120'), 'measure:length:of:rain:per 24h');
    assert.equal(key('Storms dumped nearly 12 centimetres of rain in a day.', '12'), 'measure:length:of:rain:per 24h');
  });
});
