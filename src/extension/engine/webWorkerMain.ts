// The engine's worker in the browser: a Web Worker started by the web
// extension host (out/web/engine.js), serving the protocol of ./protocol.ts.
import { EngineService } from './engineService';
import type { EngineRequest } from './protocol';

const scope = globalThis as unknown as { postMessage(message: unknown): void; onmessage: ((event: { data: EngineRequest }) => void) | null };
const service = new EngineService((event) => scope.postMessage(event));
scope.onmessage = (event) => service.handle(event.data);
