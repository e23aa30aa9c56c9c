// Bad input and faults in a real VS Code: odd files written into the
// workspace copy at run time each get a clear message naming the file, the
// other articles are still checked, and the extension host stays responsive.
// Faults are injected into a Checker built here over a Corpus with a rule
// list that throws (the product's own detectors do not fail on demand).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { Corpus } from '../../src/core/corpus/corpus';
import { RULES_IN_ORDER, type Rule } from '../../src/core/corpus/rules';
import { analyzeArticle } from '../../src/core/corpus/analysis';
import { Checker } from '../../src/extension/checker';
import { IgnoreStore } from '../../src/extension/ignoreStore';
import { ArticleTexts } from '../../src/extension/engine/articleTexts';
import { inThreadEngine } from './inThreadEngine';
import type { SourceCheckApi } from '../../src/extension/extension';
import { activeApi, eventually as waitFor, ruleOf, SOURCE } from './helpers';

const UNATTRIBUTED = 'Officials met on Monday.\n\n"We will not back down from this fight."\n';

function folder(): string {
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f);
    return f.uri.fsPath;
}

const uriOf = (name: string): vscode.Uri => vscode.Uri.file(path.join(folder(), name));
const idOf = (name: string): string => uriOf(name).toString();
const ours = (name: string): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uriOf(name)).filter((d) => d.source === SOURCE);

const api = () => activeApi('fire_b.txt');
// Odd inputs take the extension longer than the other tests' waits.
const eventually = <T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000) => waitFor(what, probe, timeoutMs);

/** What the 'Source Check' output channel has written to its log file so far. */
function logText(sc: SourceCheckApi): string {
    const dir = sc.logUri.fsPath;
    if (!fs.existsSync(dir)) return '';
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join('\n');
}

const logged = (sc: SourceCheckApi, pattern: RegExp) => eventually(`the log to say ${pattern}`, () => (pattern.test(logText(sc)) ? true : undefined));

/** Waits until the unattributed fixture still has its finding: the other articles are checked. */
const othersStillChecked = () =>
    eventually('unattributed.txt still flagged', () => (ours('unattributed.txt').some((d) => ruleOf(d) === 'unattributed-quote') ? true : undefined));

describe('Source Check on bad input', function () {
    this.timeout(120_000);
    const created: string[] = [];
    const make = (name: string, content: string | Buffer): string => {
        const p = path.join(folder(), name);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, content);
        created.push(p);
        return p;
    };
    after(async () => {
        for (const p of created.reverse()) fs.rmSync(p, { recursive: true, force: true });
        await (await api()).whenIdle();
    });

    it('checks an empty file quietly, skips a binary one and a 10 MB one with a message naming each', async () => {
        const sc = await api();
        make('empty.txt', '');
        make('photo.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 0xab)]));
        const line = 'The council said 12 new homes would be built on the site next year, officials said.\n';
        make('huge.txt', line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
        await eventually('the empty file loaded', () => (sc.corpus.has(idOf('empty.txt')) ? true : undefined));
        await eventually('the binary file skipped', () => (sc.skippedAsBinary().includes(idOf('photo.txt')) ? true : undefined));
        await eventually('the 10 MB file skipped', () => (sc.skippedAsTooLarge().includes(idOf('huge.txt')) ? true : undefined));
        await sc.whenIdle();
        assert.equal(sc.corpus.has(idOf('photo.txt')), false);
        assert.equal(sc.corpus.has(idOf('huge.txt')), false);
        assert.deepEqual(ours('empty.txt'), []);
        await othersStillChecked();
        await logged(sc, /Skipped .*photo\.txt: a binary file, not an article/);
        await logged(sc, /Skipped .*huge\.txt: 102\d\d KB is over the sourceCheck\.maxFileSize limit of 1024 KB/);
        const log = logText(sc);
        assert.equal(log.match(/photo\.txt/g)?.length, 1, 'the binary file is told once');
        assert.equal(log.match(/huge\.txt/g)?.length, 1, 'the large file is told once');
    });

    it('finds the same passages in CRLF and BOM copies as in LF', async () => {
        const sc = await api();
        const base = (UNATTRIBUTED + '\n' + fs.readFileSync(path.join(folder(), 'fire_a.txt'), 'utf8')).replace(/\r\n/g, '\n');
        const id = idOf('eol.txt');
        const seen = new Map<string, string[]>();
        for (const [variant, text] of [
            ['lf', base],
            ['crlf', base.replace(/\n/g, '\r\n')],
            ['bom', '\uFEFF' + base],
            ['bom-crlf', '\uFEFF' + base.replace(/\n/g, '\r\n')],
        ]) {
            make('eol.txt', text);
            const expected = text.replace(/^\uFEFF/, '');
            await eventually(`the ${variant} copy loaded`, () => (sc.corpus.article(id)?.text === expected ? true : undefined));
            await sc.whenIdle();
            const words = (start: number, end: number) => expected.slice(start, end).replace(/\r\n/g, '\n');
            const diagnostics = await eventually(`the ${variant} copy's diagnostics`, () => (ours('eol.txt').length > 0 ? ours('eol.txt') : undefined));
            const lines = expected.split(/\r?\n/);
            seen.set(variant, [
                ...sc.findingsOf(id).map((f) => `${f.rule} «${words(f.start, f.end)}» ${f.message}`),
                // The diagnostics' ranges, mapped back to the text of their lines.
                ...diagnostics.map((d) => `${ruleOf(d)} ${d.range.start.line}: «${lines[d.range.start.line].slice(d.range.start.character, d.range.start.line === d.range.end.line ? d.range.end.character : undefined)}»`),
            ]);
        }
        const lf = seen.get('lf')!;
        assert.ok(lf.some((l) => l.startsWith('unattributed-quote «We will not back down')), lf.join('\n'));
        for (const variant of ['crlf', 'bom', 'bom-crlf']) assert.deepEqual(seen.get(variant), lf, variant);
    });

    it('tells the editor a non-English article is not checked, and flags nothing in it', async () => {
        const sc = await api();
        make(
            'fr.txt',
            "Les pompiers ont été appelés à l'usine peu après minuit, et l'incendie a été maîtrisé à l'aube, selon les services de secours du département. " +
                '« Nous ne reculerons pas », a-t-il dit. "Nous ne partirons pas." ' +
                "Deux ouvriers ont été transportés à l'hôpital avec des brûlures légères. L'entreprise a déclaré qu'elle coopérerait avec l'enquête.\n",
        );
        await eventually('fr.txt loaded', () => (sc.corpus.has(idOf('fr.txt')) ? true : undefined));
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf('fr.txt')));
        await eventually('the editor told', () => (sc.languageNotices().includes(idOf('fr.txt')) ? true : undefined));
        await sc.whenIdle();
        assert.deepEqual(ours('fr.txt'), []);
        await logged(sc, /Skipped fr\.txt: it looks like French/);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('drops a file deleted or renamed while loading, without an error', async () => {
        const sc = await api();
        // Written and gone again before the watcher's event is handled: the read finds nothing.
        for (let i = 0; i < 20; i++) {
            const p = make(`fleeting${i}.txt`, UNATTRIBUTED);
            if (i % 2 === 0) fs.rmSync(p);
            else fs.renameSync(p, path.join(folder(), `landed${i}.txt`));
            if (i % 2 === 1) created.push(path.join(folder(), `landed${i}.txt`));
        }
        await eventually('the renamed files loaded', () => (sc.corpus.has(idOf('landed19.txt')) ? true : undefined));
        await sc.whenIdle();
        for (let i = 0; i < 20; i++) assert.equal(sc.corpus.has(idOf(`fleeting${i}.txt`)), false, `fleeting${i}.txt`);
        await eventually('landed19.txt flagged', () => (ours('landed19.txt').length > 0 ? true : undefined));
        assert.doesNotMatch(logText(sc), /fleeting\d+\.txt/, 'a file gone before it was read is not an error');
        await othersStillChecked();
    });

    it('names an unreadable file (permission denied, or as root a link to nothing and a folder named like an article)', async () => {
        const sc = await api();
        const locked = make('locked.txt', UNATTRIBUTED);
        fs.chmodSync(locked, 0o000);
        let readable = true;
        try {
            fs.readFileSync(locked);
        } catch {
            readable = false;
        }
        if (!readable) {
            await logged(sc, /Could not read .*locked\.txt: permission denied/);
            assert.equal(sc.corpus.has(idOf('locked.txt')), false);
        } else {
            // Root reads through chmod 000: what cannot be read is then a link to nothing or a folder.
            fs.rmSync(locked);
            fs.symlinkSync(path.join(folder(), 'nowhere.txt'), path.join(folder(), 'dangling.txt'));
            created.push(path.join(folder(), 'dangling.txt'));
            make('folder.txt/inside.txt', UNATTRIBUTED);
            // Not asserted: a link to nothing reaches the extension by no event (the watcher and the search skip it), so it is not told.
            await new Promise((resolve) => setTimeout(resolve, 500));
            assert.equal(sc.corpus.has(idOf('dangling.txt')), false);
            assert.equal(sc.corpus.has(idOf('folder.txt')), false);
            // The folder named like an article is a folder: its article inside is loaded.
            await eventually('the article inside the folder', () => (sc.corpus.has(idOf('folder.txt/inside.txt')) ? true : undefined));
        }
        await sc.whenIdle();
        await othersStillChecked();
    });

    it('loads the articles of a folder moved into the workspace in one piece', async () => {
        const sc = await api();
        // Built outside the workspace, then renamed in: the watcher reports only the folder.
        const outside = fs.mkdtempSync(path.join(path.dirname(folder()), 'incoming-'));
        fs.mkdirSync(path.join(outside, 'deep'));
        fs.writeFileSync(path.join(outside, 'one.txt'), UNATTRIBUTED);
        fs.writeFileSync(path.join(outside, 'deep', 'two.md'), UNATTRIBUTED);
        const target = path.join(folder(), 'arrived');
        fs.renameSync(outside, target);
        created.push(target);
        await eventually('both articles loaded', () => (sc.corpus.has(idOf('arrived/one.txt')) && sc.corpus.has(idOf('arrived/deep/two.md')) ? true : undefined));
        await eventually('their findings', () => (ours('arrived/one.txt').length > 0 ? true : undefined));
    });

    it('loads a workspace with a symlink loop, each article once', async () => {
        const sc = await api();
        const before = sc.corpus.size;
        fs.mkdirSync(path.join(folder(), 'looped'));
        created.push(path.join(folder(), 'looped'));
        fs.writeFileSync(path.join(folder(), 'looped', 'inner.txt'), UNATTRIBUTED);
        fs.symlinkSync(folder(), path.join(folder(), 'looped', 'back'));
        fs.symlinkSync(path.join(folder(), 'looped'), path.join(folder(), 'looped', 'self'));
        // A settings change makes the extension search the whole workspace again, through the loop.
        const config = vscode.workspace.getConfiguration('sourceCheck');
        await config.update('exclude', ['**/node_modules/**', '**/nothing-here/**'], vscode.ConfigurationTarget.Workspace);
        try {
            await eventually('inner.txt loaded', () => (sc.corpus.has(idOf('looped/inner.txt')) ? true : undefined));
            await sc.whenIdle();
            const ids = sc.corpus.ids();
            assert.ok(ids.length <= before + 1 + 3, `no article loaded again through the loop (${ids.length - before} new)`);
            assert.ok(!ids.some((id) => /\/(back|self)\/.*\/(back|self)\//.test(id)), 'the loop is not followed round');
            await othersStillChecked();
        } finally {
            await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
        }
    });

    it('stays responsive while 10,000 files load, and loads them all', async function () {
        this.timeout(300_000);
        const sc = await api();
        const dir = path.join(folder(), 'many');
        fs.mkdirSync(dir);
        created.push(dir);
        // Written in batches without blocking the extension host (these tests run inside it).
        for (let i = 0; i < 10_000; i += 500) {
            await Promise.all(
                Array.from({ length: 500 }, (_, k) => fs.promises.writeFile(path.join(dir, `d${String(i + k).padStart(5, '0')}.txt`), `Draft ${i + k}. Nothing was filed today.\n`)),
            );
        }
        await eventually('loading under way', () => (sc.corpus.ids().some((id) => id.includes('/many/')) ? true : undefined), 60_000);
        // A hover answers while the files load and are checked.
        const document = await vscode.workspace.openTextDocument(uriOf('fire_a.txt'));
        const started = Date.now();
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider',
            document.uri,
            document.positionAt(document.getText().indexOf('The heat was unbearable') + 2),
        );
        const hoverMs = Date.now() - started;
        const loadedThen = sc.corpus.ids().filter((id) => id.includes('/many/')).length;
        assert.ok(hoverMs < 5_000, `the hover answered in ${hoverMs} ms`);
        assert.ok(hovers.length > 0, 'the hover answered');
        await eventually('all 10,000 files loaded', () => (sc.corpus.ids().filter((id) => id.includes('/many/')).length === 10_000 ? true : undefined), 180_000);
        await sc.whenIdle();
        console.log(`      (hover answered in ${hoverMs} ms with ${loadedThen} of 10,000 loaded)`);
        await othersStillChecked();
        fs.rmSync(dir, { recursive: true, force: true });
        await eventually('the 10,000 files dropped', () => (sc.corpus.ids().some((id) => id.includes('/many/')) ? undefined : true), 120_000);
        await sc.whenIdle();
    });
});

describe('Source Check faults and cancellation', function () {
    this.timeout(60_000);

    interface Harness {
        corpus: ArticleTexts;
        checker: Checker;
        errors: string[];
        published: string[];
        dispose(): void;
    }

    function harness(rules: readonly Rule[] = RULES_IN_ORDER, analyze = analyzeArticle, debounce = 0): Harness {
        const corpus = new ArticleTexts();
        const errors: string[] = [];
        const log = { error: (m: string) => errors.push(m), warn: () => undefined, info: () => undefined } as unknown as vscode.LogOutputChannel;
        const diagnostics = vscode.languages.createDiagnosticCollection('sourcecheck-robustness-test');
        const memento = { get: <T>(_key: string, fallback?: T) => fallback, update: async () => undefined, keys: () => [] } as unknown as vscode.Memento;
        const checker = new Checker(corpus, inThreadEngine(new Corpus({ rules, analyze })), diagnostics, log, () => debounce, new IgnoreStore(memento));
        const published: string[] = [];
        const subscription = checker.onDidPublish((ids) => published.push(...ids));
        return {
            corpus,
            checker,
            errors,
            published,
            dispose: () => {
                subscription.dispose();
                checker.dispose();
                diagnostics.dispose();
            },
        };
    }

    const id = (name: string) => vscode.Uri.file(`/robustness-test/${name}`).toString();
    const add = (h: Harness, name: string, text: string) => {
        h.corpus.set(id(name), text);
        h.checker.changed(id(name));
    };

    it('logs a rule that throws on one article once, naming the file, and publishes the others', async () => {
        const bad = id('bad.txt');
        const h = harness([
            ...RULES_IN_ORDER,
            (context) => {
                if (context.self.article.id === bad) throw new Error('detector fault');
                return [];
            },
        ]);
        try {
            add(h, 'bad.txt', 'The parade was cancelled on Tuesday.\n');
            add(h, 'good.txt', UNATTRIBUTED);
            await h.checker.whenIdle();
            assert.deepEqual(h.checker.findingsOf(id('good.txt')).map((f) => f.rule), ['unattributed-quote']);
            assert.equal(h.errors.length, 1);
            assert.match(h.errors[0], /Checking \/robustness-test\/bad\.txt failed.*detector fault/s);
            // Re-checks of the same text do not log it again.
            for (let i = 0; i < 3; i++) {
                h.checker.all();
                await h.checker.whenIdle();
            }
            add(h, 'good.txt', UNATTRIBUTED + '\n"Another line nobody said."\n');
            await h.checker.whenIdle();
            assert.equal(h.errors.length, 1, h.errors.join('\n'));
            assert.equal(h.checker.findingsOf(id('good.txt')).length, 2);
        } finally {
            h.dispose();
        }
    });

    it('isolates an analysis that throws: the other articles are still compared with each other, without a retry loop', async () => {
        const bad = id('bad.txt');
        let analyses = 0;
        const h = harness(RULES_IN_ORDER, (article) => {
            analyses++;
            if (article.id === bad) throw new Error('analysis fault');
            return analyzeArticle(article);
        });
        try {
            const workspace = vscode.workspace.workspaceFolders![0].uri.fsPath;
            add(h, 'bad.txt', 'The parade was cancelled on Tuesday.\n');
            add(h, 'a.txt', fs.readFileSync(path.join(workspace, '000_e78afd072a24a4cf.txt'), 'utf8'));
            add(h, 'b.txt', fs.readFileSync(path.join(workspace, '001_dc5fe3218381ca3d.txt'), 'utf8'));
            await h.checker.whenIdle();
            assert.ok(h.checker.findingsOf(id('a.txt')).some((f) => f.rule === 'contradiction'), 'a and b still contradict each other');
            assert.ok(h.checker.findingsOf(id('b.txt')).some((f) => f.rule === 'contradiction'));
            assert.equal(h.errors.length, 1, h.errors.join('\n'));
            assert.match(h.errors[0], /bad\.txt failed.*analysis fault/s);
            const count = analyses;
            await new Promise((resolve) => setTimeout(resolve, 300));
            assert.equal(analyses, count, 'a failed analysis is not retried in a loop');
            // A new version of the text is tried again (and here succeeds).
            add(h, 'bad.txt', 'The parade went ahead.\n');
            await h.checker.whenIdle();
            assert.equal(h.checker.findingsOf(bad).length, 0);
        } finally {
            h.dispose();
        }
    });

    it('drops queued work for an article removed before its check', async () => {
        const h = harness(RULES_IN_ORDER, analyzeArticle, 50);
        try {
            for (let i = 0; i < 5; i++) add(h, `a${i}.txt`, UNATTRIBUTED);
            h.corpus.delete(id('a2.txt'));
            h.checker.clear(id('a2.txt'));
            await h.checker.whenIdle();
            assert.equal(h.published.includes(id('a2.txt')), false);
            assert.equal(h.published.filter((p) => p === id('a1.txt')).length, 1);
        } finally {
            h.dispose();
        }
    });

    it('stops checking when disposed mid-check (the workspace closed)', async () => {
        let checks = 0;
        const h = harness([...RULES_IN_ORDER, () => (checks++, [])]);
        for (let i = 0; i < 300; i++) add(h, `n${i}.txt`, `Draft ${i}. "Quote number ${i} was never said."\n`);
        await eventually('the check under way', () => (h.published.length > 0 ? true : undefined));
        h.dispose();
        const at = checks;
        await h.checker.whenIdle();
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.ok(at < 300, `stopped after ${at} of 300`);
        assert.ok(checks <= at + 1, `no check after dispose (${checks - at} more)`);
    });
});
