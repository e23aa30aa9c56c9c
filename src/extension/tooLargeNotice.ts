import * as vscode from 'vscode';

/**
 * The files left out of the check for their size. The editor must know a file
 * is not checked, so each is told once: a line in the log, and one message for
 * all the files found at about the same time (a workspace load finds many).
 */
export class TooLargeNotice implements vscode.Disposable {
  private readonly skipped = new Set<string>();
  private pending: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Ids of the articles skipped as too large. */
  ids(): string[] {
    return [...this.skipped];
  }

  /** The article is checked again (it shrank, or the limit went up). */
  forget(id: string): void {
    this.skipped.delete(id);
  }

  /** The limit changed: every file is measured, and told, anew. */
  clear(): void {
    this.skipped.clear();
  }

  /** Records that `id` was skipped at `bytes` over `limit`; tells the editor once per file. */
  skip(id: string, bytes: number, limit: number): void {
    if (this.skipped.has(id)) return;
    this.skipped.add(id);
    this.log.info(`Skipped ${vscode.Uri.parse(id).fsPath || id}: ${Math.round(bytes / 1024)} KB is over the sourceCheck.maxFileSize limit of ${Math.round(limit / 1024)} KB.`);
    this.pending.push(id);
    // Many files found at once make one message, not one each.
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        const ids = this.pending;
        this.pending = [];
        const names = ids.map((i) => vscode.workspace.asRelativePath(vscode.Uri.parse(i), false));
        const list = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
        void vscode.window
          .showInformationMessage(
            `Source Check did not check ${ids.length === 1 ? 'a file' : `${ids.length} files`} larger than ${Math.round(limit / 1024)} KB: ${list}.`,
            'Change the Limit',
          )
          .then(
            (choice) => (choice ? vscode.commands.executeCommand('workbench.action.openSettings', 'sourceCheck.maxFileSize') : undefined),
          )
          .then(undefined, (error) => this.log.warn(`Could not show the file size notice: ${(error as Error)?.message ?? error}`));
      }, 300);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
