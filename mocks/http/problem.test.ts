import { answer, problem, ProblemError } from './problem';

describe('problem responses', () => {
  it('answers problem+json with type, title, status, detail and field errors', async () => {
    const response = problem(422, 'Some values are not valid.', { errors: { page: ['Use a whole number from 1 to 1000000.'] } });
    expect(response.status).toBe(422);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'https://comptoir.example/problems/invalid-values',
      title: 'Invalid values',
      status: 422,
      detail: 'Some values are not valid.',
      errors: { page: ['Use a whole number from 1 to 1000000.'] },
    });
  });

  it('names a narrower kind and carries extension members', async () => {
    const response = problem(409, 'The order is at version 4.', { kind: { slug: 'stale-version', title: 'The order has changed' }, extensions: { currentVersion: 4 } });
    expect(await response.json()).toEqual({
      type: 'https://comptoir.example/problems/stale-version',
      title: 'The order has changed',
      status: 409,
      detail: 'The order is at version 4.',
      currentVersion: 4,
    });
  });

  it('turns a thrown problem into its response', async () => {
    const response = await answer(() => Promise.reject(new ProblemError(404, 'There is no order 1234567.')));
    expect(response.status).toBe(404);
  });

  it('still answers a problem when a handler fails unexpectedly', async () => {
    const failing = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await answer(() => Promise.reject(new TypeError('boom')));
    expect(response.status).toBe(500);
    expect(((await response.json()) as { title: string }).title).toBe('Internal error');
    failing.mockRestore();
  });
});
