import type { Article } from '../text/article';
import { cueLemma } from '../quotes/cues';
import { readingsOf } from '../lexicon/wordnet';
import scope from '../lexicon/figure-scope.json';
import { CALENDAR_NAMES } from '../lexicon/calendarNames';
import { compareFigures } from './compareFigures';
import { compoundPart } from './compoundPart';
import { TOTAL } from './figureMatch';
import type { Figure } from './figure';
import { MAGNITUDE } from './magnitudeKey';
import { FUNCTION_WORDS, figureWords, isDeterminerOrPossessive, NUMBER_WORD, type Word } from './words';

/**
 * What a figure is attached to beyond its key: whose it is (the person or body
 * that is its clause's subject), which occasion it belongs to (the story's own
 * or a past one the article recalls), which part of a whole it counts ('in one
 * province alone', 'across the region'), which window of a series ('his first
 * 17 passes', 'their last 10 games'), and whether it is one end of a range.
 * Two figures with one key measure the same thing only when these agree too;
 * otherwise their match is weak and is not reported (see figureMatch.ts).
 */

const PAST = new Set(scope.pastMarkers);
const PAST_PERIODS = new Set(scope.pastPeriods);
const PAST_OPENERS = new Set(scope.pastPeriodOpeners);
const PART = new Set(scope.partOfWhole);
const PLACE_NOUNS = new Set(scope.placeNouns);
const SELECTORS = new Set(scope.seriesSelectors);
const METADATA = new Set(scope.pageMetadata);
const DATELINE_WORDS = new Set(scope.datelineWords);
const RANGE_OPENERS = new Set(scope.rangeOpeners);
const RANGE_JOINERS = new Set(scope.rangeJoiners);
const OTHER_INSTANCE = new Set(scope.otherInstance);
const MARK_PREPOSITIONS = new Set(scope.markPrepositions);
const PARTITIVE = new Set(scope.partitiveQuantifiers);
const UNIVERSAL = new Set(scope.universalQuantifiers);
const RUNNING = scope.runningMarkers.map((m) => m.split(' '));
const SEVERITY = new Map(Object.entries(scope.severity).flatMap(([grade, words]) => words.map((w) => [w, grade] as const)));
/** Kinds of figure that can be one person's or body's (a date belongs to its event, an age already to its owner). */
const HELD = new Set<Figure['kind']>(['count', 'measure', 'money', 'percent', 'duration', 'ordinal']);
const PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** Punctuation that ends the clause a figure's subject is looked for in. */
const CLAUSE_STOPS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);

const isCapital = (w: Word | undefined): boolean => !!w && w.kind === 'word' && /^\p{Lu}/u.test(w.text);

/**
 * Sets each figure's attachment; a figure of a page's metadata line ('UPDATED:
 * Tuesday, March 12') loses its key: it dates the page, not the story.
 */
export function attachFigures(article: Article, figures: Figure[]): void {
  if (!figures.length) return;
  const names = innerCapitals(article);
  const present = presentYear(figures);
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    let list = bySentence.get(f.sentence);
    if (!list) bySentence.set(f.sentence, (list = []));
    list.push(f);
  }
  let lastPerson: string | null = null;
  for (const sentence of article.sentences) {
    const ws = figureWords(sentence);
    const list = bySentence.get(sentence.index);
    if (list) {
      const metadata = ws.slice(0, 3).some((w) => METADATA.has(w.lower)) || datelineOnly(ws) || stampedDate(ws, list);
      const occasion = occasionOf(ws, list, present);
      const years = [...new Set(list.map((f) => f.when?.year).filter((y): y is number => y !== undefined))];
      const running = RUNNING.some((m) => ws.some((_, k) => m.every((part, n) => ws[k + n]?.lower === part)));
      for (const f of list) {
        if (metadata) {
          f.key = null;
          if (f.kind === 'date' && f.when?.year !== undefined && f.when.month !== undefined && f.when.day !== undefined) f.dateline = true;
        }
        if (f.kind === 'count') readCount(f, running);
        const i = ws.findIndex((w) => w.start >= f.start);
        if (i < 0) continue;
        const end = ws.findIndex((w) => w.start >= f.end);
        const after = end < 0 ? ws.length : end;
        f.attachment = {
          holder: HELD.has(f.kind) ? holderOf(ws, i, names, lastPerson) : null,
          occasion: f.kind === 'age' ? (thenAge(ws, i) ? 'past' : null) : occasion,
          years,
          ...partOf(ws, i, after, f.kind === 'count' && totalOfPartitive(ws, i)),
          ...(f.kind === 'count' && wholeOfUniversal(ws, i) ? { whole: true } : {}),
          selector: f.kind === 'count' ? selectorOf(ws, i, after) : null,
          rangeEnd: rangeEndAt(ws, i, after),
          another: anotherInstance(ws, i, after),
          mark: f.kind === 'measure' && markAt(ws, i, f),
          ambiguous: false,
        };
        // '$281m in cash and $53m in stock': one part of a sum the sentence splits, not the sum another article gives whole.
        if (f.kind === 'money' && compoundPart(article.text, f, list)) addPart(f, SUM_PART);
        const grade = f.kind === 'count' ? severityOf(ws, i, after) : null;
        if (grade) addPart(f, `severity:${grade}`);
      }
    }
    lastPerson = lastNameIn(ws, names) ?? lastPerson;
  }
  markTwoEvents(figures);
  markPartsByPlace(figures);
}

/**
 * A count in a place is a part when its article also gives a larger count of the key with no place
 * ('We have recorded 24 people dead' … 'Twelve people were killed … in Bener Meriah district').
 */
function markPartsByPlace(figures: Figure[]): void {
  const largest = new Map<string, number>();
  for (const f of figures) {
    if (f.kind !== 'count' || !f.key || !f.attachment || f.attachment.place !== null || f.low === null) continue;
    largest.set(f.key, Math.max(largest.get(f.key) ?? -Infinity, f.low));
  }
  for (const f of figures) {
    if (f.kind !== 'count' || !f.key || !f.attachment?.place || f.high === null) continue;
    if ((largest.get(f.key) ?? -Infinity) > f.high) f.attachment.within = true;
  }
}

/** 'then-15-year-old Timmons', 'then 15': an age at an earlier time of the story, not the person's age now. */
function thenAge(ws: Word[], i: number): boolean {
  const k = ws[i - 1]?.text === '-' ? i - 2 : i - 1;
  return ws[k]?.lower === 'then';
}

function addPart(f: Figure, part: string): void {
  f.attachment!.part = f.attachment!.part ? `${f.attachment!.part} ${part}` : part;
}

/**
 * How badly the counted were hurt, when the count's clause grades it ('eight people had suffered serious
 * injuries', 'five of them critically'): the seriously injured are a part of all the injured.
 */
function severityOf(ws: Word[], i: number, after: number): string | null {
  for (let k = Math.max(0, i - 2); k < Math.min(ws.length, after + 6); k++) {
    const w = ws[k];
    if (k >= after && w.kind === 'punct' && (CLAUSE_STOPS.has(w.text) || w.text === '.' || w.text === ',')) break;
    const grade = SEVERITY.get(w.lower);
    if (grade) return grade;
  }
  return null;
}

/**
 * A line of nothing but a date, a time and their zone ('Fri., May. 3, 2013 11:45 AM PDT', 'Monday 16
 * September 2013 03:12'): the page's dateline, whatever words a site puts around it.
 */
function datelineOnly(ws: Word[]): boolean {
  if (!ws.some((w) => w.kind === 'number')) return false;
  return ws.every((w) => w.kind !== 'word' || CALENDAR_NAMES.has(w.lower) || DATELINE_WORDS.has(w.lower) || METADATA.has(w.lower));
}

/** A full date a word of publishing precedes anywhere in its line ('… posted in Pedestrian Accidents on Wednesday, September 18, 2013'). */
function stampedDate(ws: Word[], figures: Figure[]): boolean {
  const stamp = ws.findIndex((w) => METADATA.has(w.lower));
  return stamp >= 0 && figures.some((f) => f.kind === 'date' && f.when?.year !== undefined && f.when.day !== undefined && f.start > ws[stamp].start);
}

/**
 * What a count's sentence says of the count itself. A count with a fraction ('averaged 7.2
 * rebounds') is an average, not a number of things, and is compared with none. A count the
 * sentence calls provisional ('five people had so far been confirmed dead') is a floor the
 * count may rise above, as 'at least five' is.
 */
function readCount(f: Figure, running: boolean): void {
  if (f.value !== null && !Number.isInteger(f.value) && f.low !== null && f.low === f.high) f.key = null;
  else if (running && f.qualifier === null && f.low !== null) {
    f.qualifier = 'at least';
    f.high = Infinity;
  }
}

/**
 * Two weekdays under one key in one article are two events ('the crash on Monday', the peak on
 * Sunday); so are two magnitudes (the quake and the one it recalls, two shocks of a series). Each weekday is compared with the key's distinct days, not with every mention: a long
 * file names the same weekdays thousands of times, and its check must grow with its length.
 */
function markTwoEvents(figures: Figure[]): void {
  const byKey = new Map<string, Map<string, Figure>>();
  for (const f of figures) {
    if (!oneEventEach(f)) continue;
    let days = byKey.get(f.key!);
    if (!days) byKey.set(f.key!, (days = new Map()));
    const signature = JSON.stringify([f.when, f.low, f.high, f.owner, f.negated, f.ofAll]);
    if (!days.has(signature)) days.set(signature, f);
  }
  for (const f of figures) {
    if (!oneEventEach(f)) continue;
    const days = byKey.get(f.key!)!;
    for (const g of days.values()) {
      if (compareFigures(f, g) === 'disagree') {
        f.attachment!.ambiguous = true;
        break;
      }
    }
  }
}

/**
 * Figures of which an event has one: its weekday, its magnitude. A magnitude the article dates or
 * recalls ('in 2004, a magnitude-9.1 quake', 'last year an 8.6-magnitude quake') is told apart by its
 * occasion and years, and leaves the story's own alone.
 */
function oneEventEach(f: Figure): boolean {
  if (!f.key || !f.attachment) return false;
  return f.kind === 'weekday' || (f.key === MAGNITUDE && f.attachment.occasion === null && !f.attachment.years.length);
}

/** Words the article capitalises inside a sentence: names, as opposed to a capitalised opener. */
function innerCapitals(article: Article): Set<string> {
  const set = new Set<string>();
  for (const s of article.sentences) {
    const ws = figureWords(s);
    for (let k = 1; k < ws.length; k++) if (isCapital(ws[k]) && !FUNCTION_WORDS.has(ws[k].lower)) set.add(ws[k].lower);
  }
  return set;
}

/** The latest year the article dates anything to: its present. */
function presentYear(figures: Figure[]): number | undefined {
  let year: number | undefined;
  for (const f of figures) {
    const y = f.when?.year;
    if (y !== undefined && (year === undefined || y > year)) year = y;
  }
  return year;
}

/** The occasion of a sentence: a year before the article's present, or words that recall the past ('last season', 'ago'). */
function occasionOf(ws: Word[], figures: Figure[], present: number | undefined): string | null {
  const years = figures.map((f) => f.when?.year).filter((y): y is number => y !== undefined);
  const past = years.filter((y) => present !== undefined && y < present);
  if (past.length) return `past:${[...new Set(past)].sort().join(',')}`;
  for (let k = 0; k < ws.length; k++) {
    const l = ws[k].lower;
    if (PAST.has(l)) return 'past';
    if (PAST_OPENERS.has(l) && PAST_PERIODS.has(ws[k + 1]?.lower ?? '')) return 'past';
  }
  return null;
}

/** The surname of a name run ending at `k` (possessive dropped), when the run is a name. */
function nameEndingAt(ws: Word[], k: number, names: Set<string>): string | null {
  const w = ws[k];
  if (!isCapital(w) || FUNCTION_WORDS.has(w.lower)) return null;
  let first = k;
  while (first > 0 && isCapital(ws[first - 1]) && !FUNCTION_WORDS.has(ws[first - 1].lower)) first--;
  // A lone capitalised opener is a name only when the article capitalises it elsewhere too, or
  // when it is no word of the language ('Reyes finished with eight rebounds').
  if (first === k && k === 0 && !names.has(w.lower) && !unknownWord(w.lower)) return null;
  // The whole run, not its last word: 'Harwood Bank' and 'Kestrel Bank' are two holders, as are
  // 'Karen Lund' and 'Peter Lund'; 'Lund' alone still meets either (see sameHolder in figureMatch).
  return ws
    .slice(first, k + 1)
    .map((x) => x.lower)
    .join(' ')
    .replace(/['’]s?$/, '');
}

/**
 * The subject of the figure's clause when it names someone: 'Hansbrough, who
 * also grabbed nine rebounds' and 'Koshwal pulled down 13 rebounds' are two
 * players' numbers. A pronoun is the last name of the sentences before. A
 * reporting verb ('Nugroho said 24 people died') starts the reported clause.
 */
function holderOf(ws: Word[], i: number, names: Set<string>, lastPerson: string | null): string | null {
  let start = i;
  while (start > 0) {
    const w = ws[start - 1];
    if (w.kind === 'punct' && (CLAUSE_STOPS.has(w.text) || w.text === ',')) break;
    if (w.kind === 'word' && (w.lower === 'according' || w.lower === 'that' || (cueLemma(w.text) && !objectOfVerb(ws, start - 1, i)))) break;
    start--;
  }
  // 'Hansbrough, who also grabbed nine rebounds': the relative's antecedent.
  if (ws[start]?.lower === 'who' && ws[start - 1]?.text === ',') return nameEndingAt(ws, start - 2, names);
  for (let k = start; k < i; k++) {
    const w = ws[k];
    if (w.kind !== 'word') continue;
    // 'he had 70 yards on nine carries', 'when he had …': the pronoun is the last person named; 'we' is the speaker's own side.
    if (SUBJECT_PRONOUNS.has(w.lower)) return lastPerson ?? `unresolved:${w.start}`;
    if (w.lower === 'we' || w.lower === 'i') return `speaker:${w.start}`;
    if (isCapital(w) && !FUNCTION_WORDS.has(w.lower)) {
      let end = k;
      while (end + 1 < i && isCapital(ws[end + 1]) && !FUNCTION_WORDS.has(ws[end + 1].lower)) end++;
      const name = nameEndingAt(ws, end, names);
      // The subject stands first in the clause and a verb follows it before the figure.
      const verb = ws[end + 1];
      if (name && k === start && end + 1 < i && verb.kind === 'word' && !FUNCTION_WORDS.has(verb.lower) || (name && k === start && /^(?:has|had|have|was|is|will|would|also)$/.test(verb?.lower ?? ''))) return name;
      return null;
    }
    if (!FUNCTION_WORDS.has(w.lower) || PRONOUNS.has(w.lower)) return null;
  }
  return null;
}

/**
 * Whether the reporting verb at `c` has the figure for its object ('Singler added six rebounds and …',
 * 'posted 14 points.'): nothing but a determiner between them, and after the figure no verb of a
 * reported clause ('said 24 people died'), only the clause's end, a conjunction or a preposition.
 */
function objectOfVerb(ws: Word[], c: number, i: number): boolean {
  for (let k = c + 1; k < i; k++) if (!/^(?:a|an|the|his|her|their|its|another|some)$/.test(ws[k].lower)) return false;
  let k = i;
  while (k < ws.length && ws[k].kind === 'word' && !FUNCTION_WORDS.has(ws[k].lower) && k < i + 4) k++;
  const next = ws[k];
  return !next || next.kind === 'punct' || OBJECT_FOLLOWERS.has(next.lower);
}

/** Words that may follow a verb's object, not start a reported clause's verb. */
const OBJECT_FOLLOWERS = new Set(['and', 'in', 'on', 'for', 'with', 'as', 'off', 'while', 'before', 'after', 'against', 'from', 'of', 'at', 'to', 'during', 'over', 'but']);

/** No reading in WordNet: a capitalised opener that is a name, not a common word ('Reyes', not 'Officials'). */
function unknownWord(word: string): boolean {
  return /^\p{L}{3,}$/u.test(word) && readingsOf(word).length === 0;
}

/** The last name a sentence mentions, for the pronouns of the next ones. */
function lastNameIn(ws: Word[], names: Set<string>): string | null {
  for (let k = ws.length - 1; k >= 1; k--) {
    if (isCapital(ws[k]) && !isCapital(ws[k + 1]) && isCapital(ws[k - 1])) return nameEndingAt(ws, k, names);
  }
  return null;
}

/** The part a split sum's each part is marked with. */
const SUM_PART = 'of:sum';

/** How many words after a figure its clause is read for a place or part. */
const CLAUSE_REACH = 20;
/** How many words after a figure a place is its own, before the rest of the clause is read. */
const NEAR_REACH = 8;

/**
 * A part or total of the counted whole in the figure's clause: 'across Asia',
 * 'in one province alone', 'In neighbouring Central Aceh district, 10 …', 'in Takengon'.
 */
function partOf(ws: Word[], i: number, after: number, total = false): { part: string | null; place: string | null } {
  const stop = (w: Word): boolean => w.kind === 'punct' && (CLAUSE_STOPS.has(w.text) || w.text === '.' || w.text === ',');
  const found: string[] = [];
  const places: string[] = [];
  const read = (k: number, placeOnly = false): void => {
    const w = ws[k];
    if (placeOnly) {
      // Only a place the clause names as a division ('in Bener Meriah district'): a bare name that far is most
      // often another phrase's ('formula made at its plant in Carver Mills').
      if (/^(?:in|at)$/.test(w.lower) && isCapital(ws[k + 1]) && !CALENDAR_NAMES.has(ws[k + 1].lower) && ws.slice(k + 2, k + 5).some((n) => PLACE_NOUNS.has(n.lower))) places.push(ws[k + 1].lower);
      // 'in the southern city of Khan Younis': the division's noun first, its name after 'of'.
      else if (PLACE_NOUNS.has(w.lower) && ws[k + 1]?.lower === 'of' && isCapital(ws[k + 2]) && /^(?:in|at)$/.test(ws.slice(Math.max(0, k - 3), k).find((n) => /^(?:in|at)$/.test(n.lower))?.lower ?? '')) places.push(ws[k + 2].lower);
      return;
    }
    if (PART.has(w.lower)) {
      found.push(w.lower);
      if (w.lower !== 'alone') for (let n = k + 1; n < Math.min(ws.length, k + 4) && !stop(ws[n]); n++) if (!FUNCTION_WORDS.has(ws[n].lower)) found.push(ws[n].lower);
    } else if ((w.lower === 'in' || w.lower === 'at') && ws[k + 1]) {
      let n = k + 1;
      while (n < ws.length && n < k + 4 && /^(?:the|a|an|one|its|their|this|that)$|ern$|ing$/.test(ws[n].lower)) n++;
      if (isCapital(ws[n]) && !CALENDAR_NAMES.has(ws[n].lower)) {
        places.push(ws[n].lower);
      } else if (PLACE_NOUNS.has(ws[n]?.lower ?? '')) found.push(ws[n].lower);
    }
  };
  // The nearest place after the figure is its own; with none near, the named place of the clause, to its end
  // ('Twelve people were killed and 70 others were injured by a landslide … in Bener Meriah district'). A part
  // word that far ('… drifted across the valley') is another phrase's.
  for (let k = after; k < Math.min(ws.length, after + CLAUSE_REACH) && !stop(ws[k]); k++) {
    if (k >= after + NEAR_REACH && (found.length || places.length)) break;
    read(k, k >= after + NEAR_REACH);
  }
  // An opening phrase of the sentence that ends in a comma sets where the clause's figures are.
  const comma = ws.findIndex((w) => w.text === ',');
  if (comma > 0 && comma < i && /^(?:in|across|throughout|elsewhere)$/.test(ws[0].lower)) for (let k = 0; k < comma; k++) read(k);
  // The whole a part is taken from is its own set: '41' in '38 of the 41 airports' is not what '38 airports' counts.
  if (total) found.push(TOTAL);
  const join = (list: string[]): string | null => (list.length ? [...new Set(list)].sort().join(' ') : null);
  return { part: join(found), place: join(places) };
}

/**
 * Whether the count at `i` is the whole of a partitive ('38 of the 41 airports', 'four of the
 * borough's 14 libraries', 'most of its 900 staff'): a number or quantifier, 'of', at most two
 * determiners or possessives, then the count. That whole is another set than the part it is
 * named with, and than a count of the part elsewhere.
 */
export function totalOfPartitive(ws: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && isDeterminerOrPossessive(ws[k])) k--;
  if (ws[k]?.lower !== 'of') return false;
  const before = ws[k - 1];
  return !!before && (before.kind === 'number' || before.lower === 'one' || NUMBER_WORD.test(before.lower) || PARTITIVE.has(before.lower));
}

/**
 * Whether the count at `i` is named whole by a universal quantifier: 'all four lifts', 'all of the 14
 * libraries', 'both of its two data centres', 'every one of the eight stations'. ('every 10 minutes' is a
 * rate, not a whole.)
 */
function wholeOfUniversal(ws: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && isDeterminerOrPossessive(ws[k])) k--;
  if (ws[k]?.lower === 'of') k--;
  // 'every one of the eight stations'
  if (ws[k]?.lower === 'one' && /^(?:every|each)$/.test(ws[k - 1]?.lower ?? '')) return true;
  return UNIVERSAL.has(ws[k]?.lower ?? '');
}

/** 'his first 17 passes', 'their last 10 games', '10 consecutive games', 'four straight wins'. */
function selectorOf(ws: Word[], i: number, after: number): string | null {
  for (let k = Math.max(0, i - 2); k < Math.min(after, ws.length); k++) {
    if (k < i && k !== i - 1) continue;
    if (SELECTORS.has(ws[k].lower)) return ws[k].lower;
  }
  for (let k = i + 1; k < after; k++) if (SELECTORS.has(ws[k].lower)) return ws[k].lower;
  return null;
}

/** 'from midnight to 7 a.m.', 'between 1990 and 1991', '1990 to 1991': either end of a range stated as two figures. */
function rangeEndAt(ws: Word[], i: number, after: number): boolean {
  const opener = ws[i - 1]?.lower ?? '';
  if (RANGE_OPENERS.has(opener) && RANGE_JOINERS.has(ws[after]?.lower ?? '') && ws[after + 1]) return true;
  if (RANGE_JOINERS.has(opener)) {
    for (let k = i - 2; k >= Math.max(0, i - 6); k--) if (RANGE_OPENERS.has(ws[k].lower)) return true;
  }
  return false;
}

/**
 * Whether the figure's clause sets it on another thing of a kind ('on another UN school', 'another
 * climber, … fell'): the word must stand before a noun, not be 'one another' nor 'another 20 people',
 * which adds to a count (and is a part of it: the count itself reads 'another' as its own qualifier).
 */
function anotherInstance(ws: Word[], i: number, after: number): boolean {
  const stop = (w: Word): boolean => w.kind === 'punct' && (CLAUSE_STOPS.has(w.text) || w.text === '.');
  for (let k = 0; k < ws.length; k++) {
    if (!OTHER_INSTANCE.has(ws[k].lower) || (k >= i && k < after)) continue;
    if (ws[k - 1]?.lower === 'one') continue;
    const next = ws[k + 1];
    if (!next || next.kind !== 'word' || /^\d/.test(next.text) || (k + 1 >= i && k + 1 < after)) continue;
    // Within the figure's sentence, not across a clause stop from it.
    const [from, to] = k < i ? [k, i] : [after, k];
    if (ws.slice(from, to).some(stop)) continue;
    return true;
  }
  return false;
}

/**
 * 'at the 14-yard line', 'from the 200-metre mark': a measure made an adjective of a noun that a
 * preposition of place takes with 'the' names a point on a scale the reader knows, not a length of
 * the story's; two such points are two places, not one quantity told twice.
 */
function markAt(ws: Word[], i: number, f: Figure): boolean {
  if (!/\d[\p{L}.]*[-‐]\p{L}/u.test(f.text)) return false;
  // A name may say whose side of the field it is ('at the Indy 14-yard line').
  let k = i - 1;
  while (k > i - 3 && isCapital(ws[k])) k--;
  return ws[k]?.lower === 'the' && MARK_PREPOSITIONS.has(ws[k - 1]?.lower ?? '');
}
