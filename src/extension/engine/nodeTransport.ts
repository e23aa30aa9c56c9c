// The engine's worker on the desktop: a worker_threads Worker running out/engine.js.
import { Worker } from 'node:worker_threads';
import type { EngineTransport, StartWorker, TransportHandlers } from './transport';

/**
 * How much heap the worker may use. Without a limit V8 lets a busy worker's
 * heap grow to several times what it holds before collecting (about 240 MB
 * live for 1,000 articles grew to 1.1 GB resident while they loaded); with
 * one it collects sooner, for a little more CPU. A limit too small for the
 * workspace ends the worker with an out-of-memory error: it is then started
 * again with twice the limit, or what the loaded texts need if more.
 */
export interface HeapLimits {
  /** The old generation's limit for the first worker, in MB. */
  baseMb: number;
  /** The young generation's limit, in MB. */
  youngMb: number;
  /** The most any worker gets; a worker that runs out of this much is a crash like any other. */
  maxMb: number;
  /** Heap given per MB of loaded text (the engine holds about 100 MB per MB), and for the lexicons, when a worker is started with texts. */
  perTextMb: number;
  lexiconsMb: number;
}

export const DEFAULT_HEAP: HeapLimits = { baseMb: 512, youngMb: 16, maxMb: 8192, perTextMb: 160, lexiconsMb: 64 };

/** What a worker is given for this much text: what the engine holds for it, with room to work. */
export function heapNeededMb(textChars: number, heap: HeapLimits = DEFAULT_HEAP): number {
  return Math.ceil(heap.lexiconsMb + (heap.perTextMb * textChars) / 1_000_000);
}

export function nodeWorkerStarter(script: string, heap: HeapLimits = DEFAULT_HEAP): StartWorker {
  let limitMb = heap.baseMb;
  return (handlers: TransportHandlers, load = { textChars: 0 }): EngineTransport => {
    limitMb = Math.min(heap.maxMb, Math.max(limitMb, heapNeededMb(load.textChars, heap)));
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: limitMb, maxYoungGenerationSizeMb: heap.youngMb } });
    let ended = false;
    worker.on('message', (event) => handlers.message(event));
    worker.on('error', (error) => {
      if (ended) return;
      ended = true;
      if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY' && limitMb < heap.maxMb) {
        const used = limitMb;
        limitMb = Math.min(heap.maxMb, limitMb * 2);
        handlers.exit(`it ran out of its ${used} MB of memory; the next worker gets ${limitMb} MB`, { grown: true });
        return;
      }
      handlers.exit(`it failed: ${error?.stack ?? error}`);
    });
    worker.on('exit', (code) => {
      if (ended) return;
      ended = true;
      handlers.exit(`it exited with code ${code}`);
    });
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => {
        ended = true;
        void worker.terminate();
      },
    };
  };
}
