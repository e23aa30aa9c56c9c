import { nounPhraseAt } from './nounPhrase';
import { GENERIC_NOUNS, PEOPLE_NOUNS, PEOPLE_ROLES, ROLE_PHRASES, roleOf, roleOfAct, roleOfVerbBefore, type Role } from './roles';
import { FUNCTION_WORDS, isDeterminerOrPossessive, looksLikeVerb, looksPlural, NUMBER_WORD, singular, VERB_WORDS, type Word } from './words';
import type { QuantityKey } from './figure';
import { NONE, periodOf, RESTRICTING, TIME_NOUNS, windowAfter } from './quantityContext';
import { isKindOf, lemmasOf } from '../lexicon/wordnet';
import { countAct } from './countAct';

const INCREMENT_BEFORE = /^(?:another|further|additional|extra|other)$/;
const INCREMENT_AFTER = /^(?:more|further|additional|extra|other|new)$/;

/** Words that close the window in which a role is looked for. */
function closesClause(w: Word): boolean {
  return (w.kind === 'punct' && w.text !== '-' && w.text !== '\'' && w.text !== '’') || w.kind === 'number' || /^(?:and|but|while|whereas|or|although|though|because)$/.test(w.lower);
}

function roleAfter(ws: Word[], k: number, span = 7): Role | undefined {
  for (let n = k; n < Math.min(ws.length, k + span); n++) {
    const w = ws[n];
    if (closesClause(w)) return undefined;
    // 'patients at Elmford General Hospital': a word of a place's name is not what happened to them.
    if (/^\p{Lu}/u.test(w.text)) continue;
    if (w.lower === 'lost' && ws[n + 1]?.lower === 'their' && ws[n + 2]?.lower === 'lives') return 'died';
    if (leftHome(ws, n)) return 'evacuated';
    // 'the injured workers' names the counted, not a role of another noun, only inside the phrase.
    const role = roleOf(w.lower);
    if (role) return role;
  }
  return undefined;
}

/** Where people live or stay: leaving it, or being forced from it, is an evacuation. */
const DWELLINGS = /^(?:homes?|houses?|buildings?|flats?|apartments?|properties|property|block|estate|street|village|town|area)$/;

/** 'had to leave the building', 'left their houses', '(forced) … from their homes' at index `n`. */
function leftHome(ws: Word[], n: number): boolean {
  const l = (k: number): string => ws[k]?.lower ?? '';
  if (!/^(?:leave|left|leaving|flee|fled|fleeing|from)$/.test(l(n))) return false;
  if (!/^(?:the|their|its|his|her)$/.test(l(n + 1)) || !DWELLINGS.test(l(n + 2))) return false;
  // 'from their homes' alone may say where people came from ('volunteers from the town'): only homes, flats, buildings.
  return l(n) !== 'from' || /^(?:homes?|houses?|flats?|apartments?|buildings?)$/.test(l(n + 2));
}

/** The verb just before the number (or its qualifier) when it gives a role: 'killed 5', 'cut about 1,200 jobs'. */
function roleBefore(ws: Word[], first: number): Role | undefined {
  const w = ws[first - 1];
  if (!w) return undefined;
  // 'the closure of six branches', 'the loss of 170 jobs', 'the evacuation of 300 residents': the act's noun.
  if (w.lower === 'of' && ws[first - 2]?.kind === 'word') return roleOfAct(ws[first - 2].lower);
  return roleOfVerbBefore(w.lower);
}

/** The key of a count: '14 workers to hospital', 'three people died', 'cut about 1,200 jobs', 'the 1,500 job cuts'. */
export function countKey(ws: Word[], first: number, next: number, value: number): QuantityKey {
  const made = compoundCount(ws, first, next);
  if (made) return made;
  // '88-72 loss', 'a 3-1 win': the second number of a score counts nothing.
  if (ws[first - 1]?.text === '-' && ws[first].joined && ws[first - 2]?.kind === 'number') return NONE;
  // '3,000 of its staff', 'one of three people': a part, not the whole; its key is the whole's only
  // when what happened to the whole is said of the part ('five of the 14 libraries will close').
  if (ws[next]?.lower === 'of') return partOfCount(ws, next);
  // 'another 3 people', 'a further two', 'two more players': an increment, not the total.
  if (INCREMENT_BEFORE.test(ws[first - 1]?.lower ?? '') || INCREMENT_AFTER.test(ws[next]?.lower ?? '')) return NONE;
  // 'two parked cars', 'the 14 injured workers': a past participle used as an adjective before the noun.
  const adjective = participleAdjective(ws, next);
  const phrase = nounPhraseAt(ws, adjective ? next + 1 : next, 3, false);
  if (!phrase) return NONE;
  if (phrase.capitalized && phrase.words.length === 1) return NONE;
  let words = phrase.words.map((w) => singular(w));
  let role: Role | undefined = adjective ? roleOf(adjective) : undefined;
  // 'three vehicles that were parked along the road' is 'three parked vehicles'.
  const described = adjective ?? (phrase.words.length === 1 ? reducedRelative(ws, phrase.next) : undefined);
  if (described && !role) words = [...words.slice(0, -1), `${described} ${COUNT_SYNONYMS[words[words.length - 1]] ?? words[words.length - 1]}`];
  // 'the 14 injured workers'
  const inner = words.findIndex((w, n) => n < words.length - 1 && roleOf(w));
  if (inner >= 0) {
    role = roleOf(phrase.words[inner]);
    words = words.filter((_, n) => n !== inner);
  }
  const lastRaw = phrase.words[phrase.words.length - 1];
  // 'two died hours later', 'three were killed days after': a time noun after the clause's verb
  // says when, not what was counted.
  if (TIME_NOUNS.has(singular(lastRaw)) && phrase.words.slice(0, -1).some((w) => roleOf(w) || VERB_WORDS.has(w) || looksLikeVerb(w))) return NONE;
  // 'job cuts', 'job losses', 'flood deaths': the head names the role, the word before it the counted thing.
  if (words.length > 1 && roleOf(lastRaw)) {
    role ??= roleOf(lastRaw);
    words = words.slice(0, -1);
  }
  if (value !== 1 && !looksPlural(lastRaw) && !roleOf(lastRaw)) return NONE;
  // 'one person familiar with the plans': a single thing is named by one word.
  if (value === 1 && phrase.words.length > 1) return NONE;
  let noun = words[words.length - 1];
  // 'in their 40s', 'the 1990s': a letter joined to the number is no noun.
  if (noun && noun.length < 2) return NONE;
  // 'cans' is a noun though 'can' is a function word: a plural is not the function word.
  if (!noun || (FUNCTION_WORDS.has(noun) || VERB_WORDS.has(noun) ? noun === lastRaw : looksLikeVerb(noun))) return NONE;
  // A role read from an act's noun ('a loss of 250 million crowns') may be what someone expects, not what
  // happened: such a key is unsure, so only other articles' mentions are compared with it.
  const viaAct = !role && ws[first - 1]?.lower === 'of' && roleBefore(ws, first) !== undefined;
  // 'notifying 184,000 patients that their records were taken': after a verb of telling, 'that'
  // opens what they were told, not which of them; its verbs are not what happened to them.
  const toldThat = ws[phrase.next]?.lower === 'that' && toldBefore(ws, first);
  role ??= roleBefore(ws, first) ?? (toldThat ? undefined : roleAfter(ws, phrase.next)) ?? aboardRole(ws, first, phrase.next) ?? (MAKING.test(ws[first - 1]?.lower ?? '') ? 'whole' : undefined);
  // 'a train of two locomotives and 87 cars': a count in a list of a whole's make-up is not a
  // count of what happened to some of them, and with no role it has no key.
  if (!role && inEnumeration(ws, first, phrase.next)) return NONE;
  // 'two tank cars' are not any two cars: a noun modifying the head is part of what is counted.
  const compound = !role && phrase.words.length > 1 ? compoundModifier(phrase.words) : undefined;
  if (compound) noun = `${compound} ${noun}`;
  // '28 patients who were discharged': a relative clause with no role we know may restrict
  // the group to any subset; when in doubt, no key. ('300 volunteers counted the votes' is
  // what the whole group did, and keeps its key.)
  if (!role && !described && !toldThat && (RESTRICTING.test(ws[phrase.next]?.lower ?? '') || contactRelative(ws, phrase.next))) return NONE;
  // 'three people died' and 'three victims died' count the same people.
  if (role && PEOPLE_ROLES.has(role) && PEOPLE_NOUNS.has(noun)) noun = 'people';
  if (!role && GENERIC_NOUNS.has(noun)) return NONE;
  // 'workers', 'employees' and 'staff' are one workforce; 'the plant's 340 workers' and 'all 430
  // employees' state its whole size, which one story cannot give twice.
  if (STAFF_NOUNS.has(noun)) noun = 'worker';
  const workforce = !role && noun === 'worker' && phrase.words.length === 1 && wholeBefore(ws, first);
  // 'One passenger, Amira Saleh, said': one of them, not how many there were.
  if (!role && value === 1) return NONE;
  const window = windowAfter(ws, phrase.next);
  const period = periodOf(ws, first, phrase.next);
  const plural = phrase.words.slice(-1)[0];
  const quantity = [role && roleOf(lastRaw) && words.length ? words.join(' ') : phrase.words.filter((w) => !roleOf(w) || w === plural).join(' '), role ? ROLE_PHRASES[role] : '']
    .filter(Boolean)
    .join(' ');
  const key = ['count', noun, role ?? (workforce ? 'workforce' : ''), window ?? '', period ?? ''].join(':');
  // What a scheme is built of may be stated for several of its parts: across articles only.
  const sure = (role && role !== 'whole' && !viaAct) || workforce;
  // With no role of ours, the act the group undergoes tells two counts of one noun apart ('cancelled 410
  // flights' / 'operates 900 flights') and ties a verb to its noun ('the cancellation of 380 flights').
  const act = role ? undefined : countAct(ws, first, phrase.next)?.act;
  return { key, quantity: workforce ? 'the workforce' : quantity, owner: null, confidence: sure ? 'sure' : 'unsure', end: phrase.end, ...(act ? { act } : {}) };
}

/**
 * The key of the part in 'five of the town's 14 libraries will close', 'two of the four lifts were
 * damaged': the whole's noun and the role its clause gives, which the part is what it happened to.
 * The whole itself is marked as such by its attachment (see totalOfPartitive). With no role
 * ('one of the 14 libraries', 'three of its staff'), the part may be any subset: no key.
 */
function partOfCount(ws: Word[], of: number): QuantityKey {
  let j = of + 1;
  while (j < ws.length && j <= of + 3 && isDeterminerOrPossessive(ws[j])) j++;
  const whole = ws[j];
  if (!whole || !(whole.kind === 'number' || NUMBER_WORD.test(whole.lower))) return NONE;
  const total = countKey(ws, j, j + 1, 2);
  const role = total.key?.split(':')[2];
  if (!total.key || !role || /^(?:whole|employed|workforce|aboard)$/.test(role)) return NONE;
  return { key: total.key, quantity: total.quantity, owner: total.owner, confidence: total.confidence };
}

/**
 * A relative clause with no relative word: 'the five games he played', 'the 40 passes they
 * completed'. A subject pronoun right after the counted noun, then a word that is no function
 * word, opens a clause that restricts the group as 'that he played' would.
 */
function contactRelative(ws: Word[], k: number): boolean {
  const subject = ws[k];
  const verb = ws[k + 1];
  return !!subject && !!verb && /^(?:he|she|they|we|i|you)$/.test(subject.lower) && verb.kind === 'word' && (!FUNCTION_WORDS.has(verb.lower) || /^(?:had|has|have|was|were|is|are|would|will|could|did)$/.test(verb.lower));
}

/** Whether the count at `first` is the object of a verb of telling ('notified about 300 patients', 'told 40 staff'), through WordNet. */
function toldBefore(ws: Word[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && /^(?:about|around|roughly|some|nearly|almost|approximately|more|than|over|up|to|at|least|the|its|their|all)$/.test(ws[k].lower)) k--;
  const verb = ws[k];
  if (!verb || verb.kind !== 'word') return false;
  return lemmasOf(verb.lower, 'v').some((lemma) => lemma === 'inform' || lemma === 'tell' || isKindOf(lemma, 'inform', 'v'));
}

/** Verbs whose object is the whole of what is made: 'build 18 turbines', 'a block comprising 40 flats'. */
const MAKING = /^(?:build|builds|building|built|erect|erects|erecting|erected|construct|constructs|constructing|constructed|install|installs|installing|installed|comprise|comprises|comprising|comprised)$/;

/** Words after a hyphenated number that are not a counted noun: 'a 5,000-strong crowd', 'a 3-1 win'. */
const NOT_COUNTED = /^(?:strong|odd|plus|year|month|week|day|hour|minute|second|time|fold|way|man|woman|person|page|point|seat|member)$/;

/**
 * 'a 22-turbine wind farm', 'a 300-bed hospital': a number joined to a singular noun before the head
 * states how many of that noun the whole has, as 'build 18 turbines' does.
 */
function compoundCount(ws: Word[], first: number, next: number): QuantityKey | undefined {
  const dash = ws[next];
  const noun = ws[next + 1];
  if (!dash || !noun || dash.text !== '-' || !dash.joined || !noun.joined || noun.kind !== 'word') return undefined;
  if (!/^(?:a|an|the|its|their)$/.test(ws[first - 1]?.lower ?? '')) return undefined;
  const l = noun.lower;
  if (NOT_COUNTED.test(l) || FUNCTION_WORDS.has(l) || looksLikeVerb(l) || looksPlural(l) || GENERIC_NOUNS.has(l) || /-/.test(ws[next + 2]?.text ?? '')) return undefined;
  // The head the number describes must follow: 'a 22-turbine wind farm', not 'the 22-turbine'.
  const head = nounPhraseAt(ws, next + 2, 3, false);
  if (!head) return undefined;
  return { key: ['count', l, 'whole', '', ''].join(':'), quantity: `${l}s in the ${head.words.join(' ')}`, owner: null, confidence: 'unsure', end: noun.end };
}

/** Words of a list of counts: 'carrying 168 passengers and 22 crew', 'with about 40 pupils, six teachers and two drivers'. */
function listWord(w: Word): boolean {
  return w.kind === 'number' || w.lower === 'and' || w.text === ',' || /^(?:about|around|some|nearly|almost|roughly|approximately|more|than|over|under|just)$/.test(w.lower) || (w.kind === 'word' && !FUNCTION_WORDS.has(w.lower) && !looksLikeVerb(w.lower) && !/^\p{Lu}/u.test(w.text));
}

/**
 * Who was on a vehicle: 'a ferry carrying 168 passengers and 22 crew', 'with 186 passengers and 22
 * crew on board'. Each count of such a list is keyed by its own noun; 'with' alone ('a town with
 * 900 people') says nothing of a journey, so it needs 'on board' or 'aboard' after the list.
 */
function aboardRole(ws: Word[], first: number, after: number): Role | undefined {
  let k = first - 1;
  while (k >= 0 && k >= first - 8 && listWord(ws[k]) && !CARRYING.test(ws[k].lower) && ws[k].lower !== 'with') k--;
  const verb = ws[k]?.lower ?? '';
  if (CARRYING.test(verb)) return 'aboard';
  if (verb !== 'with') return undefined;
  let n = after;
  while (n < ws.length && n < after + 8 && ws[n].lower !== 'on' && ws[n].lower !== 'aboard' && ws[n].lower !== 'onboard' && listWord(ws[n])) n++;
  const l = ws[n]?.lower ?? '';
  return l === 'aboard' || l === 'onboard' || (l === 'on' && ws[n + 1]?.lower === 'board') ? 'aboard' : undefined;
}

const CARRYING = /^(?:carrying|carried|carries|carry|ferrying|transporting)$/;

const STAFF_NOUNS = new Set(['worker', 'employee', 'staff', 'staffer', 'workforce']);

/** A possessive or 'all' just before the count ('the plant's 340', 'its 90', 'all 430'): the whole of a group. */
function wholeBefore(ws: Word[], first: number): boolean {
  const prev = ws[first - 1]?.lower ?? '';
  return prev === 'all' || prev === 'its' || prev === 'their' || (/^[a-z]+'s$/.test(prev) && /^(?:the|its|their)$/.test(ws[first - 2]?.lower ?? ''));
}

/** Is the count at `first` (its phrase ending before `after`) one item of a list of counts: 'two engines and 87 cars', '87 cars and two engines'? */
function inEnumeration(ws: Word[], first: number, after: number): boolean {
  const joiner = (w: Word | undefined): boolean => !!w && (w.lower === 'and' || w.text === ',');
  // Another count follows: ', 87 cars' / 'and 87 cars'
  if (joiner(ws[after]) && ws[after + 1]?.kind === 'number' && ws[after + 2]?.kind === 'word' && !FUNCTION_WORDS.has(ws[after + 2].lower)) return true;
  if (joiner(ws[after]) && ws[after + 1] && NUMBER_WORD.test(ws[after + 1].lower) && ws[after + 2]?.kind === 'word' && looksPlural(ws[after + 2].lower)) return true;
  // Another count precedes: 'two locomotives and 87 cars'
  if (joiner(ws[first - 1])) {
    for (let n = first - 2; n >= 0 && n >= first - 4; n--) {
      const w = ws[n];
      if (w.kind === 'number' || NUMBER_WORD.test(w.lower)) return n < first - 2 && looksPlural(ws[first - 2].lower);
      if (w.kind !== 'word' || FUNCTION_WORDS.has(w.lower)) return false;
    }
  }
  return false;
}


/**
 * Nouns that qualify a head without narrowing the group to a kind of it: 'two dozen cars',
 * not read as modifiers. A word that is clearly an adjective is not a compound either.
 */
const ADJECTIVE_ENDINGS = /(?:al|ful|ous|ive|ic|ible|able|less|ish|ern|ary|ory|ant|ent|ed|est|er|ing|ly|y)$/;

/** The noun before the head of a counted phrase when it names a kind of the head ('tank' in 'tank cars'). */
function compoundModifier(words: string[]): string | undefined {
  const modifier = words[words.length - 2];
  if (!modifier || /-/.test(modifier) || ADJECTIVE_ENDINGS.test(modifier) || COMMON_ADJECTIVES.has(modifier) || looksPlural(modifier)) return undefined;
  return modifier;
}

/** Short adjectives without a telltale ending that often stand before a counted noun. */
const COMMON_ADJECTIVES = new Set(['big', 'small', 'large', 'old', 'young', 'full', 'part', 'main', 'top', 'low', 'high', 'long', 'short', 'local', 'rural', 'urban', 'public', 'private', 'major', 'minor', 'senior', 'junior', 'key', 'total', 'whole', 'same', 'free', 'open', 'safe', 'black', 'white', 'red', 'blue', 'green', 'empty', 'few', 'many', 'several', 'own', 'poor', 'rich', 'wide', 'tall', 'close', 'last', 'next', 'first', 'final', 'fresh', 'live', 'dead', 'sick', 'ill', 'armed', 'foreign', 'domestic', 'british', 'american', 'english', 'french', 'german', 'european', 'roman', 'gold', 'silver']);

/** Nouns a story alternates for one counted thing, keyed by the first. */
const COUNT_SYNONYMS: Record<string, string> = { car: 'vehicle' };

/** Participles that say what happened to people, usable before the noun ('three injured climbers'). */
const ROLE_ADJECTIVES = /^(?:injured|wounded|hurt|trapped|stranded|missing|evacuated|displaced|rescued)$/;

/**
 * The past participle at `k` when it stands as an adjective before a plural noun ('two parked
 * cars', '110 unvaccinated pupils'). A participle of a role only when it describes ('injured',
 * 'trapped'), not when it is the clause's verb ('two died hours later').
 */
function participleAdjective(ws: Word[], k: number): string | undefined {
  const w = ws[k];
  const noun = ws[k + 1];
  if (!w || !noun || w.kind !== 'word' || noun.kind !== 'word' || !/^[a-z]{3,}ed$/.test(w.lower) || /^\p{Lu}/u.test(w.text)) return undefined;
  if (roleOf(w.lower) && !ROLE_ADJECTIVES.test(w.lower)) return undefined;
  if (VERB_WORDS.has(noun.lower) || looksLikeVerb(noun.lower) || FUNCTION_WORDS.has(noun.lower) || !looksPlural(noun.lower) || TIME_NOUNS.has(singular(noun.lower))) return undefined;
  return w.lower;
}

/** 'that were parked along the road', 'which had been abandoned': the participle of a passive relative clause. */
function reducedRelative(ws: Word[], k: number): string | undefined {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (!/^(?:that|which)$/.test(l(k))) return undefined;
  let n = k + 1;
  if (/^(?:were|are|had|have)$/.test(l(n))) n++;
  else return undefined;
  if (l(n) === 'been') n++;
  const p = ws[n];
  if (!p || !/^[a-z]{3,}ed$/.test(p.lower) || roleOf(p.lower)) return undefined;
  // The clause ends after the participle or goes on with where or how: 'parked along the curb', 'parked.'
  const after = ws[n + 1];
  if (after && after.kind === 'word' && !/^(?:along|on|in|at|near|outside|by|beside|nearby|there|overnight)$/.test(after.lower)) return undefined;
  return p.lower;
}
