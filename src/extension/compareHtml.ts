import type { ClaimRow, ComparedPassage, Comparison, FigureMentionCell, FigureRow, QuotationRow } from '../core/compare/comparison';

/**
 * The comparison view's markup, built as a string on the extension side with
 * every piece of article text escaped: the webview's script only swaps this
 * markup in and sends clicks back. Pure (no `vscode`), so it is unit-tested.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Line numbers for the links (zero-based in, one-based shown). */
export type LineOf = (articleId: string, offset: number) => number;

const STATUS_WORDS: Record<string, [string, string]> = {
  conflict: ['≠', 'Conflict'],
  differ: ['≈', 'Differs'],
  agree: ['=', 'Agrees'],
  same: ['=', 'Same speaker'],
  'different-speaker': ['≠', 'Different speaker'],
  'only-a': ['◧', 'Only in A'],
  'only-b': ['◨', 'Only in B'],
};

function status(s: string): string {
  const [glyph, words] = STATUS_WORDS[s] ?? ['', s];
  return `<span class="status s-${escapeHtml(s)}"><span aria-hidden="true">${glyph}</span> ${escapeHtml(words)}</span>`;
}

function passageLink(side: 'a' | 'b', p: ComparedPassage | undefined, lineOf: LineOf, extra = ''): string {
  if (!p) return '<td class="empty" aria-label="not mentioned">—</td>';
  const line = lineOf(p.articleId, p.start) + 1;
  return (
    `<td class="side side-${side}"><a href="#" class="passage" data-side="${side}" data-start="${p.start}" data-end="${p.end}" ` +
    `title="Open at line ${line}">${escapeHtml(p.text)}</a><span class="line">L${line}</span>${extra}</td>`
  );
}

function row(status_: string, cells: string, attrs = ''): string {
  return `<tr class="row r-${escapeHtml(status_)}" tabindex="-1" data-status="${escapeHtml(status_)}"${attrs}>${cells}</tr>`;
}

function section(id: string, title: string, count: string, body: string, emptyText: string, head: string): string {
  const content = body ? `<table aria-label="${escapeHtml(title)}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` : `<p class="none">${escapeHtml(emptyText)}</p>`;
  return `<details open id="${id}"><summary><h2>${escapeHtml(title)}</h2> <span class="count">${escapeHtml(count)}</span></summary>${content}</details>`;
}

function figureCells(side: 'a' | 'b', cells: FigureMentionCell[], lineOf: LineOf): string {
  if (cells.length === 0) return '<td class="empty" aria-label="not mentioned">—</td>';
  const items = cells
    .map((c) => {
      const line = lineOf(c.articleId, c.start) + 1;
      return `<li><a href="#" class="passage" data-side="${side}" data-start="${c.start}" data-end="${c.end}" title="Open at line ${line}"><strong class="value">${escapeHtml(c.value)}</strong> <span class="words">“${escapeHtml(c.text)}”</span></a><span class="line">L${line}</span></li>`;
    })
    .join('');
  return `<td class="side side-${side}"><ul>${items}</ul></td>`;
}

function quotationCell(side: 'a' | 'b', r: QuotationRow, lineOf: LineOf): string {
  const q = side === 'a' ? r.a : r.b;
  const speaker = q ? `<span class="speaker">— ${q.speaker ? escapeHtml(q.speaker) : '<em>no speaker</em>'}</span>` : '';
  return passageLink(side, q && { ...q, text: `“${q.text}”` }, lineOf, speaker);
}

function summaryChips(c: Comparison): string {
  const conflicts = c.summary.conflicts;
  const differ = c.summary.differences;
  const agree = c.summary.claims.agree + c.summary.figures.agree + c.summary.quotations.same;
  const chip = (cls: string, n: number, words: string) => `<span class="chip ${cls}">${n} ${escapeHtml(words)}</span>`;
  return `<p class="chips" role="status">${chip('c-conflict', conflicts, conflicts === 1 ? 'conflict' : 'conflicts')}${chip('c-differ', differ, differ === 1 ? 'difference' : 'differences')}${chip('c-agree', agree, 'in agreement')}</p>`;
}

/** The view's body: header, summary and the four sections. */
export function renderComparisonBody(c: Comparison, lineOf: LineOf): string {
  const notices = [c.a, c.b]
    .filter((x) => !x.english)
    .map((x) => `<p class="notice">${escapeHtml(x.name)} looks like ${escapeHtml(x.language ?? 'a language other than English')}: Source Check checks English articles only, so its side is empty.</p>`)
    .join('');

  const conflictRows = c.conflicts
    .map((r) => row('conflict', `<td><span class="rule">${escapeHtml(r.rule)}</span></td>${passageLink('a', r.a, lineOf)}${passageLink('b', r.b, lineOf)}<td class="detail" title="${escapeHtml(r.message)}">${escapeHtml(r.detail)}</td>`))
    .join('');
  // Each conflict is listed once, in the first section: the claim or figure rows it covers are not repeated below.
  const claimRows = c.claims.filter((r) => r.status !== 'conflict').map((r: ClaimRow) => row(r.status, `<td>${status(r.status)}</td>${passageLink('a', r.a, lineOf)}${passageLink('b', r.b, lineOf)}<td class="detail">${escapeHtml(r.detail ?? '')}</td>`)).join('');
  const figureRows = c.figures
    .filter((r) => r.status !== 'conflict')
    .map((r: FigureRow) => row(r.status, `<td><span class="quantity">${escapeHtml(r.quantity)}</span><br>${status(r.status)}</td>${figureCells('a', r.a, lineOf)}${figureCells('b', r.b, lineOf)}<td class="detail">${escapeHtml(r.detail ?? '')}</td>`))
    .join('');
  let lastSpeaker: string | undefined;
  const quotationRows = c.quotations
    .map((r) => {
      const group = r.speaker !== lastSpeaker ? `<tr class="group"><th colspan="3" scope="rowgroup">${escapeHtml(r.speaker)}</th></tr>` : '';
      lastSpeaker = r.speaker;
      return group + row(r.status, `<td>${status(r.status)}</td>${quotationCell('a', r, lineOf)}${quotationCell('b', r, lineOf)}`);
    })
    .join('');
  const sideHeads = `<th scope="col">A · ${escapeHtml(c.a.name)}</th><th scope="col">B · ${escapeHtml(c.b.name)}</th>`;
  const s = c.summary;
  return (
    `<header><h1><span class="name">${escapeHtml(c.a.name)}</span> <span aria-hidden="true">⟷</span><span class="visually-hidden">compared with</span> <span class="name">${escapeHtml(c.b.name)}</span></h1>${summaryChips(c)}` +
    `<p class="help">↑/↓ or j/k move between rows · Enter opens the passage in A · Shift+Enter in B · c shows conflicts and differences only</p></header>` +
    notices +
    section('conflicts', 'Conflicts', String(s.conflicts), conflictRows, 'No conflicts between these two articles.', `<th scope="col">Rule</th>${sideHeads}<th scope="col">Why</th>`) +
    section('claims', 'Claims', `${s.claims.differ} differ · ${s.claims.agree} agree · ${s.claims['only-a']} only A · ${s.claims['only-b']} only B`, claimRows, 'No claims extracted from either article.', `<th scope="col">Status</th>${sideHeads}<th scope="col">Why</th>`) +
    section('figures', 'Figures', `${s.figures.differ} differ · ${s.figures.agree} agree · ${s.figures['only-a']} only A · ${s.figures['only-b']} only B`, figureRows, 'No figures of the same kind in either article.', `<th scope="col">Quantity</th>${sideHeads}<th scope="col">Why</th>`) +
    section('quotations', 'Quotations by speaker', `${s.quotations['different-speaker']} different speaker · ${s.quotations.same} same · ${s.quotations['only-a']} only A · ${s.quotations['only-b']} only B`, quotationRows, 'No quotations in either article.', `<th scope="col">Status</th>${sideHeads}`)
  );
}

/** The whole document: strict CSP (no remote content, only this nonce's script and style), theme colours. */
export function renderComparisonPage(body: string, nonce: string, cspSource: string): string {
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Source Check: comparison</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="comparison">${body}</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 12px 0 6px; }
h2 { display: inline; font-size: 1.1em; font-weight: 600; }
summary { cursor: pointer; padding: 6px 0; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
summary:focus-visible, a:focus-visible, tr:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.count, .help, .line, .none, .speaker, .detail { color: var(--vscode-descriptionForeground); }
.help { font-size: 0.9em; margin: 2px 0 8px; }
.line { font-size: 0.85em; margin-left: 6px; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4px 0 16px; }
th { text-align: left; font-weight: 600; padding: 4px 6px; color: var(--vscode-descriptionForeground); overflow-wrap: anywhere; }
thead th:first-child { width: 7.5em; }
thead th:last-child { width: 20%; }
td { vertical-align: top; padding: 5px 6px; border-top: 1px solid var(--vscode-editorWidget-border, transparent); overflow-wrap: anywhere; }
tr.row:hover { background: var(--vscode-list-hoverBackground); }
tr.row:focus { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
tr.group th { padding-top: 10px; color: var(--vscode-foreground); border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
a.passage { color: var(--vscode-textLink-foreground); text-decoration: none; }
a.passage:hover { text-decoration: underline; }
ul { margin: 0; padding-left: 0; list-style: none; }
li + li { margin-top: 4px; }
.value { color: var(--vscode-foreground); }
.status { white-space: nowrap; font-weight: 600; }
.s-conflict, .s-different-speaker { color: var(--vscode-errorForeground); }
.s-differ { color: var(--vscode-editorWarning-foreground); }
.s-agree, .s-same { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.s-only-a, .s-only-b { color: var(--vscode-descriptionForeground); font-weight: normal; }
tr.r-conflict td:first-child, tr.r-different-speaker td:first-child { border-left: 3px solid var(--vscode-errorForeground); }
tr.r-differ td:first-child { border-left: 3px solid var(--vscode-editorWarning-foreground); }
.rule { font-family: var(--vscode-editor-font-family); font-size: 0.9em; }
.chips { margin: 4px 0; }
.chip { display: inline-block; padding: 1px 8px; margin-right: 6px; border-radius: 10px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.chip.c-conflict { background: var(--vscode-inputValidation-errorBackground, var(--vscode-badge-background)); border: 1px solid var(--vscode-inputValidation-errorBorder, transparent); color: var(--vscode-foreground); }
.notice { padding: 6px 10px; border-left: 3px solid var(--vscode-editorInfo-foreground); background: var(--vscode-textBlockQuote-background); }
body.focus-conflicts tr.r-agree, body.focus-conflicts tr.r-same, body.focus-conflicts tr.r-only-a, body.focus-conflicts tr.r-only-b { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

// Runs in the webview: swaps in new markup, keeps the focused row across updates,
// remembers which articles are compared (for a reload), and sends clicks back.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('comparison');
  let state = vscode.getState() || {};
  function rows() { return Array.from(main.querySelectorAll('tr.row')); }
  function open(el, side) {
    const tr = el.closest ? el.closest('tr.row') : null;
    const link = (side && tr) ? tr.querySelector('a.passage[data-side="' + side + '"]') : el;
    if (!link || !link.dataset) return;
    vscode.postMessage({ type: 'open', side: link.dataset.side, start: Number(link.dataset.start), end: Number(link.dataset.end) });
  }
  function focusRow(index) {
    const all = rows().filter((r) => r.offsetParent !== null);
    if (all.length === 0) return;
    const i = Math.max(0, Math.min(all.length - 1, index));
    all.forEach((r) => r.setAttribute('tabindex', '-1'));
    all[i].setAttribute('tabindex', '0');
    all[i].focus();
    state.row = rows().indexOf(all[i]);
    vscode.setState(state);
  }
  function currentIndex() {
    const all = rows().filter((r) => r.offsetParent !== null);
    return all.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest('tr.row') : null);
  }
  main.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a.passage');
    if (!link) return;
    e.preventDefault();
    open(link);
  });
  document.addEventListener('keydown', (e) => {
    if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'SUMMARY')) { if (e.key !== 'ArrowDown' && e.key !== 'j') return; }
    if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); focusRow(currentIndex() + 1); }
    else if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); focusRow(Math.max(0, currentIndex() - 1)); }
    else if (e.key === 'Home') { e.preventDefault(); focusRow(0); }
    else if (e.key === 'End') { e.preventDefault(); focusRow(rows().length); }
    else if (e.key === 'Enter' && document.activeElement && document.activeElement.matches('tr.row')) { e.preventDefault(); open(document.activeElement, e.shiftKey ? 'b' : 'a'); }
    else if (e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      document.body.classList.toggle('focus-conflicts');
      state.conflictsOnly = document.body.classList.contains('focus-conflicts');
      vscode.setState(state);
    }
  });
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update' && typeof m.body === 'string') {
      const focused = currentIndex();
      main.innerHTML = m.body;
      state.a = m.a; state.b = m.b;
      vscode.setState(state);
      if (focused >= 0) focusRow(focused);
    }
  });
  if (state.conflictsOnly) document.body.classList.add('focus-conflicts');
  const first = rows()[0];
  if (first) first.setAttribute('tabindex', '0');
  vscode.postMessage({ type: 'ready' });
})();
`;
