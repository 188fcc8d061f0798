import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

// Between node:http and the Fetch API the handlers speak: a request in, a response out.

/** Bodies above this are refused: no call of the API sends anything near it. */
const maxBodyBytes = 1024 * 1024;

/** The request cannot be turned into a Fetch request; answered with `status`. */
export class BadRequest extends Error {
  override readonly name = 'BadRequest';

  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

function fetchHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of message as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) throw new BadRequest(413, `The request body is larger than ${maxBodyBytes} bytes.`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof BadRequest) throw error;
    // The client hung up before its body was in: no failure of the server.
    throw new BadRequest(400, 'The request body was cut short.');
  }
  return Buffer.concat(chunks);
}

/** The Fetch request a node request stands for, on `origin` (e.g. http://localhost:8787). */
export async function toFetchRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const target = message.url ?? '';
  // Only origin-form targets: an absolute URL or `*` would let the request name another host.
  if (!target.startsWith('/')) throw new BadRequest(400, 'The request target must be a path.');
  const method = message.method ?? 'GET';
  const body = await readBody(message);
  try {
    return new Request(`${origin}${target}`, {
      method,
      headers: fetchHeaders(message.headers),
      // Fetch refuses a body on GET and HEAD; a client that sends one anyway gets it ignored.
      body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body),
    });
  } catch (error) {
    throw new BadRequest(400, `The request cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Writes a Fetch response, with `extra` headers (CORS) added. */
export async function sendResponse(reply: ServerResponse, response: Response, extra: Record<string, string>): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { ...extra };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // The body was read whole, so any transfer encoding of the original no longer applies.
  delete headers['transfer-encoding'];
  // A HEAD answer has no body, and says how long GET's would be: that length stands.
  if (response.body !== null || headers['content-length'] === undefined) headers['content-length'] = String(body.length);
  reply.writeHead(response.status, headers);
  reply.end(body);
}
