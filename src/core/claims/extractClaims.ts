import type { Article } from '../text/article';
import type { Token } from '../text/tokens';
import type { Claim } from './claim';
import { causeEventOf } from './cause';
import { ordinalClaim } from './ordinal';
import { splitClauses } from './clauses';
import { hedgeCue } from './hedging';
import { isPastForm } from './lemma';
import { findNegations } from './negation';
import { pronounEventOf, withPronounEvent } from './pronounEvent';
import { claimWords, nameVocabulary, type ClaimWord } from './terms';
import { CALENDAR_NAMES } from '../lexicon/calendarNames';

/**
 * Claims from an article's prose, one per clause. Extraction reads tokens and
 * lexicons only: no compromise parse, so it costs little on every keystroke;
 * the rules look closer only at the few claims that another article aligns with.
 * Headlines are left out: they compress what the body says, and the body is
 * where a planted fact and its correction live.
 */
export function extractClaims(article: Article): Claim[] {
  const names = nameVocabulary(article);
  const claims: Claim[] = [];
  for (const sentence of article.sentences) {
    if (article.paragraphs[sentence.paragraph]?.kind === 'heading') continue;
    const tokens = sentence.tokens;
    const dateline = datelineEnd(tokens);
    for (const range of splitClauses(tokens)) {
      if (range.last <= dateline) continue;
      if (range.first < dateline) range.first = dateline;
      const antecedent = range.first === 0 ? antecedentOf(article, sentence.index) : undefined;
      let words = claimWords(tokens, range.first, range.last, names);
      if (antecedent) words.push(...claimWords(article.sentences[antecedent.sentence].tokens, antecedent.first, antecedent.last, names));
      const pronounEvent = antecedent ? undefined : pronounEventOf(article, sentence.index, words);
      words = withPronounEvent(words, pronounEvent);
      if (!words.some((w) => w.concept)) continue;
      const start = tokens[range.first].start;
      const end = tokens[range.last - 1].end;
      const negations = findNegations(words);
      const clauseTokens = tokens.slice(range.first, range.last);
      const hedge = hedgeCue(clauseTokens);
      const predicateAt = predicateIndex(clauseTokens);
      const causeEvent = causeEventOf(words);
      const ordinalEvent = ordinalClaim(words)?.event;
      claims.push({
        start,
        end,
        text: article.text.slice(start, end),
        subject: predicateAt > 0 ? phrase(clauseTokens.slice(0, predicateAt)) : null,
        predicate: predicateAt >= 0 ? predicatePhrase(clauseTokens, predicateAt) : null,
        polarity: negations.length % 2 === 1 ? 'negative' : 'positive',
        sentence: sentence.index,
        tokenRange: [range.first, range.last],
        ...(antecedent ? { antecedent } : {}),
        ...(pronounEvent ? { pronounEvent } : {}),
        ...(causeEvent ? { causeEvent } : {}),
        ...(ordinalEvent ? { ordinalEvent } : {}),
        negation: negations[0]?.cue ?? null,
        hedge: hedge ? hedge.text : null,
        source: sourceOf(clauseTokens),
        entities: [...new Set(words.filter((w) => w.name).map((w) => w.token.normal))],
        terms: [...new Set(words.map((w) => w.concept).filter((c): c is string => c !== null))],
        places: placesOf(words),
        times: timesOf(words),
        figures: clauseTokens.filter((t) => t.kind === 'number').map((t) => t.text),
      });
    }
  }
  return claims;
}

/**
 * 'It was rejected after a short debate.' — a passive 'It' opening a sentence
 * stands for the previous sentence's object in the same paragraph ('The Greens
 * tabled an amendment to keep the pool open'): the noun phrase after that
 * sentence's first verb, up to a comma. Only the passive shape is resolved
 * ('It was/is/has been V-ed', not 'It was the first…', 'It is believed that…'),
 * and only when the object starts with an article, so a cleft or a dummy 'it'
 * is left alone.
 */
function antecedentOf(article: Article, index: number): { sentence: number; first: number; last: number } | undefined {
  const tokens = article.sentences[index].tokens;
  if (tokens[0]?.normal !== 'it') return undefined;
  let v = 1;
  if (!/^(?:was|is|has|had)$/.test(tokens[v]?.normal ?? '')) return undefined;
  if (tokens[v + 1]?.normal === 'been') v++;
  const verb = tokens[v + 1];
  if (!verb || verb.kind !== 'word' || !isPastForm(verb.text) || /^(?:to|that)$/.test(tokens[v + 2]?.normal ?? '')) return undefined;
  const previous = article.sentences[index - 1];
  if (!previous || previous.paragraph !== article.sentences[index].paragraph) return undefined;
  const prev = previous.tokens;
  const main = prev.findIndex((t, i) => i > 0 && t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && isPastForm(t.text) && !AUXILIARIES.has(t.normal));
  if (main < 0 || !/^(?:a|an|the)$/.test(prev[main + 1]?.normal ?? '')) return undefined;
  let last = main + 2;
  while (last < prev.length && last - main <= 9 && prev[last].kind !== 'punct') last++;
  return { sentence: previous.index, first: main + 1, last };
}

/**
 * The token index after a wire dateline opening a sentence ('FENNICK, England -',
 * 'LONDON (Reuters) -', 'WASHINGTON —'), or 0. The dateline says where the copy
 * was filed, not who did what: left in, it becomes part of the subject.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && tokens[i].kind === 'word' && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[i].text)) i++;
  if (i === 0 || i > 4) return 0;
  if (tokens[i]?.text === ',') {
    i++;
    const from = i;
    while (i < tokens.length && i - from < 3 && tokens[i].kind === 'word' && /^\p{Lu}/u.test(tokens[i].text)) i++;
    if (i === from) return 0;
  }
  if (tokens[i]?.text === '(') {
    while (i < tokens.length && i < 12 && tokens[i].text !== ')') i++;
    i++;
  }
  return tokens[i]?.kind === 'punct' && /^[-—–]$/.test(tokens[i].text) && i + 1 < tokens.length ? i + 1 : 0;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'being', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do']);

/** The clause's first verb: an auxiliary or a lower-case past form after the first word. */
function predicateIndex(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) continue;
    if (AUXILIARIES.has(t.normal) || isPastForm(t.text)) return i;
  }
  return -1;
}

/** The verb group from the predicate's first word: auxiliaries, negation and the main verb ('had been switched'). */
function predicatePhrase(tokens: readonly Token[], at: number): string {
  const parts: string[] = [];
  for (let i = at; i < tokens.length && parts.length < 5; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    parts.push(t.text);
    if (!AUXILIARIES.has(t.normal) && !/^(?:not|never|n't|no|longer)$/.test(t.normal)) break;
  }
  return parts.join(' ');
}

function phrase(tokens: readonly Token[]): string | null {
  const text = tokens.map((t) => t.text).join(' ').replace(/\s+([,.;:!?’'])/g, '$1').replace(/^[\s,;:“"‘']+|[\s,;:”"’']+$/g, '');
  return text || null;
}

const REPORTING = new Set(['said', 'says', 'told', 'stated', 'confirmed', 'denied', 'believe', 'believes', 'announced', 'insisted', 'claimed', 'reported', 'added']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Who asserts the clause, when the clause names them: 'according to X',
 * 'X said (that) …', '…, said X'. A pronoun is kept as written; the
 * quotations detector resolves those for quoted words.
 */
function sourceOf(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].normal === 'according' && tokens[i + 1]?.normal === 'to') return nounPhraseFrom(tokens, i + 2);
  }
  for (let i = 1; i < tokens.length; i++) {
    if (!REPORTING.has(tokens[i].normal)) continue;
    // 'X said': the words back to the clause start or a comma, if they are few.
    let from = i;
    while (from > 0 && tokens[from - 1].kind !== 'punct' && i - from < 6) from--;
    if (from < i && (from === 0 || tokens[from - 1].kind === 'punct')) {
      const subject = phrase(tokens.slice(from, i));
      if (subject) return subject;
    }
    // '…,” said Mr Farrant'
    if (tokens[i - 1].kind === 'punct') return nounPhraseFrom(tokens, i + 1);
  }
  return null;
}

function nounPhraseFrom(tokens: readonly Token[], from: number): string | null {
  const parts: Token[] = [];
  for (let i = from; i < tokens.length && parts.length < 6; i++) {
    if (tokens[i].kind === 'punct' && tokens[i].text !== '.') break;
    parts.push(tokens[i]);
  }
  return phrase(parts);
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'of']);

/** Name runs after a place preposition ('at Coldham', 'in the centre of Ferring'). */
function placesOf(words: readonly ClaimWord[]): string[] {
  const places = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!PLACE_PREPOSITIONS.has(words[i].token.normal) || words[i].token.normal === 'of') continue;
    let j = i + 1;
    if (words[j]?.token.normal === 'the') j++;
    if (/^(?:centre|center|heart|middle|outskirts|edge)$/.test(words[j]?.token.normal ?? '') && words[j + 1]?.token.normal === 'of') j += 2;
    if (words[j]?.token.normal === 'the') j++;
    const run: string[] = [];
    while (j < words.length && words[j].name) run.push(words[j++].token.text);
    if (run.length > 0) places.add(run.join(' '));
  }
  return [...places];
}

const TIME_WORDS = new Set([...CALENDAR_NAMES, 'overnight', 'morning', 'afternoon', 'evening', 'tonight', 'yesterday', 'today', 'weekend']);

/** Time words of the clause, so that rules do not oppose claims about different days. */
function timesOf(words: readonly ClaimWord[]): string[] {
  const times = new Set<string>();
  for (const w of words) {
    const t = w.token;
    if (t.kind === 'word' && TIME_WORDS.has(t.normal) && !(t.normal === 'may' && !/^M/.test(t.text))) times.add(t.normal);
    else if (t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.text)) times.add(t.text);
  }
  return [...times];
}
