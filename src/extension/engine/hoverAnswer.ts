// What the hover shows at one offset of an article, as data: computed where
// the engine is (the worker), rendered as Markdown with links on the extension
// host, which knows lines and URIs. The same choices as the hover: a passage a
// finding here already names is not shown again as agreeing or echoing.
import { claimCorroborations } from '../../core/claims/contradictions';
import type { Corpus } from '../../core/corpus/corpus';
import { displayFigure } from '../../core/figures/figureDisplay';
import { figureMentions } from '../../core/figures/inconsistentFigures';
import type { Finding, Passage } from '../../core/findings';
import { placeNoteAt } from '../../core/geo/placeHover';
import { castNoteAt } from '../../core/story/castNote';
import { quotationEchoesIn } from '../../core/quotes/quotationConflicts';
import { passage } from '../../core/text/article';
import { relatedKey, type HoverAnswer, type HoverBlock } from './protocol';

/** The hover's blocks at `offset` of article `id`, beside the findings shown there; undefined when there is nothing to say. */
export function hoverAnswer(corpus: Corpus, id: string, offset: number, findings: Finding[]): HoverAnswer | undefined {
  const analysis = corpus.analysis(id);
  if (!analysis) return undefined;
  // Among the articles analysed so far: a hover must not wait for every file still loading.
  const context = corpus.contextOf(id, false);
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  let start = Infinity;
  let end = -Infinity;
  const cover = (s: number, e: number): void => {
    start = Math.min(start, s);
    end = Math.max(end, e);
  };
  for (const f of here) cover(f.start, f.end);
  const named = here.flatMap((f) => f.related);
  const notNamed = (p: Passage): boolean => !named.some((r) => r.articleId === p.articleId && r.start < p.end && p.start < r.end);
  const blocks: HoverBlock[] = [];

  const quotation = analysis.quotations.find((q) => q.spans.some((sp) => sp.start <= offset && offset <= sp.end));
  if (quotation) {
    cover(quotation.start, quotation.end);
    const echoes = context ? quotationEchoesIn(context, quotation).filter(notNamed) : [];
    blocks.push({
      kind: 'quotation',
      // The speaker is the finding's evidence when a quote finding is here.
      speaker: here.some((f) => f.evidence.kind === 'quote') ? undefined : quotation.speaker?.name,
      resolution: here.some((f) => f.evidence.kind === 'quote') ? 'finding' : quotation.speaker?.resolution ?? 'none',
      cue: quotation.cue ?? undefined,
      start: quotation.start,
      end: quotation.end,
      echoes: echoes.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end, text: e.text, speaker: e.speaker ?? undefined })),
    });
  }
  const figure = analysis.figures.find((f) => f.start <= offset && offset <= f.end && f.key);
  if (figure && context && !here.some((f) => f.evidence.kind === 'figure')) {
    const mentions = figureMentions(context, figure);
    if (mentions.length > 0) {
      cover(figure.start, figure.end);
      blocks.push({
        kind: 'figure',
        quantity: figure.quantity ?? undefined,
        display: displayFigure(figure),
        mentions: mentions.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end, text: m.text, display: m.display })),
      });
    }
  }
  const claim = context ? analysis.claims.find((c) => c.start <= offset && offset <= c.end) : undefined;
  if (claim && context && here.length === 0) {
    const corroborations = claimCorroborations(context, claim).filter(notNamed);
    if (corroborations.length > 0) {
      if (start === Infinity) cover(claim.start, claim.end);
      blocks.push({ kind: 'corroborated', passages: corroborations.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end, text: c.text })) });
    }
  }
  const place = context ? placeNoteAt(context, offset) : null;
  if (place) {
    const t = place.town;
    if (start === Infinity) cover(place.start, place.end);
    blocks.push({ kind: 'place', name: t.name, country: t.country, lat: t.lat, lon: t.lon, others: place.others.map((o) => ({ km: o.km, bearing: o.bearing, name: o.name })) });
  }
  const cast = context && !place ? castNoteAt(analysis, context.others(corpus.indexKeys(id)), offset) : null;
  if (cast) {
    if (start === Infinity) cover(cast.start, cast.end);
    blocks.push({
      kind: 'person',
      name: cast.name,
      body: cast.kind === 'body',
      aliases: cast.aliases,
      articles: cast.articleIds.length,
      attributes: cast.attributes.map((a) => ({ kind: a.kind, value: a.value, sure: a.link === 'sure', articleId: a.passage.articleId, start: a.passage.start, end: a.passage.end })),
    });
  }
  if (start === Infinity) return undefined;
  const relatedTexts: Record<string, string> = {};
  for (const r of named) {
    const other = corpus.article(r.articleId);
    if (other) relatedTexts[relatedKey(r)] = passage(other, r.start, r.end);
  }
  return { start, end, relatedTexts, blocks };
}
