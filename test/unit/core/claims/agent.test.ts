import * as assert from 'node:assert/strict';
import { flagged } from './pairs';

describe('claims: agent (who did it) rule', () => {
  it('flags the same act done by different groups', () => {
    assert.equal(flagged('Volunteers from the rowing club pulled two children from a car on the Coldham road.', 'It was firefighters, not passers-by, who pulled two children from a car on the Coldham road.').length, 1);
  });
  it('stays quiet for synonyms of one group and for passive voice', () => {
    assert.deepEqual(flagged('Crews pulled two children from a car on the Coldham road.', 'Firefighters pulled two children from a car on the Coldham road.'), []);
    assert.deepEqual(flagged('The army was called in on Sunday to help with sandbagging in the valley.', 'Soldiers were deployed to help with sandbagging in Ferring on Sunday.'), []);
  });
  it('stays quiet when a person is set against a description (may be one person)', () => {
    assert.deepEqual(flagged('Hale took 52 percent of the vote in Carrow.', 'The Green candidate took 52 percent of the vote in Carrow.'), []);
  });
  it('stays quiet when the objects differ or both groups are named', () => {
    assert.deepEqual(flagged('Volunteers pulled two children from a car.', 'Firefighters pulled three adults from a van.'), []);
    assert.deepEqual(flagged('Volunteers pulled two children from a car with firefighters.', 'Firefighters pulled two children from a car.'), []);
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
