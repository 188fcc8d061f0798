import { winAnsi } from './pdf-writer';

describe('text for the standard PDF fonts', () => {
  it('keeps Latin-1 and the WinAnsi extras', () => {
    expect(winAnsi('Atelier Lumière – 50 × 50 cm, € 12 “ok” Œuvre ß')).toBe('Atelier Lumière – 50 × 50 cm, € 12 “ok” Œuvre ß');
  });

  it('approximates or replaces what they cannot show', () => {
    expect(winAnsi('comfort −5 °C, Łódź, 東京')).toBe('comfort -5 °C, Lódz, ??');
  });
});
