import { EXTENT_NOUNS, headOf, nounPhraseAt } from './nounPhrase';
import { FUNCTION_WORDS, looksLikeVerb, singular, type Word } from './words';
import type { QuantityKey } from './figure';
import { NONE, nounBefore, RESTRICTING, windowAfter } from './quantityContext';
import compass from '../lexicon/compass.json';

const MOVING = /^(?:travell?ing|moving|going|running|driving|doing|speeding|flying|sailing)$/;

/** A crash named in the few words from `k`: 'it derailed', 'the bus hit the wall', 'the first car left the rails'. */
function crashAfter(ws: Word[], k: number): boolean {
  for (let n = k; n < Math.min(ws.length, k + 6); n++) {
    const l = ws[n].lower;
    if (ws[n].kind === 'punct') return false;
    if (/^(?:derailed|crashed|collided|overturned|hit|struck|ploughed|plowed|smashed)$/.test(l)) return true;
    if (/^(?:left|jumped)$/.test(l) && /^(?:the)$/.test(ws[n + 1]?.lower ?? '') && /^(?:rails?|tracks?|road)$/.test(ws[n + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** Common nouns for one kind of place, as a story alternates them: a river is its stream. */
const PLACE_SYNONYMS: Record<string, string> = {};
for (const group of ['river stream brook creek waterway', 'coast coastline shoreline', 'road carriageway']) {
  const words = group.split(' ');
  for (const w of words) PLACE_SYNONYMS[w] = words[0];
}

/** Mass nouns for a substance whose depth a story may give both as what covers something and as what fell or rose. */
const SUBSTANCE_NOUNS = new Set(['snow', 'snowfall', 'rain', 'rainfall', 'water', 'floodwater', 'mud', 'ice', 'ash', 'debris', 'silt', 'sand', 'rubble', 'hail', 'sleet', 'lava', 'sludge', 'slurry', 'oil']);

const FALL_VERBS = /^(?:fell|fallen|falling|falls|fall|dumped|dropped|accumulated|settled|came|poured|rose|risen)$/;

/**
 * ':under' for a depth lying over something ('buried under 2 metres of snow'), ':fell' for an amount
 * that fell or is new ('40 cm of fresh snow fell'), '' otherwise: a depth with no such word is not
 * compared with one that has it.
 */
function substanceRole(ws: Word[], first: number, phrase: { next: number }): string {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (/^(?:under|beneath|below|underneath)$/.test(l(first)) || /^(?:under|beneath|below|underneath)$/.test(l(first - 1))) return ':under';
  for (let n = first; n < phrase.next; n++) if (l(n) === 'fresh' || l(n) === 'new') return ':fell';
  for (let n = phrase.next; n < Math.min(ws.length, phrase.next + 4); n++) {
    if (ws[n].kind === 'punct') break;
    if (FALL_VERBS.test(l(n))) return ':fell';
  }
  return '';
}

/** Nouns a story alternates for one measured thing. */
const MEASURE_SYNONYMS: Record<string, string> = { detour: 'diversion' };

const COMPASS: ReadonlySet<string> = new Set(Object.keys(compass));

/**
 * The key of a measure: '80 kilometres of the valley floor' and 'a 30-mile stretch of the valley'
 * (of: valley), 'within 5 km of the dam' (within: dam), '20 miles from Plymouth' and '150 km southwest
 * of Moscow' (from: the place), 'seen from 30 km away' (away), '120 mm of rain in 24 hours' (of: rain, per 24h).
 */
export function measureKey(ws: Word[], first: number, next: number, dimension: string, adjective: boolean): QuantityKey {
  const make = (anchor: string, quantity: string, after = next): QuantityKey => ({
    key: ['measure', dimension, anchor, windowAfter(ws, after) ?? windowAfter(ws, next) ?? ''].join(':'),
    quantity,
    owner: null,
    confidence: 'sure',
  });
  const l = (n: number): string => ws[n]?.lower ?? '';
  // 'travelling at 41 mph when it derailed', 'moving at 47 mph when the first car left the rails':
  // the speed at the moment of the crash, however worded; a speed at no named moment has no key.
  if (dimension === 'speed' && l(first - 1) === 'at' && MOVING.test(l(first - 2)) && l(next) === 'when' && crashAfter(ws, next + 1)) {
    return { key: 'measure:speed:at:crash', quantity: 'speed at the time of the crash', owner: null, confidence: 'sure' };
  }
  if (dimension === 'area' && !adjective) {
    const burned = burnedArea(ws, first);
    if (burned) return burned;
  }
  let k = next;
  // 'a 30-mile stretch of the valley', and unhyphenated, 'a 5km stretch of the river'
  if (adjective || (EXTENT_NOUNS.has(singular(l(k))) && l(k + 1) === 'of')) {
    const phrase = nounPhraseAt(ws, k, 2, false);
    if (!phrase) return NONE;
    const head = singular(phrase.words[phrase.words.length - 1]);
    // 'a half-mile radius' and 'a 1-mile radius of the wreck': one story's radius is its cordon, around whatever.
    // Unsure, like the next: only other articles' mentions are compared.
    if (head === 'radius') return { ...make('radius', 'radius'), confidence: 'unsure' };
    // 'a 25-kilometre detour' is 'a diversion of 16 miles': the measure is of the head noun.
    if (!EXTENT_NOUNS.has(head) && adjective && phrase.words.length === 1 && !FUNCTION_WORDS.has(head) && !looksLikeVerb(head)) {
      return { ...make(`is:${MEASURE_SYNONYMS[head] ?? head}`, `${dimension} of the ${head}`), confidence: 'unsure' };
    }
    if (!(EXTENT_NOUNS.has(head) && l(phrase.next) === 'of')) return NONE;
    k = phrase.next;
  }
  if (l(first - 1) === 'within' && l(k) === 'of') {
    const phrase = nounPhraseAt(ws, k + 1, 4);
    if (phrase) return make(`within:${headOf(phrase)}`, `${dimension} within which, around the ${headOf(phrase)}`);
  }
  if (l(k) === 'away' || (l(k) === 'off' && l(first - 1) !== 'of')) return make('away', `${dimension} away`);
  if (l(k) === 'from' || (COMPASS.has(l(k)) && l(k + 1) === 'of')) {
    const phrase = nounPhraseAt(ws, l(k) === 'from' ? k + 1 : k + 2, 4);
    if (phrase) return make(`from:${headOf(phrase)}`, `${dimension} from ${headOf(phrase)}`);
  }
  if (l(k) === 'of') {
    // 'a three-mile stretch of one of the county's trout streams': the stretch is of the stream.
    let m = k + 1;
    if (l(m) === 'one' && l(m + 1) === 'of') m += 2;
    const phrase = nounPhraseAt(ws, m, 4);
    if (phrase) {
      const head = headOf(phrase);
      const anchor = PLACE_SYNONYMS[head] ?? head;
      // '2 metres of snow' buried them, '40 cm of fresh snow' fell: a substance's depth is keyed by what it did.
      const role = SUBSTANCE_NOUNS.has(head) ? substanceRole(ws, first, phrase) : '';
      return make(`of:${anchor}${role}`, `${dimension} of ${head}${role ? (role === ':under' ? ' burying it' : ' fallen') : ''}`, phrase.next);
    }
  }
  // 'winds of 100 km/h', 'a depth of 3 metres'
  if (l(first - 1) === 'of') {
    if (l(first - 2) === 'radius') return { ...make('radius', 'radius'), confidence: 'unsure' };
    const noun = nounBefore(ws, first - 1);
    if (noun) return make(`is:${MEASURE_SYNONYMS[noun] ?? noun}`, noun);
  }
  return NONE;
}

/** Verbs a fire's spread is told with: 'has burned 4,300 acres', 'scorched 1,200 hectares'. */
const BURN_VERBS = /^(?:burned|burnt|burning|scorched|charred|blackened|consumed)$/;

/**
 * 'had burned 3,400 acres' and 'has now burned more than 4,300 acres west of the town': the area
 * a fire has burned, however placed. Not a past fire's ('the 2018 fire, which burned 20,000
 * acres', 'last year's blaze burned …'): a relative clause or a year or 'last/previous' in the
 * sentence dates another fire. Unsure, so only other articles are compared (a fire grows
 * within one story's telling).
 */
function burnedArea(ws: Word[], first: number): QuantityKey | undefined {
  let v = first - 1;
  if (ws[v]?.lower === 'now' || ws[v]?.lower === 'already') v--;
  if (!BURN_VERBS.test(ws[v]?.lower ?? '')) return undefined;
  let s = v - 1;
  while (/^(?:had|has|have|now|already|since)$/.test(ws[s]?.lower ?? '')) s--;
  // 'the 2018 fire, which burned …': the relative's subject is another fire ('the fire that broke out
  // … had burned' is a relative clause that has closed before the verb).
  if (RESTRICTING.test(ws[s]?.lower ?? '')) return undefined;
  if (ws.some((w) => /^(?:18|19|20)\d\d$/.test(w.text) || /^(?:last|previous|prior|earlier)$/.test(w.lower))) return undefined;
  return { key: 'measure:area:burned', quantity: 'area burned', owner: null, confidence: 'unsure' };
}
