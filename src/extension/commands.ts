import * as vscode from 'vscode';
import type { ArticleTexts } from './engine/articleTexts';
import { RULES } from '../core/findings';
import type { ArticleSync } from './articles';
import type { Checker } from './checker';
import { COMMAND_ACCEPT, COMMAND_IGNORE, findingOf, type FindingRef } from './codeActions';
import { ComparePanel } from './comparePanel';
import { acceptEntry, ignoreEntry, type IgnoredFinding } from '../core/project/dismissals';
import type { IgnoreStore } from './ignoreStore';
import { COMMAND_SHOW_PROBLEMS } from './statusBar';
import { settle } from './settle';
import { countByRule } from './visibleFindings';

export const COMMAND_COMPARE = 'sourcecheck.compareArticles';
export const COMMAND_CHECK_WORKSPACE = 'sourcecheck.checkWorkspace';
export const COMMAND_SHOW_IGNORED = 'sourcecheck.showIgnored';
export const COMMAND_CLEAR_IGNORED = 'sourcecheck.clearIgnored';

interface Deps {
  corpus: ArticleTexts;
  checker: Checker;
  sync: ArticleSync;
  ignores: IgnoreStore;
}

function relative(id: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(id), true);
}

/** The compare command's pair: two files selected in the explorer, or the active article and one picked from the others. */
async function comparePair(d: Deps, clicked?: vscode.Uri, selected?: vscode.Uri[]): Promise<[string, string] | undefined> {
  const loaded = (uri: vscode.Uri): boolean => d.corpus.has(uri.toString());
  if (selected && selected.length >= 2) {
    const [x, y] = selected;
    const missing = [x, y].filter((u) => !loaded(u));
    if (missing.length > 0) {
      settle(vscode.window.showWarningMessage(`Source Check has not loaded ${missing.map((u) => relative(u.toString())).join(' and ')} (not a text or Markdown article, or excluded by the sourceCheck.include/exclude settings or the folder's .sourcecheck.json).`), undefined, 'A notification');
      return undefined;
    }
    return [x.toString(), y.toString()];
  }
  const first = clicked ?? vscode.window.activeTextEditor?.document.uri;
  if (!first || !loaded(first)) {
    settle(vscode.window.showInformationMessage('Open an article (a text or Markdown file) to compare it with another.'), undefined, 'A notification');
    return undefined;
  }
  const a = first.toString();
  const others = d.corpus.ids().filter((id) => id !== a);
  if (others.length === 0) {
    settle(vscode.window.showInformationMessage('There is no other loaded article to compare with.'), undefined, 'A notification');
    return undefined;
  }
  const related = new Set(await d.checker.dependents(a));
  const items = others
    .map((id) => ({
      label: `$(file) ${vscode.Uri.parse(id).path.split('/').pop() ?? id}`,
      description: relative(id),
      detail: related.has(id) ? 'Shares quantities, claims or quotations with this article' : undefined,
      id,
      rank: related.has(id) ? 0 : 1,
    }))
    .sort((x, y) => x.rank - y.rank || x.description.localeCompare(y.description));
  const pick = await vscode.window.showQuickPick(items, {
    title: `Compare ${relative(a)} with…`,
    placeHolder: 'Pick the other article (the related ones are listed first)',
    matchOnDescription: true,
  });
  return pick ? [a, pick.id] : undefined;
}

export function registerCommands(d: Deps): vscode.Disposable[] {
  const textOf = (id: string, start: number, end: number): string | undefined => d.corpus.article(id)?.text.slice(start, end);
  return [
    vscode.commands.registerCommand(COMMAND_COMPARE, async (clicked?: vscode.Uri, selected?: vscode.Uri[]) => {
      const pair = await comparePair(d, clicked instanceof vscode.Uri ? clicked : undefined, Array.isArray(selected) ? selected : undefined);
      if (!pair) return undefined;
      await d.checker.whenIdle();
      return (await ComparePanel.show(d.corpus, d.checker, pair[0], pair[1])).model;
    }),

    vscode.commands.registerCommand(COMMAND_CHECK_WORKSPACE, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Source Check', cancellable: true },
        async (progress, token) => {
          progress.report({ message: 'Finding articles…' });
          await d.sync.loadWorkspace();
          let reported = 0;
          const result = await d.checker.checkEverything(
            (done, total) => {
              const percent = total === 0 ? 100 : (done / total) * 100;
              progress.report({ increment: percent - reported, message: `${Math.floor(done)} of ${total} articles` });
              reported = percent;
            },
            () => token.isCancellationRequested,
          );
          const counts = countByRule(d.corpus.ids().flatMap((id) => d.checker.findingsOf(id)));
          const summary = RULES.map((r) => `${counts[r]} ${r}`).join(', ');
          const message = token.isCancellationRequested
            ? `Source Check stopped after ${result.checked} of ${result.total} articles.`
            : `Source Check checked ${result.total} article${result.total === 1 ? '' : 's'}: ${summary}.`;
          settle(vscode.window.showInformationMessage(message, 'Open Problems').then((c) => c && vscode.commands.executeCommand(COMMAND_SHOW_PROBLEMS)), undefined, 'A notification');
          return result;
        },
      ),
    ),

    vscode.commands.registerCommand(COMMAND_IGNORE, async (ref: FindingRef) => {
      const finding = ref && findingOf(d.checker, ref);
      if (!finding) return;
      await d.ignores.add(ignoreEntry(finding, textOf));
    }),

    vscode.commands.registerCommand(COMMAND_ACCEPT, async (ref: FindingRef) => {
      const finding = ref && findingOf(d.checker, ref);
      const other = finding?.related[ref.related ?? 0];
      if (!finding || !other) return;
      await d.ignores.add(acceptEntry(finding, other, textOf));
    }),

    vscode.commands.registerCommand(COMMAND_SHOW_IGNORED, async () => {
      const entries = d.ignores.all();
      if (entries.length === 0) {
        settle(vscode.window.showInformationMessage('No Source Check finding is ignored or accepted in this workspace.'), undefined, 'A notification');
        return;
      }
      const items = entries.map((e) => ({ label: describe(e), description: e.rule, detail: where(e), entry: e }));
      const picked = await vscode.window.showQuickPick(items, {
        title: 'Ignored findings and accepted differences',
        placeHolder: 'Select the ones to show again, then press Enter',
        canPickMany: true,
        matchOnDetail: true,
      });
      if (picked && picked.length > 0) await d.ignores.remove(picked.map((p) => p.entry));
    }),

    vscode.commands.registerCommand(COMMAND_CLEAR_IGNORED, async () => {
      const n = d.ignores.all().length;
      if (n === 0) return;
      const ok = await vscode.window.showWarningMessage(`Show all ${n} ignored findings and accepted differences again?`, { modal: true }, 'Show Again');
      if (ok) await d.ignores.clear();
    }),

    vscode.commands.registerCommand(COMMAND_SHOW_PROBLEMS, async () => {
      // No API sets the Problems filter; the panel opens on the active file's problems, Source Check's labelled by source.
      await vscode.commands.executeCommand('workbench.action.problems.focus');
    }),
  ];
}

function describe(e: IgnoredFinding): string {
  const text = e.text.length > 60 ? `${e.text.slice(0, 57)}…` : e.text;
  return e.kind === 'accept' ? `$(check) Accepted: “${text}” ↔ “${(e.otherText ?? '').slice(0, 40)}”` : `$(eye-closed) Ignored: “${text}”`;
}

function where(e: IgnoredFinding): string {
  return e.kind === 'accept' && e.otherArticleId ? `${relative(e.articleId)} ↔ ${relative(e.otherArticleId)}` : relative(e.articleId);
}
