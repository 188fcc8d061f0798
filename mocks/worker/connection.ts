import type { DemoConfig } from '../config';
import { problem } from '../http/problem';
import { fromWireResponse, toWireRequest, type BackendMessage, type PageMessage } from './wire';

/** The part of a MessagePort the page uses, so tests can pass a Node MessagePort. */
export interface PagePort {
  postMessage(message: PageMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BackendMessage>) => void): void;
  start(): void;
}

export interface BackendConnection {
  /** Settles once the backend has opened the database for this page's settings. */
  ready: Promise<{ keptInTabOnly: boolean }>;
  /** The backend's answer; `Response.error()` when it asked for a cut network. */
  send(request: Request): Promise<Response>;
  /** Fails the start and every request still waiting, e.g. when the worker could not load. */
  fail(error: Error): void;
}

/** The page's end of the backend worker: asks it to open the database, then passes requests through. */
export function connectBackend(port: PagePort, config: DemoConfig): BackendConnection {
  const waiting = new Map<number, { resolve(response: Response): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let settleStart!: { resolve(value: { keptInTabOnly: boolean }): void; reject(error: Error): void };
  const ready = new Promise<{ keptInTabOnly: boolean }>((resolve, reject) => {
    settleStart = { resolve, reject };
  });

  port.addEventListener('message', ({ data }) => {
    if (data.type === 'ready') return settleStart.resolve({ keptInTabOnly: data.keptInTabOnly });
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    request?.resolve(data.type === 'response' ? fromWireResponse(data.response) : Response.error());
  });
  port.start();
  port.postMessage({ type: 'start', config }, []);

  return {
    ready,
    async send(request) {
      const wire = await toWireRequest(request);
      if (failure) throw failure;
      const id = nextId++;
      const answer = new Promise<Response>((resolve, reject) => waiting.set(id, { resolve, reject }));
      port.postMessage({ type: 'request', id, request: wire }, wire.body ? [wire.body] : []);
      return answer;
    },
    fail(error) {
      failure = error;
      settleStart.reject(error);
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
    },
  };
}

/** The backend's answer; if the worker is gone, the caller is told so in a problem, never a stack trace. */
export async function answerFromBackend(backend: BackendConnection, request: Request): Promise<Response> {
  try {
    return await backend.send(request);
  } catch {
    return problem(503, 'The demo backend has stopped. Reload the page to start it again.');
  }
}
