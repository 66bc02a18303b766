// Finds a Chromium for tests, screenshots, the poster command and the bench.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return undefined;
}

export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(
      [
        'No Chromium found. Reper tests and benches run in a real Chromium.',
        'Install one, then run the command again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
        '  elsewhere:      set CHROME_PATH to a Chrome or Chromium executable',
      ].join('\n'),
    );
    process.exit(2);
  }
  return path;
}
