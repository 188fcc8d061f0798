import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { allowedMethods, endpointFor } from '@/contract/endpoints';
import { openApiDocument } from '@/contract/openapi';

// Every answer the handlers give in a test is held to the OpenAPI document: its status must be
// one the document lists for that operation, and its body must match the schema listed for it. A
// method the path has no operation for may be refused with 405, whose Allow names those it has.
// HEAD is GET without the body: held to the statuses of the path's GET.

type JsonObject = Record<string, unknown>;

const document = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, JsonObject> }>>; components: { responses: Record<string, JsonObject> } };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi');

const validators = new Map<string, ValidateFunction>();

/** A validator for the schema at a JSON pointer of the document. */
function validatorAt(pointer: string[]): ValidateFunction {
  const fragment = pointer.map((part) => encodeURIComponent(part.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');
  const key = `openapi#/${fragment}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: key });
    validators.set(key, validate);
  }
  return validate;
}

/** The answer the document lists for a status, with `$ref`s to shared problem answers followed. */
function listedAnswer(responses: Record<string, JsonObject>, status: number): { answer: JsonObject; pointer: string[] } | null {
  const listed = responses[status];
  if (!listed) return null;
  const ref = listed.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').at(-1)!;
    return { answer: document.components.responses[name]!, pointer: ['components', 'responses', name] };
  }
  return { answer: listed, pointer: [] };
}

/** The API path of a request, without the base (`/api`) it is served under. */
function apiPathOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname.slice(pathname.indexOf('/api/') + '/api'.length);
}

/** Why an answer breaks the contract, or null when it keeps it. */
export async function contractViolation(request: Request, response: Response): Promise<string | null> {
  const apiPath = apiPathOf(request.url);
  const call = `${request.method} ${apiPath} → ${response.status}`;
  const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  if (request.method === 'HEAD') return headViolation(call, apiPath, response);
  const endpoint = endpointFor(request.method, apiPath);

  // An unknown path or method, a path that does not decode, or a failure a test injected: a problem document.
  if (!endpoint || response.status >= 500) {
    if (response.status < 400) return `${call}: no such operation in the document`;
    const wrongAllow = response.status === 405 ? allowViolation(apiPath, response.headers.get('Allow')) : null;
    if (wrongAllow) return `${call}: ${wrongAllow}`;
    return checkBody(call, contentType, 'application/problem+json', await response.clone().text(), ['components', 'schemas', 'Problem']);
  }

  const operationPointer = ['paths', endpoint.path, endpoint.method, 'responses'];
  const listed = listedAnswer(document.paths[endpoint.path]![endpoint.method]!.responses, response.status);
  if (!listed) return `${call}: the document lists no such status for this operation`;
  const content = listed.answer.content as Record<string, JsonObject> | undefined;
  if (!content) return (await response.clone().text()) === '' ? null : `${call}: should have no body`;
  const [listedType] = Object.keys(content);
  const base = listed.pointer.length > 0 ? listed.pointer : [...operationPointer, String(response.status)];
  if (listedType !== 'application/json' && listedType !== 'application/problem+json') {
    return contentType === listedType ? null : `${call}: Content-Type ${contentType}, the document says ${listedType}`;
  }
  return checkBody(call, contentType, listedType, await response.clone().text(), [...base, 'content', listedType, 'schema']);
}

/** Why an answer to HEAD is not what the path's GET would answer, without its body, or null. */
async function headViolation(call: string, apiPath: string, response: Response): Promise<string | null> {
  if ((await response.clone().text()) !== '') return `${call}: an answer to HEAD has no body`;
  const get = endpointFor('GET', apiPath);
  if (!get) return response.status < 400 ? `${call}: no GET for this path in the document` : response.status === 405 ? allowViolation(apiPath, response.headers.get('Allow')) : null;
  if (response.status >= 500) return null;
  return listedAnswer(document.paths[get.path]!.get!.responses, response.status) ? null : `${call}: the document lists no such status for GET on this path`;
}

/**
 * Why a 405's `Allow` misstates the methods the document has for the path (HEAD wherever it has
 * GET), or null. A server may name more (OPTIONS), never fewer.
 */
function allowViolation(apiPath: string, allow: string | null): string | null {
  const documented = allowedMethods(apiPath);
  if (documented.length === 0) return 'the document has no such path: 404, not 405';
  const named = (allow ?? '').split(',').map((method) => method.trim().toUpperCase());
  const missing = documented.filter((method) => !named.includes(method));
  return missing.length === 0 ? null : `Allow (${allow ?? 'none'}) leaves out ${missing.join(', ')}, which the document has for this path`;
}

function checkBody(call: string, contentType: string, listedType: string, text: string, pointer: string[]): string | null {
  if (contentType !== listedType) return `${call}: Content-Type ${contentType || '(none)'}, the document says ${listedType}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${call}: the body is not JSON`;
  }
  const validate = validatorAt(pointer);
  if (validate(body)) return null;
  const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  return `${call}: the body breaks the document: ${errors.join('; ')}`;
}

/**
 * Checks every answer a msw server gives while a test runs; `assertKept()` (in afterEach) fails
 * the test that received an answer breaking the contract.
 */
export function watchContract(server: { events: { on(event: 'response:mocked', listener: (args: { request: Request; response: Response }) => void): void } }) {
  const pending = new Set<Promise<void>>();
  const violations: string[] = [];
  server.events.on('response:mocked', ({ request, response }) => {
    const check = contractViolation(request, response).then((violation) => {
      if (violation) violations.push(violation);
    });
    pending.add(check);
    void check.finally(() => pending.delete(check));
  });
  return {
    async assertKept() {
      await Promise.all(pending);
      const found = violations.splice(0);
      if (found.length > 0) throw new Error(`Answers that break the API contract:\n${found.join('\n')}`);
    },
  };
}
