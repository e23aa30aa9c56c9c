/**
 * The story's cast: every person and body the loaded articles name, with each
 * way they are referred to and what each article says about them. Built on the
 * per-article cast that speaker resolution reads (quotes/cast.ts), so that
 * there is one name finder; this file only joins those casts across articles.
 */
import type { Article } from '../text/article';
import type { Figure } from '../figures/figure';
import { castOf, fullestName, isBodyMention, type Cast } from '../quotes/cast';
import { HONORIFIC_GENDER } from '../quotes/speakerWords';
import { nameTags } from '../quotes/nameTags';
import { gazetteer, placeKey } from '../geo/gazetteer';
import { passageOf, type Passage } from './passage';
import { lemmasOf } from '../lexicon/wordnet';

export type AttributeKind = 'age' | 'role' | 'affiliation';

export interface CastAttribute {
  kind: AttributeKind;
  value: string;
  /** 'sure' when the article ties it to the name; 'likely' when only through a role the story gives one person. */
  link: 'sure' | 'likely';
  passage: Passage;
}

export interface CastMember {
  /** Stable key: the fullest name, lower case ('graham tully'). */
  id: string;
  /** The fullest name as written ('Graham Tully'). */
  name: string;
  kind: 'person' | 'body' | 'place';
  /** Every way the articles refer to them: names, honorific + surname, role nouns ('the driver'). */
  aliases: string[];
  attributes: CastAttribute[];
  passages: Passage[];
}

interface Local {
  full: string[];
  body: boolean;
  /** Some mention has an honorific, a role or a first name: a person or body, never a place. */
  personal: boolean;
  aliases: Set<string>;
  roles: Set<string>;
  attributes: CastAttribute[];
  passages: Passage[];
}

const POST_MODIFIERS = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'to', 'on']);

/** The head noun of a role ('head of the union' → 'head', 'bus driver' → 'driver'). */
export function roleHead(role: string[]): string {
  const cut = role.findIndex((w) => POST_MODIFIERS.has(w));
  const core = (cut > 0 ? role.slice(0, cut) : role).filter((w) => /^[a-z][a-z-]*$/.test(w) && !/^\d/.test(w));
  return core[core.length - 1] ?? '';
}

/** What follows a role's head ('of the union'): the body a role ties someone to. */
function affiliationOf(role: string[]): string | undefined {
  const cut = role.findIndex((w) => w === 'of' || w === 'at' || w === 'for');
  if (cut < 0) return undefined;
  const rest = role.slice(cut + 1).filter((w) => w !== 'the' && w !== 'a');
  return rest.length ? rest.join(' ') : undefined;
}

/** Per version of an article's text: the story is rebuilt for each group compared, its articles' casts are not. */
const localCache = new WeakMap<Article, Map<string, Local>>();

function articleCast(article: Article): Map<string, Local> {
  let cached = localCache.get(article);
  if (!cached) localCache.set(article, (cached = readArticleCast(article)));
  return cached;
}

function readArticleCast(article: Article): Map<string, Local> {
  const cast: Cast = castOf(article);
  const people = new Map<string, Local>();
  for (const m of cast.mentions) {
    const full = fullestName(cast, m.name, m.start);
    const id = full.join(' ').toLowerCase();
    let local = people.get(id);
    if (!local) people.set(id, (local = { full, body: false, personal: false, aliases: new Set(), roles: new Set(), attributes: [], passages: [] }));
    local.body ||= isBodyMention(cast, m);
    const honorific = honorificBefore(article, m.start);
    local.personal ||= Boolean(m.gender || m.roles.length || honorific || m.name.length > 1);
    const written = article.text.slice(m.start, m.end).replace(/['’]s?$/, '').replace(/\s+/g, ' ').trim();
    local.aliases.add(written);
    if (honorific) local.aliases.add(`${honorific} ${written}`);
    const passage = passageOf(article, m.start, m.end);
    local.passages.push(passage);
    const apposition = appositionAfter(article, m.end);
    const namedAs = roleNamedAs(article, m.start);
    for (const role of [...m.roles, ...(apposition ? [apposition] : []), ...(namedAs ? [namedAs] : [])]) {
      const head = roleHead(role);
      if (!head || /-old$/.test(head) || !roleBesideName(article, m.start, m.end, head)) continue;
      const text = role.join(' ');
      if (!local.roles.has(text)) local.attributes.push({ kind: 'role', value: text, link: 'sure', passage });
      local.roles.add(text);
      const affiliation = affiliationOf(role);
      if (affiliation) local.attributes.push({ kind: 'affiliation', value: affiliation, link: 'sure', passage });
    }
  }
  return people;
}

/**
 * Whether a role's head stands right before the name ('driver Graham Tully',
 * 'The driver, Graham Tully') or in an apposition right after it ('Tully, the
 * driver,'): 'Subryan struck Raj Chohan, a grandmother,' gives the role to
 * Chohan, not to the clause's subject.
 */
function roleBesideName(article: Article, start: number, end: number, head: string): boolean {
  const before = article.text.slice(Math.max(0, start - 40), start).toLowerCase();
  if (new RegExp(`\\b${head}\\b[^.;:!?]*$`).test(before) && !/[.;:!?]/.test(before.slice(before.lastIndexOf(head)))) return true;
  const after = /^\s*[,(]([^.;)]*)/.exec(article.text.slice(end, end + 90));
  return !!after && new RegExp(`\\b${head}\\b`).test(after[1].toLowerCase().split(',').slice(0, 2).join(','));
}

/** An honorific right before a mention ('Mr Tully', 'Dr. Berg'), as written. */
function honorificBefore(article: Article, start: number): string | undefined {
  const before = /(\p{L}+)\.?\s+$/u.exec(article.text.slice(Math.max(0, start - 12), start));
  return before && before[1].toLowerCase() in HONORIFIC_GENDER && /^\p{Lu}/u.test(before[1]) ? before[0].trim() : undefined;
}

/**
 * A role in apposition after the name, past an age: 'Anna Berg, 38, a nurse,'
 * or 'Tully, the driver,'. The per-article cast reads roles before the name
 * and in most frames after it; this adds the one with an age between.
 */
function appositionAfter(article: Article, end: number): string[] | undefined {
  // The role may end in the body it is held at: 'a nurse at Elmford General Hospital,'.
  // A relative clause may close it: 'Margaret Hollis, 67, a retired midwife who organised it, said'.
  const m = /^,\s*(?:\d{1,3},\s*)?(?:a|an|the)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?(?:\s+(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})?)(?:\s*[,.;]|\s+(?:who|which|that)\s)/u.exec(article.text.slice(end, end + 90));
  return m ? m[1].split(/\s+/) : undefined;
}

/**
 * A role a verb of naming gives the name after 'as': 'He named the skipper as Declan Mulkerrin',
 * 'police identified the victim as Anna Berg'. The verb is read through WordNet ('name', 'identify').
 */
function roleNamedAs(article: Article, start: number): string[] | undefined {
  const m = /\b([a-z]+)\s+(?:the|a|an|their|its|his|her)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+as\s+$/.exec(article.text.slice(Math.max(0, start - 60), start));
  if (!m || !lemmasOf(m[1], 'v').some((lemma) => NAMING_VERBS.has(lemma))) return undefined;
  return m[2].split(/\s+/);
}

/** Verbs that give a name: 'named the driver as …', 'the 4-year-old male, named Tashi'. */
const NAMING_VERBS = new Set(['name', 'identify', 'call']);

/** A name the gazetteer knows as a town or country, that no mention gives a person's marks. */
function isPlace(local: Local): boolean {
  if (local.personal || local.body || local.full.length > 3) return false;
  const name = local.full.join(' ');
  if (nameTags(name).firstName) return false;
  const g = gazetteer();
  return g.towns(placeKey(name)).length > 0 || g.country(name) !== undefined;
}

function surnameOf(id: string): string {
  const words = id.split(' ');
  return words[words.length - 1];
}

/**
 * Joins the articles' casts: the same fullest name is one member; a lone
 * surname joins the one full name that ends in it, and stays apart when two
 * do (two Tullys are two people). Role nouns become aliases only of a role the
 * story gives one member: two drivers leave 'the driver' unlinked.
 */
export function storyCast(articles: Array<{ article: Article; figures: Figure[] }>): CastMember[] {
  const members = new Map<string, CastMember & { roleSet: Set<string> }>();
  const locals = articles.map(({ article }) => articleCast(article));
  const fullBySurname = new Map<string, Set<string>>();
  for (const people of locals) {
    for (const id of people.keys()) if (id.includes(' ')) {
      const set = fullBySurname.get(surnameOf(id)) ?? new Set<string>();
      fullBySurname.set(surnameOf(id), set.add(id));
    }
  }
  const canonical = (id: string): string => {
    if (id.includes(' ')) return id;
    const fulls = fullBySurname.get(id);
    return fulls && fulls.size === 1 ? [...fulls][0] : id;
  };
  for (const people of locals) {
    for (const [id, local] of people) {
      const key = canonical(id);
      let member = members.get(key);
      if (!member) {
        member = { id: key, name: local.full.join(' '), kind: 'person', aliases: [], attributes: [], passages: [], roleSet: new Set() };
        members.set(key, member);
      }
      if (key === id && local.full.length > member.name.split(' ').length) member.name = local.full.join(' ');
      if (local.body) member.kind = 'body';
      else if (member.kind !== 'body') member.kind = (member.kind === 'place' || member.passages.length === 0) && isPlace(local) ? 'place' : 'person';
      for (const alias of local.aliases) if (!member.aliases.includes(alias)) member.aliases.push(alias);
      for (const role of local.roles) member.roleSet.add(roleHead(role.split(' ')));
      member.attributes.push(...local.attributes);
      member.passages.push(...local.passages);
    }
  }
  const byRole = new Map<string, string[]>();
  for (const member of members.values()) {
    for (const head of member.roleSet) byRole.set(head, [...(byRole.get(head) ?? []), member.id]);
  }
  for (const member of members.values()) {
    for (const head of member.roleSet) if (byRole.get(head)!.length === 1) member.aliases.push(`the ${head}`);
  }
  attachAges(articles, members, byRole);
  // 'Bradley Keough, 58,': a member the copy gives an age in years is a person, whatever one of its
  // mentions read as a body ('told the court Keough had' gave him the court for a role).
  for (const member of members.values()) {
    if (member.kind === 'body' && member.attributes.some((a) => a.kind === 'age' && a.link === 'sure')) member.kind = 'person';
  }
  return [...members.values()].map(({ roleSet: _roles, ...member }) => member);
}

/**
 * Ages: a figure the figure reader already gave an owner ('Anna Berg, 38,')
 * is sure; 'the 41-year-old nurse' is the nurse's, likely, when the story has
 * one nurse.
 */
function attachAges(articles: Array<{ article: Article; figures: Figure[] }>, members: Map<string, CastMember>, byRole: Map<string, string[]>): void {
  const bySurname = new Map<string, CastMember[]>();
  for (const member of members.values()) bySurname.set(surnameOf(member.id), [...(bySurname.get(surnameOf(member.id)) ?? []), member]);
  for (const { article, figures } of articles) {
    for (const figure of figures) {
      if (figure.kind !== 'age' || figure.low === null || figure.low !== figure.high) continue;
      const passage = passageOf(article, figure.start, figure.end);
      const value = String(figure.low);
      if (figure.owner) {
        const owner = members.get(figure.owner) ?? uniqueOf(bySurname.get(surnameOf(figure.owner)));
        if (owner) owner.attributes.push({ kind: 'age', value, link: 'sure', passage });
        continue;
      }
      // 'The 41-year-old nurse, Anna Berg, …': the description and the name in apposition tie the age to her surely.
      const named = namedInApposition(article.text.slice(figure.end, figure.end + 80), members);
      if (named) {
        named.attributes.push({ kind: 'age', value, link: 'sure', passage });
        continue;
      }
      const holders = roleHoldersAfter(article.text.slice(figure.end, figure.end + 40), byRole);
      const member = holders?.length === 1 ? members.get(holders[0])! : epithetOf(article, figure, members);
      if (member) {
        member.attributes.push({ kind: 'age', value, link: 'likely', passage });
        const alias = `the ${figure.text}`;
        if (!member.aliases.includes(alias)) member.aliases.push(alias);
      }
    }
  }
}

/**
 * The person a bare 'the 61-year-old' stands for: copy uses an age alone as an epithet for the person
 * it named last ('Van Aalst … At his home outside Delft, the 61-year-old admitted'), as it uses a
 * pronoun. Only a definite age that is a noun phrase by itself (a verb, a comma or the sentence's end
 * follows, no role), and only when the nearest person named before it in the article is one member;
 * likely, never sure.
 */
function epithetOf(article: Article, figure: Figure, members: Map<string, CastMember>): CastMember | undefined {
  if (!/-old$/.test(figure.text) || !/\bthe\s+$/i.test(article.text.slice(Math.max(0, figure.start - 5), figure.start))) return undefined;
  const after = article.text.slice(figure.end, figure.end + 30);
  if (!/^(?:\s*[,.;]|\s+(?:was|is|had|has|said|says|told|who|would|will|could|[a-z]+ed)\b)/.test(after)) return undefined;
  let best: { member: CastMember; start: number } | undefined;
  let tie = false;
  for (const member of members.values()) {
    if (member.kind !== 'person') continue;
    for (const p of member.passages) {
      if (p.articleId !== article.id || p.start >= figure.start) continue;
      if (!best || p.start > best.start) {
        tie = false;
        best = { member, start: p.start };
      } else if (p.start === best.start && member !== best.member) {
        tie = true;
      }
    }
  }
  return best && !tie ? best.member : undefined;
}

/**
 * Who holds the role named right after an age: 'the 41-year-old nurse', 'the
 * 49-year-old chief executive' (the role's head, within a few lower-case
 * words). The first word that is a role's head decides.
 */
function roleHoldersAfter(text: string, byRole: Map<string, string[]>): string[] | undefined {
  // Two words at most, and no determiner between: 'the 41-year-old told the nurse' names no role of hers.
  const run = /^[\s-]+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(text);
  if (!run) return undefined;
  return byRole.get(run[1]) ?? (run[2] && !NOT_MODIFIERS.has(run[1]) ? byRole.get(run[2]) : undefined);
}

/**
 * The member named in apposition right after an age's description: 'the 41-year-old nurse, Anna Berg,'
 * (a description of at most three lower-case words, a comma, then a name the story knows).
 */
function namedInApposition(text: string, members: Map<string, CastMember>): CastMember | undefined {
  const m = /^[\s-]+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*,\s+(?:([a-z]+)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*[,.;]/u.exec(text);
  // 'the 4-year-old male, named Tashi,': a participle of naming may stand before the name.
  if (!m || (m[1] && !lemmasOf(m[1], 'v').some((lemma) => NAMING_VERBS.has(lemma)))) return undefined;
  const name = m[2].toLowerCase();
  return members.get(name) ?? uniqueOf([...members.values()].filter((member) => member.kind === 'person' && member.aliases.some((a) => a.toLowerCase() === name)));
}

/** Words after an age that end its noun phrase rather than modify a role ('the 41-year-old was …'). */
const NOT_MODIFIERS = new Set(['was', 'is', 'had', 'has', 'who', 'said', 'told', 'and', 'or', 'of', 'to', 'in', 'at', 'by', 'from', 'with', 'the', 'a', 'an', 'his', 'her', 'their']);

function uniqueOf<T>(list: T[] | undefined): T | undefined {
  return list && list.length === 1 ? list[0] : undefined;
}
