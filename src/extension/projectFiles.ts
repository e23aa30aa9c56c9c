import * as vscode from 'vscode';
import type { IgnoredFinding } from '../core/project/dismissals';
import { dismissalsOf, withDismissal, withoutDismissals, type ProjectPaths } from '../core/project/projectDismissals';
import { parseProjectFile, PROJECT_FILE_NAME, type ProjectFile } from '../core/project/projectFile';
import { relativePath } from '../core/project/selection';

interface Loaded {
  uri: vscode.Uri;
  project: ProjectFile;
}

/**
 * The `.sourcecheck.json` at the root of each workspace folder: each governs
 * its own folder's articles (rules, include/exclude), and its dismissals name
 * the articles they silence, wherever those are. Read through
 * `vscode.workspace.fs` (no Node API), followed when they change on disk.
 */
export class ProjectFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, Loaded>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Problems already told, so that a broken file is told once per version, not on every read. */
  private readonly told = new Set<string>();
  readonly onDidChange = this.emitter.event;
  /** Resolves once every folder's file has been read the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, PROJECT_FILE_NAME).toString() === uri.toString()) void this.reload(folder);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll()),
    );
    this.ready = this.loadAll();
  }

  /** The project file governing an article or folder, if its workspace folder has one. */
  projectOf(uri: vscode.Uri | undefined): ProjectFile | undefined {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.byFolder.get(folder.uri.toString())?.project : undefined;
  }

  /** Whether dismissals of this article are kept in a project file (else in the workspace state). */
  hasProjectFile(articleId: string): boolean {
    return this.projectOf(vscode.Uri.parse(articleId)) !== undefined;
  }

  /** Every project file's dismissals, by article id. */
  dismissals(): IgnoredFinding[] {
    return [...this.byFolder.values()].flatMap((loaded) => dismissalsOf(loaded.project, pathsOf(loaded.uri)));
  }

  /** Writes a dismissal into the project file of its article's folder; false when that folder has none. */
  async add(entry: IgnoredFinding): Promise<boolean> {
    const loaded = this.loadedFor(entry.articleId);
    if (!loaded) return false;
    await this.edit(loaded, (text) => withDismissal(text, entry, pathsOf(loaded.uri)));
    return true;
  }

  /** Takes dismissals out of every project file that holds them. */
  async remove(entries: readonly IgnoredFinding[]): Promise<void> {
    for (const loaded of [...this.byFolder.values()]) {
      await this.edit(loaded, (text) => withoutDismissals(text, entries, pathsOf(loaded.uri)));
    }
  }

  private loadedFor(articleId: string): Loaded | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(articleId));
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  /** Rewrites a project file through the user's quick fix; the watcher then reloads it. */
  private async edit(loaded: Loaded, change: (text: string) => string): Promise<void> {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(loaded.uri));
    const next = change(text);
    if (next === text) return;
    await vscode.workspace.fs.writeFile(loaded.uri, new TextEncoder().encode(next));
    // Apply at once rather than wait for the watcher, so the finding goes when the quick fix returns.
    const folder = vscode.workspace.getWorkspaceFolder(loaded.uri);
    if (folder) this.byFolder.set(folder.uri.toString(), { uri: loaded.uri, project: this.parse(loaded.uri, next) });
    this.emitter.fire();
  }

  private async loadAll(): Promise<void> {
    this.byFolder.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.read(folder)));
    this.emitter.fire();
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    await this.read(folder);
    this.emitter.fire();
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, PROJECT_FILE_NAME);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.byFolder.delete(folder.uri.toString());
      return;
    }
    this.byFolder.set(folder.uri.toString(), { uri, project: this.parse(uri, new TextDecoder().decode(bytes)) });
  }

  private parse(uri: vscode.Uri, text: string): ProjectFile {
    const parsed = parseProjectFile(text);
    const where = vscode.workspace.asRelativePath(uri, true);
    for (const problem of parsed.problems) {
      const message = `${where}: ${problem}`;
      this.log.warn(message);
      if (!this.told.has(message)) {
        this.told.add(message);
        void vscode.window.showWarningMessage(`Source Check: ${message}`);
      }
    }
    return parsed.project;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.emitter.dispose();
  }
}

/** How the file at `uri` names articles: paths relative to its folder, as URIs of the same scheme. */
function pathsOf(uri: vscode.Uri): ProjectPaths {
  const folder = vscode.Uri.joinPath(uri, '..');
  return {
    articleId: (rel) => vscode.Uri.joinPath(folder, rel).toString(),
    relative: (id) => relativePath(folder.path, vscode.Uri.parse(id).path),
  };
}
