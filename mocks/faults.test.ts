import { getResponse } from 'msw';
import { faults } from './fault-handlers';

// A stand-in for the browser's localStorage, which the Node test environment lacks.
const stored = new Map<string, string>();
beforeAll(() => {
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => stored.clear());

const ticketSend = () => getResponse(faults, new Request('http://localhost/api/support/tickets', { method: 'POST' }));

describe('injected faults', () => {
  it('fail the next calls of an endpoint as asked, one each, then let them through', async () => {
    stored.set('comptoir.demo.faults', JSON.stringify({ 'POST /api/support/tickets': ['server-error', 'network'] }));
    expect((await ticketSend())?.status).toBe(500);
    expect((await ticketSend())?.type).toBe('error');
    expect(await ticketSend()).toBeUndefined();
  });

  it.each(['null', '[1]', '"x"', '{not json'])('are ignored with a warning when the setting is %s', async (setting) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stored.set('comptoir.demo.faults', setting);
    expect(await ticketSend()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('must be a JSON object'));
    expect(stored.has('comptoir.demo.faults')).toBe(false);
    warn.mockRestore();
  });
});
