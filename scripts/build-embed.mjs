// The iframe embed for the CDN build: dist/cdn/embed.html (+ embed.css and its
// script ncte-embed-page.js) and dist/cdn/ncte-embed.js for host pages. Sources in
// src/embed/; the widgets' attribute and event lists are generated into the page's
// script from custom-elements.json (scripts/embed-widgets.mjs).
import {copyFileSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rolldown} from 'rolldown';
import {CDN_ENTRIES, productionResolve} from './build-config.mjs';
import {embedWidgets} from './embed-widgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDGETS_MODULE = 'virtual:ncte-embed-widgets';

/** The bundles of one element each, named after its tag: the widgets. */
export const WIDGET_BUNDLES = Object.keys(CDN_ENTRIES).filter((name) => name !== 'ncte-feed' && name !== 'ncte-all');

/** The widgets table the embed page is built with. */
export function readEmbedWidgets() {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const widgets = embedWidgets(manifest, WIDGET_BUNDLES);
  if (Object.keys(widgets).length !== WIDGET_BUNDLES.length) {
    throw new Error(`custom-elements.json describes ${Object.keys(widgets).join(', ') || 'no widget'}; the embed page needs ${WIDGET_BUNDLES.join(', ')}.`);
  }
  return widgets;
}

async function bundle(name, input, outDir, widgets) {
  const build = await rolldown({
    input: {[name]: resolve(root, input)},
    cwd: root,
    platform: 'browser',
    tsconfig: resolve(root, 'tsconfig.json'),
    plugins: [
      {
        name: 'ncte-embed-widgets',
        resolveId: (id) => (id === WIDGETS_MODULE ? `\0${id}` : null),
        load: (id) => (id === `\0${WIDGETS_MODULE}` ? `export default ${JSON.stringify(widgets)};` : null),
      },
    ],
    resolve: {conditionNames: productionResolve.resolve.conditions},
    transform: {target: 'es2022', define: productionResolve.define},
    preserveEntrySignatures: false,
  });
  try {
    await build.write({dir: outDir, format: 'es', minify: true, comments: {annotation: false, jsdoc: false}, sourcemap: true, entryFileNames: '[name].js'});
  } finally {
    await build.close();
  }
}

export async function buildEmbed(outDir = resolve(root, 'dist/cdn')) {
  const widgets = readEmbedWidgets();
  // Two builds, so that each file stands alone (no shared chunk).
  await bundle('ncte-embed', 'src/embed/ncte-embed.ts', outDir, widgets);
  await bundle('ncte-embed-page', 'src/embed/embed-page.ts', outDir, widgets);
  for (const file of ['embed.html', 'embed.css']) copyFileSync(resolve(root, 'src/embed', file), join(outDir, file));
}
