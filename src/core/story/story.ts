/**
 * The story model: who the loaded articles of one story are about and what
 * happened, with where each article says so. Detectors and the CLI read it;
 * it is rebuilt from the articles' analyses (cheap: the per-article casts and
 * figures are already there).
 *
 * Interface for other detectors (kept small on purpose):
 *   buildStory(articles) → { cast, events }
 *   memberOf(story, name) → the cast member a name or alias refers to, if one
 */
import type { Article } from '../text/article';
import type { Figure } from '../figures/figure';
import { storyCast, type CastMember } from './storyCast';
import { storyEvents, type StoryEvent } from './storyEvents';

export type { CastMember, CastAttribute } from './storyCast';
export type { StoryEvent, EventAttribute } from './storyEvents';
export type { Passage } from './passage';

export interface Story {
  cast: CastMember[];
  events: StoryEvent[];
}

export function buildStory(articles: Array<{ article: Article; figures: Figure[] }>): Story {
  return { cast: storyCast(articles), events: storyEvents(articles) };
}

/** The one cast member a name or alias ('Tully', 'Mr Tully', 'the driver') refers to; none when it is ambiguous. */
export function memberOf(story: Story, name: string): CastMember | undefined {
  const wanted = name.toLowerCase().replace(/['’]s?$/, '').trim();
  const hits = story.cast.filter((m) => m.id === wanted || m.aliases.some((a) => a.toLowerCase() === wanted));
  if (hits.length) return hits.length === 1 ? hits[0] : undefined;
  // A surname the articles never use alone still names the one member whose full name ends in it.
  const bySurname = wanted.includes(' ') ? [] : story.cast.filter((m) => m.kind === 'person' && m.id.endsWith(` ${wanted}`));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}
