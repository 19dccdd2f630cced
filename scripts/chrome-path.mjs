// Finds the Chromium or Chrome that the tests and benchmarks drive. Honours CHROME_PATH.
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no browser there.`
        : 'No Chromium or Chrome found. Install it first, e.g. on Debian/Ubuntu:\n\n  sudo apt-get install -y chromium\n\nor point CHROME_PATH at a Chrome/Chromium binary.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for a headless Chromium that never reaches for the network on its own. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  // Pages of tests run side by side; none may be throttled as a background tab.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
