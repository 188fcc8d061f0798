import { render, waitFor } from '@testing-library/react';
import { useRowsInSightFirst } from './rows-in-sight-first';
import type { Density } from './use-density';

/** What the hook returned on each render of a list. */
async function rowsShownByRender(density: Density) {
  const shown: (number | undefined)[] = [];
  function List() {
    shown.push(useRowsInSightFirst(density));
    return null;
  }
  render(<List />);
  await waitFor(() => expect(shown.at(-1)).toBeUndefined());
  return shown;
}

describe('the rows in sight first', () => {
  // jsdom's window is 768 px high: 368 px below the filters.
  it('first renders as many rows as the window has room for, then every row', async () => {
    expect(await rowsShownByRender('compact')).toEqual([12, undefined]);
    expect(await rowsShownByRender('comfortable')).toEqual([10, undefined]);
  });
});
