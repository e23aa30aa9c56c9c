import { articleName, type ClaimEvidence, type Finding, type Passage } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import type { Claim } from './claim';
import { alignedClaims, relatedArticles, sideOf } from './alignment';
import type { Conflict } from './conflict';
import { clashesBetween, type Clash } from './clashes';
import { conflictBetween } from '../rules/contradictionRules';
import { REASON_PHRASE, RULE_INFO, type ConflictReason } from '../rules/catalog';
import { alignmentScore, StoryRarity } from './rarity';
import { settingOf, shareParticipant } from './participants';
import { storyOf } from '../figures/storyOwners';

/**
 * The alignment score (rarity.ts) sets how surely a conflict is reported: at
 * or above SURE the rule's severity; from LIKELY, Information (the pair may
 * be two facts); below, not at all.
 */
const SURE = 0.3;
const LIKELY = 0.15;

/** Conflicts that are a different filler of one role: the two claims name different participants by definition. */
const FILLER_REASONS: ReadonlySet<ConflictReason> = new Set<ConflictReason>(['place', 'agent', 'superlative', 'cause']);

export { claimIndexKeys } from './alignment';

/**
 * `contradiction`: a claim that another loaded article contradicts. Reported
 * at the claim in this article, related to the other article's claim; the
 * other article's check reports the same conflict from its side, so the pair
 * is flagged at both places.
 */
export function contradictions(context: CheckContext): Finding[] {
  const self = context.self;
  const related = relatedArticles(context);
  if (related.length === 0) return [];
  const group = [self, ...related];
  const story = storyOf(group);
  const rarity = new StoryRarity(group);
  const setting = settingOf(group);
  const clashes = new Map<Claim, Clash[]>();
  for (const other of related) {
    for (const [claim, found] of clashesBetween(self, other, context.previous)) {
      let score = alignmentScore(claim, self, found.claim, other, rarity);
      // Two accounts of one event's cause or rank are about one fact whatever else they say.
      if (found.claim.causeEvent === claim.causeEvent && claim.causeEvent || found.claim.ordinalEvent === claim.ordinalEvent && claim.ordinalEvent) score = Math.max(score, LIKELY);
      // Claims that each name someone, and share no one and no event, may be about two things: only a pair
      // sharing most of its rare content is compared, as unsure. Not when the conflict is that very difference
      // (another place, agent or holder of a title for one act).
      const apart = !FILLER_REASONS.has(found.conflict.reason) && !shareParticipant(story, sideOf(self, claim), sideOf(other, found.claim), setting);
      if (score < (apart ? SURE : LIKELY)) continue;
      const clash = score < SURE || apart ? { ...found, conflict: { ...found.conflict, unsure: true } } : found;
      let list = clashes.get(claim);
      if (!list) clashes.set(claim, (list = []));
      list.push(clash);
    }
  }
  const findings: Finding[] = [];
  for (const [claim, list] of clashes) {
    const first = list[0];
    const name = articleName(first.other.article.id);
    const evidence: ClaimEvidence = {
      kind: 'claim',
      reason: first.conflict.reason,
      detail: first.conflict.detail,
      here: claim.text,
      there: { articleId: first.other.article.id, start: first.claim.start, end: first.claim.end, text: first.claim.text },
    };
    findings.push({
      rule: 'contradiction',
      // A pair sharing little rare content may be two facts: Information, whatever the rule's default.
      severity: list.every((clash) => clash.conflict.unsure) ? 'information' : RULE_INFO.contradiction.defaultSeverity,
      articleId: self.article.id,
      start: claim.start,
      end: claim.end,
      message: conflictMessage(name, first.conflict),
      related: list.map((clash) => ({
        articleId: clash.other.article.id,
        start: clash.claim.start,
        end: clash.claim.end,
        message: `Contradicts this (${REASON_PHRASE[clash.conflict.reason]}): ${clash.conflict.detail}`,
      })),
      evidence,
    });
  }
  return findings;
}

/**
 * Claims in other loaded articles that say the same as `claim` (for the hover):
 * aligned on most of their content, same polarity, no conflict.
 */
export function claimCorroborations(context: CheckContext, claim: Claim): Array<Passage & { text: string }> {
  const a = sideOf(context.self, claim);
  const found: Array<Passage & { text: string }> = [];
  const others = relatedArticles(context);
  // A passage in conflict with another article is not shown as corroborated as well: the hover would say both.
  for (const other of others) if (clashesBetween(context.self, other, context.previous).some(([c]) => c === claim)) return [];
  for (const other of others) {
    for (const aligned of alignedClaims(claim, context.self, other)) {
      const smaller = Math.min(claim.terms.length, aligned.claim.terms.length);
      if (aligned.shared < 3 || aligned.shared < smaller / 2) continue;
      if (aligned.claim.polarity !== claim.polarity || aligned.claim.hedge) continue;
      if (conflictBetween(a, sideOf(other, aligned.claim))) continue;
      found.push({ articleId: other.article.id, start: aligned.claim.start, end: aligned.claim.end, text: aligned.claim.text });
    }
  }
  return found;
}

/**
 * The message an editor reads in one glance: the other article first, then the
 * two key phrases ('no one was arrested' here, 'two men were arrested' there).
 * A rule's detail names the phrases; a bare common word ('denied') says too
 * little alone, so the clause's gist stands in for it.
 */
export function conflictMessage(otherName: string, conflict: Conflict): string {
  const [left, right] = conflict.detail.split(' ↔ ').map((part) => part.replace(/^'|'$/g, ''));
  const phrase = (key: string | undefined, gistText: string) => (key && !/^\p{Ll}+$/u.test(key) ? key : lowerFirst(gistText));
  return `Contradicts ${otherName}: '${phrase(left, conflict.here)}' here, '${phrase(right, conflict.there)}' there.`;
}

/** Lower-cases a leading article word only, so that names keep their capitals. */
function lowerFirst(text: string): string {
  return text.replace(/^(The|A|An|It|There|This)\b/, (w) => w.toLowerCase());
}
