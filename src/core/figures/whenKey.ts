import type { Sentence } from '../text/article';
import { tagSentence, type TaggedTerm } from '../text/tagging';
import { singular } from './words';
import { eventNouns } from '../lexicon/eventNouns';
import { lemmasOf } from '../lexicon/wordnet';

/**
 * What a date, weekday, time or year is the date of. 'A fire swept through the
 * plant … on Tuesday' and 'after a blaze ripped through the factory in the early
 * hours of Wednesday' both date the fire; 'the cuts to be completed by the end of
 * March' dates the completion of the cuts. The day a thing was said is not a
 * fact of the story and gets no key. This needs the verbs of the clause, so it
 * is the one place where the figure scanner asks compromise to tag a sentence.
 */

/** Nouns naming an event, by kind: a fire and a blaze are one event. */
const EVENTS: Readonly<Record<string, string>> = Object.fromEntries(eventNouns('dated'));

/**
 * Verbs that name one of the story's events on their own, whoever the subject is worded as:
 * 'was convicted on Wednesday' and 'was found guilty on Thursday' both date the verdict.
 * Not arrests: a story's arrests are often spread over several days.
 */
const EVENT_VERBS: Record<string, string> = {
  convicted: 'verdict',
  sentenced: 'sentencing',
  jailed: 'sentencing',
};

/** What a train or vehicle leaves or comes off in a derailment. */
const TRACK = /^(?:tracks?|rails?|line|road)$/;
/** Things put up to close a road or a crossing. */
const BARRIERS = /^(?:barriers?|barricades?|cordons?|roadblocks?)$/;

/**
 * The event a verb group names, however the story words it: 'found guilty' is the verdict;
 * 'derailed', 'left the tracks' and 'came off the rails' are the crash; 'forced open a window',
 * 'broke in' and 'got in through a skylight' are the break-in; 'shut the bridge', 'closed the road'
 * and 'barriers went up' are the closure. Reopening is another event.
 */
function eventOfVerb(group: TaggedTerm[], following: TaggedTerm[], subject: string | undefined): string | undefined {
  const verb = group[group.length - 1];
  const words = group.map((t) => t.normal);
  const next = following.filter((t) => !/^(?:the|a|an|its|their)$/.test(t.normal));
  const has = (...ws: string[]): boolean => ws.some((w) => words.includes(w));
  if (verb.normal === 'found' && following[0]?.normal === 'guilty') return 'verdict';
  if (has('derailed', 'derail')) return 'crash';
  if (has('left', 'leave', 'jumped') && TRACK.test(next[0]?.normal ?? '')) return 'crash';
  // 'came off the rails', with 'off' read as a particle of the verb or as a preposition
  if (has('came', 'come') && (has('off') ? TRACK.test(next[0]?.normal ?? '') : following[0]?.normal === 'off' && TRACK.test(next[1]?.normal ?? ''))) return 'crash';
  if (has('forced') && (words.includes('open') || following[0]?.normal === 'open' || following[0]?.normal === 'entry')) return 'break-in';
  if (has('broke', 'break', 'got', 'get') && (words.includes('in') || words.includes('into') || /^(?:in|into)$/.test(following[0]?.normal ?? ''))) return 'break-in';
  if (has('shut', 'closed') && !has('reopened') && next[0] && next[0].tags.has('Noun')) return 'closure';
  if (subject && BARRIERS.test(subject) && has('went', 'put', 'erected')) return 'closure';
  return EVENT_VERBS[verb.normal];
}

/** Verbs of saying: a weekday after them dates the report, not the event. */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tell', 'announced', 'announce', 'announces', 'confirmed', 'confirm', 'confirms', 'reported',
  'report', 'reports', 'stated', 'added', 'declared', 'revealed', 'disclosed', 'wrote', 'tweeted', 'posted', 'insisted',
  'claimed', 'warned', 'admitted', 'denied', 'explained', 'estimated', 'published',
]);

function isVerb(t: TaggedTerm): boolean {
  return t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Date');
}

function isNoun(t: TaggedTerm): boolean {
  return t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
}

/** Consecutive verb terms form one verb group ('was remembered', 'to be completed'). */
function verbGroups(terms: TaggedTerm[]): TaggedTerm[][] {
  const groups: TaggedTerm[][] = [];
  let current: TaggedTerm[] | null = null;
  for (const t of terms) {
    if (isVerb(t)) {
      if (!current) groups.push((current = []));
      current.push(t);
    } else if (!(current && (t.normal === 'to' || t.tags.has('Adverb') || t.tags.has('Negative')))) {
      current = null;
    }
  }
  return groups;
}

/** The verb's WordNet lemma ('closed' → 'close', 'met' → 'meet'), else the word cut to its stem. */
function verbLemma(word: string): string {
  const w = word.toLowerCase();
  return lemmasOf(w, 'v')[0] ?? w.replace(/(?:ing|ed|es|e|s)$/, '');
}

const AUXILIARIES = /^(?:was|were|been|is|are|be|being|has|have|had)$/;

/**
 * The act done to an event the date is of: 'a caller reported the fire at
 * 3:33' (the event is the verb's object), 'the fire was knocked down by 6:40'
 * (its passive subject). Such a date is of the report or the knockdown, a
 * sub-event, not of the fire; 'the fire broke out at 3:30' is of the fire.
 */
function actOnEvent(before: TaggedTerm[], n: number): string | undefined {
  // An object only when no verb follows it before the date ('said the fire … started' makes it a subject), and only
  // after 'the': 'reached a verdict', 'staged its strike' name the event itself with a support verb.
  let j = n - 1;
  while (j >= 0 && (before[j].tags.has('Adjective') || before[j].tags.has('Possessive'))) j--;
  const definite = before[j]?.normal === 'the';
  while (j >= 0 && before[j].tags.has('Determiner')) j--;
  const governing = before[j];
  const object = definite && governing && isVerb(governing) && verbGroups(before.slice(n + 1)).length === 0;
  if (object && !governing.tags.has('Copula') && !LIGHT_VERBS.has(governing.normal) && !AUXILIARIES.test(governing.normal)) return verbLemma(governing.normal);
  // 'was knocked down': the particle is no verb of its own.
  const group = verbGroups(before.slice(n + 1))[0]?.filter((t) => !/^(?:down|out|up|off|over|back|away)$/.test(t.normal));
  if (group && group.length > 1 && group.slice(0, -1).some((t) => AUXILIARIES.test(t.normal)) && /(?:ed|en|wn|ut)$/.test(group[group.length - 1].normal)) {
    return verbLemma(group[group.length - 1].normal);
  }
  return undefined;
}

function clauseBreak(t: TaggedTerm, text: string): boolean {
  return /[;:—–]\s*$/.test(text.slice(t.end, t.end + 2)) || t.normal === 'while' || t.normal === 'but';
}

/** 'Supporters of the power plant': a noun inside a prepositional phrase is not the subject. */
function objectOfPreposition(terms: TaggedTerm[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !terms[j].tags.has('Preposition') && (terms[j].tags.has('Determiner') || terms[j].tags.has('Adjective') || isNoun(terms[j]))) j--;
  return j >= 0 && terms[j].tags.has('Preposition');
}

const MODALS = /^(?:will|would|shall|should|could|can|may|might|must)$/;

/** Stems of verbs a story alternates for one happening: a ward that shuts is one that closes. */
const VERB_SYNONYMS: Record<string, string> = { shut: 'close' };

const VESSELS = /^(?:ship|liner|vessel|ferry|boat)$/;
/** A vessel that returns, docks, berths or arrives has come into port. */
const VESSEL_ARRIVALS: Record<string, string> = { return: 'dock', dock: 'dock', berth: 'dock', arrive: 'dock' };

/** What a vessel runs onto. */
const SHOALS = /^(?:rocks?|reefs?|sandbanks?|shoals?|sandbar)$/;

/** Machines and networks whose failure is a story's outage. */
const SYSTEMS = /^(?:systems?|networks?|computers?|servers?|power|grid|website|site|app|phones?|lines?|signals?|platforms?)$/;

/**
 * An event worded by a verb phrase in the clause before the date, with at most one more verb between
 * them: 'ran aground', 'went aground' (the grounding); 'the systems went down', 'the network failed'
 * (the outage).
 */
function eventPhraseBefore(before: TaggedTerm[], text: string): string | undefined {
  for (let n = before.length - 1; n >= 0 && n >= before.length - 14; n--) {
    const t = before[n];
    if (clauseBreak(t, text) || REPORTING.has(t.normal)) return undefined;
    let event: string | undefined;
    if (t.normal === 'aground') event = 'grounding';
    // 'struck the Sgeir rocks', 'hit a reef': a vessel's grounding.
    else if (SHOALS.test(t.normal) && before.slice(Math.max(0, n - 4), n).some((v) => /^(?:struck|hit|hits|strikes)$/.test(v.normal))) event = 'grounding';
    else if (/^(?:went|go|goes|gone|failed|fails|crashed|collapsed)$/.test(t.normal) && (t.normal !== 'went' && t.normal !== 'go' && t.normal !== 'goes' && t.normal !== 'gone' || before[n + 1]?.normal === 'down')) {
      // 'The systems went down', 'Systems at the airport failed': the subject's head, before any preposition.
      const subject = before.slice(Math.max(0, n - 6), n).find((s) => SYSTEMS.test(s.normal) && isNoun(s));
      if (subject && !before.slice(before.indexOf(subject) + 1, n).some((s) => isVerb(s)) && !objectOfPreposition(before, before.indexOf(subject))) event = 'outage';
    }
    // 'The ferry, which ran aground in 2019, sank on Monday': a comma closes the clause the phrase is in.
    if (event) return verbGroups(before.slice(n + 1)).length <= 1 && !text.slice(t.end).includes(',') ? event : undefined;
  }
  return undefined;
}

/**
 * The noun a possessive weekday governs: the last noun of the run of modifiers and nouns after it
 * ('fourth stage', 'mountain stage', 'start').
 */
function possessedHead(after: TaggedTerm[]): TaggedTerm | undefined {
  let head: TaggedTerm | undefined;
  for (const t of after.slice(0, 4)) {
    if (isNoun(t) && !t.tags.has('ProperNoun')) head = t;
    else if (head || !(t.tags.has('Adjective') || t.tags.has('Gerund') || t.tags.has('Value') || t.tags.has('Ordinal'))) break;
  }
  return head;
}

/** An event noun in the plural ('rallies', 'the quakes'): a series, not one event with one date. */
function plural(t: TaggedTerm): boolean {
  return singular(t.normal) !== t.normal && !t.tags.has('Uncountable');
}

export interface WhenKey {
  key: string;
  quantity: string;
  /** An event noun, or a verb of substance with its subject; not a light verb ('had', 'got', 'made'). */
  sure: boolean;
  /** The event noun is plural ('Sunday's quakes', 'rallies on Monday'): see Figure.series. */
  series?: boolean;
}

const LIGHT_VERBS = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'had', 'has', 'have', 'do', 'did', 'does', 'got', 'get', 'made', 'make', 'took', 'take', 'went', 'go', 'came', 'come', 'put', 'set', 'saw', 'see', 'in', 'on', 'up', 'out']);

/**
 * The key of a dated figure spanning [start, end) of `sentence`: the event it
 * dates ('when:event:fire'), or its verb and the verb's subject
 * ('when:complet:cut'); `prep` (since/in/by) is kept for years.
 */
export function whenKey(sentence: Sentence, articleText: string, start: number, end: number, namespace: string, prep: string): WhenKey | null {
  const terms = tagSentence(sentence);
  const before = terms.filter((t) => t.end <= start);
  const after = terms.filter((t) => t.start >= end);
  // "Tuesday's fire", "Saturday night's blaze"
  if (/['’]s$/.test(articleText.slice(start, end))) {
    for (const t of after.slice(0, 2)) {
      const kind = EVENTS[singular(t.normal)];
      // "Sunday's quakes", "Saturday's protests": the day of a series, which another day of the story may add to.
      if (kind && isNoun(t)) return { key: `${namespace}:event:${kind}`, quantity: `date of the ${kind}`, sure: true, ...(plural(t) ? { series: true } : {}) };
    }
    // "Thursday's fourth stage", "Friday's start", "Saturday's match": the possessive dates the
    // noun it governs, a stage or session of a many-day story, not the event of the clause.
    if (possessedHead(after)) return null;
  }
  const last = before[before.length - 1];
  const beforeLast = before[before.length - 2];
  if (last && REPORTING.has(last.normal)) return null;
  if (beforeLast && REPORTING.has(beforeLast.normal) && /^(?:on|late|early)$/.test(last?.normal ?? '')) return null;

  // A year may date an earlier grounding or outage ('ran aground in 2019'): only days and hours.
  const phrased = namespace === 'year' ? undefined : eventPhraseBefore(before, articleText.slice(0, start));
  if (phrased) return { key: `${namespace}:event:${phrased}`, quantity: `time of the ${phrased}`, sure: true };

  // The nearest event noun that heads its phrase and is the subject of at most one verb before the date.
  for (let n = before.length - 1; n >= 0; n--) {
    const t = before[n];
    if (clauseBreak(t, articleText)) break;
    const kind = EVENTS[singular(t.normal)];
    if (!kind || !isNoun(t)) continue;
    const following = before[n + 1];
    if (following && isNoun(following) && !following.tags.has('ProperNoun')) continue; // 'flood bank'
    const groups = verbGroups(before.slice(n + 1));
    if (groups.length > 1) break;
    // 'Palin, who was not at the church at the time of the fire, stopped by Saturday': an event in a phrase
    // that a comma closes before the dated verb is another clause's ('after a blaze ripped through' still dates the blaze).
    if (groups.length && objectOfPreposition(before, n) && /^\s*,/.test(articleText.slice(t.end))) continue;
    if (groups.some((g) => g.some((v) => REPORTING.has(v.normal)))) return null;
    const series = plural(t) ? { series: true } : {};
    const act = actOnEvent(before, n);
    if (act) return { key: `${namespace}:event:${kind}:${act}`, quantity: `date of the ${kind} (${act})`, sure: true, ...series };
    return { key: `${namespace}:event:${kind}`, quantity: `date of the ${kind}`, sure: true, ...series };
  }

  // Otherwise the verb of the clause and its subject: 'the cuts to be completed by the end of March'.
  let verbGroup = verbGroups(before).pop();
  let subjectTerms = verbGroup ? before.slice(0, before.indexOf(verbGroup[0])) : [];
  if (!verbGroup) {
    // 'At around 3 a.m. the Liberal Alliance asked …'
    verbGroup = verbGroups(after)[0];
    subjectTerms = verbGroup ? after.slice(0, after.indexOf(verbGroup[0])) : [];
  }
  if (!verbGroup) return null;
  let verb = verbGroup[verbGroup.length - 1];
  if (REPORTING.has(verb.normal) || verb.tags.has('Copula')) return null;
  const pool = before.includes(verb) ? before : after;
  // 'will close to patients from Monday': the tagger may read the verb after a modal as an
  // adjective ('close'); the modal is not what is dated, the word after it is.
  const afterModal = MODALS.test(verb.normal) ? pool[pool.indexOf(verb) + 1] : undefined;
  if (afterModal && /^[a-z]+$/.test(afterModal.normal) && !afterModal.tags.has('Determiner') && !afterModal.tags.has('Preposition')) verb = afterModal;
  else if (MODALS.test(verb.normal)) return null;
  const subject = [...subjectTerms].reverse().find(isNoun);
  const event = eventOfVerb(verbGroup, pool.slice(pool.indexOf(verb) + 1, pool.indexOf(verb) + 4), subject && singular(subject.normal.split(' ').pop() ?? ''));
  if (event) return { key: `${namespace}:event:${event}`, quantity: `date of the ${event}`, sure: true };
  if (!subject) return null;
  let subjectWord = singular(subject.normal.split(' ').pop() ?? subject.normal);
  const prepPart = namespace === 'year' ? prep : '';
  let verbStem = VERB_SYNONYMS[verbLemma(verb.normal)] ?? verbLemma(verb.normal);
  // 'the ship returned to port on Sunday', 'the liner docked on Saturday': a vessel's return is its docking.
  if (VESSELS.test(subjectWord)) {
    subjectWord = 'ship';
    verbStem = VESSEL_ARRIVALS[verbStem] ?? verbStem;
  }
  return {
    key: `${namespace}:${verbStem}:${subjectWord}:${prepPart}`,
    quantity: `when the ${subjectWord} ${verb.normal}`,
    sure: !LIGHT_VERBS.has(verb.normal),
  };
}
