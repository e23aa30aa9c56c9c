import type { ArticleAnalysis } from '../corpus/analysis';
import { buildStory, memberOf, type Story } from '../story/story';
import type { Figure } from './figure';
import { BoundedCache } from '../boundedCache';
import { groupKey } from '../corpus/groupKey';

/**
 * Whose a figure is, as the story model says across the loaded articles: the
 * age in 'the 41-year-old nurse' is Anna Berg's when another sentence or
 * article makes Berg the story's one nurse. The figure reader sees one
 * sentence; the story sees all the articles, so this is asked at comparison
 * time, for the group of articles being compared.
 */

export interface StoryOwner {
  /** The cast member's id ('anna berg'). */
  id: string;
  /** The fullest name, for messages ('Anna Berg'). */
  name: string;
  /** 'sure' when the article ties the figure to the name, 'likely' when only through a role. */
  link: 'sure' | 'likely';
}

/**
 * The stories of the groups checked last. One check asks for several groups
 * in turn (the articles sharing an age, a figure's key, an event's measure,
 * the claims' story), so keeping only the last one rebuilt each at every turn.
 */
const stories = new BoundedCache<string, Story>(8);

/** The story of a group of analyses (this article and its candidates), rebuilt only for a group not seen lately. */
export function storyOf(analyses: ArticleAnalysis[]): Story {
  const key = groupKey(analyses);
  let story = stories.get(key);
  if (!story) stories.set(key, (story = buildStory(analyses.map((a) => ({ article: a.article, figures: a.figures })))));
  return story;
}

const ownersCache = new WeakMap<Story, Map<string, StoryOwner>>();

/** The member whose age the figure is, and how surely; none when the story cannot tell. */
export function ageOwnerOf(story: Story, articleId: string, figure: Figure): StoryOwner | undefined {
  if (figure.kind !== 'age') return undefined;
  let owners = ownersCache.get(story);
  if (!owners) {
    owners = new Map();
    for (const member of story.cast) {
      if (member.kind !== 'person') continue;
      for (const a of member.attributes) {
        if (a.kind !== 'age') continue;
        const at = `${a.passage.articleId}\u0000${a.passage.start}`;
        // A passage two members claim says nothing of either.
        const known = owners.get(at);
        owners.set(at, known && known.id !== member.id ? { id: '', name: '', link: 'likely' } : { id: member.id, name: member.name, link: a.link });
      }
    }
    ownersCache.set(story, owners);
  }
  const owner = owners.get(`${articleId}\u0000${figure.start}`);
  return owner && owner.id ? owner : undefined;
}

/**
 * A figure whose holder is named as the cast member it refers to ('mr tully' and 'graham tully' are
 * both 'graham tully'; 'reyes' and 'adams' stay two), so that two figures are compared only when the
 * story cannot tell their holders apart. A holder the story does not know is left as written.
 */
export function heldByMember(story: Story, figure: Figure): Figure {
  const holder = figure.attachment?.holder;
  if (!holder || holder.includes(':')) return figure;
  const member = memberOf(story, holder);
  return member && member.id !== holder ? { ...figure, attachment: { ...figure.attachment!, holder: member.id } } : figure;
}
