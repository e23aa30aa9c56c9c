import * as assert from 'node:assert/strict';
import { check, flagged } from './pairs';

describe('claims: polarity (negation) rule', () => {
  it('flags a negated noun and predicate against a positive claim of the same group', () => {
    assert.deepEqual(flagged('No firefighters were hurt.', 'Two firefighters were treated for smoke inhalation at the scene.'), ['No firefighters were hurt.']);
  });
  it('flags a denial against a confirmation, with synonyms for the denied act', () => {
    const first = 'The company confirmed in a statement that the sprinkler system had been switched off for maintenance.';
    assert.equal(flagged(first, 'A company spokesman denied that the sprinklers had been disabled.').length, 1);
    assert.equal(flagged(first, '"There is no truth in the suggestion that the sprinklers were turned off," the spokesman said.').length, 1);
  });
  it("flags 'ruled out' against 'could not be ruled out'", () => {
    assert.equal(flagged('Police have ruled out arson at the warehouse.', 'Police said arson at the warehouse could not be ruled out.').length, 1);
  });
  it('stays quiet when both sides are negative (agreeing paraphrases)', () => {
    assert.deepEqual(flagged('According to preliminary information, there were no casualties.', 'The drones were destroyed without causing casualties.'), []);
    assert.deepEqual(flagged('Nobody was hurt in the blaze.', 'No injuries were reported after the blaze.'), []);
  });
  it('stays quiet when the negated group differs from the positive one', () => {
    assert.deepEqual(flagged('No firefighters were hurt.', 'A dozen workers were treated in hospital.'), []);
  });
  it('stays quiet when the positive side is hedged', () => {
    assert.deepEqual(flagged('A company spokesman denied that the sprinklers had been disabled.', 'The sprinklers may have been switched off at the time.'), []);
  });
  it('stays quiet when the other article itself reports both sides', () => {
    const { a } = check(
      'The company confirmed that the sprinklers had been switched off.',
      'The union said the sprinklers had been switched off. The company denied that the sprinklers had been switched off.',
    );
    assert.deepEqual(a, []);
  });
  it('reports at both places, each related to the other, naming the other article', () => {
    const { a, b } = check('No firefighters were hurt.', 'Two firefighters were treated for smoke inhalation.');
    assert.equal(a.length, 1);
    assert.equal(b.length, 1);
    assert.equal(a[0].severity, 'warning');
    assert.equal(a[0].related[0].articleId, 'b.txt');
    assert.equal(a[0].related[0].start, b[0].start);
    assert.equal(b[0].related[0].start, a[0].start);
    assert.equal(a[0].message, "Contradicts b.txt: 'No firefighters were hurt' here, 'Two firefighters were treated' there.");
    assert.equal(a[0].evidence.kind, 'claim');
    if (a[0].evidence.kind === 'claim') assert.equal(a[0].evidence.reason, 'negation');
  });
  it('stays quiet when a negated verb withholds information rather than denying a fact', () => {
    assert.deepEqual(flagged('Police did not name the victim of the Ferring crash.', 'Police named the victim of the Ferring crash as John Dale.'), []);
    assert.deepEqual(flagged('Authorities have not disclosed the origin of the drones.', 'Military sources disclosed the origin of the drones.'), []);
  });
  it('stays quiet against a prediction', () => {
    assert.deepEqual(flagged('No decision has been made on the future of the Caddock plant.', 'A decision on the future of the Caddock plant will be made next week.'), []);
  });
  it("flags a bare 'No one was killed.' against a death in the same story", () => {
    assert.deepEqual(flagged('A gas explosion destroyed a house. No one was killed.', 'One man died after a gas explosion destroyed a house.'), ['No one was killed.']);
  });
  it('stays quiet when the predicate is denied of one subject and asserted of another', () => {
    assert.deepEqual(flagged('The council said the water supply was not disrupted and buses in the town ran normally.', 'By one estimate, 40 buses were cancelled and some 5,000 households were disrupted.'), []);
    assert.deepEqual(flagged('The mayor said the school was not damaged in the storm.', 'Two shops and a garage were damaged in the storm.'), []);
  });
  it('stays quiet when the negated verb belongs to a relative clause about another noun', () => {
    assert.deepEqual(flagged('The old buses are being replaced by electric buses that do not burn diesel.', 'The council treated the burning of diesel as a matter for others.'), []);
  });
  it("stays quiet when a quotation (a source's words) shares only the negated words", () => {
    assert.deepEqual(flagged('"They treated the use of coal as a detail," the mayor said.', 'It does not use coal.'), []);
  });
  it('still flags a quoted denial, and a quotation aligned beyond the negated words', () => {
    assert.equal(flagged('"There is no truth in the claim that the pumps were switched off," the manager said.', 'The company confirmed that the pumps had been switched off.').length, 1);
    assert.equal(flagged('"The pumps at the Ferring depot did not start," the manager said.', 'The pumps at the Ferring depot started within minutes.').length, 1);
  });
  it('still flags a negated relative clause against the same noun asserted', () => {
    assert.equal(flagged('The crews reported pumps that did not start.', 'The pumps started within minutes of the flood.').length, 1);
  });
  it('still flags a denial against its assertion when the subject is the same or unstated', () => {
    assert.equal(flagged('The ferry service was not disrupted by the storm.', 'The storm disrupted the ferry service for two days.').length, 1);
    assert.equal(flagged('The school was not damaged in the storm.', 'The school was badly damaged in the storm.').length, 1);
  });
  it('stays quiet when the positive side ends the thing the other says is absent (one fact)', () => {
    assert.deepEqual(flagged('The cuts leave the village without a public library for its pupils.', 'The only public library in the village is to close, the council said.'), []);
    assert.deepEqual(flagged('The county now has no night bus service on its rural routes.', 'Operators have scrapped the night bus service on rural routes in the county.'), []);
  });
  it('still flags a denied ending against the ending itself', () => {
    assert.equal(flagged('No evening trains were cancelled on the coast line.', 'Four evening trains were cancelled on the coast line.').length, 1);
  });
  it("stays quiet when the positive words are only others' talk, promises or boasts the source reports", () => {
    assert.deepEqual(flagged(
      'Ms Reed, who chairs the tenants group, said rents had doubled. "It\'s not a fair deal for tenants. It\'s a bad deal for everyone," she said.',
      'Ms Reed said the rent rise would hurt. "They talk about a fair deal for tenants, then they raise the rent by half," she said.',
    ), []);
    assert.deepEqual(flagged(
      'Ms Reed said residents were worried. "The tap water is not safe to drink. It never was," she said.',
      'Ms Reed said residents were worried. "They say the tap water is safe to drink, then they send tankers," she said.',
    ), []);
    assert.deepEqual(flagged('The new bridge in the town has not opened to traffic.', 'Ministers boasted that the new bridge in the town had opened to traffic.'), []);
  });
});
