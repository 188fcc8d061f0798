import { inlineCodeParts } from './inline-code';

describe('code spans of a description', () => {
  it('cuts a description into its text and its code spans, without the backticks', () => {
    expect(inlineCodeParts('Lists take `pageSize` from 1 to 100.')).toEqual([
      { text: 'Lists take ', code: false },
      { text: 'pageSize', code: true },
      { text: ' from 1 to 100.', code: false },
    ]);
    expect(inlineCodeParts('`Comptoir-Mode`')).toEqual([{ text: 'Comptoir-Mode', code: true }]);
  });

  it('leaves a text without a pair of backticks as it is', () => {
    expect(inlineCodeParts('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
    expect(inlineCodeParts('One ` alone')).toEqual([{ text: 'One ` alone', code: false }]);
    expect(inlineCodeParts('')).toEqual([]);
  });
});
