import * as vscode from 'vscode';
import type { IgnoredFinding } from '../core/project/dismissals';
import { dismissalsOf, withDismissal, withoutDismissals, withRenamedArticle, type ProjectPaths } from '../core/project/projectDismissals';
import { articleName } from '../core/findings';
import { parseProjectFile, PROJECT_FILE_NAME, type ProjectFile } from '../core/project/projectFile';
import { relativePath } from '../core/project/selection';

interface Loaded {
  uri: vscode.Uri;
  project: ProjectFile;
}

/**
 * The `.sourcecheck.json` files of the workspace folders: each governs the
 * articles in its folder and below, the nearest one winning, as the CLI and
 * cspell or eslint find theirs (a desk's folder of drafts inside a larger
 * repository keeps its own). Its dismissals name the articles they silence,
 * wherever those are. Read through `vscode.workspace.fs` (no Node API),
 * followed when they change on disk.
 */
export class ProjectFiles implements vscode.Disposable {
  /** By the folder each file governs (the file's own folder), as a URI string. */
  private readonly byFolder = new Map<string, Loaded>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Problems already told, so that a broken file is told once per version, not on every read. */
  private readonly told = new Set<string>();
  readonly onDidChange = this.emitter.event;
  /** Resolves once every folder's files have been read the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => {
      if (uri.path.endsWith(`/${PROJECT_FILE_NAME}`) && vscode.workspace.getWorkspaceFolder(uri)) void this.reload(uri);
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

  /** The nearest project file at or above `uri` within its workspace folder, and the folder its globs and paths start from. */
  governing(uri: vscode.Uri | undefined): { project: ProjectFile; folder: vscode.Uri } | undefined {
    const loaded = uri && this.loadedFor(uri);
    return loaded ? { project: loaded.project, folder: folderOf(loaded.uri) } : undefined;
  }

  /** Every project file read, for the workspace search of articles their own include globs name. */
  all(): Array<{ project: ProjectFile; folder: vscode.Uri }> {
    return [...this.byFolder.values()].map((l) => ({ project: l.project, folder: folderOf(l.uri) }));
  }

  /** Whether dismissals of this article are kept in a project file (else in the workspace state). */
  hasProjectFile(articleId: string): boolean {
    return this.loadedFor(vscode.Uri.parse(articleId)) !== undefined;
  }

  /** Every project file's dismissals, by article id. */
  dismissals(): IgnoredFinding[] {
    return [...this.byFolder.values()].flatMap((loaded) => dismissalsOf(loaded.project, pathsOf(loaded.uri)));
  }

  /** Writes a dismissal into the project file of its article's folder; false when that folder has none. */
  async add(entry: IgnoredFinding): Promise<boolean> {
    const loaded = this.loadedFor(vscode.Uri.parse(entry.articleId));
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

  /**
   * An article or folder was renamed in VS Code: the project files whose
   * dismissals name it follow it, as the setting `projectFile.followRenames`
   * says (asking by default: the file is the desk's, under version control).
   */
  async followRename(from: string, to: string): Promise<void> {
    const naming: Loaded[] = [];
    for (const loaded of [...this.byFolder.values()]) {
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(loaded.uri));
      } catch {
        continue; // moved with the folder, or gone: the watcher reads it where it is now
      }
      if (withRenamedArticle(text, from, to, pathsOf(loaded.uri)) !== text) naming.push(loaded);
    }
    if (naming.length === 0) return;
    const config = vscode.workspace.getConfiguration('sourceCheck', vscode.Uri.parse(to));
    let mode = config.get<string>('projectFile.followRenames', 'prompt');
    if (mode === 'prompt') {
      const files = naming.map((l) => vscode.workspace.asRelativePath(l.uri, true)).join(', ');
      const choice = await vscode.window.showInformationMessage(
        `Source Check: ${files} names ${articleName(from)}, now ${articleName(to)}. Update its dismissed findings to follow it?`,
        'Update',
        'Always',
        'Never',
      );
      if (choice === 'Always' || choice === 'Never') await config.update('projectFile.followRenames', choice.toLowerCase(), vscode.ConfigurationTarget.Global);
      mode = choice === 'Update' || choice === 'Always' ? 'always' : 'never';
    }
    if (mode !== 'always') return;
    for (const loaded of naming) await this.edit(loaded, (text) => withRenamedArticle(text, from, to, pathsOf(loaded.uri)));
  }

  /**
   * The nearest loaded project file at or above `uri` (the uri itself when it
   * is a folder with one), never above its workspace folder.
   */
  private loadedFor(uri: vscode.Uri): Loaded | undefined {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!root) return undefined;
    const top = root.toString().replace(/\/$/, '');
    for (let at = uri.toString().replace(/\/$/, ''); ; ) {
      const found = this.byFolder.get(at);
      if (found) return found;
      const cut = at.lastIndexOf('/');
      if (at === top || at.length <= top.length || cut < 0) return undefined;
      at = at.slice(0, cut);
    }
  }

  /** Rewrites a project file through the user's quick fix; the watcher then reloads it. */
  private async edit(loaded: Loaded, change: (text: string) => string): Promise<void> {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(loaded.uri));
    const next = change(text);
    if (next === text) return;
    await vscode.workspace.fs.writeFile(loaded.uri, new TextEncoder().encode(next));
    // Apply at once rather than wait for the watcher, so the finding goes when the quick fix returns.
    this.byFolder.set(keyOf(loaded.uri), { uri: loaded.uri, project: this.parse(loaded.uri, next) });
    this.emitter.fire();
  }

  private async loadAll(): Promise<void> {
    this.byFolder.clear();
    await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map(async (folder) => {
        // Project files under node_modules are other projects' (a package's own), never the desk's.
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/${PROJECT_FILE_NAME}`), '**/node_modules/**');
        // The root's file is read even when a files.exclude setting hides it from the search.
        const root = vscode.Uri.joinPath(folder.uri, PROJECT_FILE_NAME);
        const uris = found.some((u) => u.toString() === root.toString()) ? found : [root, ...found];
        await Promise.all(uris.map((uri) => this.read(uri)));
      }),
    );
    this.emitter.fire();
  }

  private async reload(uri: vscode.Uri): Promise<void> {
    await this.read(uri);
    this.emitter.fire();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.byFolder.delete(keyOf(uri));
      return;
    }
    this.byFolder.set(keyOf(uri), { uri, project: this.parse(uri, new TextDecoder().decode(bytes)) });
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

/** The folder a project file governs: its own. */
function folderOf(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(file, '..');
}

/** How a project file is kept: by its folder's URI, without a trailing slash, the form `loadedFor` walks up. */
function keyOf(file: vscode.Uri): string {
  return folderOf(file).toString().replace(/\/$/, '');
}

/** How the file at `uri` names articles: paths relative to its folder, as URIs of the same scheme. */
function pathsOf(uri: vscode.Uri): ProjectPaths {
  const folder = folderOf(uri);
  return {
    articleId: (rel) => vscode.Uri.joinPath(folder, rel).toString(),
    relative: (id) => relativePath(folder.path, vscode.Uri.parse(id).path),
  };
}
