import * as vscode from 'vscode';
import { renameEntries, sameEntry, type IgnoredFinding } from '../core/project/dismissals';
import type { ProjectFiles } from './projectFiles';

const KEY = 'sourcecheck.ignoredFindings';

/**
 * The dismissed findings: in the project file (.sourcecheck.json) of the
 * article's workspace folder, which the desk commits so that colleagues and
 * CI see the same; in the workspace state (this editor only) for a folder
 * without one. Never in an article. Survives reloads.
 */
export class IgnoreStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly state: vscode.Memento,
    /** Absent where no project file can exist (a test's scratch checker): everything stays in the state. */
    private readonly projects?: ProjectFiles,
  ) {}

  all(): IgnoredFinding[] {
    return [...this.inState(), ...(this.projects?.dismissals() ?? [])];
  }

  private inState(): IgnoredFinding[] {
    const stored = this.state.get<IgnoredFinding[]>(KEY, []);
    return Array.isArray(stored) ? stored.filter((e) => e && typeof e.rule === 'string' && typeof e.articleId === 'string') : [];
  }

  /** Where a dismissal of this article is kept: the folder's project file, or this workspace's state. */
  whereFor(articleId: string): 'project file' | 'workspace state' {
    return this.projects?.hasProjectFile(articleId) ? 'project file' : 'workspace state';
  }

  async add(entry: IgnoredFinding): Promise<void> {
    if (await this.projects?.add(entry)) return;
    const entries = this.inState();
    if (entries.some((e) => sameEntry(e, entry))) return;
    await this.save([...entries, entry]);
  }

  async remove(toRemove: readonly IgnoredFinding[]): Promise<void> {
    await this.projects?.remove(toRemove);
    await this.save(this.inState().filter((e) => !toRemove.some((r) => sameEntry(e, r))));
  }

  async clear(): Promise<void> {
    await this.projects?.remove(this.projects.dismissals());
    await this.save([]);
  }

  /** Follows a renamed article in the workspace state; a project file is the desk's to edit. */
  async renamed(from: string, to: string): Promise<void> {
    const entries = this.inState();
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
