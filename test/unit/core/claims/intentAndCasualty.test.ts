import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

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
  it("reads 'got out' as an escape for 'first' against 'second time', but not a first limited to a window", () => {
    assert.equal(flagged('It is the first time a bear has escaped from the zoo since it opened.', 'It is the second time a bear has got out of the zoo.').length, 1);
    assert.deepEqual(flagged('It is the first time a bear has escaped from the zoo since 2009.', 'It is the second time a bear has got out of the zoo.'), []);
  });
});

describe('claims: inspection verdicts', () => {
  it("flags 'found to be structurally sound' against 'declared unsafe' for the same structure", () => {
    assert.equal(flagged('A survey on Friday found the library building to be structurally sound.', 'Engineers declared the library building unsafe after the survey.').length, 1);
  });
  it('stays quiet for different structures or a hedged verdict', () => {
    assert.deepEqual(flagged('A survey found the library building to be structurally sound.', 'Engineers declared the car park unsafe.'), []);
    assert.deepEqual(flagged('A survey found the library building to be structurally sound.', 'The library building may be unsafe, engineers said.'), []);
  });
});

describe("claims: who did it, from a passive's 'by' phrase", () => {
  it('flags the same act done to the same one by different role groups', () => {
    assert.equal(flagged("The escaped bear was darted by the zoo's senior vet, Dr Ann Hill.", 'The escaped bear was later tranquillised by a police marksman.').length, 1);
  });
  it('stays quiet for the same role, different patients, or a side naming both', () => {
    assert.deepEqual(flagged('The escaped bear was darted by a vet.', 'The escaped bear was sedated by the vet.'), []);
    assert.deepEqual(flagged('The escaped bear was darted by a vet.', 'A second wolf was sedated by a police marksman.'), []);
    assert.deepEqual(flagged('The escaped bear was darted by a vet.', 'The escaped bear was sedated by a police marksman as a vet watched.'), []);
  });
});
