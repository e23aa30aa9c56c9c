import * as assert from 'node:assert/strict';
import type { Finding } from '../../../../src/core/findings';
import { acceptEntry, ignoreEntry, renameEntries } from '../../../../src/core/project/dismissals';
import { governedFindings, projectRuleSettings } from '../../../../src/core/project/governedFindings';
import { dismissalsOf, withDismissal, withoutDismissals, withRenamedArticle, type ProjectPaths } from '../../../../src/core/project/projectDismissals';
import { parseProjectFile } from '../../../../src/core/project/projectFile';
import { isProjectArticle, relativePath } from '../../../../src/core/project/selection';

const TEXTS: Record<string, string> = {
  '/desk/a.txt': 'The fire sent 9 workers to hospital. "We will not back down," a sign read.',
  '/wire/b.txt': 'The fire sent seven workers to hospital.',
};
const textOf = (id: string, start: number, end: number): string | undefined => TEXTS[id]?.slice(start, end);
const at = (id: string, words: string) => ({ articleId: id, start: TEXTS[id].indexOf(words), end: TEXTS[id].indexOf(words) + words.length });

const figureA: Finding = {
  rule: 'inconsistent-figure',
  severity: 'warning',
  ...at('/desk/a.txt', '9 workers'),
  message: 'Workers taken to hospital: 9 here; 7 in b.txt.',
  related: [{ ...at('/wire/b.txt', 'seven workers'), message: '7 there' }],
  evidence: { kind: 'figure', quantity: 'workers taken to hospital', here: { ...at('/desk/a.txt', '9 workers'), text: '9', display: '9' }, others: [] },
};
const figureB: Finding = { ...figureA, ...at('/wire/b.txt', 'seven workers'), related: [{ ...at('/desk/a.txt', '9 workers'), message: '9 there' }] };
const quote: Finding = {
  rule: 'unattributed-quote',
  severity: 'warning',
  ...at('/desk/a.txt', '"We will not back down,"'),
  message: 'Quotation has no identifiable speaker.',
  related: [],
  evidence: { kind: 'quote', speaker: null, cue: null, resolution: 'none' },
};

// A project file in /desk: its paths are relative to /desk.
const paths: ProjectPaths = { articleId: (rel) => new URL(rel, 'file:///desk/').pathname, relative: (id) => relativePath('/desk', id) };

describe('project file dismissals and rules', () => {
  it('follows a renamed article and a renamed folder in its entries, keeping the rest of the file as written', () => {
    const original = '{\n  // the desk\'s decisions\n  "rules": {}\n}\n';
    let text = withDismissal(original, ignoreEntry(quote, textOf), paths);
    text = withDismissal(text, acceptEntry(figureA, figureA.related[0], textOf), paths);
    const renamed = withRenamedArticle(text, '/desk/a.txt', '/desk/drafts/a2.txt', paths);
    assert.match(renamed, /the desk's decisions/);
    const project = parseProjectFile(renamed).project;
    assert.deepEqual(project.ignoredFindings.map((e) => e.file), ['drafts/a2.txt']);
    assert.deepEqual(project.acceptedDifferences.map((e) => [e.file, e.otherFile]), [['drafts/a2.txt', '../wire/b.txt']]);
    const folder = parseProjectFile(withRenamedArticle(text, '/wire', '/agency', paths)).project;
    assert.deepEqual(folder.acceptedDifferences.map((e) => [e.file, e.otherFile]), [['a.txt', '../agency/b.txt']]);
    assert.equal(withRenamedArticle(text, '/desk/other.txt', '/desk/x.txt', paths), text, 'an article it does not name leaves it as it is');
    assert.equal(withRenamedArticle(text, '/desk/a', '/desk/b', paths), text, 'a folder named like the start of a file is another path');
  });

  it('moves the workspace-state dismissals of a renamed folder with it', () => {
    const [moved] = renameEntries([acceptEntry(figureA, figureA.related[0], textOf)], '/wire', '/agency');
    assert.equal(moved.otherArticleId, '/agency/b.txt');
    assert.equal(moved.articleId, '/desk/a.txt');
  });

  it('writes a quick fix into the file, keeping its comments, and reads it back to silence the finding at both places', () => {
    const original = '{\n  // decided on the Tuesday shift\n  "rules": {}\n}\n';
    const withAccept = withDismissal(original, acceptEntry(figureA, figureA.related[0], textOf), paths);
    assert.match(withAccept, /decided on the Tuesday shift/);
    const parsed = parseProjectFile(withAccept);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.project.acceptedDifferences, [
      { rule: 'inconsistent-figure', file: 'a.txt', text: '9 workers', otherFile: '../wire/b.txt', otherText: 'seven workers' },
    ]);
    const ignored = dismissalsOf(parsed.project, paths);
    const none = { rules: {}, ignored, textOf };
    assert.deepEqual(governedFindings([figureA, quote], none), [quote]);
    assert.deepEqual(governedFindings([figureB], none), [], 'the other side is silenced too');
  });

  it('adds a second entry to an existing list, once, and removes it again', () => {
    let text = withDismissal('', ignoreEntry(quote, textOf), paths);
    text = withDismissal(text, ignoreEntry(quote, textOf), paths);
    assert.equal(parseProjectFile(text).project.ignoredFindings.length, 1);
    text = withDismissal(text, acceptEntry(figureA, figureA.related[0], textOf), paths);
    const project = parseProjectFile(text).project;
    assert.deepEqual(governedFindings([quote, figureA], { rules: {}, ignored: dismissalsOf(project, paths), textOf }), []);
    const back = withoutDismissals(text, [ignoreEntry(quote, textOf)], paths);
    assert.equal(parseProjectFile(back).project.ignoredFindings.length, 0);
    assert.equal(parseProjectFile(back).project.acceptedDifferences.length, 1);
  });

  it('follows the words, not the offsets: an ignored finding that moved stays ignored, changed words come back', () => {
    const project = parseProjectFile(JSON.stringify({ ignoredFindings: [{ rule: 'unattributed-quote', file: 'a.txt', text: '"We will  NOT back down,"' }] })).project;
    const ignored = dismissalsOf(project, paths);
    assert.deepEqual(governedFindings([quote], { rules: {}, ignored, textOf }), []);
    const other = { ...quote, ...at('/desk/a.txt', 'The fire sent 9') };
    assert.deepEqual(governedFindings([other], { rules: {}, ignored, textOf }), [other]);
  });

  it('applies a project file\'s rules over the base settings', () => {
    const project = parseProjectFile(JSON.stringify({ rules: { 'unattributed-quote': 'off', 'inconsistent-figure': 'hint' } })).project;
    const rules = projectRuleSettings(project, { contradiction: { enabled: false } });
    assert.deepEqual(rules, {
      contradiction: { enabled: false },
      'unattributed-quote': { enabled: false, severity: undefined },
      'inconsistent-figure': { enabled: true, severity: 'hint' },
    });
    const shown = governedFindings([quote, figureA], { rules, ignored: [], textOf });
    assert.deepEqual(shown.map((f) => [f.rule, f.severity]), [['inconsistent-figure', 'hint']]);
  });

  it('selects a folder\'s articles by the project\'s include and exclude', () => {
    const project = parseProjectFile(JSON.stringify({ include: ['copy/**/*.md'], exclude: ['copy/archive/**'] })).project;
    assert.equal(isProjectArticle('copy/today/a.md', project), true);
    assert.equal(isProjectArticle('copy/archive/a.md', project), false);
    assert.equal(isProjectArticle('notes.txt', project), false);
    assert.equal(isProjectArticle('notes.txt', undefined), true);
    assert.equal(isProjectArticle('notes.json', undefined), false);
  });

  it('writes paths relative to the project\'s folder', () => {
    assert.equal(relativePath('/desk', '/desk/a.txt'), 'a.txt');
    assert.equal(relativePath('/desk/', '/desk/copy/a.txt'), 'copy/a.txt');
    assert.equal(relativePath('/desk', '/wire/b.txt'), '../wire/b.txt');
  });
});
