/**
 * What the hover says of a name: who the story's articles say this is — the
 * fullest name, the other ways they refer to the person or body, and what
 * each article gives as age, role and affiliation, with where. Built from the
 * article under the cursor and the loaded articles that mention the same
 * surname, so that a hover never reads the whole folder.
 */
import type { Figure } from '../figures/figure';
import type { Article } from '../text/article';
import { buildStory, type CastAttribute, type CastMember } from './story';

export interface CastNote {
  /** The span of the name under the cursor. */
  start: number;
  end: number;
  name: string;
  kind: CastMember['kind'];
  /** The other ways the articles refer to them, without the name itself. */
  aliases: string[];
  attributes: CastAttribute[];
  /** Every article that mentions them, the hovered one first. */
  articleIds: string[];
}

/** A hover reads at most this many other articles: in a folder of hundreds, the nearest are enough to say who someone is. */
const MAX_OTHERS = 40;

interface Analysed {
  article: Article;
  figures: Figure[];
}

function memberAt(members: CastMember[], articleId: string, offset: number): { member: CastMember; start: number; end: number } | undefined {
  for (const member of members) {
    const p = member.passages.find((x) => x.articleId === articleId && x.start <= offset && offset <= x.end);
    if (p) return { member, start: p.start, end: p.end };
  }
  return undefined;
}

/**
 * The person or body named at `offset` of `self`, across `others`; null when
 * no name is there, when it is a place (the place hover speaks of those), or
 * when the articles say nothing of them beyond the name as written.
 */
export function castNoteAt(self: Analysed, others: Analysed[], offset: number): CastNote | null {
  const local = memberAt(buildStory([self]).cast, self.article.id, offset);
  if (!local || local.member.kind === 'place') return null;
  const surname = local.member.name.split(' ').pop()!;
  const mentioning = others.filter((o) => o.article !== self.article && o.article.text.includes(surname)).slice(0, MAX_OTHERS);
  const found = memberAt(buildStory([self, ...mentioning]).cast, self.article.id, offset);
  if (!found || found.member.kind === 'place') return null;
  const { member } = found;
  const articleIds = [...new Set([self.article.id, ...member.passages.map((p) => p.articleId)])];
  const aliases = member.aliases.filter((a) => a !== member.name && a !== self.article.text.slice(found.start, found.end));
  if (member.attributes.length === 0 && articleIds.length === 1 && aliases.length === 0) return null;
  return { start: found.start, end: found.end, name: member.name, kind: member.kind, aliases, attributes: member.attributes, articleIds };
}
