// The engine's protocol served in this thread, for tests that give the
// checker an engine with their own rules or analysis (a detector that
// throws): the same EngineService as the worker's, the same structured
// clone of every message, one message per turn of the event loop.
import type { Corpus } from '../../src/core/corpus/corpus';
import { EngineService } from '../../src/extension/engine/engineService';
import type { StartWorker } from '../../src/extension/engine/transport';

export function inThreadEngine(corpus: Corpus): StartWorker {
  return (handlers) => {
    let ended = false;
    const service = new EngineService((event) => {
      const copy = structuredClone(event);
      setTimeout(() => {
        if (!ended) handlers.message(copy);
      }, 0);
    }, corpus);
    return {
      post: (message) => {
        const copy = structuredClone(message);
        setTimeout(() => service.handle(copy), 0);
      },
      terminate: () => {
        ended = true;
        service.end();
      },
    };
  };
}
