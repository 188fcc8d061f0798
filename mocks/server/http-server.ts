import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { idempotencyKeyHeader, modeHeader, rowCountHeader } from '@/contract/common';
import { installStore } from '../db/store';
import { handlers } from '../handlers';
import { problem } from '../http/problem';
import { respond } from '../http/respond';
import { setNow, setToday, today } from '../rules/clock';
import { FileStore } from './file-store';
import { BadRequest, sendResponse, toFetchRequest } from './node-adapter';
import { defaultOptions, type ApiServerOptions } from './options';

// The embedded backend's own handlers, answering real HTTP: no second implementation of the API.

export interface RunningApiServer {
  /** The API's base URL, e.g. http://localhost:8787/api. */
  url: string;
  port: number;
  /** Changes replayed from the journal at start. */
  replayed: number;
  /** Why the journal was started over although the file held one, or null. */
  startedOver: string | null;
  close(): Promise<void>;
}

/** Headers a browser app on another origin needs to call the API and read its downloads' names. */
function corsHeaders(message: IncomingMessage): Record<string, string> {
  const origin = message.headers.origin;
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Expose-Headers': `Allow, Content-Disposition, ${rowCountHeader}`,
    ...(origin !== undefined && { Vary: 'Origin' }),
  };
}

const preflightHeaders = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': ['Authorization', 'Content-Type', modeHeader, idempotencyKeyHeader].join(', '),
  'Access-Control-Max-Age': '86400',
};

const tooLarge = { slug: 'request-too-large', title: 'Request too large' };

/** What the handlers answer, or the problem that takes the place of an answer. */
async function answerOf(message: IncomingMessage, origin: string): Promise<Response> {
  let request: Request;
  try {
    request = await toFetchRequest(message, origin);
  } catch (error) {
    const refusal = error instanceof BadRequest ? error : new BadRequest(400, 'The request cannot be read.');
    return problem(refusal.status, refusal.message, refusal.status === 413 ? { kind: tooLarge } : {});
  }
  return respond(handlers, request);
}

async function serve(message: IncomingMessage, reply: ServerResponse, origin: string): Promise<void> {
  const cors = corsHeaders(message);
  if (message.method === 'OPTIONS') {
    reply.writeHead(204, { ...cors, ...preflightHeaders });
    reply.end();
    return;
  }
  const response = await answerOf(message, origin);
  // A handler may ask for a cut network (the demo's injected faults): cut the connection.
  if (response.type === 'error') {
    reply.destroy();
    return;
  }
  // This server answers OPTIONS on every path (the preflight above), so a path takes it too.
  if (response.status === 405) response.headers.append('Allow', 'OPTIONS');
  await sendResponse(reply, response, cors);
}

/**
 * Starts the API on localhost over the journal in `options.data`. The handlers share one
 * installed store and one clock, so a process runs one server at a time.
 */
export async function startApiServer(overrides: Partial<ApiServerOptions> = {}): Promise<RunningApiServer> {
  const options = { ...defaultOptions, ...overrides };
  setToday(options.today);
  setNow(null);
  const { store, replayed, startedOver } = FileStore.open(resolve(options.data), {
    seed: options.seed,
    ordersPerWorld: options.ordersPerWorld,
    anchor: today(),
    fresh: options.fresh,
  });
  installStore(store);

  let origin = '';
  const server = createServer((message, reply) => {
    // While stopping, finish what is in flight but keep no connection open for more.
    if (!server.listening) reply.shouldKeepAlive = false;
    serve(message, reply, origin).catch((error: unknown) => {
      console.error('Comptoir API could not answer', error);
      reply.destroy();
    });
  });
  // A request node cannot even parse still gets a problem rather than a bare close.
  server.on('clientError', (_error, socket) => {
    void problem(400, 'The request is not valid HTTP.')
      .text()
      .then((body) => {
        const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close`;
        if (socket.writable) socket.end(`${head}\r\n\r\n${body}`);
        else socket.destroy();
      });
  });

  await new Promise<void>((listening, failing) => {
    server.once('error', failing);
    server.listen(options.port, 'localhost', () => {
      server.off('error', failing);
      listening();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://localhost:${port}`;

  return {
    url: `${origin}/api`,
    port,
    replayed,
    startedOver,
    close: () =>
      new Promise<void>((closed, failing) => {
        server.close((error) => {
          store.close();
          if (error) failing(error);
          else closed();
        });
        server.closeIdleConnections();
      }),
  };
}
