import * as vscode from 'vscode';
import { renameEntries, sameEntry, type IgnoredFinding } from '../core/project/dismissals';

const KEY = 'sourcecheck.ignoredFindings';

/**
 * The dismissed findings of this workspace, in the workspace state: never in
 * an article (the extension does not write the editor's files) and not in a
 * settings file someone might commit by mistake. Survives reloads.
 */
export class IgnoreStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  all(): IgnoredFinding[] {
    const stored = this.state.get<IgnoredFinding[]>(KEY, []);
    return Array.isArray(stored) ? stored.filter((e) => e && typeof e.rule === 'string' && typeof e.articleId === 'string') : [];
  }

  async add(entry: IgnoredFinding): Promise<void> {
    const entries = this.all();
    if (entries.some((e) => sameEntry(e, entry))) return;
    await this.save([...entries, entry]);
  }

  async remove(toRemove: readonly IgnoredFinding[]): Promise<void> {
    await this.save(this.all().filter((e) => !toRemove.some((r) => sameEntry(e, r))));
  }

  async clear(): Promise<void> {
    await this.save([]);
  }

  async renamed(from: string, to: string): Promise<void> {
    const entries = this.all();
    if (!entries.some((e) => e.articleId === from || e.otherArticleId === from)) return;
    await this.save(renameEntries(entries, from, to));
  }

  private async save(entries: IgnoredFinding[]): Promise<void> {
    await this.state.update(KEY, entries);
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
