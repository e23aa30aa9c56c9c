import { type ClaimSide, type Conflict } from './conflict';
import { isPastForm, stem } from './lemma';
import { normalsOf, perWords } from './memo';
import type { ClaimWord } from './terms';

/**
 * Who did it, between named organisations, across active and passive voice:
 * 'The Green group tabled an amendment' against 'The amendment was tabled by
 * the Liberal Democrats'. A person's name is never compared (a councillor may
 * act for the group the other article names), only names that are bodies: a
 * name followed by an organisation noun ('the Green group', 'Acme Ltd's board')
 * or a party name ('the Liberal Democrats', 'the Tories'). The act must be the
 * same verb on the same object, and at least one side must name the object
 * with a definite article: two groups may each table 'an amendment', but 'the
 * amendment' is the one the story is about.
 */
const ORG_NOUNS = new Set([
  'group', 'party', 'council', 'committee', 'union', 'company', 'firm', 'board', 'club', 'trust', 'authority',
  'agency', 'government', 'ministry', 'department', 'administration', 'coalition', 'bloc', 'caucus', 'cabinet',
  'association', 'federation', 'charity', 'campaign', 'opposition', 'councillors', 'members', 'mps',
]);

const PARTY_WORDS = new Set(
  ['democrats', 'republicans', 'labour', 'labor', 'conservatives', 'tories', 'greens', 'green', 'liberal', 'liberals',
    'socialists', 'nationalists', 'independents', 'reform', 'snp', 'ukip', 'plaid', 'lib', 'dems'].map(stem),
);

const PASSIVE = /^(?:was|were|is|are|been|being)$/;
const DETERMINERS = /^(?:a|an|the|its|their|his|her|this|that)$/;

interface NamedAct {
  verb: string;
  object: string;
  definite: boolean;
  names: string[];
  agentText: string;
  actText: string;
}

interface Body {
  names: string[];
  end: number;
  text: string;
}

/** A body's name from index `from`: '[the] Name… [organisation noun]', or undefined for anything that may be a person. */
function bodyAt(words: readonly ClaimWord[], from: number): Body | undefined {
  let i = from;
  if (words[i]?.token.normal === 'the') i++;
  const start = i;
  const names: string[] = [];
  while (i < words.length && words[i].name) names.push(words[i++].token.normal);
  if (names.length === 0) return undefined;
  const org = ORG_NOUNS.has(words[i]?.token.normal ?? '');
  if (org) i++;
  if (!org && !names.some((n) => PARTY_WORDS.has(stem(n)))) return undefined;
  return { names, end: i, text: words.slice(start, i).map((w) => w.token.text).join(' ') };
}

/** The first content word from `from` after determiners, with whether it was definite. */
function objectAt(words: readonly ClaimWord[], from: number): { head: string; definite: boolean } | undefined {
  let i = from;
  let definite = false;
  while (i < words.length && DETERMINERS.test(words[i].token.normal)) definite ||= words[i++].token.normal !== 'a' && words[i - 1].token.normal !== 'an';
  const w = words[i];
  return w && w.concept && !w.name && w.token.kind === 'word' ? { head: w.concept, definite } : undefined;
}

export const namedActs = perWords(namedActsIn);

function namedActsIn(words: readonly ClaimWord[]): NamedAct[] {
  const found: NamedAct[] = [];
  for (let v = 1; v < words.length; v++) {
    const w = words[v];
    if (w.token.kind !== 'word' || w.name || !w.concept || !isPastForm(w.token.text)) continue;
    if (words.slice(0, v).some((x) => x.token.kind === 'punct')) break;
    if (PASSIVE.test(words[v - 1].token.normal)) {
      // 'The amendment was tabled by the Liberal Democrats'
      if (words[v + 1]?.token.normal !== 'by') continue;
      const body = bodyAt(words, v + 2);
      const object = objectAt(words, 0);
      if (!body || !object || v - 1 > 4) continue;
      found.push({ verb: w.concept, object: object.head, definite: object.definite, names: body.names, agentText: body.text, actText: `${w.token.text} ${words.slice(0, v - 1).map((x) => x.token.text).join(' ').toLowerCase()}` });
    } else {
      // 'The Green group tabled an amendment'
      const body = bodyAt(words, 0);
      if (!body || body.end !== v) continue;
      const object = objectAt(words, v + 1);
      if (!object) continue;
      const objectText = words.slice(v + 1, v + 3).map((x) => x.token.text).join(' ');
      found.push({ verb: w.concept, object: object.head, definite: object.definite, names: body.names, agentText: body.text, actText: `${w.token.text} ${objectText}` });
    }
  }
  return found;
}

export function namedAgentConflict(a: ClaimSide, b: ClaimSide): Conflict | null {
  const normalsA = normalsOf(a.words);
  const normalsB = normalsOf(b.words);
  for (const x of namedActs(a.words)) {
    for (const y of namedActs(b.words)) {
      if (x.verb !== y.verb || x.object !== y.object || !(x.definite || y.definite)) continue;
      // One name in common ('the Green group' / 'Green councillors'), or either side naming both bodies: no conflict.
      if (x.names.some((n) => normalsB.has(n)) || y.names.some((n) => normalsA.has(n))) continue;
      return {
        reason: 'agent',
        detail: `'${x.agentText}' ↔ '${y.agentText}'`,
        here: `${x.agentText} ${x.actText}`,
        there: `${y.agentText} ${y.actText}`,
      };
    }
  }
  return null;
}
