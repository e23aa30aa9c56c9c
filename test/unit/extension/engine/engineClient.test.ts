import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { EngineClient, type FindingsEvent } from '../../../../src/extension/engine/engineClient';
import { heapNeededMb, nodeWorkerStarter } from '../../../../src/extension/engine/nodeTransport';

// out/test/unit/extension/engine → out/engine.js, the worker `npm run build` bundles.
const script = join(__dirname, '..', '..', '..', '..', 'engine.js');
const QUOTE = 'Officials met on Monday.\n\n"We will not back down from this fight."\n';

function client() {
  const findings: FindingsEvent[] = [];
  const crashes: Array<{ reason: string; article?: string; restarted: boolean }> = [];
  const engine = new EngineClient(nodeWorkerStarter(script), {
    findings: (e) => findings.push(e),
    failure: () => undefined,
    crashed: (c) => crashes.push(c),
  });
  return { engine, findings, crashes };
}

describe('EngineClient with the worker thread (out/engine.js)', function () {
  this.timeout(60_000);

  it('checks in the worker and hands back the findings', async () => {
    const { engine, findings } = client();
    try {
      engine.load('a.txt', 1, QUOTE, 'plaintext');
      const result = await engine.check().done;
      assert.deepEqual(result, { checked: 1, total: 1, cancelled: false });
      assert.deepEqual(findings.map((f) => [f.id, f.version, f.findings.map((x) => x.rule)]), [['a.txt', 1, ['unattributed-quote']]]);
    } finally {
      engine.dispose();
    }
  });

  it('drops findings of a text replaced while it was being checked', async () => {
    const { engine, findings } = client();
    try {
      engine.load('a.txt', 1, QUOTE, 'plaintext');
      const first = engine.check();
      engine.load('a.txt', 2, 'Officials met on Monday.\n', 'plaintext');
      await first.done;
      await engine.check().done;
      assert.ok(findings.every((f) => f.version === 2), JSON.stringify(findings.map((f) => f.version)));
      assert.deepEqual(findings.at(-1)?.findings, []);
    } finally {
      engine.dispose();
    }
  });

  it('restarts a worker killed mid-check, with every text, and finishes the check', async () => {
    const { engine, findings, crashes } = client();
    try {
      for (let i = 0; i < 20; i++) engine.load(`n${i}.txt`, i + 1, `Draft ${i}.\n\n"Quote number ${i} was never said by anyone."\n`, 'plaintext');
      const check = engine.check({ all: true });
      while (findings.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      engine.kill();
      const result = await check.done;
      assert.equal(crashes.length, 1);
      assert.equal(crashes[0].restarted, true);
      assert.match(crashes[0].article ?? '', /^n\d+\.txt$/, 'the article it was checking is named');
      assert.deepEqual(result, { checked: 20, total: 20, cancelled: false });
      const ids = new Set(findings.map((f) => f.id));
      assert.equal(ids.size, 20, 'every article has its findings');
      assert.equal(engine.dead, false);
    } finally {
      engine.dispose();
    }
  });

  it('starts a worker that ran out of memory again with twice the heap, as often as it needs, and finishes the check', async () => {
    const findings: FindingsEvent[] = [];
    const crashes: Array<{ reason: string; restarted: boolean }> = [];
    const engine = new EngineClient(nodeWorkerStarter(script, { baseMb: 4, youngMb: 4, maxMb: 1024, perTextMb: 0, lexiconsMb: 0 }), {
      findings: (e) => findings.push(e),
      failure: () => undefined,
      crashed: (c) => crashes.push(c),
    });
    try {
      engine.load('a.txt', 1, QUOTE, 'plaintext');
      assert.deepEqual(await engine.check().done, { checked: 1, total: 1, cancelled: false });
      assert.ok(crashes.length >= 1, 'a 4 MB heap is too small for the lexicons');
      assert.ok(crashes.every((c) => c.restarted && /ran out of its \d+ MB of memory/.test(c.reason)), JSON.stringify(crashes));
      assert.deepEqual(findings.map((f) => f.findings.map((x) => x.rule)), [['unattributed-quote']]);
      assert.equal(engine.dead, false);
    } finally {
      engine.dispose();
    }
  });

  it('sizes a worker by the text it is given: about 100 MB of heap per MB, with room to work', () => {
    assert.equal(heapNeededMb(0), 64);
    assert.equal(heapNeededMb(2_660_000), 490);
    assert.ok(heapNeededMb(10_000_000) > 1500);
  });

  it('gives up on a worker that dies again before it finishes a check, and answers everything empty', async () => {
    const { engine, crashes } = client();
    try {
      engine.load('a.txt', 1, QUOTE, 'plaintext');
      const check = engine.check();
      engine.kill();
      engine.kill();
      assert.deepEqual(await check.done, { checked: 0, total: 0, cancelled: true });
      assert.deepEqual(crashes.map((c) => c.restarted), [true, false]);
      assert.equal(engine.dead, true);
      assert.equal(await engine.hover('a.txt', 1, 3, []), undefined);
    } finally {
      engine.dispose();
    }
  });
});
