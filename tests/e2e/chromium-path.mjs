import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium the end-to-end tests drive; Playwright's own download cannot work here. */
export function chromiumPath() {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
