import { type ClaimSide, type Conflict } from './conflict';
import { concept, isPastForm, stem } from './lemma';
import { perWords } from './memo';
import type { ClaimWord } from './terms';

/**
 * Who did it: the same act, with the same object, done by different people
 * ('Volunteers from the rowing club pulled two children from a car' against
 * 'It was firefighters, not passers-by, who pulled two children from a car').
 * Only groups that news copy names by role are compared, from a lexicon in
 * which synonyms share a concept (soldiers and the army, crews and
 * firefighters); a person's name against a description of them ('Hale' and
 * 'the Green candidate') may be one person, so names are never compared here.
 */
const AGENTS = new Set(
  `firefighters crews firemen soldiers troops army military police officers volunteers residents neighbours neighbors
   passers-by bystanders paramedics coastguard coastguards lifeguards rescuers doctors nurses staff workers teachers
   students protesters divers engineers contractors witnesses locals villagers farmers fishermen guards security
   lifeboat medics surgeons councillors officials investigators inspectors scientists researchers
   vet vets veterinarian veterinarians keeper keepers ranger rangers marksman marksmen deputy deputies sheriff driver drivers`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => concept(stem(w))),
);

const PASSIVE = /^(?:was|were|is|are|be|been|being|got|get)$/;
const SAME_OBJECT_WORDS = 4;

interface Act {
  /** Index of the verb in the words. */
  verb: number;
  agent: ClaimWord;
}

/** The acts of a claim whose subject is a role group: 'Volunteers … pulled', 'It was firefighters … who pulled'. */
const acts = perWords(actsIn);

function actsIn(words: readonly ClaimWord[]): Act[] {
  const found: Act[] = [];
  for (let v = 1; v < words.length; v++) {
    const w = words[v];
    if (w.token.kind !== 'word' || w.name || !w.concept || !isPastForm(w.token.text)) continue;
    if (PASSIVE.test(words[v - 1].token.normal) || PASSIVE.test(words[v - 2]?.token.normal ?? '')) continue;
    const agent = agentBefore(words, v);
    if (agent) found.push({ verb: v, agent });
  }
  return found;
}

function agentBefore(words: readonly ClaimWord[], v: number): ClaimWord | undefined {
  // Cleft: 'It was X, not Y, who V'.
  if (words[v - 1].token.normal === 'who' && words[0]?.token.normal === 'it' && /^(?:was|were|is)$/.test(words[1]?.token.normal ?? '')) {
    const x = words[2];
    return x && x.concept && AGENTS.has(x.concept) ? x : undefined;
  }
  // Plain subject: the clause's first content word, before any preposition or comma, right before the verb group.
  const subject = words.slice(0, v);
  if (subject.some((w) => w.token.kind === 'punct')) return undefined;
  const head = subject.find((w) => w.concept);
  if (!head || !AGENTS.has(head.concept!)) return undefined;
  return head;
}

export function agentConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const passive = passiveConflict(a, b);
  if (passive) return passive;
  for (const x of acts(a.words)) {
    for (const y of acts(b.words)) {
      if (a.words[x.verb].concept !== b.words[y.verb].concept) continue;
      if (x.agent.concept === y.agent.concept) continue;
      const objectA = a.words.slice(x.verb + 1, x.verb + 1 + SAME_OBJECT_WORDS).map((w) => w.concept ?? w.token.normal);
      const objectB = b.words.slice(y.verb + 1, y.verb + 1 + SAME_OBJECT_WORDS).map((w) => w.concept ?? w.token.normal);
      if (objectA.length < SAME_OBJECT_WORDS || objectA.join(' ') !== objectB.join(' ')) continue;
      // If either side also names the other's agent (both groups took part), there is no conflict.
      if (a.terms.has(y.agent.concept!) || b.terms.has(x.agent.concept!)) continue;
      const act = a.words.slice(x.verb, x.verb + 1 + SAME_OBJECT_WORDS).map((w) => w.token.text).join(' ');
      return {
        reason: 'agent',
        detail: `'${x.agent.token.text}' ↔ '${y.agent.token.text}'`,
        here: `${x.agent.token.text.toLowerCase()} ${act}`,
        there: `${y.agent.token.text.toLowerCase()} ${act}`,
      };
    }
  }
  return null;
}

/** Words that end a 'by' phrase: its head is the last content word before them ('by the park's head vet, Dr …'). */
const BY_PHRASE_END = /^(?:[,;:—–.()]|with|on|after|at|in|from|and|who|before|while|when)$/;
const PRONOUN = /^(?:he|she|it|they|him|her|them)$/;

interface PassiveAct {
  verb: number;
  agent: ClaimWord;
  /** Concepts of the patient (the words before the auxiliary); empty for a pronoun. */
  patient: string[];
  pronoun: boolean;
}

/** 'The leopard was darted by the park's vet': the verb, the role after 'by', and who it was done to. */
const passiveActs = perWords((words: readonly ClaimWord[]): PassiveAct[] => {
  const found: PassiveAct[] = [];
  for (let v = 1; v < words.length - 2; v++) {
    const w = words[v];
    if (w.token.kind !== 'word' || w.name || !w.concept || !isPastForm(w.token.text) || words[v + 1].token.normal !== 'by') continue;
    let aux = v - 1;
    while (aux >= 0 && /^(?:later|then|eventually|finally|quickly|also|first)$/.test(words[aux].token.normal)) aux--;
    if (aux < 1 || !/^(?:was|were|been|is|are|got)$/.test(words[aux].token.normal)) continue;
    let end = v + 2;
    while (end < words.length && end - v <= 7 && !BY_PHRASE_END.test(words[end].token.normal)) end++;
    const head = words.slice(v + 2, end).reverse().find((x) => x.concept && !x.name);
    if (!head || !AGENTS.has(head.concept!)) continue;
    let start = aux - 1;
    while (start > 0 && /^(?:has|have|had)$/.test(words[start].token.normal)) start--;
    const before = words.slice(0, start + 1);
    const pronoun = before.length > 0 && PRONOUN.test(before[before.length - 1].token.normal);
    found.push({ verb: v, agent: head, patient: before.filter((x) => x.concept).map((x) => x.concept!), pronoun });
  }
  return found;
});

/**
 * 'The leopard was darted by the park's vet' against 'He was tranquillised by
 * a police marksman': the same act done to the same one (or to a pronoun the
 * alignment already pairs) by different role groups.
 */
function passiveConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  for (const x of passiveActs(a.words)) {
    for (const y of passiveActs(b.words)) {
      if (a.words[x.verb].concept !== b.words[y.verb].concept || x.agent.concept === y.agent.concept) continue;
      if (!x.pronoun && !y.pronoun && !x.patient.some((c) => y.patient.includes(c))) continue;
      if (a.terms.has(y.agent.concept!) || b.terms.has(x.agent.concept!)) continue;
      const verb = a.words[x.verb].token.text;
      return {
        reason: 'agent',
        detail: `'${x.agent.token.text}' ↔ '${y.agent.token.text}'`,
        here: `${verb} by the ${x.agent.token.text}`,
        there: `${b.words[y.verb].token.text} by the ${y.agent.token.text}`,
      };
    }
  }
  return null;
}
