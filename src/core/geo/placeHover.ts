import type { CheckContext } from '../corpus/context';
import type { Article } from '../text/article';
import { resolveTown, type PlaceContext } from './area';
import { placeKey, type Town } from './gazetteer';
import { placeContext, placeStatements } from './statements';
import { placeIndexKeys } from './placeContradictions';
import { bearingDeg, compassWord, distanceKm } from './sphere';

/** What the hover says of a place name: where the gazetteer puts it, and how far the story's other places are. */
export interface PlaceNote {
  start: number;
  end: number;
  town: Town;
  others: Array<{ name: string; km: number; bearing: string }>;
}

/** The names an article uses as places: what its place statements locate and measure from. */
function placeNames(article: Article): string[] {
  return placeStatements(article).flatMap((s) => [s.subject, ...('anchor' in s.relation ? [s.relation.anchor] : [])]);
}

/**
 * The place named at `offset`, if the story uses the name as a place and the
 * gazetteer settles which place it is; null otherwise (a name alone may be a person).
 */
export function placeNoteAt(context: CheckContext, offset: number): PlaceNote | null {
  const article = context.self.article;
  const others = context.others(placeIndexKeys(context.self)).map((a) => a.article).filter((a) => a !== article);
  const articles = [article, ...others];
  const names = [...new Set(articles.flatMap(placeNames))];
  if (names.length === 0) return null;
  const contexts = articles.map(placeContext);
  const story: PlaceContext = {
    countries: new Set(contexts.flatMap((c) => [...c.countries])),
    qualifiers: new Map(contexts.flatMap((c) => c.qualifiers.map((q) => [q.key, q.country.code] as [string, string]))),
  };
  for (const name of names) {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const m of article.text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (offset < start || offset > end) continue;
      const region = /^\s+(?:region|oblast|province|county)\b/i.test(article.text.slice(end, end + 12));
      const town = resolveTown(name, story, { seat: region });
      if (!town) return null;
      const rest = names.filter((n) => placeKey(n) !== placeKey(name));
      const noted = rest.flatMap((n) => {
        const other = resolveTown(n, story);
        return other ? [{ name: n, km: Math.round(distanceKm(town, other)), bearing: compassWord(bearingDeg(other, town)) }] : [];
      });
      return { start, end, town, others: noted };
    }
  }
  return null;
}
