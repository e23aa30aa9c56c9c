import * as assert from 'node:assert/strict';
import { check, flagged } from './pairs';

/** Pairs that share words but do not contradict: each guard keeps one family of them quiet, beside a pair it must still catch. */
describe('claims: guards against pairs that only look opposed', () => {
  it("reads 'treating the fire as arson' as regarding, not medical care", () => {
    assert.deepEqual(flagged('No one was injured in the Ferring church fire.', 'Fire officials were treating the Ferring church fire as possible arson.'), []);
    assert.deepEqual(flagged('No one was injured in the Ferring church fire.', 'Officers were treating the fire as suspicious.'), []);
    assert.equal(flagged('No one was injured in the Ferring church fire.', 'Two firefighters were treated for burns after the Ferring church fire.').length, 1);
  });
  it("leaves 'It was not long before …' and a pronoun's negated copula alone", () => {
    assert.deepEqual(flagged('It was not long before the Ferring dairy was sold.', 'The long Ferring dairy warehouse had a porch.'), []);
    assert.deepEqual(flagged("This wasn't Sam Ortiz of Ferring, whose team had lost.", 'Sam Ortiz of Ferring was fired this season.'), []);
  });
  it("needs the same preposition for a contrastive 'not from X'", () => {
    assert.deepEqual(flagged('The firm bought its Ferring chips from dealers, not from Intel.', 'Its Ferring servers use Intel chips.'), []);
  });
  it("keeps 'another' item's negation apart from the one reported", () => {
    assert.deepEqual(flagged('Another Ferring ruling on the bears has not been announced.', 'The Ferring ruling on the bears was announced.'), []);
    assert.equal(flagged('The Ferring ruling on the bears has not been announced.', 'The Ferring ruling on the bears was announced on the bridge.').length, 1);
  });
  it('does not oppose what held before a change to what holds now', () => {
    assert.deepEqual(flagged('The Ferring rules do not require agencies to consult scientists.', 'Previously, Ferring agencies were required to consult scientists.'), []);
  });
  it("reads an infinitive after a noun or a hope as a prospect ('a chance to win'), a decision verb's as an outcome", () => {
    assert.deepEqual(flagged('The Ferring Jaguars lost the game at home.', 'The Ferring Jaguars had one final chance to win the game at home.'), []);
    assert.equal(flagged('The Ferring council voted to reject the bridge plan.', 'The Ferring council approved the bridge plan.').length, 1);
  });
  it("reads 'possible' as a hedge", () => {
    assert.deepEqual(flagged('It is possible that the Ferring bridge stayed open.', 'The Ferring bridge was closed all day.'), []);
  });
});

describe('claims: a count against none, through WordNet derivations', () => {
  it("meets 'No one needed medical treatment' with 'Four guests were treated by paramedics'", () => {
    assert.equal(flagged('No one needed medical treatment after the Ferring fire.', 'Four guests were treated by paramedics after the Ferring fire.').length, 1);
    assert.equal(flagged('Nobody suffered serious injuries at the Ferring hotel.', 'Two guests were injured at the Ferring hotel.').length, 1);
  });
  it('stays quiet when both sides deny it, or the count is of something else', () => {
    assert.deepEqual(flagged('No one needed medical treatment after the Ferring fire.', 'Paramedics checked four guests after the Ferring fire and none needed treatment.'), []);
    assert.deepEqual(flagged('No one needed medical treatment after the Ferring fire.', 'Four guests were moved to another hotel after the Ferring fire.'), []);
  });
});

describe('claims: antonymy through WordNet', () => {
  it('meets a decision or verdict told in other words', () => {
    assert.equal(flagged('The Ferring council approved the bridge plan on Tuesday.', 'Ferring councillors threw the bridge plan out on Tuesday.').length, 1);
    assert.equal(flagged('A Ferring jury acquitted the bridge contractor of fraud.', 'The Ferring bridge contractor was convicted of fraud by a jury.').length, 1);
  });
  it('stays quiet for a paraphrase that agrees, a prospect, or a negated opposite', () => {
    assert.deepEqual(flagged('The Ferring council approved the bridge plan on Tuesday.', 'Ferring councillors backed the bridge plan on Tuesday.'), []);
    assert.deepEqual(flagged('The Ferring council approved the bridge plan on Tuesday.', 'Ferring councillors did not throw the bridge plan out on Tuesday.'), []);
    assert.deepEqual(flagged('A Ferring jury acquitted the bridge contractor of fraud.', 'Prosecutors hoped to convict the Ferring bridge contractor of fraud.'), []);
  });
});

describe('claims: a place is not an act', () => {
  it("keeps 'a hospital appointment' from reading as a casualty", () => {
    assert.deepEqual(flagged('No injuries were reported in Ferring.', 'Grace Muir of Ferring was returning home after a hospital appointment.'), []);
  });
});

describe('claims: messages', () => {
  it('names the other article first, then the two key phrases with the count', () => {
    const { a } = check('No one was arrested in Ferring.', 'Two men were arrested in Ferring.');
    assert.equal(a[0].message, "Contradicts b.txt: 'No one was arrested in Ferring' here, 'Two men were arrested in Ferring' there.");
  });
});

describe('claims: a different person in the same role', () => {
  it("flags 'the driver, Sam Ortiz' against 'the driver, Lee Tan'", () => {
    assert.equal(flagged('The driver, Sam Ortiz, was arrested after the Ferring crash.', 'The driver, Lee Tan, was arrested after the Ferring crash.').length, 1);
  });
  it('stays quiet for one person named two ways, for plural roles and for a possessed role', () => {
    assert.deepEqual(flagged('The driver, Sam Ortiz, was arrested after the Ferring crash.', 'The driver, Samuel Ortiz, was arrested after the Ferring crash.'), []);
    assert.deepEqual(flagged('The drivers, Sam Ortiz and Jo Lee, were arrested after the Ferring crash.', 'The drivers, Lee Tan and Al Ray, were arrested after the Ferring crash.'), []);
    assert.deepEqual(flagged("The victim's father, Sam Ortiz, spoke after the Ferring crash.", "The victim's father, Lee Tan, spoke after the Ferring crash."), []);
  });
});

describe('claims: an involvement denied and asserted', () => {
  it("flags 'no other vehicle was involved' against a van struck (a van is a vehicle)", () => {
    assert.equal(flagged('No other vehicle was involved in the Ferring crash.', 'In the Ferring crash, the car struck a parked van.').length, 1);
  });
  it('stays quiet when the other side names only the one vehicle, or nothing of the kind', () => {
    assert.deepEqual(flagged('No other vehicle was involved in the Ferring crash.', 'In the Ferring crash, the car struck a wall.'), []);
    assert.deepEqual(flagged('No other vehicle was involved in the Ferring crash.', 'In the Ferring crash, the car struck a parked van, police said, and no other vehicle was involved.'), []);
  });
});

describe('claims: a state against its reversal at overlapping times', () => {
  it("flags 'will stay closed until Monday' against 'reopened on Saturday'", () => {
    assert.equal(flagged('The Ferring road will stay closed until Monday.', 'The Ferring road reopened on Saturday.').length, 1);
  });
  it('stays quiet when the reversal comes at the end of the span, or the closure is only forecast', () => {
    assert.deepEqual(flagged('The Ferring road will stay closed until Monday.', 'The Ferring road will reopen on Monday.'), []);
    assert.deepEqual(flagged('The Ferring road will probably close on Friday.', 'The Ferring road reopened on Saturday.'), []);
  });
});

describe('claims: a possibility closed against one left open', () => {
  it("flags 'ruled out foul play' against 'could not exclude foul play'", () => {
    assert.equal(flagged('Police have ruled out foul play in the Ferring death.', 'Detectives could not exclude foul play in the Ferring death.').length, 1);
    assert.equal(flagged('Police have ruled out foul play in the Ferring death.', "Detectives couldn't rule out foul play in the Ferring death.").length, 1);
  });
  it("flags 'ruled out' against 'declined to rule out', 'too early to rule out' and 'unable to rule out'", () => {
    assert.equal(flagged('Dunholm ruled out a sale of its Ferring business.', 'Dunholm declined to rule out a sale of its Ferring business.').length, 1);
    assert.equal(flagged('Human error on the Ferring ferry had been ruled out, investigators said.', 'Investigators said it was too early to rule out human error on the Ferring ferry.').length, 1);
    assert.equal(flagged('Police have ruled out foul play in the Ferring death.', 'Detectives were unable to rule out foul play in the Ferring death.').length, 1);
  });
  it('stays quiet when both close it', () => {
    assert.deepEqual(flagged('Police have ruled out foul play in the Ferring death.', 'In the Ferring death, foul play has been ruled out, detectives said.'), []);
  });
  it("stays quiet when both leave it open, and 'too early to say' still hedges", () => {
    assert.deepEqual(flagged('Dunholm declined to rule out a sale of its Ferring business.', 'Dunholm would not rule out a sale of its Ferring business.'), []);
    assert.deepEqual(flagged('No one was hurt in the Ferring fire, officials said.', 'It was too early to say whether anyone was hurt in the Ferring fire.'), []);
  });
});

describe('claims: first against second, worded freely', () => {
  it("flags 'first relegation in 40 years' against 'second drop in a decade'", () => {
    assert.deepEqual(flagged("It was the Ferring club's first relegation in 40 years.", "Ferring fans watched their second drop in a decade."), ['It was the Ferring club\'s first relegation in 40 years.']);
  });
  it("stays quiet when the repeat's window is wider, or neither names a window", () => {
    assert.deepEqual(flagged("It was the Ferring club's first relegation in 10 years.", 'Ferring fans watched their second drop in 40 years.'), []);
    assert.deepEqual(flagged("Ferring fans saw the club's first goal.", 'Ferring fans saw their second goal.'), []);
  });
});

describe('claims: more pairs that only look opposed (from real coverage)', () => {
  it("reads 'not much', 'more often than not' and a listing's 'Did Not Practice' as no denial", () => {
    assert.deepEqual(flagged("There isn't much Intel can do about Ferring chips.", 'Intel can do a lot about Ferring chips.'), []);
    assert.deepEqual(flagged("More often than not, Wylie doesn't get the ball back in Ferring.", 'Wylie got the ball back in Ferring.'), []);
    assert.deepEqual(flagged('Ferring injury report: Did Not Practice: Jenkins (knee).', 'Jenkins of Ferring hurt his knee in practice.'), []);
  });
  it("tells 'nothing left' and 'left hooks' from the verb", () => {
    assert.deepEqual(flagged('In Ferring, Rahman has nothing left.', 'In Ferring, Klitschko landed left hooks on Rahman.'), []);
  });
  it('keeps a negation earlier in the clause on the verb, and outcomes of two objects apart', () => {
    assert.deepEqual(flagged("You can't play the way I played in Ferring and win a game.", 'The Ferring team lost the game.'), []);
    assert.deepEqual(flagged('The Ferring Chiefs lost their home finale.', 'The Ferring Chiefs were winning a foot-race with the defence.'), []);
  });
  it('leaves sequences (hired, then fired) and partial counts alone', () => {
    assert.deepEqual(flagged("O'Brien was hired as Ferring coach in 2004.", "O'Brien, who was fired as Ferring coach, left."), []);
    assert.deepEqual(flagged('In Ferring, one bomb did not explode.', 'In Ferring, five bombs were dropped, of which four exploded.'), []);
    assert.deepEqual(flagged('In Ferring, one bomb, which was hidden, did not explode.', 'In Ferring, five bombs were dropped, of which four exploded.'), []);
    // A count in a relative clause before the verb is not its subject's.
    assert.equal(flagged('The Ferring trust, which runs four hospitals, refused to pay the ransom.', 'The Ferring trust paid the ransom in bitcoin.').length, 1);
    assert.deepEqual(flagged('In Ferring, the Jaguars had no timeouts left.', 'In Ferring, the Jaguars were out of timeouts.'), []);
  });
  it("reads 'The first occurred on …' as a pronoun, not a first-time claim", () => {
    assert.deepEqual(flagged("The first occurred on Ferring's opening drive.", 'Ferring was driving again before the kick.'), []);
  });
  it("needs the same preposition for 'not within the departments'", () => {
    assert.deepEqual(flagged('The Ferring plan was made in the open, not within the departments of Commerce.', 'The Ferring review was directed to the departments of Commerce.'), []);
  });
});

describe('claims: a plea is not a verdict', () => {
  it("leaves 'pleaded not guilty' against 'was found guilty' alone", () => {
    assert.deepEqual(flagged('A Ferring man has pleaded not guilty to two murder charges.', 'A Ferring man was found guilty on two murder charges.'), []);
  });
});

describe('claims: a negative-implicative verb negates its complement', () => {
  it("meets 'refused to pay the ransom' with 'paid the ransom'", () => {
    assert.equal(flagged('The Ferring hospital refused to pay the ransom.', 'The Ferring hospital paid the ransom in bitcoin.').length, 1);
    assert.equal(flagged('The Ferring driver failed to stop at the crossing.', 'The Ferring driver stopped at the crossing.').length, 1);
  });
  it("agrees with 'would not pay' and stays quiet for a withheld comment", () => {
    assert.deepEqual(flagged('The Ferring hospital refused to pay the ransom.', 'The Ferring hospital would not pay the ransom.'), []);
    assert.deepEqual(flagged('The Ferring hospital declined to comment on the ransom.', 'The Ferring hospital commented on the ransom.'), []);
  });
});

describe('claims: a count of occurrences against none', () => {
  it("meets 'no alarm was raised' with 'the alarm had sounded twice'", () => {
    assert.equal(flagged('No alarm was raised at the Ferring depot before the fire.', 'The Ferring depot alarm had sounded twice that week.').length, 1);
    assert.equal(flagged('No warning was issued to Ferring residents.', 'The warning to Ferring residents was broadcast three times on the radio.').length, 1);
  });
  it('stays quiet for a counted person, an uncounted mention, or two denials', () => {
    assert.deepEqual(flagged('No firefighters were hurt at the Ferring depot.', 'Firefighters were called to the Ferring depot twice.'), []);
    assert.deepEqual(flagged('No alarm was raised at the Ferring depot before the fire.', 'The Ferring depot alarm is tested every week.'), []);
    assert.deepEqual(flagged('No alarm was raised at the Ferring depot before the fire.', 'The Ferring depot alarm never sounded, not even twice.'), []);
  });
});

describe('claims: guards from real coverage of one event', () => {
  it("reads 'none other than' as emphasis and a denied necessity as no denial of the act", () => {
    assert.deepEqual(flagged('The Ferring actor named was none other than Matt Smith.', 'Relatively unknown Ferring actor Matt Smith was named.'), []);
    assert.deepEqual(flagged('“They didn’t have to kill him,” a Ferring neighbour said.', 'Ferring police shot and killed him on Saturday.'), []);
    assert.equal(flagged('Ferring police did not kill him on Saturday.', 'Ferring police shot and killed him on Saturday.').length, 1);
  });
  it('does not meet a denied common noun with a name that spells it', () => {
    assert.deepEqual(flagged('The Ferring malware was installed without their knowledge.', 'Paul Martino of Ferring runs Aggregate Knowledge, which installed the malware.'), []);
  });
  it("reads 'one …, but did not explode' as a part of a count", () => {
    assert.deepEqual(flagged('In Ferring, one bomb landed near a school, but did not explode.', 'In Ferring, five bombs were dropped, of which four exploded.'), []);
  });
  it("keeps a person's pronoun apart from a thing's ('he' / 'That')", () => {
    assert.deepEqual(flagged('For the second week in a row he did not turn the ball over.', 'That turned the ball over to Luck.'), []);
    assert.equal(flagged('Luck did not turn the ball over.', 'Luck turned the ball over.').length, 1);
  });
});
