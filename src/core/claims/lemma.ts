/**
 * Word forms reduced to a comparable stem, and synonyms reduced to one concept,
 * so that 'hurt' and 'injured', 'blaze' and 'fire', 'began' and 'started' meet
 * in the alignment index and in the rules. A crude suffix stripper is enough:
 * stems are only compared with each other, never shown.
 */

/** Irregular verb forms news copy uses, to their base form. */
const IRREGULAR: Record<string, string> = {
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', began: 'begin', begun: 'begin',
  held: 'hold', took: 'take', taken: 'take', won: 'win', lost: 'lose', left: 'leave', went: 'go', gone: 'go',
  came: 'come', saw: 'see', seen: 'see', made: 'make', gave: 'give', given: 'give', got: 'get', told: 'tell',
  said: 'say', says: 'say', found: 'find', kept: 'keep', led: 'lead', met: 'meet', paid: 'pay', put: 'put',
  ran: 'run', sent: 'send', spent: 'spend', stood: 'stand', struck: 'strike', swept: 'sweep', thought: 'think',
  brought: 'bring', bought: 'buy', built: 'build', caught: 'catch', chose: 'choose', drove: 'drive',
  broke: 'break', broken: 'break', burnt: 'burn', shot: 'shoot', shut: 'shut', sold: 'sell', spoke: 'speak',
  stole: 'steal', stolen: 'steal', threw: 'throw', wrote: 'write', written: 'write', hit: 'hit', hurt: 'hurt', quit: 'quit',
  fought: 'fight', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', knew: 'know', known: 'know',
  became: 'become', died: 'die', dying: 'die', dead: 'die', children: 'child', men: 'man', women: 'woman',
  people: 'person', feet: 'foot', mice: 'mouse', teeth: 'tooth', was: 'be', were: 'be', is: 'be', are: 'be',
  been: 'be', being: 'be', am: 'be', has: 'have', had: 'have', having: 'have', did: 'do', does: 'do', done: 'do',
};

/** Synonyms that news copy alternates between for one fact, to one concept. General, not story-specific. */
const CONCEPTS: Record<string, string[]> = {
  fire: ['fire', 'blaze', 'flames', 'inferno'],
  start: ['start', 'began', 'begin', 'originate', 'broke out'],
  injure: ['hurt', 'injure', 'injured', 'injury', 'injuries', 'wound', 'wounded', 'treated', 'hospitalised', 'hospitalized', 'casualties', 'casualty',
    // Denied by negation.ts, which treats them as 'not injured'.
    'unhurt', 'unharmed', 'uninjured', 'unscathed',
    'broken arm', 'broken leg', 'broken wrist', 'broken ankle', 'broken hip', 'broken ribs', 'broken nose', 'broken jaw', 'broken collarbone', 'broken bones'],
  die: ['die', 'died', 'dead', 'killed', 'kill', 'death', 'deaths', 'fatalities', 'fatality'],
  disable: ['disable', 'disabled', 'switched off', 'turned off', 'shut off', 'shut down', 'deactivated', 'deactivate'],
  region: ['region', 'oblast', 'province', 'county'],
  percent: ['percent', 'per cent', '%'],
  army: ['army', 'soldiers', 'troops', 'military'],
  firefighter: ['firefighters', 'firefighter', 'firemen', 'fire crews', 'crews'],
  police: ['police', 'officers', 'constabulary'],
  child: ['child', 'children', 'kids', 'youngsters'],
  rescue: ['rescue', 'rescued', 'pulled', 'saved', 'lifted'],
  recount: ['recount'],
  request: ['request', 'requested', 'application'],
  // Contesting a ruling, rating or result: appealing against it is challenging it ('will appeal against the rating' / 'will not challenge the rating').
  challenge: ['challenge', 'challenged', 'contest', 'contested', 'appeal', 'appealed', 'appealing'],
  // Going after a remedy: seeking, pursuing or lodging an appeal or a claim are one act.
  pursue: ['pursue', 'pursued', 'pursuing', 'seek', 'seeks', 'sought', 'seeking', 'lodge', 'lodged', 'lodging'],
  // Falling ill: the illness, the sickness and the people who became sick.
  ill: ['ill', 'illness', 'illnesses', 'sick', 'sickness', 'sickened', 'fell ill', 'became ill', 'taken ill'],
  // An animal brought down with a sedative.
  sedate: ['sedate', 'sedated', 'darted', 'tranquillised', 'tranquilized', 'tranquillized', 'tranquilised'],
  // An animal or a prisoner getting away.
  escape: ['escape', 'escaped', 'escapes', 'got out', 'get out', 'broke free', 'break free', 'broke loose', 'absconded'],
  ballot: ['ballot', 'ballots', 'votes'],
  find: ['find', 'found', 'detect', 'detected', 'discover', 'discovered'],
  say: ['say', 'said', 'says', 'told', 'stated', 'added', 'announced'],
  // An alarm that went off was triggered, sounded, was activated.
  trigger: ['trigger', 'triggered', 'go off', 'went off', 'gone off', 'sounded', 'activated', 'tripped', 'set off'],
  // Data or goods taken in a theft or breach.
  steal: ['steal', 'stole', 'stolen', 'theft', 'taken', 'took'],
  close: ['close', 'closed', 'closes', 'closing', 'closure', 'shut', 'shuts'],
  // Knocking a building down: the verb and its noun ('would be demolished' / 'demolition was not being considered').
  demolish: ['demolish', 'demolished', 'demolishing', 'demolition', 'knocked down', 'pulled down', 'torn down', 'knock down', 'pull down', 'tear down'],
  postpone: ['postpone', 'postponed', 'put off', 'pushed back', 'deferred', 'delayed', 'rescheduled'],
  shortfall: ['shortfall', 'gap', 'deficit', 'overspend', 'black hole'],
  // Superlatives of damage: one place of a kind can hold the title (superlative.ts).
  'worst-hit': ['worst-hit', 'worst hit', 'hardest-hit', 'hardest hit', 'worst-affected', 'worst affected', 'most affected', 'most badly', 'worst-damaged', 'worst damaged', 'most damaged'],
};

const SUFFIX_EXCEPTIONS = new Set(['news', 'always', 'perhaps', 'this', 'his', 'its', 'was', 'has', 'is', 'us', 'bus', 'gas', 'series', 'species']);

/** Stems already computed: every claim word of every article is stemmed, and a vocabulary is small. */
const stems = new Map<string, string>();
const STEMS_LIMIT = 50_000;

/** A crude stem: lower case, no possessive, irregular forms resolved, common suffixes off. */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    if (stems.size >= STEMS_LIMIT) stems.clear();
    stems.set(word, (known = stemOf(word)));
  }
  return known;
}

function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/’/g, '\'').replace(/'s$/, '').replace(/'$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3 || SUFFIX_EXCEPTIONS.has(w) || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Undouble a final consonant left by -ed/-ing ('stopped' → 'stop') and drop a final e ('approve' → 'approv').
  if (/([bdfgklmnprtvz])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const conceptOfStem = new Map<string, string>();
const conceptOfPhrase = new Map<string, string>();
for (const [concept, forms] of Object.entries(CONCEPTS)) {
  for (const form of forms) {
    if (form.includes(' ')) conceptOfPhrase.set(form.split(' ').map(stem).join(' '), concept);
    else conceptOfStem.set(stem(form), concept);
  }
}

/** The concept of a stem: its synonym class, else the stem itself. */
export function concept(stemmed: string): string {
  return conceptOfStem.get(stemmed) ?? stemmed;
}

/** The concept of a two-word phrase ('switched off', 'fire crews'), if the lexicon has one. */
export function phraseConcept(first: string, second: string): string | undefined {
  return conceptOfPhrase.get(`${stem(first)} ${stem(second)}`);
}

/** Whether the word is a past-tense or participle form (for 'who last held', passive voice, agents). */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  if (/[a-z]{2,}ed$/.test(w)) return true;
  return w in IRREGULAR && !['children', 'men', 'women', 'people', 'feet', 'mice', 'teeth', 'is', 'are', 'am', 'says', 'does', 'has', 'being', 'having', 'dying', 'dead'].includes(w);
}
