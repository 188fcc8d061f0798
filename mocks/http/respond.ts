import { getResponse, type RequestHandler } from 'msw';
import { problem } from './problem';

/**
 * The handlers' answer to `request`, wherever they run (backend worker, HTTP server): a path no
 * handler knows is a 404 problem, and a failure is logged where it ran and never sent.
 */
export async function respond(handlers: readonly RequestHandler[], request: Request): Promise<Response> {
  try {
    const response = await getResponse([...handlers], request);
    return response ?? problem(404, `There is no ${request.method} ${new URL(request.url).pathname} here; the API is under /api.`);
  } catch (error) {
    console.error('Comptoir API failed', error);
    return problem(500, 'The API failed unexpectedly.');
  }
}
