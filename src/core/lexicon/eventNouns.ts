import events from './events.json';

/** What a detector asks of an event noun (see events.json). */
export type EventNounUse = 'dated' | 'caused' | 'located';

const KINDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = events.kinds;

/** The event nouns that serve `use`, each with its kind, in the order of events.json. */
export function eventNouns(use: EventNounUse): Array<readonly [word: string, kind: string]> {
  const found: Array<readonly [string, string]> = [];
  for (const [kind, words] of Object.entries(KINDS)) {
    for (const [word, uses] of Object.entries(words)) if (uses.includes(use)) found.push([word, kind]);
  }
  return found;
}
