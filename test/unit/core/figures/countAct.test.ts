import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { figureOf } from './helpers';

const act = (text: string, part: string): string | undefined => figureOf(text, part).act;

/** The figure findings of article a against article b, as '<severity> <text here>'. */
function flagged(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.set('dir/a.txt', a);
  corpus.set('dir/b.txt', b);
  return corpus.check('dir/a.txt').filter((f) => f.rule === 'inconsistent-figure').map((f) => `${f.severity} ${a.slice(f.start, f.end)}`);
}

const said = ', Skyvale chief executive Mark Hunter said in Dublin.';

describe('Figures: the act a counted group undergoes', () => {
  it('reads the verb whose object the count is, the act noun it is "of", and its passive verb', () => {
    assert.equal(act('On Monday the airline cancelled 410 flights.', '410'), 'cancel');
    assert.equal(act('On Monday the airline cancelled about 410 flights.', '410'), 'cancel');
    assert.equal(act('The cancellation of 380 flights angered passengers.', '380'), 'cancellation');
    assert.equal(act('About 380 flights were cancelled on Monday.', '380'), 'cancel');
    assert.equal(act('Six flights will be diverted to Shannon.', 'Six'), 'divert');
    // A progressive is what they did, not what was done to them.
    assert.equal(act('Nine vessels were sitting at anchor.', 'Nine'), undefined);
  });
  it('reads no act from a light verb, a verb of saying or a thing "of"', () => {
    assert.equal(act('The airline had 410 flights on Monday.', '410'), undefined);
    assert.equal(act('The airline said 410 flights left on time.', '410'), undefined);
    assert.equal(act('A fleet of 410 aircraft flew on Monday.', '410'), undefined);
  });
  it('a role of its own (closure, arrests) is the key, not an act', () => {
    assert.equal(act('Harwood Bank will shut five branches.', 'five'), undefined);
    assert.match(figureOf('Harwood Bank will shut five branches.', 'five').key ?? '', /^count:branch:closed/);
  });
});

describe('inconsistent-figure: one act told by a verb and by its noun', () => {
  it("compares 'cancelled 410 flights' with 'the cancellation of 380 flights', as likely", () => {
    assert.deepEqual(flagged(`Skyvale cancelled 410 flights on Monday${said}`, `The cancellation of 380 flights on Monday angered passengers${said}`), ['information 410 flights']);
  });
  it("compares 'will shut five branches' with 'the closure of six branches', as likely", () => {
    const a = 'Harwood Bank will shut five branches in Leeds, chief executive Mark Hunter said in York.';
    const b = 'The closure of six branches in Leeds was announced by Harwood Bank chief executive Mark Hunter in York.';
    assert.deepEqual(flagged(a, b), ['information five branches']);
  });
  it('must stay quiet: a subject on one side, with no act or another act on the other', () => {
    assert.deepEqual(flagged(`Skyvale cancelled 410 flights on Monday${said}`, `On Monday 380 flights were delayed${said}`), []);
    assert.deepEqual(flagged(`Skyvale cancelled 410 flights on Monday${said}`, `On Monday 380 flights left Dublin late${said}`), []);
    // One verb twice names no act a noun left without its doer: 'Reyes scored 20 points' / 'scored 25 points'.
    assert.deepEqual(flagged('Mac Reyes scored 20 points as Duke beat Clemson in Durham.', 'Having scored 25 points, Mac Reyes left as Duke beat Clemson in Durham.'), []);
  });
});
