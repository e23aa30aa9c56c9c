import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { EngineService } from '../../../../src/extension/engine/engineService';
import type { EngineEvent, EngineRequest, HoverAnswer } from '../../../../src/extension/engine/protocol';

const QUOTE = 'Officials met on Monday.\n\n"We will not back down from this fight."\n';
const FIRST = 'Kaluga\n\nIt was the first drone attack on the city, the governor said.\n';
const AGAIN = 'Kaluga\n\nThe city was attacked by drones once again, the governor said.\n';

/** An engine whose messages are collected; `settled` waits for its queue. */
function engine(): { events: EngineEvent[]; send(m: EngineRequest): void; settled(): Promise<void> } {
  const events: EngineEvent[] = [];
  const service = new EngineService((e) => events.push(e), new Corpus(), () => Promise.resolve());
  return {
    events,
    send: (m) => service.handle(m),
    settled: async () => {
      for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

const load = (id: string, version: number, text: string): EngineRequest => ({ type: 'load', id, version, text, format: 'plaintext' });

describe('EngineService (the engine side of the worker protocol)', () => {
  it('checks a loaded article and stamps its findings with the version of its text', async () => {
    const e = engine();
    e.send(load('a.txt', 7, QUOTE));
    e.send({ type: 'check', request: 1 });
    await e.settled();
    const findings = e.events.find((x) => x.type === 'findings');
    assert.ok(findings && findings.type === 'findings');
    assert.equal(findings.id, 'a.txt');
    assert.equal(findings.version, 7);
    assert.deepEqual(findings.findings.map((f) => f.rule), ['unattributed-quote']);
    assert.deepEqual(e.events.at(-1), { type: 'checked', request: 1, checked: 1, total: 1, cancelled: false });
  });

  it('re-checks only what changed and the articles that depend on it', async () => {
    const e = engine();
    e.send(load('a.txt', 1, FIRST));
    e.send(load('b.txt', 2, AGAIN));
    e.send(load('c.txt', 3, QUOTE));
    e.send({ type: 'check', request: 1 });
    await e.settled();
    e.events.length = 0;
    e.send(load('a.txt', 4, FIRST + '\nThe mayor spoke later.\n'));
    e.send({ type: 'check', request: 2 });
    await e.settled();
    const checked = e.events.filter((x) => x.type === 'findings').map((x) => (x.type === 'findings' ? x.id : '')).sort();
    assert.ok(checked.includes('a.txt'), 'the changed article');
    assert.ok(!checked.includes('c.txt'), `an unrelated article is not checked again: ${checked}`);
  });

  it('stops a cancelled check and says so', async () => {
    const e = engine();
    for (let i = 0; i < 5; i++) e.send(load(`n${i}.txt`, i + 1, QUOTE));
    e.send({ type: 'cancel', request: 9 });
    e.send({ type: 'check', request: 9, all: true });
    await e.settled();
    assert.equal(e.events.filter((x) => x.type === 'findings').length, 0);
    assert.deepEqual(e.events.at(-1), { type: 'checked', request: 9, checked: 0, total: 0, cancelled: true });
  });

  it('answers a hover on a quotation with its speaker, and not on an outdated version', async () => {
    const e = engine();
    const text = 'Officials met on Monday.\n\n"We will rebuild the bridge," said Mayor Ana Costa.\n';
    e.send(load('a.txt', 3, text));
    e.send({ type: 'hover', request: 1, id: 'a.txt', version: 3, offset: text.indexOf('rebuild'), findings: [] });
    e.send({ type: 'hover', request: 2, id: 'a.txt', version: 2, offset: text.indexOf('rebuild'), findings: [] });
    await e.settled();
    const replies = e.events.filter((x) => x.type === 'reply');
    const answer = (replies.find((r) => r.type === 'reply' && r.request === 1) as { result: HoverAnswer }).result;
    assert.equal(answer.blocks[0].kind, 'quotation');
    assert.match(String((answer.blocks[0] as { speaker?: string }).speaker), /Costa/);
    assert.equal((replies.find((r) => r.type === 'reply' && r.request === 2) as { result: unknown }).result, undefined);
  });

  it('tells a rule that throws as a failure of that article, and checks the others', async () => {
    const events: EngineEvent[] = [];
    const corpus = new Corpus({
      rules: [
        (context) => {
          if (context.self.article.id === 'bad.txt') throw new Error('detector fault');
          return [];
        },
      ],
    });
    const service = new EngineService((x) => events.push(x), corpus, () => Promise.resolve());
    service.handle(load('bad.txt', 1, QUOTE));
    service.handle(load('good.txt', 2, QUOTE));
    service.handle({ type: 'check', request: 1 });
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    const failure = events.find((x) => x.type === 'failure');
    assert.ok(failure && failure.type === 'failure' && failure.id === 'bad.txt' && /detector fault/.test(failure.message));
    assert.ok(events.some((x) => x.type === 'findings' && x.id === 'good.txt'));
  });

  it('compares two articles', async () => {
    const e = engine();
    e.send(load('a.txt', 1, FIRST));
    e.send(load('b.txt', 2, AGAIN));
    e.send({ type: 'compare', request: 5, a: 'a.txt', b: 'b.txt', findingsA: [], findingsB: [] });
    e.send({ type: 'compare', request: 6, a: 'a.txt', b: 'gone.txt', findingsA: [], findingsB: [] });
    await e.settled();
    const reply = (request: number) => (e.events.find((x) => x.type === 'reply' && x.request === request) as { result: unknown }).result;
    assert.ok(reply(5) && typeof reply(5) === 'object' && 'claims' in (reply(5) as object));
    assert.equal(reply(6), undefined);
  });
});
