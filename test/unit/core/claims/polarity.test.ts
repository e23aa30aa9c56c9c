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

describe('claims: news synonyms, states and compass sides', () => {
  it("flags an alarm that did not go off against one that was triggered or sounded", () => {
    assert.equal(flagged('The school’s fire alarm did not go off.', 'The school’s fire alarm was triggered at midnight.').length, 1);
    assert.equal(flagged('The school’s fire alarm never went off.', 'The school’s fire alarm sounded twice.').length, 1);
  });
  it('stays quiet when both say the alarm went off', () => {
    assert.deepEqual(flagged('The school’s fire alarm went off.', 'The school’s fire alarm was triggered at midnight.'), []);
  });
  it("reads 'no A or B were taken' as denying each, against 'A were among the items stolen'", () => {
    assert.equal(flagged('No passports or laptops were taken from the depot.', 'Passports were among the items stolen from the depot.').length, 1);
  });
  it('stays quiet when what was stolen is neither alternative', () => {
    assert.deepEqual(flagged('No passports or laptops were taken from the depot.', 'Cash was among the items stolen from the depot.'), []);
  });
  it("flags 'postponed' against a denial that it was 'put off'", () => {
    assert.equal(flagged('The trust confirmed that the hull survey had been postponed because of storms.', 'A trust official denied that the hull survey had been put off.').length, 1);
  });
});

describe('claims: appeals and plans ruled out', () => {
  it("reads appealing against a decision as challenging it", () => {
    assert.equal(flagged('The Ferring club said it would appeal against the fine.', 'The Ferring club said it would not challenge the fine.').length, 1);
  });

  it('stays quiet when the appeal is only possible, or about another thing', () => {
    assert.deepEqual(flagged('The Ferring club said it may appeal against the fine.', 'The Ferring club said it would not challenge the fine.'), []);
    assert.deepEqual(flagged('The Ferring club said it would appeal against the fine.', 'The Ferring club said it would not challenge the points deduction.'), []);
  });

  it("flags 'X was not being considered' against X being planned ('demolition' is 'demolished')", () => {
    assert.equal(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said demolition was not being considered.').length, 1);
  });

  it('stays quiet when the plan is considered, or another plan is ruled out', () => {
    assert.deepEqual(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said demolition was being considered.'), []);
    assert.deepEqual(flagged('The Ferring council said the old library would be demolished.', 'A Ferring council officer said a sale was not being considered.'), []);
  });
});

describe('claims: hospital visits, announced intents, illness, escapes', () => {
  it("reads 'admitted/taken to … hospital' as a casualty against a denied one", () => {
    assert.deepEqual(flagged('No pupils have been hospitalized.', "Three pupils were admitted to St Mary's Hospital with pneumonia on Friday."), ['No pupils have been hospitalized.']);
    assert.equal(flagged('Nobody was hurt in the crash.', 'Two passengers were taken to hospital after the crash.').length, 1);
  });
  it('stays quiet when the admission is not to a hospital, or the group differs', () => {
    assert.deepEqual(flagged('No pupils were hurt.', 'Three pupils were admitted to the choir on Friday.'), []);
    assert.deepEqual(flagged('No firefighters were hurt.', 'A dozen workers were taken to hospital.'), []);
  });
  it("flags 'will not pursue an appeal' against 'would seek permission to appeal', and 'will appeal' against 'ruled out an appeal'", () => {
    assert.equal(flagged('"We respect the ruling and will not pursue an appeal," the firm said in a statement.', 'The firm confirmed it would seek permission to appeal.').length, 1);
    assert.equal(flagged('The firm said it will appeal against the ruling.', 'The firm has ruled out an appeal against the ruling.').length, 1);
    assert.equal(flagged('The firm intends to appeal against the ruling.', 'The firm will not appeal against the ruling.').length, 1);
  });
  it('stays quiet when the intent is hedged, or both sides refuse', () => {
    assert.deepEqual(flagged('The firm said it may appeal against the ruling.', 'The firm will not appeal against the ruling.'), []);
    assert.deepEqual(flagged('The firm would probably seek an appeal against the ruling.', 'The firm will not appeal against the ruling.'), []);
    assert.deepEqual(flagged('The firm will not pursue an appeal against the ruling.', 'The firm has ruled out an appeal against the ruling.'), []);
  });
  it("keeps a plain prediction with 'will' a hedge", () => {
    assert.deepEqual(flagged('The river will not flood the town centre.', 'The river flooded the town centre.'), []);
  });
  it("flags 'no reports of illness' against people who fell ill, not against another denial", () => {
    const none = 'The agency said it had received no reports of illness linked to the cheese.';
    assert.equal(flagged(none, 'Health officials are investigating reports that three diners fell ill after eating the cheese.').length, 1);
    assert.deepEqual(flagged(none, 'Nobody has fallen ill after eating the cheese, officials said.'), []);
  });
});

describe('claims: reported clauses and noun negations', () => {
  it("reads 'would' after a reporting verb as the reported 'will', not a hedge", () => {
    assert.equal(flagged('His agent, Tom Bell, said there would be no transfer request.', 'His agent, Tom Bell, confirmed that the striker would submit a transfer request.').length, 1);
  });
  it("keeps 'would' without a reporting verb as a hedge", () => {
    assert.deepEqual(flagged('Tom Bell would submit a transfer request, perhaps.', 'There was no transfer request from Tom Bell.'), []);
  });
  it("flags 'no need to V' against a clause that did V", () => {
    assert.equal(flagged('The operator said there had been no need to shut the pumping station at Arle Lock.', 'The operator said it had shut the pumping station at Arle Lock overnight.').length, 1);
  });
  it("stays quiet when 'no need to V' meets another no-need claim", () => {
    assert.deepEqual(flagged('There was no need to shut the pumping station at Arle Lock.', 'The operator saw no reason to shut the pumping station at Arle Lock.'), []);
  });
  it("flags 'found no trace of X' against 'X was found / detected'", () => {
    assert.equal(flagged('Samples from the school kitchen found no trace of the virus.', 'The council confirmed that the virus had been detected in samples from the school kitchen.').length, 1);
  });
  it("stays quiet when the positive side does not say X was found", () => {
    assert.deepEqual(flagged('Samples from the school kitchen found no trace of the virus.', 'Kitchens must be cleaned daily to stop the virus spreading in the school.'), []);
  });
});

describe('claims: outcomes that need a little knowledge', () => {
  it("flags 'unharmed' against a broken limb, and stays quiet for another person or a mixed clause", () => {
    assert.equal(flagged('The cyclist was unharmed.', 'The cyclist suffered a broken leg.').length, 1);
    assert.deepEqual(flagged('The cyclist was unharmed.', 'A pedestrian suffered a broken leg.'), []);
    assert.deepEqual(flagged('Two walkers were hurt but the cyclist was unharmed.', 'The cyclist suffered a broken leg.'), []);
    assert.deepEqual(flagged('The cyclist was unharmed.', 'The cyclist escaped uninjured.'), []);
  });
});

describe('claims: a denied casualty speaks for the whole story', () => {
  it("flags 'No deaths have been linked to the flood' against a death, even with little else shared", () => {
    assert.equal(flagged('No deaths have been linked to the flooding, police said.', 'A retired teacher drowned when his car was swept off a ford, and a farmer died in a barn.').length, 1);
    assert.equal(flagged('No injuries were reported.', 'A steward was injured by falling glass.').length, 1);
  });
  it('stays quiet when the two clauses name different places, or both deny', () => {
    assert.deepEqual(flagged('No deaths were reported in Ferring.', 'A farmer died in a barn at Hollinbridge.'), []);
    assert.deepEqual(flagged('No deaths have been linked to the flooding.', 'Nobody died in the flooding.'), []);
  });
  it('keeps a negated group with its verb: no firefighters hurt is not contradicted by hurt workers', () => {
    assert.deepEqual(flagged('No firefighters were hurt at the depot.', 'Two workers were hurt at the depot.'), []);
  });
  it("flags 'none of the passengers needed treatment' against passengers taken to hospital: the light verb's object is denied, with the group", () => {
    assert.equal(flagged('None of the Ferring passengers needed hospital treatment.', 'Four Ferring passengers were taken to Hollinbridge hospital.').length, 1);
  });
  it("stays quiet when 'none of' the group is denied something else, or another group was treated", () => {
    assert.deepEqual(flagged('None of the Ferring passengers needed a new ticket.', 'Four Ferring passengers were taken to Hollinbridge hospital.'), []);
    assert.deepEqual(flagged('None of the Ferring passengers needed hospital treatment.', 'Four Ferring crew members were taken to Hollinbridge hospital.'), []);
  });
  it("flags 'No one was injured when …' against injuries: the denial ends where the subordinate clause begins", () => {
    assert.equal(flagged('No one was injured when the Ferring ferry ran aground on Tuesday morning.', 'Three passengers were treated for minor injuries after the Ferring ferry ran aground.').length, 1);
  });
});

describe('claims: polarity by meaning (the denied predicate in other words)', () => {
  it('flags a denial whose verb is a WordNet synonym of the asserted one', () => {
    assert.equal(flagged('The council approved the plan for the bridge.', 'The council did not sanction the plan for the bridge.').length, 1);
  });
  it('flags a denied verb against its derived noun', () => {
    assert.equal(flagged('The company paid compensation to the families.', 'The company has not compensated the families.').length, 1);
  });
  it("flags a count against 'no GROUP needed treatment'", () => {
    assert.deepEqual(flagged('Four guests were treated by paramedics at the hotel.', 'No guests needed medical treatment at the hotel.'), ['Four guests were treated by paramedics at the hotel.']);
  });
  it("flags 'no arrests have been made' against an arrest", () => {
    assert.equal(flagged('Police arrested two men after the attack.', 'No arrests have been made after the attack.').length, 1);
  });
  it('stays quiet when another group is denied the synonym', () => {
    assert.deepEqual(flagged('Four staff were treated by paramedics at the hotel.', 'No guests needed medical treatment at the hotel.'), []);
    assert.deepEqual(flagged('The company paid compensation to the families.', 'The company has not compensated the workers.'), []);
  });
  it('stays quiet against a hope, a hedge, a condition or another day', () => {
    assert.deepEqual(flagged('Police are hoping to make arrests after the attack.', 'No arrests have been made after the attack.'), []);
    assert.deepEqual(flagged('Police said arrests were likely after the attack.', 'No arrests have been made after the attack.'), []);
    assert.deepEqual(flagged('The council may approve the plan for the bridge.', 'The council did not sanction the plan for the bridge.'), []);
    assert.deepEqual(flagged('If the council approves the plan for the bridge, work starts in May.', 'The council did not sanction the plan for the bridge.'), []);
    assert.deepEqual(flagged('The council approved the plan for the bridge on Monday.', 'The council did not sanction the plan for the bridge on Friday.'), []);
  });
  it("stays quiet when the words are synonyms only in a rare sense ('arrest' as a halt, 'extend' as cover)", () => {
    assert.deepEqual(flagged('Ships were halted after a strike by dockers at the port.', 'No arrests were made at the port.'), []);
    assert.deepEqual(flagged('The restrictions cover 200 homes in southern Adelaide.', 'The council ruled out extending the restrictions to metropolitan Adelaide.'), []);
  });
  it('meets only a predicate in other words: not a thing named by a synonym, nor a verb with a particle', () => {
    assert.deepEqual(flagged('The team won in Ferring with a long play late in the game.', 'The team won in Ferring without drama late in the game.'), []);
    assert.deepEqual(flagged('AMD is acquiring the server maker in Ferring.', 'AMD is not getting into the server business in Ferring.'), []);
  });
  it("stays quiet against a downward quantity ('few involve weapons')", () => {
    assert.deepEqual(flagged('Few robberies involve weapons, the data show.', 'The robber did not display a weapon.'), []);
  });
});

describe('claims: negations that assert, read on real multi-outlet news', () => {
  it("stays quiet when 'not … until' says when the act happened, and still flags a plain denial", () => {
    assert.deepEqual(flagged('The Rovers did not take the lead until Dale scored in the second half.', 'The Rovers took the lead when Dale scored in the second half.'), []);
    assert.equal(flagged('The Rovers never took the lead against Caddock.', 'The Rovers took the lead against Caddock in the second half.').length, 1);
  });
  it("stays quiet when 'nothing but' or 'none more so' singles a thing out rather than denying it", () => {
    assert.deepEqual(flagged('Visitors need to do nothing but open an infected page to be hacked.', 'Visitors who open an infected page are hacked.'), []);
    assert.deepEqual(flagged('She is known for her parties, none more so than when she was photographed at the gala.', 'She was photographed at the gala in a torn dress.'), []);
  });
  it("stays quiet when 'without' is itself under a downward word (a habit asserted: 'barely a week goes by without a protest')", () => {
    assert.deepEqual(flagged('In central Ferring barely a week goes by without a protest against the mayor.', 'Thousands gathered in central Ferring for a protest against the mayor.'), []);
  });
  it("stays quiet when the negation is advice ('should never'), not a fact", () => {
    assert.deepEqual(flagged('Critics said the veteran boxer should never step into the ring again.', 'The veteran boxer stepped into the ring again on Saturday.'), []);
  });
  it('stays quiet when the positive side only sets out to do it (an infinitive of purpose or attempt)', () => {
    assert.deepEqual(flagged('The cause of the warehouse fire has not been determined.', 'Investigators visited the warehouse to help determine the cause of the fire.'), []);
    assert.equal(flagged('The cause of the warehouse fire has not been determined.', 'Investigators determined the cause of the warehouse fire on Tuesday.').length, 1);
  });
  it("stays quiet when the positive side states the same absence with a negative prefix ('unexploded')", () => {
    assert.deepEqual(flagged('The shell that hit the school in Ferring did not explode.', 'Residents heard an explosion and saw an unexploded shell in the wall of the school in Ferring.'), []);
    assert.equal(flagged('The shell that hit the school in Ferring did not explode.', 'Residents saw the shell explode in the wall of the school in Ferring.').length, 1);
  });
  it('stays quiet when the other side only withholds or turns down (no firm assertion), and still flags an acceptance', () => {
    const denied = 'There had been no recent threats to the chapel in Ferring, the chief said.';
    assert.deepEqual(flagged(denied, 'The chief said he did not know of any threats to the chapel in Ferring.'), []);
    assert.deepEqual(flagged(denied, 'The pastor declined to say whether the chapel in Ferring had received threats.'), []);
    const refused = 'The prosecutor denied an offer from the lawyers of Dale to plead guilty in exchange for a life sentence.';
    assert.deepEqual(flagged(refused, 'Prosecutors turned down an offer from the lawyers of Dale to plead guilty in exchange for a life sentence.'), []);
    assert.deepEqual(flagged(refused, 'Prosecutors rejected an offer from the lawyers of Dale to plead guilty in exchange for a life sentence.'), []);
  });
  it('stays quiet when the positive words are only allegations that are reported', () => {
    assert.deepEqual(flagged('Residents contest police allegations that Dale pointed a gun at the officers in Ferring.', 'Dale did not point a gun at the officers in Ferring, witnesses said.'), []);
    assert.equal(flagged('Police said that Dale pointed a gun at the officers in Ferring.', 'Dale did not point a gun at the officers in Ferring, witnesses said.').length, 1);
  });
});
