import type { Token } from '../text/tokens';

/**
 * Clauses: a sentence often asserts two things ('X started in Y, although it
 * was too early to rule anything out'), and hedging, negation and the finding's
 * span belong to the clause, not to the whole sentence. Splitting is by
 * punctuation and subordinating words only, which is cheap and keeps a relative
 * clause ('The Greens, who last held the seat') with the noun it is about.
 */

/** Words that open a new clause after a comma. */
const CLAUSE_OPENERS = new Set([
  'although', 'though', 'but', 'while', 'whereas', 'however', 'yet', 'because', 'since', 'unless', 'meanwhile', 'with',
]);

/** Words that open a new clause even without a comma. */
const BARE_OPENERS = new Set(['although', 'though', 'whereas']);

/**
 * Modals that open a coordinated predicate of their own ('X was tabled by Y and
 * will be paid for from reserves'): the prediction hedges that predicate, not
 * the firm report before it, so the 'and' starts a new clause.
 */
const COORDINATED_MODALS = new Set(['will', 'would', 'shall', 'may', 'might', 'could', 'should', 'must', 'can']);

/** Words after ', and' that show a new subject, so a new clause. */
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'several', 'many', 'some']);

export interface ClauseRange {
  /** Token indices [first, last) in the sentence. */
  first: number;
  last: number;
}

export function splitClauses(tokens: readonly Token[]): ClauseRange[] {
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.kind === 'punct' && /^[;—–]$/.test(t.text)) {
      cuts.push(i + 1);
      continue;
    }
    if (prev.text === ',' && t.kind === 'word') {
      const next = tokens[i + 1];
      if (CLAUSE_OPENERS.has(t.normal)) cuts.push(i);
      // ', giving residents …' — a participle clause with its own content.
      else if (/^[a-z]+ing$/.test(t.text) && t.normal.length > 5 && next?.kind === 'word') cuts.push(i);
      else if (t.normal === 'and' && next && (NEW_SUBJECT.has(next.normal) || /^\p{Lu}/u.test(next.text))) cuts.push(i);
    } else if (BARE_OPENERS.has(t.normal) && prev.kind === 'word') {
      cuts.push(i);
    } else if (t.normal === 'and' && prev.kind === 'word' && COORDINATED_MODALS.has(tokens[i + 1]?.normal ?? '')) {
      cuts.push(i);
    }
    if (prev.text === ',' && t.normal === 'and' && COORDINATED_MODALS.has(tokens[i + 1]?.normal ?? '') && cuts[cuts.length - 1] !== i) cuts.push(i);
  }
  const ranges: ClauseRange[] = [];
  let first = 0;
  for (const cut of [...cuts, tokens.length]) {
    let last = cut;
    // A clause does not end on the comma or dash that separated it from the next.
    while (last > first && tokens[last - 1].kind === 'punct' && /^[,;—–]$/.test(tokens[last - 1].text)) last--;
    if (last > first && tokens.slice(first, last).some((t) => t.kind !== 'punct')) ranges.push({ first, last });
    first = cut;
  }
  return ranges;
}
