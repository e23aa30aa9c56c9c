import * as assert from 'node:assert/strict';
import { speakersOf } from './helpers';
import { personNameStart } from '../../../../src/core/quotes/personName';
import { speakerFragment } from './speakerFragment';

describe('personNameStart', () => {
  it('finds where the name begins after descriptors', () => {
    assert.equal(personNameStart(['Republican', 'Donald', 'Trump']), 1);
    assert.equal(personNameStart(['Though', 'Kaine']), 1);
    assert.equal(personNameStart(['Instead', 'of', 'Cardin']), 2);
  });
  it('keeps whole names, including ones whose later word is also a first name', () => {
    assert.equal(personNameStart(['Lindsey', 'Graham']), 0);
    assert.equal(personNameStart(['Taylor', 'Ann', 'Brooks']), 0);
    assert.equal(personNameStart(['Stephen', 'F.', 'Hayes']), 0);
  });
});
