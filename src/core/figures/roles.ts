import { derivations, lemmasOf } from '../lexicon/wordnet';
/**
 * The role of a counted thing: what happened to the people or things counted.
 * '14 workers to hospital' and 'a dozen workers hospitalised' share the role
 * 'hospital'; 'two firefighters were treated' and 'no firefighters were hurt'
 * do not share one, so they are never compared as the same quantity.
 */
export type Role =
  | 'died'
  | 'injured'
  | 'hospital'
  | 'treated'
  | 'missing'
  | 'evacuated'
  | 'rescued'
  | 'arrested'
  | 'charged'
  | 'displaced'
  | 'employed'
  | 'cut'
  | 'closed'
  | 'opened'
  | 'flooded'
  | 'damaged'
  | 'destroyed'
  | 'spoiled'
  | 'infected'
  | 'hired'
  | 'aboard'
  | 'whole';

const ROLE_WORDS: Record<string, Role> = {};
const add = (role: Role, words: string): void => {
  for (const w of words.split(' ')) ROLE_WORDS[w] = role;
};
add('died', 'died dead killed kill kills killing deaths death dying fatalities fatality perished drowned fatally');
add('injured', 'injured injuring injure injures injuries injury hurt wounded wounding wounds');
add('hospital', 'hospital hospitals hospitalised hospitalized hospitalisation hospitalization');
add('treated', 'treated');
add('missing', 'missing unaccounted');
add('evacuated', 'evacuated evacuate evacuating evacuees evacuation');
add('rescued', 'rescued rescuing');
add('arrested', 'arrested arrests arrest arresting detained detaining');
add('charged', 'charged charging');
add('displaced', 'displaced homeless');
add('employed', 'employs employ employed employing employees employee workforce');
add('cut', 'cut cuts cutting axe axed axing shed shedding slash slashing layoffs redundancies redundancy eliminate eliminating losses loss lose');
add('closed', 'close closes closed closing closure closures shut shutting');
add('opened', 'open opens opened opening openings');
add('flooded', 'flooded flooding');
add('damaged', 'damaged damaging');
add('destroyed', 'destroyed destroying');
add('spoiled', 'spoiled spoilt rejected invalid');
add('infected', 'infected infections cases diagnosed contracted');
add('hired', 'hired hire hiring recruited recruiting');

/** Roles that a word before the number can give ('killed 5', 'cut 1,200 jobs', 'employs 240 people'). */
const VERB_BEFORE = new Set([
  'killed', 'kill', 'kills', 'killing', 'injured', 'injuring', 'injure', 'injures', 'wounded', 'wounding', 'hurt',
  'evacuated', 'evacuate', 'evacuating', 'rescued', 'rescuing', 'arrested', 'arresting', 'detained', 'charged',
  'displaced', 'employs', 'employ', 'employed', 'employing', 'cut', 'cuts', 'cutting', 'axe', 'axed', 'axing',
  'shed', 'shedding', 'slash', 'slashing', 'eliminate', 'eliminating', 'close', 'closes', 'closed', 'closing',
  'shut', 'shutting', 'open', 'opens', 'opened', 'opening', 'flooded', 'flooding', 'damaged', 'damaging', 'destroyed', 'destroying', 'infected',
  'hired', 'hire', 'hiring', 'recruited', 'treated', 'hospitalised', 'hospitalized',
]);

export function roleOf(lower: string): Role | undefined {
  return ROLE_WORDS[lower];
}

/**
 * The role a noun naming an act gives what it is 'of': the listed form itself
 * ('closure', 'deaths'), else through WordNet, its noun lemma or the verb it
 * derives from ('loss' → 'lose', 'shutdowns' → 'shutdown' → 'shut').
 */
export function roleOfAct(noun: string): Role | undefined {
  const listed = roleOf(noun);
  if (listed) return listed;
  for (const lemma of lemmasOf(noun, 'n')) {
    const role = roleOf(lemma) ?? derivations(lemma, 'n').filter(([l, p]) => p === 'v' && l.slice(0, 3) === lemma.slice(0, 3)).map(([l]) => roleOf(l)).find(Boolean);
    if (role) return role;
  }
  return undefined;
}

export function roleOfVerbBefore(lower: string): Role | undefined {
  return VERB_BEFORE.has(lower) ? ROLE_WORDS[lower] : undefined;
}

/** The role in words, after the counted noun ('workers taken to hospital'). */
export const ROLE_PHRASES: Record<Role, string> = {
  died: 'who died',
  injured: 'injured',
  hospital: 'taken to hospital',
  treated: 'treated',
  missing: 'missing',
  evacuated: 'evacuated',
  rescued: 'rescued',
  arrested: 'arrested',
  charged: 'charged',
  displaced: 'displaced',
  employed: 'employed',
  cut: 'cut',
  closed: 'closed',
  opened: 'opened',
  flooded: 'flooded',
  damaged: 'damaged',
  destroyed: 'destroyed',
  spoiled: 'spoiled',
  infected: 'infected',
  hired: 'hired',
  aboard: 'on board',
  whole: 'in all',
};

/** Roles about people for which any word for people counts the same people ('three people died', 'three victims'). */
export const PEOPLE_ROLES = new Set<Role>(['died', 'injured', 'hospital', 'missing', 'evacuated', 'rescued', 'displaced', 'infected']);

/** Nouns that name people in general. */
export const PEOPLE_NOUNS = new Set(['people', 'man', 'woman', 'victim', 'civilian', 'individual', 'other', 'adult', 'resident']);

/**
 * Nouns too general to say on their own what is counted: '200 people' in one
 * sentence and '3 people' in another are different people unless a role ties them.
 */
export const GENERIC_NOUNS = new Set([
  'people', 'other', 'one', 'those', 'man', 'woman', 'individual', 'resident', 'member', 'time', 'thing', 'adult',
  'case', 'unit', 'item', 'point', 'vote', 'way', 'place', 'year', 'day',
]);
