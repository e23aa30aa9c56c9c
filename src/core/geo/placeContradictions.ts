import { articleName, type ClaimEvidence, type Finding } from '../findings';
import type { ArticleAnalysis } from '../corpus/analysis';
import type { CheckContext } from '../corpus/context';
import type { Article } from '../text/article';
import { areaOf, distanceBetween, distanceToArea, resolveTown, type Area, type PlaceContext } from './area';
import { placeContext, placeStatements, type PlaceStatement } from './statements';
import { bearingDeg, compassWord, distanceKm } from './sphere';

/** A region reaches this far from its capital; counted once for two statements about the same region. */
export const REGION_REACH_KM = 100;
/** Two areas this much further apart than their tolerances cannot both hold the place. */
const MARGIN_KM = 20;
/** Below this size a town may share its name with an unlisted village in the same country; the map is then not asked. */
const MAP_CHECK_MIN_POPULATION = 50000;
/** A finding links at most this many clashing statements (a long article may repeat one a thousand times); the rest are counted. */
const MAX_RELATED = 12;

interface Located {
  statement: PlaceStatement;
  area: Area;
}

const statementCache = new WeakMap<Article, { statements: PlaceStatement[]; context: PlaceContext }>();

function placesOf(article: Article): { statements: PlaceStatement[]; context: PlaceContext } {
  let found = statementCache.get(article);
  if (!found) {
    const statements = placeStatements(article);
    const { qualifiers, countries } = statements.length > 0 ? placeContext(article) : { qualifiers: [], countries: new Set<string>() };
    found = { statements, context: { countries, qualifiers: new Map(qualifiers.map((q) => [q.key, q.country.code])) } };
    statementCache.set(article, found);
  }
  return found;
}

/** Index keys: one per place the article locates ('place:kaluga'). */
export function placeIndexKeys(analysis: ArticleAnalysis): string[] {
  return [...new Set(placesOf(analysis.article).statements.map((s) => `place:${s.key}`))];
}

/** What the story as a whole pins names to: both articles' countries and qualifiers. */
function joinContexts(...contexts: PlaceContext[]): PlaceContext {
  return {
    countries: new Set(contexts.flatMap((c) => [...c.countries])),
    qualifiers: new Map(contexts.flatMap((c) => [...c.qualifiers])),
  };
}

function locate(statements: PlaceStatement[], context: PlaceContext): Located[] {
  const located: Located[] = [];
  for (const statement of statements) {
    const area = areaOf(statement.relation, context);
    if (area) located.push({ statement, area });
  }
  return located;
}

/** How far apart two statements about one place put it, beyond their tolerances; null when they can both hold. */
function clashKm(a: Located, b: Located): { apart: number } | null {
  const apart = distanceBetween(a.area, b.area);
  const reach = a.area.radius + b.area.radius + (a.statement.region || b.statement.region ? REGION_REACH_KM : 0);
  return apart - reach > Math.max(MARGIN_KM, 0.25 * reach) ? { apart } : null;
}

/**
 * `contradiction` (reason 'place'): two statements about where one place is
 * that cannot both hold on the map ('150 km south-west of Moscow' against
 * 'near the Russian-Ukrainian border'), reported at both, linked; and, at
 * Information, a statement the map itself contradicts, naming the distance.
 */
export function placeContradictions(context: CheckContext): Finding[] {
  const self = placesOf(context.self.article);
  if (self.statements.length === 0) return [];
  const findings: Finding[] = [];
  const clashed = new Set<PlaceStatement>();
  const others = context.others(placeIndexKeys(context.self)).filter((o) => o.article !== context.self.article);
  const articles = [context.self.article, ...others.map((o) => o.article)];
  const byArticle = articles.map((article) => ({ article, places: placesOf(article) }));
  const story = joinContexts(...byArticle.map((x) => x.places.context));
  // Each statement is placed on the map once, and each pair of differently worded statements measured once:
  // a long article repeats the same few statements, and measuring every pair of them grew with its length squared.
  const keys = new Set(self.statements.map((s) => s.key));
  const sameKey = new Map<string, Located[]>();
  const locatedOf = new Map<PlaceStatement, Located>();
  for (const { places } of byArticle) {
    for (const there of locate(places.statements.filter((s) => keys.has(s.key)), story)) {
      locatedOf.set(there.statement, there);
      const list = sameKey.get(there.statement.key);
      if (list) list.push(there);
      else sameKey.set(there.statement.key, [there]);
    }
  }
  const measured = new Map<string, { apart: number } | null>();
  const mine = self.statements.flatMap((s) => locatedOf.get(s) ?? []);
  for (const here of mine) {
    const clashes: Array<{ there: Located; apart: number }> = [];
    let unlisted = 0;
    for (const there of sameKey.get(here.statement.key) ?? []) {
      if (there.statement === here.statement) continue;
      const pair = `${signature(here)}\u0000${signature(there)}`;
      let clash = measured.get(pair);
      if (clash === undefined) measured.set(pair, (clash = clashKm(here, there)));
      if (!clash) continue;
      if (clashes.length < MAX_RELATED) clashes.push({ there, apart: clash.apart });
      else unlisted++;
    }
    if (clashes.length === 0) continue;
    clashed.add(here.statement);
    findings.push(pairFinding(context.self.article, here, clashes, story, unlisted));
  }
  for (const here of mine) {
    if (clashed.has(here.statement)) continue;
    const finding = mapFinding(context.self.article, here, story);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** What decides where a statement puts its place: the same wording of the same subject is the same area. */
const signatures = new WeakMap<Located, string>();
function signature(located: Located): string {
  let found = signatures.get(located);
  if (found === undefined) {
    const s = located.statement;
    const a = located.area;
    found = `${s.key}\u0000${s.region}\u0000${JSON.stringify(s.relation)}\u0000${a.radius}`;
    signatures.set(located, found);
  }
  return found;
}

function pairFinding(article: Article, here: Located, clashes: Array<{ there: Located; apart: number }>, story: PlaceContext, unlisted = 0): Finding {
  const first = clashes[0];
  const s = here.statement;
  const where = first.there.statement.articleId === article.id ? 'elsewhere this article' : articleName(first.there.statement.articleId);
  const town = resolveTown(s.subject, story, { seat: s.region, within: here.area.countries });
  const onMap = town ? ` On the map ${s.subject} is ${describe(town, here)} and ${describe(town, first.there)}.` : '';
  const evidence: ClaimEvidence = {
    kind: 'claim',
    reason: 'place',
    detail: `'${s.text}' ↔ '${first.there.statement.text}'`,
    here: s.text,
    there: { articleId: first.there.statement.articleId, start: first.there.statement.start, end: first.there.statement.end, text: first.there.statement.text },
  };
  return {
    rule: 'contradiction',
    severity: 'warning',
    articleId: article.id,
    start: s.start,
    end: s.end,
    message: `Puts ${s.subject} ${s.text}; ${where} puts it ${first.there.statement.text}: the nearest spots that fit each are ${Math.round(first.apart)} km apart.${onMap}${unlisted > 0 ? ` ${unlisted} more ${unlisted === 1 ? 'statement disagrees' : 'statements disagree'} too.` : ''}`,
    related: clashes.map(({ there, apart }) => ({
      articleId: there.statement.articleId,
      start: there.statement.start,
      end: there.statement.end,
      message: `Cannot also hold (${Math.round(apart)} km apart on the map): ${there.statement.subject} ${there.statement.text}`,
    })),
    evidence,
  };
}

/** Where the map puts `town` relative to a statement's anchor ('160 km south-west of Moscow', '285 km from the border'). */
function describe(town: { lat: number; lon: number }, located: Located): string {
  const relation = located.statement.relation;
  const km = Math.round(distanceToArea(town, located.area));
  if (relation.kind === 'offset' || relation.kind === 'near') {
    const anchor = located.area.anchor!;
    return `${Math.round(distanceKm(anchor, town))} km ${compassWord(bearingDeg(anchor, town))} of ${relation.anchor}`;
  }
  if (relation.kind === 'border') return `${km} km from the ${relation.countries.map((c) => c.name).join('–')} border${relation.countries.length === 1 ? 's' : ''}`;
  return km === 0 ? `in the ${compassWord(relation.bearing)} of ${relation.country.name}` : `${km} km outside the ${compassWord(relation.bearing)} of ${relation.country.name}`;
}

/** A statement that the map itself contradicts, at Information: the gazetteer may place a namesake. */
function mapFinding(article: Article, here: Located, story: PlaceContext): Finding | null {
  const s = here.statement;
  const town = resolveTown(s.subject, story, { seat: s.region, within: here.area.countries });
  if (!town) return null;
  if (s.region ? town.seat === 0 : town.population < MAP_CHECK_MIN_POPULATION) return null;
  const off = distanceToArea(town, here.area);
  const reach = here.area.radius + (s.region ? REGION_REACH_KM : 0);
  if (off - reach <= Math.max(MARGIN_KM, 0.25 * reach)) return null;
  const evidence: ClaimEvidence = {
    kind: 'claim',
    reason: 'place',
    detail: `'${s.text}' ↔ the map`,
    here: s.text,
    there: { articleId: article.id, start: s.start, end: s.end, text: s.text },
  };
  return {
    rule: 'contradiction',
    severity: 'information',
    articleId: article.id,
    start: s.start,
    end: s.end,
    message: `Puts ${s.subject} ${s.text}, but the map has ${s.region ? `its capital ${town.name}` : town.name} ${describe(town, here)}.`,
    related: [],
    evidence,
  };
}
