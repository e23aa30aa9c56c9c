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
  const index = namesOf(story);
  const hits = index.byName.get(wanted);
  if (hits) return hits.length === 1 ? hits[0] : undefined;
  // A surname the articles never use alone still names the one member whose full name ends in it.
  const bySurname = wanted.includes(' ') ? undefined : index.bySurname.get(wanted);
  return bySurname?.length === 1 ? bySurname[0] : undefined;
}

interface CastNames {
  /** Each member under its id and every alias, lower-cased. */
  byName: Map<string, CastMember[]>;
  /** Each person under the last word of its id ('graham tully' under 'tully'). */
  bySurname: Map<string, CastMember[]>;
}

/**
 * The cast by the names it answers to, built once per story: a file that is a
 * long archive asks after a name for every figure and quotation it holds, and
 * a walk of the whole cast each time made the check grow with the square of
 * the file. A story is not changed once built.
 */
const namesCache = new WeakMap<Story, CastNames>();

function namesOf(story: Story): CastNames {
  let index = namesCache.get(story);
  if (!index) {
    index = { byName: new Map(), bySurname: new Map() };
    const add = (map: Map<string, CastMember[]>, key: string, member: CastMember) => {
      const list = map.get(key);
      if (!list) map.set(key, [member]);
      else if (list[list.length - 1] !== member) list.push(member);
    };
    for (const member of story.cast) {
      add(index.byName, member.id, member);
      for (const alias of member.aliases) add(index.byName, alias.toLowerCase(), member);
      if (member.kind === 'person' && member.id.includes(' ')) add(index.bySurname, member.id.slice(member.id.lastIndexOf(' ') + 1), member);
    }
    namesCache.set(story, index);
  }
  return index;
}
