import * as vscode from 'vscode';
import type { ArticleTexts } from './engine/articleTexts';
import { formatOf, type ArticleFormat } from '../core/text/article';
import type { Checker } from './checker';
import { globOf, isExcluded, isWorkspaceArticle, projectFiles, readSettings } from './settings';
import { looksBinary } from '../core/text/binary';
import { TooLargeNotice } from './tooLargeNotice';

/** URI schemes whose documents are articles an editor is working on (not output panes, git views, settings). */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']);
// 'news' is the language of *.story / *.news copy (syntaxes/news.tmLanguage.json): plain text to the engine.
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'news'];
const ARTICLE_LANGUAGE_SET = new Set(ARTICLE_LANGUAGES);

export function isArticleDocument(document: vscode.TextDocument): boolean {
  return ARTICLE_SCHEMES.has(document.uri.scheme) && ARTICLE_LANGUAGE_SET.has(document.languageId);
}

function formatOfDocument(document: vscode.TextDocument): ArticleFormat {
  return document.languageId === 'markdown' ? 'markdown' : formatOf(document.uri.path);
}

/**
 * Keeps the corpus in step with the workspace: the open article documents
 * (their unsaved text wins) and the workspace files that match the include
 * and exclude settings, followed through edits, saves, creations, deletions
 * and renames.
 */
export class ArticleSync implements vscode.Disposable {
  /** Workspace files loaded from disk (matching include/exclude), by id, with the number of the read that loaded each. */
  private readonly workspaceFiles = new Map<string, number>();
  /** Reads of workspace files so far: a workspace search compares against it (see `loadWorkspace`). */
  private reads = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private loadGeneration = 0;
  private firstLoad: Promise<void> = Promise.resolve();
  private readonly tooLarge: TooLargeNotice;
  /** Files that are not text (a NUL byte near the start), told once each in the log. */
  private readonly binary = new Set<string>();
  private disposed = false;
  /** File loads running now, and those waiting for one to end (see `few`). */
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly renameEmitter = new vscode.EventEmitter<{ from: string; to: string }>();
  /** Fires when a loaded article is renamed or moved, so that its dismissed findings follow it. */
  readonly onDidRename = this.renameEmitter.event;

  constructor(
    private readonly corpus: ArticleTexts,
    private readonly checker: Checker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.tooLarge = new TooLargeNotice(log);
  }

  start(): void {
    const w = vscode.workspace;
    this.disposables.push(
      w.onDidOpenTextDocument((d) => this.fromDocument(d)),
      w.onDidChangeTextDocument((e) => {
        const change = e.contentChanges[e.contentChanges.length - 1];
        if (change && isArticleDocument(e.document) && e.reason === undefined) {
          this.checker.typedAt(e.document.uri.toString(), e.document.offsetAt(change.range.start) + change.text.length);
        }
        this.fromDocument(e.document);
      }),
      w.onDidCloseTextDocument((d) => this.background(this.closed(d))),
      w.onDidDeleteFiles((e) => e.files.forEach((uri) => this.remove(uri.toString()))),
      w.onDidRenameFiles((e) =>
        e.files.forEach(({ oldUri, newUri }) => {
          this.renameEmitter.fire({ from: oldUri.toString(), to: newUri.toString() });
          this.remove(oldUri.toString());
          this.background(this.loadFile(newUri));
        }),
      ),
      w.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sourceCheck.maxFileSize')) {
          this.tooLarge.clear();
          for (const d of w.textDocuments) this.fromDocument(d);
        }
        if (['include', 'exclude', 'maxFileSize'].some((k) => e.affectsConfiguration(`sourceCheck.${k}`))) this.background(this.loadWorkspace());
        else if (e.affectsConfiguration('sourceCheck')) this.checker.all();
      }),
      w.onDidChangeWorkspaceFolders(() => this.background(this.loadWorkspace())),
    );
    const watcher = w.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.background(this.few(() => this.created(uri)))),
      watcher.onDidChange((uri) => {
        // An open document is the truth while it is open; the disk copy comes back when it closes.
        if (!this.openDocument(uri)) this.background(this.few(() => this.loadFile(uri)));
      }),
      watcher.onDidDelete((uri) => this.removeUnder(uri)),
    );
    for (const d of w.textDocuments) this.fromDocument(d);
    this.firstLoad = this.loadWorkspace();
  }

  /**
   * Runs file work a few at a time. The watcher reports a folder of new files
   * in one event: read all at once, their reads would complete together and
   * be handled in one long turn of the extension host's event loop.
   */
  private few(work: () => Promise<void>): Promise<void> {
    const run = async (): Promise<void> => {
      this.active++;
      try {
        await work();
      } finally {
        this.active--;
        this.waiting.shift()?.();
      }
    };
    if (this.active < CONCURRENT_LOADS) return run();
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(run);
  }

  /** Runs loading work in the background; a failure is logged, never left as an unhandled rejection. */
  private background(work: Promise<void>): void {
    work.catch((error) => this.log.error(`Loading articles failed: ${(error as Error)?.stack ?? error}`));
  }

  /** Resolves once the workspace's articles have been loaded the first time. */
  whenLoaded(): Promise<void> {
    return this.firstLoad;
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const id = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === id && !d.isClosed);
  }

  private set(id: string, text: string, format: ArticleFormat, bytes = text.length): void {
    if (this.disposed) return;
    const limit = readSettings(vscode.Uri.parse(id)).maxFileBytes;
    if (limit > 0 && bytes > limit) {
      if (this.corpus.has(id)) this.remove(id);
      this.tooLarge.skip(id, bytes, limit);
      return;
    }
    this.tooLarge.forget(id);
    if (this.corpus.set(id, text, format)) this.checker.changed(id);
  }

  /** Ids of the articles skipped as too large. */
  skippedAsTooLarge(): string[] {
    return this.tooLarge.ids();
  }

  /** A deleted path: the article itself, or every article under it when a folder went (one event for the folder). */
  private removeUnder(uri: vscode.Uri): void {
    const id = uri.toString();
    const prefix = id.endsWith('/') ? id : `${id}/`;
    for (const other of this.corpus.ids()) if (other.startsWith(prefix) && !this.openDocument(vscode.Uri.parse(other))) this.remove(other);
    this.remove(id);
  }

  remove(id: string): void {
    if (this.disposed) return;
    this.workspaceFiles.delete(id);
    if (!this.corpus.has(id)) {
      this.checker.clear(id);
      return;
    }
    this.corpus.delete(id);
    this.checker.clear(id);
    this.checker.changed(id);
  }

  private fromDocument(document: vscode.TextDocument): void {
    if (!isArticleDocument(document)) return;
    if (this.excluded(document.uri)) {
      // The editor asked for this file to be left alone, open or not.
      if (this.corpus.has(document.uri.toString())) this.remove(document.uri.toString());
      return;
    }
    this.set(document.uri.toString(), document.getText(), formatOfDocument(document));
  }

  private async closed(document: vscode.TextDocument): Promise<void> {
    if (!isArticleDocument(document)) return;
    const id = document.uri.toString();
    // A workspace article stays loaded from disk (its unsaved edits are gone); any other document leaves the corpus.
    if (this.workspaceFiles.has(id) || this.matches(document.uri)) await this.loadFile(document.uri);
    else this.remove(id);
  }

  /** Whether a file is a workspace article under the include and exclude globs that govern it. */
  private matches(uri: vscode.Uri): boolean {
    return isWorkspaceArticle(uri);
  }

  /**
   * Whether an open document is excluded by its folder's `exclude` globs.
   * `include` only chooses which files are loaded from disk: a document the
   * editor opens (a .story file, a draft outside the globs) is still checked.
   */
  private excluded(uri: vscode.Uri): boolean {
    return isExcluded(uri);
  }

  /**
   * A file or a folder appeared. A folder moved or copied in whole is reported
   * once, as the folder: its articles are listed and loaded.
   */
  private async created(uri: vscode.Uri): Promise<void> {
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(uri)).type;
    } catch {
      return; // gone again already
    }
    if ((type & vscode.FileType.Directory) === 0) return this.loadFile(uri);
    // A link to a folder is not followed: it may lead back into the workspace (a loop) or out of it.
    if (type & vscode.FileType.SymbolicLink) return;
    // Walked by hand rather than searched: the search follows links, and a link inside the new
    // folder may lead back into the workspace. loadFile applies include and exclude to each file.
    const pending = [uri];
    for (let dir = pending.pop(); dir && !this.disposed; dir = pending.pop()) {
      let entries: Array<[string, vscode.FileType]>;
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue;
      }
      for (const [name, kind] of entries) {
        if (kind & vscode.FileType.SymbolicLink) continue;
        const child = vscode.Uri.joinPath(dir, name);
        // A folder the exclude globs cover (node_modules, .git…) is not walked at all.
        if (kind & vscode.FileType.Directory) {
          if (!isExcluded(child, true)) pending.push(child);
        }
        else if (kind & vscode.FileType.File) await this.loadFile(child);
      }
    }
  }

  /**
   * Loads (or reloads) one workspace file from disk if it is an article under
   * the settings now in force; a loaded one they no longer cover is dropped
   * (a late watcher event must not bring back a file a settings change left out).
   */
  private async loadFile(uri: vscode.Uri): Promise<void> {
    if (this.openDocument(uri)) return;
    if (!this.matches(uri)) {
      if (this.workspaceFiles.has(uri.toString())) this.remove(uri.toString());
      return;
    }
    await this.read(uri, () => !this.disposed);
  }

  /**
   * Reads one workspace file into the corpus, unless it is open (the editor's
   * text wins) or `current()` says the load it belongs to is outdated. A file
   * gone by the time it is read (deleted or renamed while loading) is dropped
   * quietly; any other failure (a folder named like an article, a dangling
   * link, no permission) is logged with the file named, and the other files
   * are still loaded.
   */
  private async read(uri: vscode.Uri, current: () => boolean): Promise<void> {
    const id = uri.toString();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (!current()) return;
      const code = (error as vscode.FileSystemError)?.code;
      if (code === 'FileNotFound' && !(await this.isDanglingLink(uri))) this.remove(id);
      else {
        this.remove(id);
        this.log.warn(`Could not read ${nameOf(uri)}: ${describeReadError(error)}. The other articles are still checked.`);
      }
      return;
    }
    if (!current() || this.openDocument(uri)) return;
    // The settings may have changed while the file was read: a search that began meanwhile
    // judges only files read before it, so one they no longer cover is dropped here.
    if (!this.matches(uri)) {
      this.remove(id);
      return;
    }
    if (looksBinary(bytes)) {
      this.remove(id);
      if (!this.binary.has(id)) {
        this.binary.add(id);
        this.log.info(`Skipped ${nameOf(uri)}: a binary file, not an article.`);
      }
      return;
    }
    this.binary.delete(id);
    this.workspaceFiles.set(id, ++this.reads);
    this.set(id, new TextDecoder('utf-8').decode(bytes), formatOf(uri.path), bytes.byteLength);
  }

  /** Whether a path that cannot be found is a symbolic link to nothing (worth telling) rather than a file just deleted. */
  private async isDanglingLink(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return false;
    } catch {
      // stat follows links: a link to nothing fails here too. Only its folder's listing still names it.
      try {
        const parent = vscode.Uri.joinPath(uri, '..');
        const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        return (await vscode.workspace.fs.readDirectory(parent)).some(([n, type]) => n === name && (type & vscode.FileType.SymbolicLink) !== 0);
      } catch {
        return false;
      }
    }
  }

  /** Articles skipped as binary files, for tests. */
  skippedAsBinary(): string[] {
    return [...this.binary];
  }

  /** Loads every article file of the workspace folders; drops those no longer included. */
  async loadWorkspace(): Promise<void> {
    const generation = ++this.loadGeneration;
    const found = new Set<string>();
    // Only files read before the search began can be judged by its result: one the watcher
    // loads while the search runs is newer than the search's answer, not missing from it.
    const began = this.reads;
    // Each workspace folder's search under its own globs, then each project file's below the root under its own:
    // the nearest project file decides for every file found.
    const searches: Array<{ base: vscode.Uri; include: string[]; exclude: string[] }> = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readSettings(folder);
      searches.push({ base: folder.uri, include: settings.include, exclude: settings.exclude });
      for (const { project, folder: below } of projectFiles()) {
        if (below.toString() === folder.uri.toString() || vscode.workspace.getWorkspaceFolder(below)?.uri.toString() !== folder.uri.toString()) continue;
        searches.push({ base: below, include: project.include ?? settings.include, exclude: project.exclude ?? [] });
      }
    }
    for (const search of searches) {
      const include = globOf(search.include);
      if (!include) continue;
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(search.base, include), globOf(search.exclude) ?? null);
      if (generation !== this.loadGeneration) return;
      for (const uri of uris) {
        if (found.has(uri.toString()) || !this.matches(uri)) continue;
        found.add(uri.toString());
        if (this.openDocument(uri)) continue;
        await this.read(uri, () => generation === this.loadGeneration && !this.disposed);
        if (generation !== this.loadGeneration || this.disposed) return;
      }
    }
    for (const [id, readAt] of [...this.workspaceFiles]) {
      if (!found.has(id) && readAt <= began) {
        this.workspaceFiles.delete(id);
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === id && !d.isClosed)) this.remove(id);
      }
    }
    // Open documents: an exclude pattern may now cover them, or no longer.
    for (const d of vscode.workspace.textDocuments) if (!d.isClosed) this.fromDocument(d);
    this.log.info(`Loaded ${found.size} workspace article(s).`);
  }

  /** Stops loading: a workspace load under way ends at its next file. */
  dispose(): void {
    this.disposed = true;
    this.loadGeneration++;
    this.tooLarge.dispose();
    this.renameEmitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * How many files the watcher's events load at once: few enough that their
 * reads do not all complete in one turn of the host's event loop, enough that
 * each file's round trips to the file system overlap (at 4, 10,000 new files
 * took over 180 s to load in the full integration run).
 */
const CONCURRENT_LOADS = 16;

function nameOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

function describeReadError(error: unknown): string {
  switch ((error as vscode.FileSystemError)?.code) {
    case 'FileNotFound':
      return 'it is a symbolic link to nothing';
    case 'FileIsADirectory':
      return 'it is a folder';
    case 'NoPermissions':
      return 'permission denied';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
