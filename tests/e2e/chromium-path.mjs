import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium the end-to-end tests drive; Playwright's own download cannot work here. */
export function chromiumPath() {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/**
 * How the tests, the bench and the screenshots launch it. Chromium would otherwise open its
 * address bar's WebUI popup in a renderer of its own with each new window: in a trace of one cold
 * load, that renderer ran about 0.8 s of CPU, which on two cores took time from the page under
 * test. Headless, nobody sees that popup.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];
