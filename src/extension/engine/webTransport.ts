// The engine's worker in the browser: a Web Worker running out/web/engine.js.
import type { EngineTransport, StartWorker, TransportHandlers } from './transport';

// The few Web Worker types used here (the project compiles without the DOM library).
declare class Worker {
  constructor(url: string);
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export function webWorkerStarter(script: string): StartWorker {
  return (handlers: TransportHandlers): EngineTransport => {
    const worker = new Worker(script);
    let ended = false;
    worker.onmessage = (event) => handlers.message(event.data as never);
    // A Web Worker has no exit event: an uncaught error is where it stops being useful.
    worker.onerror = (event) => {
      if (ended) return;
      ended = true;
      event.preventDefault();
      worker.terminate();
      handlers.exit(`it failed: ${event.message}`);
    };
    return {
      post: (message) => worker.postMessage(message),
      terminate: () => {
        ended = true;
        worker.terminate();
      },
    };
  };
}
