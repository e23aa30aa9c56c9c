import type { Corpus } from '../core/corpus/corpus';
import type { Command, Format } from './args';
import type { Locator } from './formats';
import { buildStory, type Passage } from '../core/story/story';

/** The `quotes`, `figures` and `claims` listings: what the engine found in each file, with spans. */
export function listing(command: Exclude<Command, 'check'>, format: Format, corpus: Corpus, files: string[], locator: Locator): string {
  if (command === 'story') return storyListing(format, corpus, files, locator);
  const items: Array<Record<string, unknown>> = [];
  for (const id of files) {
    const analysis = corpus.analysis(id);
    if (!analysis) continue;
    const place = (start: number, end: number) => locator.located({ articleId: id, start, end });
    if (command === 'quotes') {
      for (const q of analysis.quotations) {
        items.push({
          ...place(q.start, q.end),
          text: q.text,
          speaker: q.speaker?.name ?? null,
          cue: q.cue,
          attributed: q.speaker !== null,
          resolution: q.speaker?.resolution ?? 'none',
          spans: q.spans,
        });
      }
    } else if (command === 'figures') {
      for (const { start, end, ...rest } of analysis.figures) items.push({ ...place(start, end), ...rest });
    } else {
      for (const { start, end, ...rest } of analysis.claims) items.push({ ...place(start, end), ...rest });
    }
  }
  if (format === 'json') return JSON.stringify({ version: 1, [command]: items }, null, 2);
  return items
    .map((item) => {
      const range = item.range as { start: { line: number; character: number } };
      const detail =
        command === 'quotes'
          ? `${item.speaker ?? '(no speaker)'}${item.cue ? ` [${item.cue}]` : ''}: ${item.text}`
          : `${item.text}${'key' in item && item.key ? ` [${item.key}]` : ''}`;
      return `${item.file}:${range.start.line + 1}:${range.start.character + 1}: ${detail}`;
    })
    .join('\n');
}

/** The `story` listing: the story model of the loaded articles, each item with the passages it was read from. */
function storyListing(format: Format, corpus: Corpus, files: string[], locator: Locator): string {
  const analyses = files.flatMap((id) => {
    const a = corpus.analysis(id);
    return a ? [{ article: a.article, figures: a.figures }] : [];
  });
  const story = buildStory(analyses);
  const where = (p: Passage) => ({ ...locator.located({ articleId: p.articleId, start: p.start, end: p.end }), text: p.text });
  const cast = story.cast.map((m) => ({
    ...m,
    attributes: m.attributes.map(({ passage, ...rest }) => ({ ...rest, passage: where(passage) })),
    passages: m.passages.map(where),
  }));
  const events = story.events.map((e) => ({
    ...e,
    attributes: e.attributes.map(({ passage, ...rest }) => ({ ...rest, passage: where(passage) })),
    passages: e.passages.map(where),
  }));
  if (format === 'json') return JSON.stringify({ version: 1, story: { cast, events } }, null, 2);
  const lines: string[] = [];
  for (const m of story.cast) {
    const attrs = m.attributes.filter((a) => a.kind !== 'role').map((a) => `${a.kind} ${a.value}${a.link === 'likely' ? '?' : ''}`);
    lines.push(`${m.kind} ${m.name}: ${m.aliases.join('; ')}${attrs.length ? ` (${[...new Set(attrs)].join(', ')})` : ''}`);
  }
  for (const e of story.events) lines.push(`event ${e.id}: ${e.attributes.map((a) => `${a.dimension ?? a.kind} ${a.value}`).join(', ')}`);
  return lines.join('\n');
}
