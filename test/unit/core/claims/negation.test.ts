import * as assert from 'node:assert/strict';
import { findNegations } from '../../../../src/core/claims/negation';
import { claimWords } from '../../../../src/core/claims/terms';
import { tokenize } from '../../../../src/core/text/tokens';

function negationCues(text: string): string[] {
  const tokens = tokenize(text);
  return findNegations(claimWords(tokens, 0, tokens.length)).map((n) => `${n.cue}:${n.focus.map((w) => w.concept).join('+')}`);
}

/** Each negation as 'kind|cue:focus concepts'. */
function negations(text: string): string[] {
  const tokens = tokenize(text);
  return findNegations(claimWords(tokens, 0, tokens.length)).map((n) => `${n.kind}|${n.cue}:${n.focus.map((w) => w.concept).join('+')}`);
}

describe('claims: negation cues and their focus', () => {
  it('finds negations that compromise misses, with their focus', () => {
    assert.deepEqual(negationCues('there were no casualties'), ['no:injure']);
    assert.deepEqual(negationCues('No firefighters were hurt'), ['No:firefighter+injure']);
    assert.deepEqual(negationCues('the town was no longer safe'), ['no longer:saf']);
    assert.deepEqual(negationCues('No one was injured'), ['no one:injure']);
    assert.deepEqual(negationCues('destroyed without causing casualties'), ['without:injure']);
    assert.deepEqual(negationCues('He denied that the sprinklers had been disabled'), ['denied:sprinkler+disable']);
    assert.deepEqual(negationCues('Arson could not be ruled out'), []);
    assert.deepEqual(negationCues('Police ruled out arson'), ['ruled out:arson']);
  });

  const cases: Array<[string, string[]]> = [
    ['Nobody was injured in the blast', ['quantifier|Nobody:injure+blast']],
    ['None of the residents were evacuated', ['quantifier|None:resident+evacuat']],
    ['Neither driver was hurt', ['quantifier|Neither:driver+injure']],
    ["The plant didn't reopen", ["verb|didn't:reopen"]],
    ['The mayor never resigned', ['verb|never:resign']],
    ['The bridge cannot reopen', ['verb|cannot:reopen']],
    ['There was no need to close the school', ['verb|no need to:close+school']],
    ['Inspectors found no trace of asbestos', ['quantifier|no trace of:find+asbesto']],
    ['There is no truth in the suggestion that the mayor resigned', ['denial|no truth in the suggestion that:mayor+resign']],
    ['The company refuted claims that the plant leaked', ['denial|refuted:claim+plant+leak']],
    ['a lack of staff', ['without|lack:staff']],
    ['in the absence of evidence', ['without|absence:evidenc']],
    // Withholding information is not denying a fact; 'not only' adds, it does not negate.
    ['The council has not disclosed the cost', []],
    ['Police did not confirm the arrest', []],
    ['The fire was not only large but fast', []],
    // A negative-implicative verb negates the verb after 'to'; withholding ('declined to comment') and a fall ('declined to 5') deny nothing.
    ['The hospital refused to pay the ransom', ['verb|refused to:pay+ransom']],
    ['The driver failed to stop', ['verb|failed to:stop']],
    ['The firm neglected to file its accounts', ['verb|neglected to:fil+account']],
    ['The council declined to comment', []],
    ['Sales declined to 5 percent', []],
    ['The school reopened', []],
    // A thing singled out or a bound ('nothing but', 'none more so', 'no more than'), advice ('should never'), a time ('not … until')
    // and a double negative ('barely a week without') assert; a plain 'nothing', 'never' or 'without' still denies.
    ['Users need do nothing but click', []],
    ['none more so than the mayor', []],
    ['No more than five people were hurt', []],
    ['Nothing was stolen', ['quantifier|Nothing:steal']],
    ['He should never fight again', []],
    ['He never fought again', ['verb|never:fight']],
    ['They did not lead until the last minute', []],
    ['barely a week passes without a protest', []],
    ['the week passed without a protest', ['without|without:protest']],
  ];
  for (const [sentence, expected] of cases) {
    it(`${JSON.stringify(sentence)} → ${expected.length ? expected.join(', ') : 'no negation'}`, () => {
      assert.deepEqual(negations(sentence), expected);
    });
  }
});
