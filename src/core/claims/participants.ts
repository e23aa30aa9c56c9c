import type { CastMember, Story } from '../story/story';
import { nameTags } from '../quotes/nameTags';
import { memberOf } from '../story/story';
import { roleHead } from '../story/storyCast';
import { eventNouns } from '../lexicon/eventNouns';
import { lemmasOf } from '../lexicon/wordnet';
import type { ClaimSide } from './conflict';
import type { ArticleAnalysis } from '../corpus/analysis';
import { stem } from './lemma';

/**
 * Who and what a claim is about, in the story model's terms, so that two
 * claims are compared only when they share someone or something: the same
 * cast member under any of their names or roles, the same place, the same
 * event. Two sentences that share words but name different people ('Smith was
 * arrested' / 'Jones was not arrested') are two facts, not a contradiction.
 */
export interface Participants {
  /** Cast members, and the words of names and places the cast does not hold ('m:graham tully', 'n:kerrera'). */
  named: Set<string>;
  /** Roles the story's cast holds ('r:driver') and events ('e:fire', 'e:crash'). */
  other: Set<string>;
}

const EVENT_KIND = new Map<string, string>();
for (const use of ['dated', 'caused', 'located'] as const) for (const [word, kind] of eventNouns(use)) EVENT_KIND.set(stem(word), kind);

interface StoryTerms {
  roles: Set<string>;
  events: Set<string>;
}
const storyTerms = new WeakMap<Story, StoryTerms>();

/** The role heads the story's cast holds ('driver', 'spokesman') and the stems of its dated events' nouns. */
function termsOf(story: Story): StoryTerms {
  let terms = storyTerms.get(story);
  if (!terms) {
    const roles = new Set<string>();
    for (const member of story.cast) {
      for (const a of member.attributes) {
        if (a.kind !== 'role') continue;
        // Only a noun is a role ('the driver'); the cast's reading of an apposition can end on a verb ('the footbridge was closed').
        const head = roleHead(a.value.split(' '));
        if (head && lemmasOf(head, 'n').length > 0) roles.add(stem(head));
      }
    }
    terms = { roles, events: new Set(story.events.map((e) => stem(e.noun))) };
    storyTerms.set(story, terms);
  }
  return terms;
}

export function participantsOf(story: Story, side: ClaimSide): Participants {
  const named = new Set<string>();
  const other = new Set<string>();
  const { roles, events } = termsOf(story);
  // Who says it is no participant of what is said: 'No one was hurt, Inspector Hale said.'
  const source = new Set((side.claim.source ?? '').toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  const words = side.words.filter((w) => !(w.name && source.has(w.token.normal)));
  for (let i = 0; i < words.length; i++) {
    if (!words[i].name) continue;
    let j = i;
    while (j < words.length && words[j].name) j++;
    const run = words.slice(i, j).map((w) => w.token.text).join(' ');
    // The whole run, else each of its words, else its words themselves: a name the cast does not hold
    // still names someone, and 'Kaluga' and 'Kaluga Oblast' one place.
    const member = memberOf(story, run) ?? words.slice(i, j).map((w) => memberOf(story, w.token.text)).find((m) => m);
    if (member) named.add(`m:${member.id}`);
    // A person's full name stands for them alone ('Jane Smith' is not 'John Smith'); any other name
    // also by its words, so that 'Kaluga' and 'Kaluga Oblast', 'Ferring' and 'Ferring Council' meet.
    if (!member || !isFullPersonName(member)) for (const w of words.slice(i, j)) named.add(`n:${w.token.normal}`);
    i = j - 1;
  }
  for (const place of side.claim.places) {
    const member = memberOf(story, place);
    if (member) named.add(`m:${member.id}`);
    for (const w of place.toLowerCase().split(' ')) named.add(`n:${w}`);
  }
  for (const w of words) {
    if (!w.concept || w.name || w.token.kind !== 'word') continue;
    const s = stem(w.token.normal);
    if (roles.has(s)) other.add(`r:${s}`);
    const kind = EVENT_KIND.get(s);
    if (kind) other.add(`e:${kind}`);
    if (events.has(s)) other.add(`e:${s}`);
  }
  if (side.claim.causeEvent) other.add(`e:${side.claim.causeEvent}`);
  if (side.claim.ordinalEvent) other.add(`e:${side.claim.ordinalEvent}`);
  return { named, other };
}

function isFullPersonName(member: CastMember): boolean {
  return member.kind === 'person' && member.id.includes(' ') && nameTags(member.name).firstName;
}

/**
 * Whether two claims may be compared: they share a participant or an event,
 * or one of them names nobody and no place (it speaks of the story's main
 * event: 'No one was hurt.'). Two claims that each name someone, and share
 * no one and no event, are about different things.
 */
export function shareParticipant(story: Story, a: ClaimSide, b: ClaimSide, setting: ReadonlySet<string> = new Set()): boolean {
  const pa = participantsOf(story, a);
  const pb = participantsOf(story, b);
  // The story's setting (names every loaded article gives: the town, the company) tells no two facts apart.
  const own = (p: Participants) => [...p.named].filter((n) => !n.slice(2).split(' ').every((w) => setting.has(w)));
  if (own(pa).length === 0 || own(pb).length === 0) return true;
  for (const p of pa.named) if (pb.named.has(p)) return true;
  for (const p of pa.other) if (pb.other.has(p)) return true;
  return false;
}

/**
 * The name words most of the articles give ('hollinbridge', 'caddock'): the
 * story's setting, named in at least half of them (and in two at least).
 */
export function settingOf(analyses: readonly ArticleAnalysis[]): Set<string> {
  const counts = new Map<string, number>();
  for (const analysis of analyses) {
    const names = new Set<string>();
    for (const claim of analysis.claims) for (const e of claim.entities) names.add(e);
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(analyses.length / 2));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([name]) => name));
}
