import contest from '../lexicon/contest.json';
import { isKindOf, lemmasOf } from '../lexicon/wordnet';
import type { QuantityKey } from './figure';
import { FUNCTION_WORDS, looksLikeVerb, looksPlural, NUMBER_WORD, singular, type Word } from './words';

/**
 * The margin of a contest: by how many votes, points or seats one side is ahead ('a 41-vote lead',
 * 'the 29-vote edge', 'led by 12 points') or won ('won by 37 votes', 'a margin of thirty-three
 * votes', 'a 37-vote victory'). Two measures of one contest: the standing while it goes on and the
 * result, which a recount or a comeback changes apart, so each has its own key
 * ('margin:result:vote'). The unit counted must be named: 'won by 37' may be a score.
 * A standing changes through a contest (at half-time, on election night, after the first count), so
 * its key is unsure: compared across articles only and reported as likely at most.
 */
type Aspect = 'standing' | 'result';

const STANDING_NOUNS = new Set(contest.standingNouns);
const RESULT_NOUNS = new Set(contest.resultNouns);
const STANDING_WORDS = new Set(contest.standingWords);
const RESULT_VERBS = new Set(contest.resultVerbs);

/** Words that close the clause when reading back from 'by' to its verb. */
const CLAUSE_END = /^(?:and|but|or|when|while|which|that|who|after|before|because|as|since|until|if|although|though|than)$/;

/** What a noun says of a contest, if anything: 'lead' (a kind of advantage in WordNet), 'edge', 'margin', 'victory'. */
function nounAspect(lower: string): Aspect | undefined {
  for (const lemma of lemmasOf(lower, 'n')) {
    if (RESULT_NOUNS.has(lemma)) return 'result';
    if (STANDING_NOUNS.has(lemma) || isKindOf(lemma, 'advantage', 'n')) return 'standing';
  }
  return undefined;
}

/** What a verb or adverb says of a contest: 'won', 'beat', 'trounced' (a kind of defeating), 'led', 'ahead'. */
function verbAspect(lower: string): Aspect | undefined {
  if (STANDING_WORDS.has(lower)) return 'standing';
  for (const lemma of lemmasOf(lower, 'v')) {
    if (RESULT_VERBS.has(lemma) || isKindOf(lemma, 'defeat', 'v')) return 'result';
    if (STANDING_WORDS.has(lemma)) return 'standing';
  }
  return undefined;
}

/** The contest word a 'by' reads back to in its clause: 'won the mayoralty here by', 'beat Whitcomb by', 'ahead by'. */
function aspectBeforeBy(ws: Word[], by: number): Aspect | undefined {
  for (let k = by - 1; k >= 0 && k >= by - 8; k--) {
    const w = ws[k];
    if (w.kind !== 'word' || CLAUSE_END.test(w.lower)) return undefined;
    if (/^\p{Lu}/u.test(w.text) || FUNCTION_WORDS.has(w.lower)) continue;
    const aspect = verbAspect(w.lower) ?? nounAspect(w.lower);
    if (aspect) return aspect;
    // 'his lead grew by 12 votes': another verb's 'by' tells a change, not the margin.
    if (looksLikeVerb(w.lower)) return undefined;
  }
  return undefined;
}

/** The counted unit after the number: a plural noun ('votes', 'points'), not a function word. */
function unitAt(ws: Word[], k: number): string | undefined {
  const w = ws[k];
  if (!w || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || !looksPlural(w.lower)) return undefined;
  // 'by six votes to three' is a tally of both sides, not the difference between them.
  const after = ws[k + 2];
  if (ws[k + 1]?.lower === 'to' && after && (after.kind === 'number' || NUMBER_WORD.test(after.lower) || after.lower === 'one')) return undefined;
  return singular(w.lower);
}

/**
 * The key of a contest's margin at the number `first`..`next` (`first` includes any qualifier),
 * or undefined when the number is no margin.
 */
export function contestMarginKey(ws: Word[], first: number, next: number): QuantityKey | undefined {
  let aspect: Aspect | undefined;
  let unit: string | undefined;
  let end: number | undefined;
  const dash = ws[next];
  if (dash?.text === '-' && dash.joined && ws[next + 1]?.kind === 'word' && ws[next + 1].joined && ws[next + 2]?.kind === 'word') {
    // 'a 41-vote lead', 'the 29-vote edge', 'a 37-vote victory'
    aspect = nounAspect(ws[next + 2].lower);
    unit = singular(ws[next + 1].lower);
    end = ws[next + 2].end;
  } else {
    unit = unitAt(ws, next);
    if (!unit) return undefined;
    end = ws[next].end;
    const before = ws[first - 1]?.lower;
    if (before === 'of') {
      // 'a margin of thirty-three votes', 'won by a margin of 33 votes', 'a lead of 41 votes'
      const head = ws[first - 2];
      if (!head || head.kind !== 'word') return undefined;
      aspect = nounAspect(head.lower);
      const by = ws[first - 3]?.lower === 'by' ? first - 3 : ws[first - 4]?.lower === 'by' && /^(?:a|an|the)$/.test(ws[first - 3]?.lower ?? '') ? first - 4 : -1;
      if (aspect && by >= 0) aspect = aspectBeforeBy(ws, by) ?? aspect;
    } else if (before === 'by') {
      // 'won by 37 votes', 'beat the incumbent by 37 votes', 'was ahead by 41 votes'
      aspect = aspectBeforeBy(ws, first - 1);
    }
  }
  if (!aspect || !unit || unit.length < 2 || FUNCTION_WORDS.has(unit)) return undefined;
  const quantity = aspect === 'result' ? `the winning margin in ${unit}s` : `the lead in ${unit}s`;
  return { key: `margin:${aspect}:${unit}`, quantity, owner: null, confidence: aspect === 'result' ? 'sure' : 'unsure', end };
}
