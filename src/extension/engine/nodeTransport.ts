// The engine's worker on the desktop: a worker_threads Worker running out/engine.js.
import { Worker } from 'node:worker_threads';
import type { EngineTransport, StartWorker, TransportHandlers } from './transport';

export function nodeWorkerStarter(script: string): StartWorker {
  return (handlers: TransportHandlers): EngineTransport => {
    const worker = new Worker(script);
    let ended = false;
    worker.on('message', (event) => handlers.message(event));
    worker.on('error', (error) => {
      if (ended) return;
      ended = true;
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
