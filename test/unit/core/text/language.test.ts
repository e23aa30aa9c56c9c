import * as assert from 'node:assert/strict';
import { guessLanguage } from '../../../../src/core/text/language';

const ENGLISH =
  'Emergency crews were called to the plant shortly after midnight, and the fire was brought under control by dawn, the county fire service said. ' +
  'Two workers were taken to hospital with minor burns. The company said it would cooperate with the investigation into the cause of the blaze.';
const FRENCH =
  "Les pompiers ont été appelés à l'usine peu après minuit, et l'incendie a été maîtrisé à l'aube, selon les services de secours du département. " +
  "Deux ouvriers ont été transportés à l'hôpital avec des brûlures légères. L'entreprise a déclaré qu'elle coopérerait avec l'enquête sur la cause du sinistre.";
const GERMAN =
  'Die Feuerwehr wurde kurz nach Mitternacht zu dem Werk gerufen, und der Brand war bei Tagesanbruch unter Kontrolle, teilte die Feuerwehr des Kreises mit. ' +
  'Zwei Arbeiter wurden mit leichten Verbrennungen ins Krankenhaus gebracht. Das Unternehmen sagte, es werde mit den Ermittlungen zur Ursache des Brandes zusammenarbeiten.';
const RUSSIAN =
  'Пожарные были вызваны на завод вскоре после полуночи, и к рассвету пожар был локализован, сообщила пожарная служба округа. ' +
  'Двое рабочих были доставлены в больницу с легкими ожогами. В компании заявили, что будут сотрудничать со следствием по делу о причинах пожара и помогать.';

describe('guessLanguage', () => {
  it('takes English news copy as English', () => {
    assert.equal(guessLanguage(ENGLISH).english, true);
  });
  it('takes English with many names and figures as English', () => {
    const text = 'Vladislav Shapsha, governor of Kaluga Oblast, said 12 drones were shot down near Belgorod on Tuesday. ' + ENGLISH;
    assert.equal(guessLanguage(text).english, true);
  });
  it('names French, German and a Cyrillic-script language as not English', () => {
    assert.deepEqual([FRENCH, GERMAN, RUSSIAN].map((t) => [guessLanguage(t).english, guessLanguage(t).language]), [
      [false, 'French'],
      [false, 'German'],
      [false, 'a Cyrillic-script language'],
    ]);
  });
  it('does not judge a text too short to tell', () => {
    assert.equal(guessLanguage('Feu à l’usine.').english, true);
  });
});
