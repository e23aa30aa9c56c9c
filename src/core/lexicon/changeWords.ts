import change from './change.json';

/** What a detector asks of a word for a change of amount (see change.json). */
export type ChangeWordUse = 'percent' | 'range' | 'opposed';
export type ChangeDirection = 'rise' | 'fall' | 'either';

const BY_DIRECTION: Readonly<Record<ChangeDirection, Readonly<Record<string, readonly string[]>>>> = change;

/** The words of one direction that serve `use`, in the order of change.json. */
export function changeWords(direction: ChangeDirection, use: ChangeWordUse): string[] {
  return Object.entries(BY_DIRECTION[direction]).filter(([, uses]) => uses.includes(use)).map(([word]) => word);
}
