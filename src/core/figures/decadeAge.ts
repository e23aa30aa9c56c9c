import type { Article, Sentence } from '../text/article';
import { baseFigure, type FoundFigure } from './figure';
import { PERSON_NOUNS, personRole } from './ageFigure';
import { ROLE_PHRASES } from './roles';
import type { Word } from './words';

const DECADES: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
  '20s': 20, '30s': 30, '40s': 40, '50s': 50, '60s': 60, '70s': 70, '80s': 80, '90s': 90,
};

/** Which years of the decade 'early', 'mid' and 'late' allow, generously: writers draw the lines differently. */
const PART: Record<string, [number, number]> = { early: [0, 5], mid: [2, 8], late: [5, 10] };

/**
 * 'a woman in her seventies', 'a man in his late 40s': an unnamed person's age as a decade,
 * keyed like 'a 64-year-old woman' by the noun and what happened to the person (so only a
 * person the story describes once), and compared as the interval of the decade.
 */
export function decadeAgeAt(article: Article, sentence: Sentence, ws: Word[], i: number): FoundFigure | undefined {
  const l = (n: number): string => ws[n]?.lower ?? '';
  const noun = ws[i];
  if (!noun || noun.kind !== 'word' || !PERSON_NOUNS.has(noun.lower) || noun.text !== noun.lower && i > 0) return undefined;
  if (l(i + 1) !== 'in' || !/^(?:his|her|their)$/.test(l(i + 2))) return undefined;
  let k = i + 3;
  let part: [number, number] = [0, 10];
  if (PART[l(k)]) {
    part = PART[l(k)];
    k++;
    if (ws[k]?.text === '-') k++;
  }
  // '40s' is read as the number 40 and a joined 's'.
  const joined = ws[k]?.kind === 'number' && l(k + 1) === 's' && ws[k + 1].start === ws[k].end;
  const decade = joined ? DECADES[`${l(k)}s`] : DECADES[l(k)];
  if (decade === undefined) return undefined;
  if (joined) k++;
  const role = personRole(ws, i, k + 1);
  if (!role) return undefined;
  const figure = baseFigure(article, sentence, noun.start, ws[k].end);
  figure.kind = 'age';
  figure.unit = 'years';
  figure.low = decade + part[0];
  figure.high = decade + part[1];
  figure.highOpen = true;
  figure.value = decade;
  figure.qualifier = 'range';
  figure.significant = 1;
  figure.key = `age:${noun.lower}:${role}`;
  figure.quantity = `age of the ${noun.lower} ${ROLE_PHRASES[role]}`;
  figure.confidence = 'unsure';
  return { figure, next: k + 1 };
}
