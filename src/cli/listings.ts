import type { Corpus } from '../core/corpus/corpus';
import type { Command, Format } from './args';
import type { Locator } from './formats';

/** The `quotes`, `figures` and `claims` listings: what the engine found in each file, with spans. */
export function listing(command: Exclude<Command, 'check'>, format: Format, corpus: Corpus, files: string[], locator: Locator): string {
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
