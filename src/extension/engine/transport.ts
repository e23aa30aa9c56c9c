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
  /**
   * The worker ended on its own: crashed, ran out of memory or was killed.
   * `grown` says the next worker gets more memory than the one that ran out,
   * so starting it again is no repeat of the same crash.
   */
  exit(reason: string, options?: { grown: boolean }): void;
}

/** Starts a worker; `load` tells it how much text it will be given, for a worker that can size its memory. */
export type StartWorker = (handlers: TransportHandlers, load?: { textChars: number }) => EngineTransport;
