import { getDomain } from './public-suffix-stand-in';

describe('the public-suffix stand-in', () => {
  it('gives the registrable domain of the hosts the demo runs on, as the public-suffix list does', () => {
    expect(getDomain('localhost')).toBeNull();
    expect(getDomain('comptoir.example.com')).toBe('example.com');
    expect(getDomain('portal.comptoir.be')).toBe('comptoir.be');
  });

  it('gives an IP address no domain', () => {
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('::1')).toBeNull();
  });
});
