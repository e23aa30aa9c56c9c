import type { ArticleAnalysis } from '../corpus/analysis';
import type { Claim } from './claim';
import { meaningIndex, meaningOf, type MeaningWord } from './meaningIndex';
import { BoundedCache } from '../boundedCache';
import { groupKey } from '../corpus/groupKey';

/**
 * How surely two aligned claims are about one fact: the rarity-weighted share
 * of their content whose meaning they share. Rarity is counted across the
 * loaded articles of the story: a concept in every other sentence ('fire',
 * the town's name) says little about two clauses being about one fact; a rare
 * one ('crampons', 'sprinklers') says a lot. A match through a shared meaning
 * rather than the same concept ('talks' / 'negotiated') counts a little less,
 * and no more than the rarity of the meaning they share, so that a common
 * verb's many senses meeting by chance weigh little.
 */

/** What a match through a shared WordNet meaning is worth against one on the same concept. */
const RELATED = 0.8;

/** How many claims of a group of articles hold each key, counted when first asked. */
class KeyCounts {
  readonly claims: number;
  private readonly counts = new Map<string, number>();

  constructor(private readonly group: readonly ArticleAnalysis[]) {
    this.claims = group.reduce((n, a) => n + a.claims.length, 0);
  }

  of(key: string): number {
    let df = this.counts.get(key);
    if (df === undefined) {
      df = 0;
      for (const a of this.group) df += meaningIndex(a).get(key)?.length ?? 0;
      this.counts.set(key, df);
    }
    return df;
  }
}

/**
 * The counts of the other articles of a story, by group: the article under
 * check changes with every edit, its story's other articles seldom, so after
 * an edit only the edited article's own claims are counted again.
 */
const othersCounts = new BoundedCache<string, KeyCounts>(4);

/** Inverse claim frequency of the keys across a story's articles (the article under check first). */
export class StoryRarity {
  private readonly claims: number;
  private readonly cache = new Map<string, number>();
  private readonly self: ArticleAnalysis;
  private readonly others: KeyCounts;

  constructor(group: readonly ArticleAnalysis[]) {
    [this.self] = group;
    const rest = group.slice(1);
    const key = groupKey(rest);
    let others = othersCounts.get(key);
    if (!others) othersCounts.set(key, (others = new KeyCounts(rest)));
    this.others = others;
    this.claims = this.self.claims.length + others.claims;
  }

  of(key: string): number {
    let w = this.cache.get(key);
    if (w === undefined) {
      const df = (meaningIndex(this.self).get(key)?.length ?? 0) + this.others.of(key);
      this.cache.set(key, (w = Math.max(0, Math.log((this.claims + 1) / (df + 0.5)))));
    }
    return w;
  }

  /** The rarity of a word: that of its own concept. */
  ofWord(word: MeaningWord): number {
    return this.of(`c:${word.concept}`);
  }
}

/** What one word of a claim finds in the other: its best match's weight. */
function bestMatch(word: MeaningWord, others: readonly MeaningWord[], rarity: StoryRarity): number {
  const own = rarity.ofWord(word);
  let best = 0;
  for (const o of others) {
    const ceiling = Math.min(own, rarity.ofWord(o));
    if (o.concept === word.concept) return ceiling;
    for (const k of word.keys) {
      if (!o.keys.has(k)) continue;
      best = Math.max(best, RELATED * Math.min(ceiling, rarity.of(k)));
    }
  }
  return best;
}

/**
 * The alignment score of two claims, 0 to 1: the rarity-weighted share of the
 * smaller claim's content matched in the other. 1 when one claim's content is
 * all in the other.
 */
export function alignmentScore(a: Claim, self: ArticleAnalysis, b: Claim, other: ArticleAnalysis, rarity: StoryRarity): number {
  const wa = meaningOf(self, a).words;
  const wb = meaningOf(other, b).words;
  const side = (mine: readonly MeaningWord[], theirs: readonly MeaningWord[]) => {
    let matched = 0, total = 0;
    for (const w of mine) {
      total += rarity.ofWord(w);
      matched += bestMatch(w, theirs, rarity);
    }
    return total > 0 ? matched / total : 0;
  };
  return Math.min(1, Math.max(side(wa, wb), side(wb, wa)));
}
