import type { QuantityKey } from './figure';
import { headOf, nounPhraseAt } from './nounPhrase';
import { periodOf } from './quantityContext';
import { FUNCTION_WORDS, singular, type Word } from './words';
import { lemmaOf, lemmasOf } from '../lexicon/wordnet';
import { TIME_NOUNS } from './quantityContext';

/**
 * The key of a duration: what lasted that long ('the outage lasted five hours',
 * 'a five-year contract'), whose action ('deliberated for 11 hours') or which
 * stay ('spent 12 minutes inside').
 */

/** Nouns a story alternates for one lasting thing. */
const LENGTH_SYNONYMS: Record<string, string> = { blackout: 'outage', shutdown: 'outage', walkout: 'strike', cruise: 'voyage' };

/** What goes down in an outage and is restored after it. */
const SUPPLIES = /^(?:systems?|networks?|computers?|servers?|power|electricity|grid|services?|supply|supplies|internet|connections?|phones?|lines?|signals?|websites?)$/;

/** The index of 'restored'/'back' in 'was restored after N', 'came back online after N', or undefined. */
function restorationVerb(ws: Word[], first: number): number | undefined {
  if (ws[first - 1]?.lower !== 'after') return undefined;
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (/^(?:restored|reconnected)$/.test(l(first - 2)) && /^(?:was|were|been|is|are)$/.test(l(first - 3))) return first - 2;
  if (/^(?:online|on|up)$/.test(l(first - 2)) && l(first - 3) === 'back' && /^(?:came|come|were|was|went|are|is)$/.test(l(first - 4))) return first - 4;
  return undefined;
}

/**
 * A duration is keyed by the act or thing it is the length of; which acts are
 * one (negotiate/talks, walk out/walkout/strike) WordNet says at comparison
 * time (actMatch.ts), so that the verb of one article meets the noun of another.
 */
function byAct(act: string, quantity: string): QuantityKey {
  return { key: 'duration:act', act: LENGTH_SYNONYMS[act] ?? act, quantity, owner: null, confidence: 'unsure' };
}

/** Particles of a phrasal verb ('walked out for eight days', 'held out for a week'). */
const PARTICLES = /^(?:out|off|up|down|on|away|over|back)$/;

/** The verb before 'for' at `k` (a word ending -ed/-ing, or a phrasal verb WordNet knows) as a lemma. */
function actVerbAt(ws: Word[], k: number): { act: string; said: string } | undefined {
  const verb = ws[k];
  if (verb?.kind !== 'word') return undefined;
  if (PARTICLES.test(verb.lower)) {
    const head = ws[k - 1];
    if (head?.kind !== 'word' || !/^[a-z]{3,}$/.test(head.text)) return undefined;
    const phrase = `${lemmaOf(head.lower, 'v')} ${verb.lower}`;
    return lemmasOf(phrase, 'v').length ? { act: phrase, said: `${head.lower} ${verb.lower}` } : undefined;
  }
  if (!/^[a-z]{3,}(?:ed|ing)$/.test(verb.text)) return undefined;
  const lemmas = lemmasOf(verb.lower, 'v');
  return lemmas.length ? { act: lemmas[0], said: verb.lower } : undefined;
}

export function durationKey(ws: Word[], first: number, next: number, adjective: boolean): QuantityKey {
  // 'the outage lasted nearly five hours', 'the strike lasted for three days': the length of the subject,
  // as 'a five-hour outage' states it. Unsure: only other articles' mentions are compared.
  let v = first - 1;
  if (ws[v]?.lower === 'for') v--;
  if (/^(?:lasted|lasts|last|lasting)$/.test(ws[v]?.lower ?? '') && !periodOf(ws, first, next)) {
    const subject = ws[v - 1];
    if (subject?.kind === 'word' && !FUNCTION_WORDS.has(subject.lower) && !/^\p{Lu}/u.test(subject.text) && !/^(?:to|will|would|could|may|might|should|must|can|which|that|who)$/.test(subject.lower)) {
      const noun = singular(subject.lower);
      return byAct(noun, `length of the ${noun}`);
    }
  }
  // 'Systems were restored after about 90 minutes', 'power came back on after five hours': the
  // outage's length told by its end, as 'the outage lasted five hours' tells it.
  const restored = restorationVerb(ws, first);
  if (restored !== undefined && !periodOf(ws, first, next)) {
    const subject = ws.slice(Math.max(0, restored - 6), restored).findIndex((w) => SUPPLIES.test(w.lower));
    const at = Math.max(0, restored - 6) + subject;
    const between = ws.slice(at + 1, restored);
    // 'the crews working on the lines were restored': a supply inside a preposition's object is not the subject.
    let d = at - 1;
    while (/^(?:the|its|their|a|an|all|some|most)$/.test(ws[d]?.lower ?? '')) d--;
    const governed = /^(?:to|of|for|at|in|on|from|by|with|after|about)$/.test(ws[d]?.lower ?? '');
    if (subject >= 0 && !governed && !between.some((w) => w.text === ',' || /^(?:to|of|for|at|in|on|from|by|after|which|that|who)$/.test(w.lower))) {
      return byAct('outage', 'length of the outage');
    }
  }
  // 'deliberated for more than 11 hours', 'after negotiating for four days', 'walked out for eight days': how
  // long the verb's action lasted. Unsure: one article may time the same verb twice for different people.
  if (ws[first - 1]?.lower === 'for' && !/(?:ing|ed)$/.test(ws[next]?.lower ?? '') && !periodOf(ws, first, next)) {
    const verb = actVerbAt(ws, first - 2);
    if (verb && !/^(?:be|have|do|bring)$/.test(verb.act)) return byAct(verb.act, `time spent on '${verb.said}'`);
  }
  // 'three days of talks', 'after 11 hours of deliberations': the length of what the noun names.
  if (ws[next]?.lower === 'of' && !adjective) {
    const phrase = nounPhraseAt(ws, next + 1, 2, false);
    // The word as written: 'talks' (negotiations) is not 'talk'.
    const head = phrase && !phrase.capitalized ? phrase.words[phrase.words.length - 1].toLowerCase() : undefined;
    if (head && !TIME_NOUNS.has(singular(head)) && !FUNCTION_WORDS.has(head) && lemmasOf(head, 'n').length) return byAct(head, `length of the ${head}`);
  }
  // 'spent less than four minutes inside the building', 'spent 12 minutes inside': how long someone
  // stayed somewhere, keyed by where. Unsure: one article may time several people's stays.
  if (/^(?:spent|spend|spends|spending)$/.test(ws[first - 1]?.lower ?? '')) {
    const where = stayPlace(ws, next);
    if (where) return { key: `duration:stay:${where}`, quantity: `time spent ${where}`, owner: null, confidence: 'unsure' };
  }
  // 'after 19 hours on the run', 'for three days on the ice': how long someone was in a state or place,
  // the same stay as 'spent 19 hours on the run'. Unsure, like a stay.
  if (/^(?:after|for|spent|spend|spends|spending)$/.test(ws[first - 1]?.lower ?? '') && ws[next]?.lower === 'on' && ws[next + 1]?.lower === 'the') {
    const where = stayPlace(ws, next);
    if (where) return { key: `duration:stay:${where}`, quantity: `time spent ${where}`, owner: null, confidence: 'unsure' };
  }
  // 'a five-year contract': the length of the contract.
  if (adjective) {
    const w = ws[next];
    if (w && w.kind === 'word' && !FUNCTION_WORDS.has(w.lower)) {
      const noun = singular(w.lower);
      return byAct(noun, `length of the ${noun}`);
    }
  }
  return { key: null, quantity: null, owner: null, confidence: 'unsure' };
}

/** Where a stay was: 'inside' (the building or not), or the head after 'in'/'at' ('in hospital' → in hospital). */
function stayPlace(ws: Word[], k: number): string | undefined {
  const l = ws[k]?.lower;
  if (l === 'inside' || l === 'indoors') return 'inside';
  if (l === 'in' || l === 'at' || l === 'aboard' || l === 'on') {
    const phrase = nounPhraseAt(ws, k + 1, 3);
    if (phrase && !phrase.capitalized) return `${l} ${headOf(phrase)}`;
  }
  return undefined;
}
