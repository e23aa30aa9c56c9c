import * as assert from 'node:assert/strict';
import { flagged } from './pairs';
import { superlativeOf } from '../../../../src/core/claims/superlative';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';

describe('claims: place rule', () => {
  it('flags the same named thing put in two towns', () => {
    // Both articles know both places (the harness's shared sentence names Ferring; each side names Coldham).
    assert.equal(flagged('The Aske footbridge at Coldham was swept away on Saturday night.', 'The Aske footbridge, in the centre of Ferring, was swept away on Saturday night. Coldham was cut off.').length, 1);
  });
  it("flags an event at two venues, including 'at X, where the count'", () => {
    assert.equal(flagged('The count at the Dunmere leisure centre ran through the night.', 'Hale won Dunmere North after a tense night at Carrow town hall, where the count was held up.').length, 1);
    assert.equal(flagged('The meeting was held at Coldham village hall.', 'The meeting was held at Ferring town hall.').length, 1);
  });
  it('stays quiet for a town against a venue, a place without a name, and the same places', () => {
    assert.deepEqual(flagged('The count at the Dunmere leisure centre ran late.', 'The count in Carrow ran late.'), []);
    assert.deepEqual(flagged('The army helped with sandbagging in the lower valley.', 'Soldiers helped with sandbagging in Ferring.'), []);
    assert.deepEqual(flagged('The drones were shot down on the outskirts of Kaluga and in Borovsky.', 'He said the drones were shot down on the outskirts of Kaluga and in Borovsky.'), []);
  });
  it('stays quiet for an unnamed, non-event thing', () => {
    assert.deepEqual(flagged('A man was found in the water at Coldham.', 'A woman was found in the water at Ferring.'), []);
  });
  it('stays quiet for two bare names that may be one inside the other', () => {
    assert.deepEqual(flagged('The final at Wembley drew a record crowd.', 'The final in London drew a record crowd.'), []);
    assert.deepEqual(flagged('The final at Wembley drew a record crowd in Wembley, north London.', 'The final in London drew a record crowd near Wembley.'), []);
  });
});

describe('claims: a mishap put at two named places', () => {
  it('flags a vehicle that overturned at one venue against one that left the road at another', () => {
    assert.equal(flagged('A delivery lorry carrying gas bottles overturned on the viaduct at Coldham Mill early on Friday.', 'The lorry left the road near the Sefton roundabout and overturned in a field.').length, 1);
    assert.equal(flagged('The coach crashed at the Coldham junction.', 'The coach crashed outside Sefton station.').length, 1);
  });
  it('stays quiet for the same place, different vehicles, or an unnamed spot', () => {
    assert.deepEqual(flagged('The lorry overturned at the Coldham Mill crossing.', 'The lorry overturned near Coldham Mill.'), []);
    assert.deepEqual(flagged('The lorry overturned at the Coldham junction.', 'The van overturned near the Sefton roundabout.'), []);
    assert.deepEqual(flagged('The lorry overturned at the Coldham junction.', 'The lorry overturned on a verge above the river.'), []);
  });
});
