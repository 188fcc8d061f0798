import type { DemoConfig } from '../config';
import { fromWireRequest, toWireResponse, type BackendMessage, type PageMessage } from './wire';

/** What the worker does with the messages of a page; the worker entry gives it the real store and handlers. */
export interface Backend {
  /** Opens the database for `config`; resolves whether it is kept in this worker only. */
  open(config: DemoConfig): Promise<{ keptInTabOnly: boolean }>;
  /** The handlers' answer to `request`; never rejects. */
  respond(request: Request): Promise<Response>;
}

/** The part of a MessagePort the backend uses, so tests can pass a Node MessagePort. */
export interface Port {
  postMessage(message: BackendMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void;
  start(): void;
}

/**
 * Serves every page that connects, over one database: the first page opens it, a page with
 * other settings (seed, size, pinned day) reopens it for all, and a request waits for the
 * database the page was told is ready.
 */
export function createBackendServer(backend: Backend): (port: Port) => void {
  let opened: Promise<{ keptInTabOnly: boolean }> | null = null;
  let openedFor = '';

  const openFor = (config: DemoConfig) => {
    const key = JSON.stringify(config);
    if (opened === null || key !== openedFor) {
      openedFor = key;
      const previous = opened ?? Promise.resolve();
      opened = previous.catch(() => undefined).then(() => backend.open(config));
    }
    return opened;
  };

  return (port) => {
    port.addEventListener('message', ({ data }) => {
      if (data.type === 'start') {
        void openFor(data.config).then(({ keptInTabOnly }) => port.postMessage({ type: 'ready', keptInTabOnly }, []));
        return;
      }
      const { id } = data;
      void (opened ?? Promise.resolve())
        .then(() => backend.respond(fromWireRequest(data.request)))
        .then(async (response) => {
          if (response.type === 'error') return port.postMessage({ type: 'network-error', id }, []);
          const wire = await toWireResponse(response);
          port.postMessage({ type: 'response', id, response: wire }, [wire.body]);
        });
    });
    port.start();
  };
}
