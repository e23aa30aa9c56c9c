import type { ArticleAnalysis } from '../corpus/analysis';
import type { Claim } from './claim';
import { alignedClaims, sideOf } from './alignment';
import { meaningOf } from './meaningIndex';
import type { ClaimSide, Conflict } from './conflict';
import { conflictBetween } from '../rules/contradictionRules';
import { claimReading } from './reading';

/** A conflict of a claim of the article under check with a claim of another article. */
export interface Clash {
  other: ArticleAnalysis;
  claim: Claim;
  conflict: Conflict;
}

interface PairClashes {
  /** In claim order, before the conflicts the article under check shows within itself are set aside (they depend on all of it). */
  found: Array<[Claim, Clash]>;
  /** Claims whose comparison read their whole article (`wholeProse`): no later version reuses it. */
  wholeArticle: ReadonlySet<Claim>;
  /** `found` by claim, built when a later version reuses it. */
  byClaim?: Map<Claim, Clash[]>;
  /** `found` without the article's own disputes: what `clashesBetween` answers. */
  kept?: Array<[Claim, Clash]>;
}

const NONE: ReadonlySet<Claim> = new Set();

/**
 * The clashes of a pair of article versions, cached per pair of analyses
 * (each is per version of its text): after an edit only the pairs with the
 * edited article are compared again, not those of every article that depends
 * on it.
 */
const pairCache = new WeakMap<ArticleAnalysis, WeakMap<ArticleAnalysis, PairClashes>>();

/**
 * The clashes of `self`'s claims with `other`'s, in claim order. A function of
 * the two article versions alone; what depends on the whole story (its cast,
 * the rarity of words across its articles) is applied after, in
 * `contradictions`. With `previous`, the analysis of `self`'s earlier version,
 * a claim whose reading (reading.ts) is unchanged takes that version's clashes
 * with the same `other` instead of being aligned and compared again.
 */
export function clashesBetween(self: ArticleAnalysis, other: ArticleAnalysis, previous?: ArticleAnalysis): Array<[Claim, Clash]> {
  const pair = pairClashes(self, other, previous);
  pair.kept ??= pair.found.length === 0 ? pair.found : pair.found.filter(([claim, clash]) => !disputedHere(self, claim, clash.conflict, previous));
  return pair.kept;
}

function pairClashes(self: ArticleAnalysis, other: ArticleAnalysis, previous: ArticleAnalysis | undefined): PairClashes {
  let byOther = pairCache.get(self);
  if (!byOther) pairCache.set(self, (byOther = new WeakMap()));
  let pair = byOther.get(other);
  if (pair) return pair;
  const before = previous && previous !== self ? pairCache.get(previous)?.get(other) : undefined;
  const earlier = before && previous ? { pair: before, claims: claimsByReading(previous), clashes: (before.byClaim ??= groupByClaim(before.found)) } : undefined;
  const found: Array<[Claim, Clash]> = [];
  let wholeArticle: Set<Claim> | undefined;
  for (const claim of self.claims) {
    const same = earlier?.claims.get(claimReading(self, claim));
    if (same && !earlier!.pair.wholeArticle.has(same)) {
      for (const clash of earlier!.clashes.get(same) ?? []) found.push([claim, clash]);
      continue;
    }
    const a = sideOf(self, claim);
    for (const aligned of alignedClaims(claim, self, other)) {
      const b = sideOf(other, aligned.claim);
      const conflict = conflictBetween(a, b);
      if (!conflict || disputedHere(other, aligned.claim, conflict)) continue;
      found.push([claim, { other, claim: aligned.claim, conflict }]);
    }
    if (a.wholeArticleRead) (wholeArticle ??= new Set()).add(claim);
  }
  byOther.set(other, (pair = { found, wholeArticle: wholeArticle ?? NONE }));
  return pair;
}

function groupByClaim(found: Array<[Claim, Clash]>): Map<Claim, Clash[]> {
  const byClaim = new Map<Claim, Clash[]>();
  for (const [claim, clash] of found) {
    let list = byClaim.get(claim);
    if (!list) byClaim.set(claim, (list = []));
    list.push(clash);
  }
  return byClaim;
}

const readingsOf = new WeakMap<ArticleAnalysis, Map<string, Claim>>();

/** An earlier version's claims by their reading (the first of identical ones: they compare alike). */
function claimsByReading(analysis: ArticleAnalysis): Map<string, Claim> {
  let claims = readingsOf.get(analysis);
  if (!claims) {
    claims = new Map();
    for (const claim of analysis.claims) {
      const reading = claimReading(analysis, claim);
      if (!claims.has(reading)) claims.set(reading, claim);
    }
    readingsOf.set(analysis, claims);
  }
  return claims;
}

interface Dispute {
  disputed: boolean;
  /** Whether a comparison read the whole article (`wholeProse`), so that no later version reuses the answer. */
  wholeArticle: boolean;
}

const disputes = new WeakMap<ArticleAnalysis, Map<Claim, Map<Conflict['reason'], Dispute>>>();

/**
 * `disputedWithin` for a claim, cached per version of its article: its
 * clashes with every related article ask it. With `previous`, the article's
 * earlier version, the answer for an unchanged claim is taken from there when
 * no changed claim shares a meaning key with it: the claims it aligns with in
 * its own article (found only through those keys, counted per key) are then
 * the same.
 */
function disputedHere(self: ArticleAnalysis, claim: Claim, conflict: Conflict, previous?: ArticleAnalysis): boolean {
  let byClaim = disputes.get(self);
  if (!byClaim) disputes.set(self, (byClaim = new Map()));
  let byReason = byClaim.get(claim);
  if (!byReason) byClaim.set(claim, (byReason = new Map()));
  let dispute = byReason.get(conflict.reason);
  if (dispute === undefined) {
    dispute = previous && previous !== self ? earlierDispute(self, claim, conflict, previous) : undefined;
    byReason.set(conflict.reason, (dispute ??= disputedWithin(self, sideOf(self, claim), conflict)));
  }
  return dispute.disputed;
}

function earlierDispute(self: ArticleAnalysis, claim: Claim, conflict: Conflict, previous: ArticleAnalysis): Dispute | undefined {
  const same = claimsByReading(previous).get(claimReading(self, claim));
  const known = same && disputes.get(previous)?.get(same)?.get(conflict.reason);
  if (!known || known.wholeArticle) return undefined;
  const changed = changedKeys(self, previous);
  for (const key of meaningOf(previous, same).keys) if (changed.has(key)) return undefined;
  return known;
}

const changes = new WeakMap<ArticleAnalysis, { previous: ArticleAnalysis; keys: ReadonlySet<string> }>();

/** The meaning keys of the claims one version has and the other has not (by reading, counted: a repeated claim dropped once is a change). */
function changedKeys(self: ArticleAnalysis, previous: ArticleAnalysis): ReadonlySet<string> {
  const known = changes.get(self);
  if (known && known.previous === previous) return known.keys;
  const count = (analysis: ArticleAnalysis) => {
    const counts = new Map<string, number>();
    for (const claim of analysis.claims) {
      const reading = claimReading(analysis, claim);
      counts.set(reading, (counts.get(reading) ?? 0) + 1);
    }
    return counts;
  };
  const now = count(self);
  const before = count(previous);
  const keys = new Set<string>();
  for (const [analysis, mine, theirs] of [[self, now, before], [previous, before, now]] as const) {
    for (const claim of analysis.claims) {
      const reading = claimReading(analysis, claim);
      if (mine.get(reading) !== theirs.get(reading)) for (const key of meaningOf(analysis, claim).keys) keys.add(key);
    }
  }
  changes.set(self, { previous, keys });
  return keys;
}

/**
 * Whether the article itself reports the same conflict: a claim of its own
 * contradicts `side` for the same reason (a company's confirmation and a
 * spokesman's denial quoted in one story). An article that already shows
 * both sides is not contradicting the other article; the editor has nothing
 * to resolve between them.
 */
function disputedWithin(analysis: ArticleAnalysis, side: ClaimSide, conflict: Conflict): Dispute {
  let wholeArticle = !!side.wholeArticleRead;
  for (const aligned of alignedClaims(side.claim, analysis, analysis)) {
    if (aligned.claim === side.claim) continue;
    const theirs = sideOf(analysis, aligned.claim);
    const disputed = conflictBetween(side, theirs)?.reason === conflict.reason;
    wholeArticle ||= !!side.wholeArticleRead || !!theirs.wholeArticleRead;
    if (disputed) return { disputed, wholeArticle };
  }
  return { disputed: false, wholeArticle };
}
