// The engine's worker on the desktop: a worker_threads Worker started by the
// extension host (out/engine.js), serving the protocol of ./protocol.ts.
import { parentPort } from 'node:worker_threads';
import { EngineService } from './engineService';
import type { EngineRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('the Source Check engine runs as a worker thread');
const service = new EngineService((event) => port.postMessage(event));
port.on('message', (message: EngineRequest) => service.handle(message));
