import { followUrlQuery } from './search-box';

describe('the search box when the URL changes under it', () => {
  it('keeps what was typed since the box sent the query that now arrives', () => {
    // The box was cleared (sending ''), then "v" was typed before the URL caught up.
    expect(followUrlQuery('', 'v', [''])).toEqual({ box: 'v', sent: [] });
    expect(followUrlQuery('ab', 'abcd', ['ab', 'abc'])).toEqual({ box: 'abcd', sent: ['abc'] });
  });

  it('follows back / forward and "clear filters", which the box did not send', () => {
    expect(followUrlQuery('dubois', 'maes', [])).toEqual({ box: 'dubois', sent: [] });
    expect(followUrlQuery('', 'maes', ['maes'])).toEqual({ box: '', sent: [] });
  });

  it('keeps the spaces around what was typed when the URL holds the same words', () => {
    expect(followUrlQuery('maes', 'maes ', [])).toEqual({ box: 'maes ', sent: [] });
  });
});
