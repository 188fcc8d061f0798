// @vitest-environment jsdom
import { keepFocusOnBusyButtons } from './keep-focus';

/** Lets the mutation observer's callbacks run. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepFocusOnBusyButtons', () => {
  let stop: () => void;
  beforeEach(() => {
    document.body.innerHTML = '<button id="download">Download</button><input id="search" aria-label="Search" />';
    stop = keepFocusOnBusyButtons();
  });
  afterEach(() => stop());

  const button = () => document.getElementById('download') as HTMLButtonElement;

  it('gives the focus back to a button once it is no longer busy', async () => {
    button().focus();
    button().disabled = true;
    button().blur();
    expect(document.activeElement).toBe(document.body);
    button().disabled = false;
    await observed();
    expect(document.activeElement).toBe(button());
  });

  it('leaves the focus where the user put it meanwhile', async () => {
    button().focus();
    button().disabled = true;
    (document.getElementById('search') as HTMLInputElement).focus();
    button().disabled = false;
    await observed();
    expect(document.activeElement?.id).toBe('search');
  });
});
