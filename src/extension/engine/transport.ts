// How the extension host reaches the engine's worker: the same few calls for
// a worker_threads Worker and a Web Worker.
import type { EngineEvent, EngineRequest } from './protocol';

export interface EngineTransport {
  post(message: EngineRequest): void;
  /** Ends the worker; no `exit` is reported for it. */
  terminate(): void;
}

export interface TransportHandlers {
  message(event: EngineEvent): void;
  /** The worker ended on its own: crashed, ran out of memory or was killed. */
  exit(reason: string): void;
}

export type StartWorker = (handlers: TransportHandlers) => EngineTransport;
