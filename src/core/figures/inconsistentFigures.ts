import { articleName, type Finding, type FigureMention, type RelatedPassage } from '../findings';
import { lowerBound } from '../text/lowerBound';
import { BoundedCache } from '../boundedCache';
import { groupKey } from '../corpus/groupKey';
import { RULE_INFO } from '../rules/catalog';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import { compareFigures } from './compareFigures';
import type { Figure } from './figure';
import { displayFigure } from './figureDisplay';
import { matchStrength, partOfOther, type MatchStrength } from './figureMatch';
import { sameStory } from './sameStory';
import { agedBetween, articleDate, type ArticleDate } from './articleDate';
import { actMatch } from './actMatch';
import { ageOwnerOf, heldByMember, storyOf } from './storyOwners';
import { memberOf } from '../story/story';
import { countedKind, sameKind } from './countedKind';
import { compareAsOne, eventIndexKeys, measureQuantity, sameEventElsewhere } from './eventMeasureMatch';

/**
 * `inconsistent-figure`: two mentions of the same quantity that disagree, in
 * the same article or across loaded articles that tell the same story. Only
 * figures with the same key are compared, never two of one sentence, and the finding is reported at
 * every disagreeing mention, each related to the others.
 */

const INDEX_PREFIX = 'figure:';
/** The key of a day tied to an event noun or verb ('when:event:fire'), or to the date it names ('dayname:3:11'). */
const EVENT_KEY = /^(?:[a-z]+:event:|dayname:)/;

/** The article's figures grouped by key (cached per analysis, which is per article version). */
const byKeyCache = new WeakMap<ArticleAnalysis, Map<string, Figure[]>>();

function figuresByKey(analysis: ArticleAnalysis): Map<string, Figure[]> {
  let map = byKeyCache.get(analysis);
  if (!map) {
    map = new Map();
    for (const f of analysis.figures) {
      if (!f.key) continue;
      let list = map.get(f.key);
      if (!list) map.set(f.key, (list = []));
      list.push(f);
    }
    byKeyCache.set(analysis, map);
  }
  return map;
}

/** Every article that states an age is a candidate for another's: whose age it is, only the story can say. */
const AGE_INDEX = 'figure-age';

export function figureIndexKeys(analysis: ArticleAnalysis): string[] {
  const keys = [...figuresByKey(analysis).keys()].map((k) => INDEX_PREFIX + k);
  if (analysis.figures.some((f) => f.kind === 'age')) keys.push(AGE_INDEX);
  for (const kind of figuresByKind(analysis).keys()) keys.push(KIND_PREFIX + kind);
  keys.push(...eventIndexKeys(analysis));
  return keys;
}

/**
 * Figures indexed by what they measure in WordNet's terms rather than by their exact key: a count
 * by the senses of what it counts (see countedKind). (Dates keyed by their verb's meaning, with the
 * subject only compatible, were tried: they raised false alarms between two occasions of one story.)
 */
const KIND_PREFIX = 'figure-kind:';
const byKindCache = new WeakMap<ArticleAnalysis, Map<string, Figure[]>>();

interface Kin {
  keys: string[];
  /** Whether another figure, found under one of `keys`, measures the same thing. */
  matches(other: Figure): boolean;
}

function kinOf(figure: Figure): Kin | null {
  if (!figure.key) return null;
  if (figure.kind === 'count') {
    const kind = countedKind(figure.key);
    if (!kind) return null;
    return {
      keys: [kind.own, ...kind.above],
      matches: (other) => {
        const theirs = other.kind === 'count' && other.key ? countedKind(other.key) : null;
        return !!theirs && sameKind(kind, theirs);
      },
    };
  }
  return null;
}

function figuresByKind(analysis: ArticleAnalysis): Map<string, Figure[]> {
  let map = byKindCache.get(analysis);
  if (!map) {
    map = new Map();
    for (const f of analysis.figures) {
      for (const k of kinOf(f)?.keys ?? []) {
        let list = map.get(k);
        if (!list) map.set(k, (list = []));
        list.push(f);
      }
    }
    byKindCache.set(analysis, map);
  }
  return map;
}

/**
 * Other articles' mentions of the same quantity under other words ('300 visitors' / '500 guests').
 * Never within one article (two nouns there most often name two things), and only 'likely':
 * related words say less surely than the same words that the two measure one thing.
 */
function sameKindElsewhere(context: CheckContext, figure: Figure): Located[] {
  const kin = kinOf(figure);
  if (!kin) return [];
  const group = context.others(kin.keys.map((k) => KIND_PREFIX + k)).filter((other) => other !== context.self && sameStory(context.self.article, other.article));
  const year = storyYear([context.self, ...group]);
  const found: Located[] = [];
  for (const analysis of group) {
    const seen = new Set<Figure>();
    for (const k of kin.keys) {
      for (const other of figuresByKind(analysis).get(k) ?? []) {
        if (seen.has(other) || other.key === figure.key) continue;
        seen.add(other);
        if (!kin.matches(other)) continue;
        // Under two nouns, counts an order of magnitude apart are two groups ('10,000 websites' / '2 million computers').
        if (figure.kind === 'count' && apart(figure, other)) continue;
        if (matchStrength(figure, setIn(other, figure, analysis, context.self), false, year) === 'weak') continue;
        found.push({ analysis, figure: other, strength: 'likely', kin: true });
      }
    }
  }
  return found;
}

/**
 * `other` as compared with `figure` when only one of the two names a place and the article
 * without it names that place too: there the place is where the story is set ('a team of four
 * inspectors arrived in Oban' / 'sent three inspectors', in an article datelined Oban), not
 * what tells the two counts apart.
 */
function setIn(other: Figure, figure: Figure, otherAnalysis: ArticleAnalysis, self: ArticleAnalysis): Figure {
  const here = figure.attachment?.place ?? null;
  const there = other.attachment?.place ?? null;
  if (!other.attachment || (here === null) === (there === null)) return other;
  const place = (here ?? there)!;
  // A smaller count in the place may be its part ('twelve killed in Bener Meriah' / 'at least 24 killed'), wherever the story is set.
  if (figure.kind === 'count' && figure.attachment && (here === null ? partOfOther(other, other.attachment, figure, figure.attachment!) : partOfOther(figure, figure.attachment!, other, other.attachment))) return other;
  const without = here === null ? self : otherAnalysis;
  return namesPlace(without, place) ? { ...other, attachment: { ...other.attachment, place: here } } : other;
}

/** Whether an article names every word of a place, capitalised as a name. */
function namesPlace(analysis: ArticleAnalysis, place: string): boolean {
  return place.split(' ').every((word) => {
    const name = word.charAt(0).toUpperCase() + word.slice(1);
    return new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(analysis.article.prose);
  });
}

/** More than ten times apart, or not both known. */
function apart(a: Figure, b: Figure): boolean {
  if (a.low === null || a.high === null || b.low === null || b.high === null) return true;
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return high <= 0 || low / high > 10;
}


interface Located {
  analysis: ArticleAnalysis;
  figure: Figure;
  /** How surely it measures the same thing, when the story model (not the key) matched it. */
  strength?: MatchStrength;
  /** Counted under another noun of the same kind (see countedKind): compared as though keyed alike. */
  kin?: boolean;
  /** A measure of the same event under no common key (see eventMeasureMatch): compared as though keyed alike. */
  event?: boolean;
}

/**
 * How many mentions of one quantity on each side of a figure its own article
 * compares it with. A news article names one quantity a handful of times; a
 * file that names it thousands of times (an archive pasted into one file) is
 * compared with its neighbours only, so that its check grows with its length
 * and not with the square of it.
 */
export const NEIGHBOURS_IN_ARTICLE = 24;

/** At most this many disagreeing mentions are listed in one finding (the nearest); its message counts the rest. */
export const MAX_LISTED_CONFLICTS = 12;

/** Every other mention of the same quantity in the loaded articles, this article first. */
function sameQuantity(context: CheckContext, figure: Figure): Located[] {
  if (figure.kind === 'age') {
    const byStory = sameAge(context, figure);
    if (byStory) return byStory.found;
  }
  const byEvent: Located[] = sameEventElsewhere(context, figure, storyYear).map((m) => ({ ...m, event: true }));
  if (!figure.key) return byEvent;
  const found: Located[] = [];
  const candidates = context.others([INDEX_PREFIX + figure.key]).filter((other) => sameStory(context.self.article, other.article));
  const year = storyYear([context.self, ...candidates]);
  const group = [context.self, ...candidates];
  const perPerson = figure.kind === 'count' && heldByPeople(group, figure.key);
  for (const analysis of group) {
    let sameKey = figuresByKey(analysis).get(figure.key) ?? [];
    if (analysis === context.self) sameKey = neighbours(sameKey, figure);
    for (const other of sameKey) {
      if (analysis === context.self && !comparableInArticle(analysis, figure, other)) continue;
      if (analysis !== context.self && copiedSentence(context.self, figure, analysis, other)) continue;
      // A count the story gives to people one by one ('Singler added six rebounds') is nobody's when no one holds it.
      if (perPerson && other !== figure && (!figure.attachment?.holder || !other.attachment?.holder)) continue;
      const act = figure.act && other.act ? actMatch(figure.act, other.act) : 'same';
      // Two durations time one act only when WordNet ties their acts; a count's act tells only how surely
      // two counts of one key are one ('sickened 214 passengers' / 'left 241 passengers ill' still are).
      if (!act && figure.kind !== 'count') continue;
      // Two holders are one when the story makes them one member under two of its names, two when two members.
      const [mine, theirs] = figure.attachment?.holder && other.attachment?.holder && other !== figure ? [heldByMember(storyOf(group), figure), heldByMember(storyOf(group), other)] : [figure, other];
      const strength = other === figure ? 'sure' : matchStrength(mine, analysis === context.self ? theirs : setIn(theirs, mine, analysis, context.self), analysis === context.self, year);
      if (strength === 'weak') continue;
      // Two words WordNet relates ('negotiate' / 'talks') name one act less surely than one word does.
      found.push(act === 'related' ? { analysis, figure: other, strength: 'likely' } : { analysis, figure: other });
    }
  }
  return [...found, ...sameKindElsewhere(context, figure), ...byEvent];
}

/**
 * The other ages of the person the story says this age is of: 'Anna Berg, 38,'
 * and 'the 41-year-old nurse' when the story has one nurse, Berg. Sure when
 * both articles tie the age to the name, likely when one does so only through
 * a role. Undefined when the story gives the age no owner (the key decides then).
 */
function sameAge(context: CheckContext, figure: Figure): { found: Located[]; name: string } | undefined {
  const group = [context.self, ...context.others([AGE_INDEX]).filter((other) => sameStory(context.self.article, other.article))];
  const story = storyOf(group);
  const owner = ageOwnerOf(story, context.self.article.id, figure);
  if (!owner) return undefined;
  const found: Located[] = [];
  // 'then-15-year-old Timmons' is his age at the time of the shooting, not another report of his age now.
  if (figure.attachment?.occasion) return { found: [], name: owner.name };
  for (const [analysis, ages] of agesOf(story, group).get(owner.id) ?? []) {
    // As with a key's mentions: an archive that gives one person's age thousands of times compares each with its neighbours.
    const near = analysis === context.self ? neighbours(ages, figure) : ages;
    for (const { figure: other, link } of near) {
      if (other === figure || (analysis === context.self && other.sentence === figure.sentence) || other.attachment?.occasion) continue;
      found.push({ analysis, figure: other, strength: owner.link === 'sure' && link === 'sure' ? 'sure' : 'likely' });
    }
  }
  return { found, name: owner.name };
}

function ageQuantity(context: CheckContext, figure: Figure): string | null {
  const owner = sameAge(context, figure);
  return owner ? `age of ${owner.name}` : figure.quantity;
}

/** An age the story ties to a member, and how surely. */
interface OwnedAge {
  figure: Figure;
  start: number;
  link: 'sure' | 'likely';
}

const agesCache = new WeakMap<object, Map<string, Map<ArticleAnalysis, OwnedAge[]>>>();

/** Every age of the group by the member it is of, then by article in text order, once per story: an archive of a file may hold thousands. */
function agesOf(story: ReturnType<typeof storyOf>, group: ArticleAnalysis[]): Map<string, Map<ArticleAnalysis, OwnedAge[]>> {
  let map = agesCache.get(story);
  if (!map) {
    map = new Map();
    for (const analysis of group) {
      for (const figure of analysis.figures) {
        if (figure.kind !== 'age') continue;
        const owner = ageOwnerOf(story, analysis.article.id, figure);
        if (!owner) continue;
        let byArticle = map.get(owner.id);
        if (!byArticle) map.set(owner.id, (byArticle = new Map()));
        let list = byArticle.get(analysis);
        if (!list) byArticle.set(analysis, (list = []));
        list.push({ figure, start: figure.start, link: owner.link });
      }
    }
    agesCache.set(story, map);
  }
  return map;
}

/** Two ages the story gives one person, compared as one quantity whatever their keys. */
function compareAges(a: Figure, b: Figure): ReturnType<typeof compareFigures> {
  const key = a.key ?? b.key ?? 'age';
  return compareFigures({ ...a, key, owner: null }, { ...b, key, owner: null });
}

/**
 * Whether the story's articles give this count to two people of their cast
 * ('Singler added six rebounds', 'Hansbrough had nine rebounds'): then it is
 * counted per person, and a mention that names no one cannot be matched.
 */
function heldByPeople(group: ArticleAnalysis[], key: string): boolean {
  // Asked for every figure of the key: an archive's frequent key has thousands, each of which walked all the others.
  const asked = `${groupKey(group)}|${key}`;
  let found = heldByPeopleCache.get(asked);
  if (found === undefined) heldByPeopleCache.set(asked, (found = heldByPeopleOf(group, key)));
  return found;
}

const heldByPeopleCache = new BoundedCache<string, boolean>(2000);

function heldByPeopleOf(group: ArticleAnalysis[], key: string): boolean {
  const held = group.flatMap((analysis) => (figuresByKey(analysis).get(key) ?? []).map((f) => f.attachment?.holder).filter((h): h is string => !!h && !h.includes(':')));
  if (new Set(held).size < 2) return false;
  // Two people of the cast hold it: one holder may be the story's one subject ('Baldock threw out three cans').
  const story = storyOf(group);
  const people = new Set(held.map((holder) => memberOf(story, holder)).filter((m) => m?.kind === 'person'));
  return people.size >= 2;
}

/**
 * Two figures of one sentence that two articles both print (wire copy): 'split off in July after a
 * January referendum' in both is two slots of one sentence, never one quantity told two ways.
 */
function copiedSentence(a: ArticleAnalysis, fa: Figure, b: ArticleAnalysis, fb: Figure): boolean {
  const sa = a.article.sentences[fa.sentence];
  const sb = b.article.sentences[fb.sentence];
  if (!sa || !sb || sa.text !== sb.text) return false;
  return fa.start - sa.start !== fb.start - sb.start;
}

/** The same-key figures within NEIGHBOURS_IN_ARTICLE places of `figure` in its article (all of them in any news article). */
function neighbours<T extends { start: number }>(sameKey: T[], figure: Figure): T[] {
  if (sameKey.length <= 2 * NEIGHBOURS_IN_ARTICLE + 1) return sameKey;
  const lo = lowerBound(sameKey.length, (k) => sameKey[k].start < figure.start);
  return sameKey.slice(Math.max(0, lo - NEIGHBOURS_IN_ARTICLE), lo + NEIGHBOURS_IN_ARTICLE + 1);
}

/** The conflicts a finding lists: all of them, or the nearest (other articles' first, then this one's by distance) in their order. */
function listed(self: ArticleAnalysis, figure: Figure, conflicts: Located[]): Located[] {
  if (conflicts.length <= MAX_LISTED_CONFLICTS) return conflicts;
  const distance = ({ analysis, figure: other }: Located) => (analysis === self ? 1 + Math.abs(other.start - figure.start) : 0);
  const kept = new Set([...conflicts].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_LISTED_CONFLICTS));
  return conflicts.filter((c) => kept.has(c));
}

const latestYearCache = new WeakMap<ArticleAnalysis, number | undefined>();

/** The latest year any of the articles names: the story's present. */
function storyYear(analyses: ArticleAnalysis[]): number | undefined {
  let latest: number | undefined;
  for (const analysis of analyses) {
    if (!latestYearCache.has(analysis)) {
      const years = analysis.figures.map((f) => f.when?.year).filter((y): y is number => y !== undefined);
      latestYearCache.set(analysis, years.length ? Math.max(...years) : undefined);
    }
    const year = latestYearCache.get(analysis);
    if (year !== undefined && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/**
 * Two mentions in one article are compared only when both keys are sure, they
 * are in different sentences, and those sentences do not date different
 * occasions ('12 arrested on Saturday … three arrested on Sunday').
 */
function comparableInArticle(analysis: ArticleAnalysis, a: Figure, b: Figure): boolean {
  if (a.sentence === b.sentence) return false;
  // Two weekdays of one article are most often two days of a many-day story ('the stage on
  // Thursday … the talks on Friday'): only an event the story names ('the crash', 'the fire') ties them.
  if (a.kind === 'weekday' || b.kind === 'weekday') return a.confidence === 'sure' && b.confidence === 'sure' && EVENT_KEY.test(a.key ?? '');
  if (a.kind === 'date' || a.kind === 'time' || a.kind === 'year') return a.confidence === 'sure' && b.confidence === 'sure';
  if (a.confidence !== 'sure' || b.confidence !== 'sure') return false;
  const da = occasionsOf(analysis, a.sentence);
  const db = occasionsOf(analysis, b.sentence);
  return !(da.size && db.size && ![...da].some((d) => db.has(d)));
}

const occasionCache = new WeakMap<ArticleAnalysis, Map<number, Set<string>>>();

/** The weekdays, months and years a sentence names. */
function occasionsOf(analysis: ArticleAnalysis, sentence: number): Set<string> {
  let map = occasionCache.get(analysis);
  if (!map) {
    map = new Map();
    for (const f of analysis.figures) {
      let set = map.get(f.sentence);
      if (!set) map.set(f.sentence, (set = new Set()));
      if (f.when?.weekday !== undefined) set.add(`d${f.when.weekday}`);
      else if (f.when?.month !== undefined) set.add(`m${f.when.month}`);
      else if (f.when?.year !== undefined) set.add(`y${f.when.year}`);
    }
    occasionCache.set(analysis, map);
  }
  return map.get(sentence) ?? new Set();
}

function where(context: CheckContext, analysis: ArticleAnalysis): string {
  return analysis === context.self ? 'elsewhere in this article' : `in ${articleName(analysis.article.id)}`;
}

function mention(analysis: ArticleAnalysis, figure: Figure, inUnitOf: Figure): FigureMention {
  return { articleId: analysis.article.id, start: figure.start, end: figure.end, text: figure.text, display: displayFigure(figure, inUnitOf) };
}

/**
 * Every mention of the same quantity across the loaded articles, agreeing or
 * not, normalised to `figure`'s unit: what a hover shows beside a figure.
 */
export function figureMentions(context: CheckContext, figure: Figure): FigureMention[] {
  return sameQuantity(context, figure).map(({ analysis, figure: other }) => mention(analysis, other, figure));
}

export function inconsistentFigures(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const self = context.self;
  for (const figure of self.figures) {
    if ((!figure.key && figure.kind !== 'age' && !figure.measures) || figure.negated || figure.series) continue;
    const disagreeing = sameQuantity(context, figure).filter(({ analysis, figure: other, strength, kin, event }) =>
      (strength && figure.kind === 'age' ? compareAges(figure, other) : event ? compareAsOne(figure, other) : compareFigures(figure, kin ? { ...other, key: figure.key } : other)) === 'disagree' &&
      !other.series && !agedApart(self, figure, analysis, other));
    if (!disagreeing.length) continue;
    const sure = disagreeing.every(({ analysis, figure: other, strength }) => strength !== 'likely' && (strength ?? matchStrength(figure, other, analysis === self, undefined)) === 'sure');
    const conflicts = listed(self, figure, disagreeing);
    const byEventOnly = disagreeing.every((d) => d.event) && figure.measures;
    const quantity = (figure.kind === 'age' && !figure.owner ? ageQuantity(context, figure) : byEventOnly ? measureQuantity(figure.measures!) : figure.quantity) ?? 'the same quantity';
    const here = displayFigure(figure);
    const there = conflicts.map(({ analysis, figure: other }) => `${displayFigure(other, figure)} ${where(context, analysis)}`);
    const unlisted = disagreeing.length - conflicts.length;
    if (unlisted > 0) there.push(`${unlisted} more ${unlisted === 1 ? 'mention' : 'mentions'} that disagree`);
    const related: RelatedPassage[] = conflicts.map(({ analysis, figure: other }) => ({
      articleId: analysis.article.id,
      start: other.start,
      end: other.end,
      message: `${capitalize(quantity)}: ${displayFigure(other)} here, ${here} in ${articleName(self.article.id)}.`,
    }));
    findings.push({
      rule: 'inconsistent-figure',
      severity: sure ? RULE_INFO['inconsistent-figure'].defaultSeverity : 'information',
      articleId: self.article.id,
      start: figure.start,
      end: figure.end,
      message: `${capitalize(quantity)}: ${here} here; ${there.join('; ')}.`,
      related,
      evidence: {
        kind: 'figure',
        quantity,
        here: mention(self, figure, figure),
        others: conflicts.map(({ analysis, figure: other }) => mention(analysis, other, figure)),
      },
    });
  }
  return findings;
}

const datesCache = new WeakMap<ArticleAnalysis, ArticleDate | undefined>();

function dateOf(analysis: ArticleAnalysis): ArticleDate | undefined {
  if (!datesCache.has(analysis)) datesCache.set(analysis, articleDate(analysis.figures));
  return datesCache.get(analysis);
}

/** Two ages of one person in two articles whose datelines are far enough apart for the birthdays between (see articleDate). */
function agedApart(self: ArticleAnalysis, figure: Figure, analysis: ArticleAnalysis, other: Figure): boolean {
  if (figure.kind !== 'age' || other.kind !== 'age' || analysis === self || figure.value === null || other.value === null) return false;
  return agedBetween(figure.value, dateOf(self), other.value, dateOf(analysis));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
