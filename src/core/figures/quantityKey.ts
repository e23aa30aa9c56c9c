import { EXTENT_NOUNS, headOf, nounPhraseAt } from './nounPhrase';
import { GENERIC_NOUNS, PEOPLE_NOUNS, PEOPLE_ROLES, ROLE_PHRASES, roleOf, roleOfVerbBefore, type Role } from './roles';
import { FUNCTION_WORDS, looksLikeVerb, looksPlural, singular, VERB_WORDS, type Word } from './words';

/**
 * What a figure measures, read from the words around it, as a key: only
 * figures with the same key are compared. A key is built from the counted
 * noun and its role ('count:worker:hospital'), the thing a measure is of or
 * from ('measure:length:of:valley'), what money is ('money:loss'), or what a
 * share is of ('percent:of:vote'); with no such anchor there is no key.
 */
export interface QuantityKey {
  key: string | null;
  quantity: string | null;
  owner: string | null;
  confidence: 'sure' | 'unsure';
  /** A share that is its clause's subject: see Figure.ofAll. */
  ofAll?: boolean;
  /** Offset where the figure's span should end (after the counted noun), if beyond the number. */
  end?: number;
}

/** A window of time is when, not what: '$2.4bn in the three months to September'. */
const TIME_NOUNS = new Set(['month', 'year', 'quarter', 'week', 'day', 'hour', 'season', 'period', 'decade', 'half', 'minute']);

const INCREMENT_BEFORE = /^(?:another|further|additional|extra|other)$/;
const INCREMENT_AFTER = /^(?:more|further|additional|extra|other|new)$/;

/** Words that open a clause restricting the counted group. */
const RESTRICTING = /^(?:who|whom|whose|that|which)$/;

const NONE: QuantityKey = { key: null, quantity: null, owner: null, confidence: 'unsure' };

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
  return w ? roleOfVerbBefore(w.lower) : undefined;
}

/** A period the figure is tied to ('since January', 'a year earlier', 'last season'), so that different periods are not compared. */
export function periodAfter(ws: Word[], k: number): string | null {
  for (let n = k; n < Math.min(ws.length, k + 6); n++) {
    const l = ws[n].lower;
    if (ws[n].kind === 'punct' && ws[n].text !== '-') return null;
    if (l === 'since' && ws[n + 1]) return 'since ' + ws[n + 1].lower;
    if ((l === 'in' || l === 'during') && /^(?:18|19|20)\d\d$/.test(ws[n + 1]?.text ?? '')) return 'in ' + ws[n + 1].text;
    if ((l === 'a' || l === 'one') && ws[n + 1]?.lower === 'year' && /^(?:earlier|ago|before)$/.test(ws[n + 2]?.lower ?? '')) return 'a year earlier';
    if (l === 'last' && /^(?:year|season|month|week|quarter)$/.test(ws[n + 1]?.lower ?? '')) return 'last ' + ws[n + 1].lower;
    if (l === 'this' && /^(?:year|season|month|week|quarter)$/.test(ws[n + 1]?.lower ?? '')) return 'this ' + ws[n + 1].lower;
  }
  return null;
}

/**
 * A year that frames the clause before the figure ('The last derailment, in 2009,
 * injured 12 people'), unless it belongs to a relative clause ('Caddock, which was
 * bought in 2019, estimated the damage at …').
 */
function yearBefore(ws: Word[], first: number): string | null {
  for (let n = first - 1; n > 0; n--) {
    if (!/^(?:18|19|20)\d\d$/.test(ws[n].text) || !/^(?:in|during)$/.test(ws[n - 1].lower)) continue;
    // 'a block built in 1968, and forced 86 residents out': a participle's year dates the noun it describes.
    if (PARTICIPLE.test(ws[n - 2]?.lower ?? '')) return null;
    for (let m = n - 2; m >= 0 && ws[m].text !== ','; m--) {
      if (/^(?:which|who|whose|when|where|that|since)$/.test(ws[m].lower)) return null;
    }
    return 'in ' + ws[n].text;
  }
  return null;
}

const PARTICIPLE = /^(?:[a-z]{2,}ed|built|made|born|begun|set|sold|bought|taken|given|written|held|won|laid|dug|rebuilt)$/;

/** The period a figure is tied to, stated after it or framing its clause. */
export function periodOf(ws: Word[], first: number, after: number): string | null {
  return periodAfter(ws, after) ?? yearBefore(ws, first);
}

/** A rate or window after the figure: 'in 24 hours' and 'in a day' are the same window; 'a year' is a yearly rate. */
export function windowAfter(ws: Word[], k: number): string | null {
  const l = (n: number): string => ws[n]?.lower ?? '';
  const hours: Record<string, number> = { hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, month: 730, months: 730, year: 8766, years: 8766 };
  let n = k;
  if (l(n) === 'more') n++;
  if (l(n) === 'in' || l(n) === 'over' || l(n) === 'per' || l(n) === 'a' || l(n) === 'an' || l(n) === 'each' || l(n) === 'every') {
    const prep = l(n);
    let count = 1;
    let m = n + 1;
    if (prep === 'in' || prep === 'over') {
      if (l(m) === 'the' && (l(m + 1) === 'past' || l(m + 1) === 'last')) m += 2;
      if (ws[m]?.kind === 'number') {
        count = Number(ws[m].text.replace(/,/g, ''));
        m++;
      } else if (l(m) === 'a' || l(m) === 'an' || l(m) === 'one') {
        m++;
      } else return null;
    }
    if (hours[l(m)] !== undefined) return `per ${count * hours[l(m)]}h`;
  }
  return null;
}

/** The key of a count: '14 workers to hospital', 'three people died', 'cut about 1,200 jobs', 'the 1,500 job cuts'. */
export function countKey(ws: Word[], first: number, next: number, value: number): QuantityKey {
  const made = compoundCount(ws, first, next);
  if (made) return made;
  if (ws[next]?.lower === 'of') return NONE; // '3,000 of its staff', 'one of three people': a part, not the whole
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
  role ??= roleBefore(ws, first) ?? roleAfter(ws, phrase.next) ?? aboardRole(ws, first, phrase.next) ?? (MAKING.test(ws[first - 1]?.lower ?? '') ? 'whole' : undefined);
  // 'a train of two locomotives and 87 cars': a count in a list of a whole's make-up is not a
  // count of what happened to some of them, and with no role it has no key.
  if (!role && inEnumeration(ws, first, phrase.next)) return NONE;
  // 'two tank cars' are not any two cars: a noun modifying the head is part of what is counted.
  const compound = !role && phrase.words.length > 1 ? compoundModifier(phrase.words) : undefined;
  if (compound) noun = `${compound} ${noun}`;
  // '28 patients who were discharged': a relative clause with no role we know may restrict
  // the group to any subset; when in doubt, no key. ('300 volunteers counted the votes' is
  // what the whole group did, and keeps its key.)
  if (!role && !described && RESTRICTING.test(ws[phrase.next]?.lower ?? '')) return NONE;
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
  const sure = (role && role !== 'whole') || workforce;
  return { key, quantity: workforce ? 'the workforce' : quantity, owner: null, confidence: sure ? 'sure' : 'unsure', end: phrase.end };
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

const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)$/;

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

/** The key of an amount of money: 'a net loss of $312m', 'the $213m loss', '$60m in severance', 'the damage at £4.5m', 'debt, about $1.1bn'. */
export function moneyKey(ws: Word[], first: number, next: number): QuantityKey {
  const period = periodOf(ws, first, next);
  const window = windowAfter(ws, next);
  const make = (noun: string, end?: number, confidence: 'sure' | 'unsure' = 'sure'): QuantityKey => ({
    key: ['money', MONEY_SYNONYMS[noun] ?? noun, window ?? '', period ?? ''].join(':'),
    quantity: noun.replace(/-/g, ' '),
    owner: null,
    confidence,
    end,
  });
  const before = ws[first - 1];
  // 'stealing £1.2m from the charity', 'siphoned £1.6m of donations': the verb says what the money is.
  // Unsure: two thefts in one article may be different ones, so only other articles' mentions are compared.
  if (before && THEFT_VERBS.test(before.lower)) return { ...make('stolen', undefined, 'unsure'), quantity: 'money stolen' };
  if (before && (before.lower === 'of' || before.lower === 'at' || before.text === ',')) {
    const noun = nounBefore(ws, first - 1);
    if (noun) return make(noun === 'payment' && oneOffBefore(ws, first - 2) ? 'bonus' : noun);
  }
  // '$213 million loss', '$2.4bn revenue figure'
  let k = next;
  if (ws[k]?.lower === 'more') k++;
  const after = nounPhraseAt(ws, k, 3, false);
  if (after && !after.capitalized) {
    const head = headOf(after);
    if (!GENERIC_NOUNS.has(head) && !EXTENT_NOUNS.has(head)) return make(head, after.end);
  }
  // '$60 million in severance', '£3 million more in add-ons'
  if (ws[k]?.lower === 'in') {
    const inPhrase = nounPhraseAt(ws, k + 1, 3);
    if (inPhrase && !inPhrase.capitalized && !TIME_NOUNS.has(headOf(inPhrase))) return make(headOf(inPhrase));
  }
  return NONE;
}

/** Verbs whose object is money taken dishonestly: the amount stolen, however the story words it. */
const THEFT_VERBS = /^(?:steal|steals|stole|stolen|stealing|siphon|siphons|siphoned|siphoning|embezzle|embezzles|embezzled|embezzling|misappropriate|misappropriated|misappropriating|pocketed|pilfered|pilfering|swindled|swindling|looted|looting|defrauded|defrauding)$/;

/**
 * Newsroom words for one money quantity: a budget 'shortfall', 'gap', 'deficit' or 'black hole'
 * is the same sum; a 'fine' is a 'penalty'; 'revenue' is 'turnover'. Only groups a sub-editor would
 * swap freely; a loss is not a deficit, savings are not cuts.
 */
const MONEY_SYNONYMS: Record<string, string> = {};
for (const group of ['shortfall gap deficit hole', 'fine penalty', 'revenue turnover']) {
  const words = group.split(' ');
  for (const w of words) MONEY_SYNONYMS[w] = words[0];
}

/** 'a one-off payment', 'a one-time payment', 'a lump sum payment' (payment at index `k`): a bonus, however worded. */
function oneOffBefore(ws: Word[], k: number): boolean {
  const l = (n: number): string => ws[n]?.lower ?? '';
  return (/^(?:off|time)$/.test(l(k - 1)) && ws[k - 2]?.text === '-' && l(k - 3) === 'one') || (l(k - 1) === 'sum' && l(k - 2) === 'lump');
}

/** The content word just before index `k` (skipping adjectives is not attempted: 'net loss of' → loss). */
function nounBefore(ws: Word[], k: number): string | undefined {
  const w = ws[k - 1];
  if (!w || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower) || looksLikeVerb(w.lower)) return undefined;
  if (/^[A-Z]/.test(w.text) && k - 1 > 0) return undefined;
  const noun = singular(w.lower);
  return GENERIC_NOUNS.has(noun) || EXTENT_NOUNS.has(noun) ? undefined : noun;
}

const FALL = new Set(['fell', 'fall', 'falls', 'falling', 'down', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'slid', 'slide', 'slump', 'slumped', 'lost', 'lower', 'plunged', 'plunge', 'tumbled', 'sank', 'dip', 'dipped', 'shed', 'cut', 'cuts', 'reduced', 'slashed', 'lowered']);
const RISE = new Set(['rose', 'rise', 'rises', 'rising', 'up', 'gained', 'gain', 'gains', 'jumped', 'jump', 'climbed', 'climb', 'increase', 'increased', 'higher', 'surged', 'surge', 'soared', 'grew', 'growth']);
/** Words for money set aside for a purpose: a cut in one is a cut in the others. */
const SPENDING_NOUNS = new Set(['budget', 'budgets', 'spending', 'funding', 'expenditure']);
const SUBJECT_SKIP = new Set(['will', 'would', 'could', 'set', 'being', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'closed', 'ended', 'finished', 'stood', 'by', 'at', 'of', 'a', 'an', 'the', 'to', 'some', 'nearly', 'about', 'around']);
/** Words for a company's stock. */
const SHARE_NOUNS = new Set(['share', 'shares', 'stock', 'stocks', 'price']);

function direction(lower: string): string | undefined {
  return FALL.has(lower) ? 'fall' : RISE.has(lower) ? 'rise' : undefined;
}

function shareNoun(noun: string): string {
  return SHARE_NOUNS.has(noun) ? 'share' : noun;
}

/** The key of a percentage: '52.4 percent of the vote', 'Shares closed down 11 percent', "a 14% slide in the share price", 'a turnout of 61 per cent'. */
export function percentKey(ws: Word[], first: number, next: number, unit: string): QuantityKey {
  const period = periodOf(ws, first, next);
  const make = (what: string, dir: string | undefined, quantity: string, owner: string | null = null): QuantityKey => ({
    key: ['percent', unit, what, dir ?? '', period ?? ''].join(':'),
    quantity,
    owner,
    confidence: 'sure',
  });
  // 'is demanding 9%', 'holding out for 7 per cent': a pay claim; 'offered 4 per cent': an offer, another quantity.
  // Unsure: a claim or offer may change within one story, so only other articles are compared.
  const bargain = bargainBefore(ws, first);
  if (bargain) return { key: ['percent', unit, bargain, '', period ?? ''].join(':'), quantity: bargain === 'claim' ? 'the rise demanded' : 'the rise offered', owner: null, confidence: 'unsure' };
  const l = ws[next]?.lower;
  if (l === 'of' || l === 'for') {
    const phrase = nounPhraseAt(ws, wholeCountSkipped(ws, next + 1), 4);
    if (phrase) {
      const head = SHARE_OF_SYNONYMS[headOf(phrase)] ?? headOf(phrase);
      if (head && !GENERIC_NOUNS.has(head) || head === 'vote') {
        const owner = ownerBefore(ws, first);
        const key = make(`${l}:${head}`, undefined, `share ${l} the ${head}`, owner);
        return !owner && subjectOfClause(ws, first, phrase.next) ? { ...key, ofAll: true } : key;
      }
    }
  }
  // 'a 14% slide in the share price'
  const dirAfter = l ? direction(l) : undefined;
  if (dirAfter && ws[next + 1]?.lower === 'in') {
    const phrase = nounPhraseAt(ws, next + 2, 3);
    if (phrase) {
      const noun = shareNoun(singular(phrase.words[0])) === 'share' ? 'share' : headOf(phrase);
      return make(noun, dirAfter, `${dirAfter} in ${noun === 'share' ? 'the share price' : noun}`);
    }
  }
  // Walk back over verbs and particles to the subject: 'Shares closed down 11 percent', 'Turnout was 61.2 percent'.
  let dir: string | undefined;
  let k = first - 1;
  for (; k >= 0 && k >= first - 5; k--) {
    const w = ws[k];
    const d = direction(w.lower);
    if (d) {
      dir ??= d;
      continue;
    }
    if (SUBJECT_SKIP.has(w.lower) || w.text === '-') continue;
    break;
  }
  // 'Shares in Northway fell 3%'
  if (ws[k - 1]?.lower === 'in' && SHARE_NOUNS.has(ws[k - 2]?.lower ?? '')) k -= 2;
  const subject = ws[k];
  // 'Library budgets will be cut by 6 per cent' and 'Library spending will fall by 9%': one quantity,
  // named by its head's synonym group and the noun before it (so that park budgets are not library ones).
  if (subject && ws[first - 1]?.lower === 'by' && dir && SPENDING_NOUNS.has(subject.lower)) {
    const modifier = ws[k - 1]?.kind === 'word' && !FUNCTION_WORDS.has(ws[k - 1].lower) && !looksLikeVerb(ws[k - 1].lower) ? ws[k - 1].lower : '';
    const what = modifier ? `${modifier} budget` : 'budget';
    return make(what, dir, `${what} ${dir}`);
  }
  if (subject && subject.kind === 'word' && !FUNCTION_WORDS.has(subject.lower) && !looksLikeVerb(subject.lower) && k < first - 1) {
    const noun = shareNoun(subject.lower) === 'share' ? 'share' : singular(subject.lower);
    if (!GENERIC_NOUNS.has(noun)) return make(noun, dir, `${noun === 'share' ? 'share price' : noun}${dir ? ' ' + dir : ''}`);
  }
  return NONE;
}

/** Nouns a story alternates for the group a share is of: a school's pupils are its students. */
const SHARE_OF_SYNONYMS: Record<string, string> = { pupil: 'student', schoolchild: 'student' };

/**
 * 'of Fairview's roughly 400 staff', 'of the 2,000 residents': a possessive and the group's own size
 * stand between 'of' and the group's noun; the index of the noun phrase after them.
 */
function wholeCountSkipped(ws: Word[], k: number): number {
  let m = k;
  if (/^(?:the|its|their)$/.test(ws[m]?.lower ?? '') && ws[m + 1]?.kind === 'number') m++;
  else if (/^\p{Lu}\p{L}*['’]s$/u.test(ws[m]?.text ?? '')) m++;
  else return k;
  if (/^(?:roughly|about|around|some|nearly|almost|approximately|over|just)$/.test(ws[m]?.lower ?? '')) m++;
  return ws[m]?.kind === 'number' ? m + 1 : k;
}

/** Verbs (and verb phrases ending just before the number) that make a percentage a pay claim or an offer. */
const CLAIM_BEFORE = /^(?:demand|demands|demanding|demanded|seeking|seeks|sought|wants|wanted|claiming)$/;
const OFFER_BEFORE = /^(?:offer|offers|offered|offering)$/;

/** 'demanding 9%', 'holding out for 7 per cent', 'asking for 6%' → claim; 'offered 4 per cent' → offer. */
function bargainBefore(ws: Word[], first: number): 'claim' | 'offer' | undefined {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (CLAIM_BEFORE.test(l(first - 1))) return 'claim';
  if (l(first - 1) === 'for' && (/^(?:asking|calling|pushing|pressing|holding|striking|angling|fighting)$/.test(l(first - 2)) || (l(first - 2) === 'out' && /^(?:holding|holds|held|hold)$/.test(l(first - 3))))) return 'claim';
  if (OFFER_BEFORE.test(l(first - 1))) return 'offer';
  return undefined;
}

/** Does the share at `first` (its 'of' phrase ending before `after`) open its clause and come before its verb ('About 40 percent of the flights were cancelled')? */
function subjectOfClause(ws: Word[], first: number, after: number): boolean {
  const prev = ws[first - 1];
  if (prev && prev.text !== ',' && prev.text !== ';' && prev.text !== ':') return false;
  const next = ws[after];
  return !!next && next.kind === 'word' && (/^(?:was|were|is|are|had|have|has|will|would|could|may|might|did)$/.test(next.lower) || looksLikeVerb(next.lower));
}

/** A name just before the verb before the number ('Hale took 52.4 percent'): whose figure it is. */
function ownerBefore(ws: Word[], first: number): string | null {
  const verb = ws[first - 1];
  let name = ws[first - 2];
  // 'Skyline Air, which flies more than half of the departures': the share is the antecedent's.
  if (name && /^(?:which|who)$/.test(name.lower) && ws[first - 3]?.text === ',') name = ws[first - 4];
  if (!verb || !name || verb.kind !== 'word' || name.kind !== 'word') return null;
  if (!/^[A-Z]/.test(name.text) || FUNCTION_WORDS.has(name.lower)) return null;
  return name.lower;
}

const MOVING = /^(?:travell?ing|moving|going|running|driving|doing|speeding|flying|sailing)$/;

/** A crash named in the few words from `k`: 'it derailed', 'the bus hit the wall', 'the first car left the rails'. */
function crashAfter(ws: Word[], k: number): boolean {
  for (let n = k; n < Math.min(ws.length, k + 6); n++) {
    const l = ws[n].lower;
    if (ws[n].kind === 'punct') return false;
    if (/^(?:derailed|crashed|collided|overturned|hit|struck|ploughed|plowed|smashed)$/.test(l)) return true;
    if (/^(?:left|jumped)$/.test(l) && /^(?:the)$/.test(ws[n + 1]?.lower ?? '') && /^(?:rails?|tracks?|road)$/.test(ws[n + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** Common nouns for one kind of place, as a story alternates them: a river is its stream. */
const PLACE_SYNONYMS: Record<string, string> = {};
for (const group of ['river stream brook creek waterway', 'coast coastline shoreline', 'road carriageway']) {
  const words = group.split(' ');
  for (const w of words) PLACE_SYNONYMS[w] = words[0];
}

/** Mass nouns for a substance whose depth a story may give both as what covers something and as what fell or rose. */
const SUBSTANCE_NOUNS = new Set(['snow', 'snowfall', 'rain', 'rainfall', 'water', 'floodwater', 'mud', 'ice', 'ash', 'debris', 'silt', 'sand', 'rubble', 'hail', 'sleet', 'lava', 'sludge', 'slurry', 'oil']);

const FALL_VERBS = /^(?:fell|fallen|falling|falls|fall|dumped|dropped|accumulated|settled|came|poured|rose|risen)$/;

/**
 * ':under' for a depth lying over something ('buried under 2 metres of snow'), ':fell' for an amount
 * that fell or is new ('40 cm of fresh snow fell'), '' otherwise: a depth with no such word is not
 * compared with one that has it.
 */
function substanceRole(ws: Word[], first: number, phrase: { next: number }): string {
  const l = (n: number): string => ws[n]?.lower ?? '';
  if (/^(?:under|beneath|below|underneath)$/.test(l(first)) || /^(?:under|beneath|below|underneath)$/.test(l(first - 1))) return ':under';
  for (let n = first; n < phrase.next; n++) if (l(n) === 'fresh' || l(n) === 'new') return ':fell';
  for (let n = phrase.next; n < Math.min(ws.length, phrase.next + 4); n++) {
    if (ws[n].kind === 'punct') break;
    if (FALL_VERBS.test(l(n))) return ':fell';
  }
  return '';
}

/** Nouns a story alternates for one measured thing. */
const MEASURE_SYNONYMS: Record<string, string> = { detour: 'diversion' };

const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/**
 * The key of a measure: '80 kilometres of the valley floor' and 'a 30-mile stretch of the valley'
 * (of: valley), 'within 5 km of the dam' (within: dam), '20 miles from Plymouth' and '150 km southwest
 * of Moscow' (from: the place), 'seen from 30 km away' (away), '120 mm of rain in 24 hours' (of: rain, per 24h).
 */
export function measureKey(ws: Word[], first: number, next: number, dimension: string, adjective: boolean): QuantityKey {
  const make = (anchor: string, quantity: string, after = next): QuantityKey => ({
    key: ['measure', dimension, anchor, windowAfter(ws, after) ?? windowAfter(ws, next) ?? ''].join(':'),
    quantity,
    owner: null,
    confidence: 'sure',
  });
  const l = (n: number): string => ws[n]?.lower ?? '';
  // 'travelling at 41 mph when it derailed', 'moving at 47 mph when the first car left the rails':
  // the speed at the moment of the crash, however worded; a speed at no named moment has no key.
  if (dimension === 'speed' && l(first - 1) === 'at' && MOVING.test(l(first - 2)) && l(next) === 'when' && crashAfter(ws, next + 1)) {
    return { key: 'measure:speed:at:crash', quantity: 'speed at the time of the crash', owner: null, confidence: 'sure' };
  }
  if (dimension === 'area' && !adjective) {
    const burned = burnedArea(ws, first);
    if (burned) return burned;
  }
  let k = next;
  // 'a 30-mile stretch of the valley', and unhyphenated, 'a 5km stretch of the river'
  if (adjective || (EXTENT_NOUNS.has(singular(l(k))) && l(k + 1) === 'of')) {
    const phrase = nounPhraseAt(ws, k, 2, false);
    if (!phrase) return NONE;
    const head = singular(phrase.words[phrase.words.length - 1]);
    // 'a half-mile radius' and 'a 1-mile radius of the wreck': one story's radius is its cordon, around whatever.
    // Unsure, like the next: only other articles' mentions are compared.
    if (head === 'radius') return { ...make('radius', 'radius'), confidence: 'unsure' };
    // 'a 25-kilometre detour' is 'a diversion of 16 miles': the measure is of the head noun.
    if (!EXTENT_NOUNS.has(head) && adjective && phrase.words.length === 1 && !FUNCTION_WORDS.has(head) && !looksLikeVerb(head)) {
      return { ...make(`is:${MEASURE_SYNONYMS[head] ?? head}`, `${dimension} of the ${head}`), confidence: 'unsure' };
    }
    if (!(EXTENT_NOUNS.has(head) && l(phrase.next) === 'of')) return NONE;
    k = phrase.next;
  }
  if (l(first - 1) === 'within' && l(k) === 'of') {
    const phrase = nounPhraseAt(ws, k + 1, 4);
    if (phrase) return make(`within:${headOf(phrase)}`, `${dimension} within which, around the ${headOf(phrase)}`);
  }
  if (l(k) === 'away' || (l(k) === 'off' && l(first - 1) !== 'of')) return make('away', `${dimension} away`);
  if (l(k) === 'from' || (COMPASS.test(l(k)) && l(k + 1) === 'of')) {
    const phrase = nounPhraseAt(ws, l(k) === 'from' ? k + 1 : k + 2, 4);
    if (phrase) return make(`from:${headOf(phrase)}`, `${dimension} from ${headOf(phrase)}`);
  }
  if (l(k) === 'of') {
    // 'a three-mile stretch of one of the county's trout streams': the stretch is of the stream.
    let m = k + 1;
    if (l(m) === 'one' && l(m + 1) === 'of') m += 2;
    const phrase = nounPhraseAt(ws, m, 4);
    if (phrase) {
      const head = headOf(phrase);
      const anchor = PLACE_SYNONYMS[head] ?? head;
      // '2 metres of snow' buried them, '40 cm of fresh snow' fell: a substance's depth is keyed by what it did.
      const role = SUBSTANCE_NOUNS.has(head) ? substanceRole(ws, first, phrase) : '';
      return make(`of:${anchor}${role}`, `${dimension} of ${head}${role ? (role === ':under' ? ' burying it' : ' fallen') : ''}`, phrase.next);
    }
  }
  // 'winds of 100 km/h', 'a depth of 3 metres'
  if (l(first - 1) === 'of') {
    if (l(first - 2) === 'radius') return { ...make('radius', 'radius'), confidence: 'unsure' };
    const noun = nounBefore(ws, first - 1);
    if (noun) return make(`is:${MEASURE_SYNONYMS[noun] ?? noun}`, noun);
  }
  return NONE;
}

/** Verbs a fire's spread is told with: 'has burned 4,300 acres', 'scorched 1,200 hectares'. */
const BURN_VERBS = /^(?:burned|burnt|burning|scorched|charred|blackened|consumed)$/;

/**
 * 'had burned 3,400 acres' and 'has now burned more than 4,300 acres west of the town': the area
 * a fire has burned, however placed. Not a past fire's ('the 2018 fire, which burned 20,000
 * acres', 'last year's blaze burned …'): a relative clause or a year or 'last/previous' in the
 * sentence dates another fire. Unsure, so only other articles are compared (a fire grows
 * within one story's telling).
 */
function burnedArea(ws: Word[], first: number): QuantityKey | undefined {
  let v = first - 1;
  if (ws[v]?.lower === 'now' || ws[v]?.lower === 'already') v--;
  if (!BURN_VERBS.test(ws[v]?.lower ?? '')) return undefined;
  let s = v - 1;
  while (/^(?:had|has|have|now|already|since)$/.test(ws[s]?.lower ?? '')) s--;
  // 'the 2018 fire, which burned …': the relative's subject is another fire ('the fire that broke out
  // … had burned' is a relative clause that has closed before the verb).
  if (RESTRICTING.test(ws[s]?.lower ?? '')) return undefined;
  if (ws.some((w) => /^(?:18|19|20)\d\d$/.test(w.text) || /^(?:last|previous|prior|earlier)$/.test(w.lower))) return undefined;
  return { key: 'measure:area:burned', quantity: 'area burned', owner: null, confidence: 'unsure' };
}

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
