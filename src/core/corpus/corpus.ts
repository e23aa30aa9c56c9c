import { compareFindings, type Finding } from '../findings';
import { formatOf, parseArticle, type Article, type ArticleFormat } from '../text/article';
import { applySuppressions } from '../suppressions';
import { articleLanguage } from '../text/language';
import { analyzeArticle, analyzeArticleInSteps, type ArticleAnalysis } from './analysis';
import type { CheckContext } from './context';
import { RULES_IN_ORDER, dependsOn, indexKeysOf, type Rule } from './rules';

export type { CheckContext } from './context';

interface Entry {
  text: string;
  format: ArticleFormat;
  article?: Article;
  analysis?: ArticleAnalysis;
  /** Why this version's analysis threw: kept so that it is not retried (and re-reported) until the text changes. */
  failure?: unknown;
  keys: Set<string>;
  /** The analysis of an earlier version, until this one is checked: rules reuse what they found for its unchanged parts (CheckContext.previous). */
  previous?: ArticleAnalysis;
}

/** What a corpus runs: the product's detectors, or in tests a rule list that can be made to fail. */
export interface CorpusOptions {
  rules?: readonly Rule[];
  analyze?: (article: Article) => ArticleAnalysis;
}

/**
 * The set of loaded articles. Articles are added, changed and removed one at a
 * time; each is parsed and analysed lazily, once per version of its text, and
 * an inverted index from keys (figure quantities, claim entities, quotation
 * fingerprints) to articles finds the candidates for cross-article rules.
 */
export class Corpus {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new Map<string, Set<string>>();
  /** Ids not yet analysed (nor failed), so that asking costs nothing in a workspace of thousands of articles. */
  private readonly pending = new Set<string>();
  private readonly rules: readonly Rule[];
  private readonly analyze: (article: Article) => ArticleAnalysis;

  constructor(options: CorpusOptions = {}) {
    this.rules = options.rules ?? RULES_IN_ORDER;
    this.analyze = options.analyze ?? analyzeArticle;
  }

  /** Adds an article or replaces its text. Returns false when the text is unchanged. */
  set(id: string, text: string, format: ArticleFormat = formatOf(id)): boolean {
    const existing = this.entries.get(id);
    if (existing && existing.text === text && existing.format === format) return false;
    if (existing) this.unindex(id, existing);
    this.entries.set(id, { text, format, keys: new Set(), previous: existing?.analysis ?? existing?.previous });
    this.pending.add(id);
    return true;
  }

  delete(id: string): boolean {
    const existing = this.entries.get(id);
    if (!existing) return false;
    this.unindex(id, existing);
    this.entries.delete(id);
    this.pending.delete(id);
    return true;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  get size(): number {
    return this.entries.size;
  }

  article(id: string): Article | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    entry.article ??= parseArticle(id, entry.text, entry.format);
    return entry.article;
  }

  analysis(id: string): ArticleAnalysis | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.failure !== undefined) throw entry.failure;
    if (!entry.analysis) {
      try {
        this.store(id, entry, this.analyze(this.article(id)!));
      } catch (error) {
        throw this.fail(id, entry, error);
      }
    }
    return entry.analysis;
  }

  /**
   * The same analysis as `analysis(id)`, in steps (the parse, then each
   * detector), for a caller on a UI thread that yields between them. Does
   * nothing for an analysed or failed article; drops its result if the text
   * changed meanwhile.
   */
  *analysisSteps(id: string): Generator<void, void> {
    const entry = this.entries.get(id);
    if (!entry || entry.analysis || entry.failure !== undefined) return;
    let result: ArticleAnalysis;
    try {
      const article = this.article(id)!;
      yield;
      if (this.analyze === analyzeArticle) {
        const steps = analyzeArticleInSteps(article);
        let step = steps.next();
        while (!step.done) {
          yield;
          step = steps.next();
        }
        result = step.value;
      } else {
        result = this.analyze(article);
      }
    } catch (error) {
      if (this.entries.get(id) !== entry) return;
      throw this.fail(id, entry, error);
    }
    if (this.entries.get(id) === entry && !entry.analysis) this.store(id, entry, result);
  }

  private store(id: string, entry: Entry, analysis: ArticleAnalysis): void {
    entry.analysis = analysis;
    this.pending.delete(id);
    entry.keys = new Set(indexKeysOf(analysis));
    for (const key of entry.keys) {
      let ids = this.index.get(key);
      if (!ids) this.index.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  /** Records a failed analysis for this version of the text, so that it is not retried (and re-reported) until the text changes. */
  private fail(id: string, entry: Entry, error: unknown): unknown {
    entry.failure = error ?? new Error('analysis failed');
    this.pending.delete(id);
    return entry.failure;
  }

  /**
   * Analyses one article not yet analysed, if there is one, and says which,
   * with the error its analysis threw (recorded for this version of its text,
   * and thrown again when that article itself is checked). `starting` hears
   * the id first, so that a caller can name the article if the analysis never
   * returns. A caller that must stay responsive analyses one per turn.
   */
  analyzeNext(starting?: (id: string) => void): { id: string; error?: unknown } | undefined {
    for (const id of this.pending) {
      starting?.(id);
      try {
        this.analysis(id);
        return { id };
      } catch (error) {
        return { id, error };
      }
    }
    return undefined;
  }

  /**
   * Analyses every article not yet analysed, so that the index is complete.
   * An article whose analysis fails is left out of the index: it must not
   * stop the others from being checked (its own check reports the failure).
   */
  private analyzeAll(): void {
    while (this.analyzeNext());
  }

  isAnalyzed(id: string): boolean {
    return !!this.entries.get(id)?.analysis;
  }

  /** Ids of the articles not yet analysed, so a caller can analyse them in slices. */
  unanalyzed(): string[] {
    return [...this.pending];
  }

  /**
   * The ids of other articles whose findings may change when `id` changes:
   * those that share an index key with it and that the key's rule compares
   * with it (one story), among the articles analysed so far.
   */
  dependents(id: string): string[] {
    const self = this.entries.get(id)?.analysis;
    const sharing = [...this.articlesSharing(id, this.indexKeys(id))];
    if (!self) return sharing;
    return sharing.filter((other) => {
      const analysis = this.entries.get(other)?.analysis;
      return !analysis || dependsOn(self, analysis);
    });
  }

  /** The index keys of an analysed article, as stored when it was analysed (empty before). */
  indexKeys(id: string): ReadonlySet<string> {
    return this.entries.get(id)?.keys ?? new Set<string>();
  }

  /** Every finding for one article: its own rules and those against all other loaded articles. */
  check(id: string): Finding[] {
    const self = this.analysis(id);
    if (!self) return [];
    this.analyzeAll();
    // The detectors' lexicons are English: a non-English article is skipped, and is no other article's counterpart.
    if (!articleLanguage(self.article).english) return [];
    const context = this.contextOf(id)!;
    const findings: Finding[] = [];
    for (const rule of this.rules) findings.push(...rule(context));
    // Checked: what the rules found for this version is what the next one reuses.
    this.entries.get(id)!.previous = undefined;
    return applySuppressions(self.article, findings).sort(compareFindings);
  }

  /**
   * What a rule sees for one article: it and its candidate articles. The hover
   * uses it too, to list corroborating mentions in other articles, with
   * `complete` false: a hover answers now, among the articles analysed so
   * far, rather than after the analysis of every article still loading
   * (thousands of files opened at once took it seconds).
   */
  contextOf(id: string, complete = true): CheckContext | undefined {
    const self = this.analysis(id);
    if (!self) return undefined;
    if (complete) this.analyzeAll();
    return {
      self,
      previous: this.entries.get(id)!.previous,
      others: (keys) =>
        [...this.articlesSharing(id, keys)].map((other) => this.analysis(other)!).filter((a) => articleLanguage(a.article).english),
    };
  }

  checkAll(): Map<string, Finding[]> {
    const result = new Map<string, Finding[]>();
    for (const id of this.entries.keys()) result.set(id, this.check(id));
    return result;
  }

  private articlesSharing(id: string, keys: Iterable<string>): Set<string> {
    const found = new Set<string>();
    for (const key of keys) {
      for (const other of this.index.get(key) ?? []) if (other !== id) found.add(other);
    }
    return found;
  }

  private unindex(id: string, entry: Entry): void {
    for (const key of entry.keys) {
      const ids = this.index.get(key);
      ids?.delete(id);
      if (ids && ids.size === 0) this.index.delete(key);
    }
    entry.keys.clear();
  }
}
