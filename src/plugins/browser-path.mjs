// Where the build finds a Chromium for Mermaid. Never downloads one: an env var, then Debian's
// chromium, then Google Chrome (the GitHub runner has it).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH/CHROME_PATH points to a missing file: ${fromEnv}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for rendering Mermaid diagrams. Install Debian\'s `chromium` (apt-get install chromium) ' +
        'or set CHROMIUM_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

// Flags for a headless browser in a closed network (no background fetches) and as root in CI.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
