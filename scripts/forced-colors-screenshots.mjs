// node scripts/forced-colors-screenshots.mjs: screenshots of the demo page's four widgets
// (the partner map in its map view) in Windows high contrast, emulated by Chromium (forced-colors:
// active), for docs/theming.md. Starts the demo server on a free port, stops it after.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {createServer} from 'vite';
import {CHROME_ARGS, requireChrome} from './chrome-path.mjs';

const out = 'docs/images';
mkdirSync(out, {recursive: true});
const server = await createServer({configFile: 'vite.config.ts', logLevel: 'error', server: {port: 0, host: '127.0.0.1'}});
await server.listen();
const browser = await puppeteer.launch({executablePath: requireChrome(), headless: true, args: [...CHROME_ARGS, '--window-size=1100,900']});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 900});
  const client = await page.createCDPSession();
  await client.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
  await page.goto(`${server.resolvedUrls.local[0]}demo/`, {waitUntil: 'networkidle0'});
  await page.waitForFunction(() => document.querySelector('ncte-etalage')?.shadowRoot?.querySelector('.card'));
  // A filter chosen, so the chips show.
  await page.evaluate(() => {
    const root = document.querySelector('ncte-etalage').shadowRoot;
    root.querySelector('.filters').open = true;
    root.querySelector('.facet input').click();
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const etalage = await page.$('ncte-etalage');
  const box = await etalage.boundingBox();
  // The top of the widget: the chips, the first filters and cards (the clip is relative to the element).
  await etalage.screenshot({path: `${out}/forced-colors-etalage.png`, clip: {x: 0, y: 0, width: box.width, height: Math.min(box.height, 620)}});
  // The partner map's map view with one marker's card open.
  await page.evaluate(() => document.querySelector('ncte-partner-map').view = 'map');
  await page.waitForFunction(() => document.querySelector('ncte-partner-map').shadowRoot.querySelector('.leaflet-marker-icon:not(.pm-cluster)'), {timeout: 30_000});
  await page.evaluate(() => document.querySelector('ncte-partner-map').shadowRoot.querySelector('.leaflet-marker-icon:not(.pm-cluster)').click());
  await new Promise((resolve) => setTimeout(resolve, 500));
  const map = await page.evaluateHandle(() => document.querySelector('ncte-partner-map').shadowRoot.querySelector('.map-view'));
  await map.scrollIntoView();
  const mapBox = await map.boundingBox();
  await map.screenshot({path: `${out}/forced-colors-partner-map.png`, clip: {x: 0, y: 0, width: mapBox.width, height: Math.min(mapBox.height, 560)}});
  // The eligibility check on its first question, Next pressed without an answer: the error state.
  await page.evaluate(() => document.querySelector('ncte-eligibility-check').shadowRoot.querySelector('[part="start-button"]').click());
  await page.waitForFunction(() => document.querySelector('ncte-eligibility-check').shadowRoot.querySelector('[part="next-button"]'));
  await page.evaluate(() => document.querySelector('ncte-eligibility-check').shadowRoot.querySelector('[part="next-button"]').click());
  await page.waitForFunction(() => document.querySelector('ncte-eligibility-check').shadowRoot.querySelector('.error-summary'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await (await page.$('ncte-eligibility-check')).screenshot({path: `${out}/forced-colors-eligibility-check.png`});
  // The event list's filters and first activities.
  const events = await page.$('ncte-event-list');
  await events.scrollIntoView();
  await page.waitForFunction(() => document.querySelector('ncte-event-list').shadowRoot.querySelector('.event'));
  const eventsBox = await events.boundingBox();
  await events.screenshot({path: `${out}/forced-colors-event-list.png`, clip: {x: 0, y: 0, width: eventsBox.width, height: Math.min(eventsBox.height, 620)}});
  console.log(`wrote the forced-colours screenshots to ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
