// Entries and the CDN bundle config, shared by vite.config.ts, the build script and the benchmarks.
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rolldown} from 'rolldown';
import {minifyCssLiterals} from './minify-css-literals.mjs';
import {minifyHtmlTemplates} from './minify-html-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The package entries: `ncte-widgets`, `ncte-widgets/feed`, `ncte-widgets/<widget>`. */
export const LIBRARY_ENTRIES = {
  index: resolve(root, 'src/index.ts'),
  feed: resolve(root, 'src/feed/index.ts'),
  etalage: resolve(root, 'src/etalage/index.ts'),
  'eligibility-check': resolve(root, 'src/eligibility-check/index.ts'),
  'partner-map': resolve(root, 'src/partner-map/index.ts'),
  'event-list': resolve(root, 'src/event-list/index.ts'),
};

const ELEMENTS = {
  etalage: 'src/etalage/ncte-etalage.element.ts',
  eligibility: 'src/eligibility-check/ncte-eligibility-check.element.ts',
  partnerMap: 'src/partner-map/ncte-partner-map.element.ts',
  eventList: 'src/event-list/ncte-event-list.element.ts',
};

const FEED = 'src/feed/ncte-feed.element.ts';
/** Single-widget bundles: defines an `<ncte-feed>` already in the page from its chunk (src/feed/lazy-feed.ts). */
const LAZY_FEED = 'src/feed/lazy-feed.ts';

/**
 * The CDN bundles, `dist/cdn/<name>.js`: the element modules each one registers.
 * A single-widget bundle does not carry `<ncte-feed>` (0.7 KB): most pages have
 * none. It loads it from a chunk when the page has one as the bundle runs
 * (src/feed/lazy-feed.ts), and a widget that finds itself inside an undefined
 * one later loads it too (src/feed/feed-controller.ts), unless `ncte-feed.js` or
 * `ncte-all.js` defines it first. A bundle imports only element modules and
 * exports nothing, so it carries what the elements use and no more (the npm
 * entries also export each widget's pure functions, which would keep lazily
 * loaded code in the bundle).
 */
export const CDN_ENTRIES = {
  'ncte-etalage': [LAZY_FEED, ELEMENTS.etalage],
  'ncte-eligibility-check': [LAZY_FEED, ELEMENTS.eligibility],
  'ncte-partner-map': [LAZY_FEED, ELEMENTS.partnerMap],
  'ncte-event-list': [LAZY_FEED, ELEMENTS.eventList],
  'ncte-feed': [FEED],
  'ncte-all': [FEED, ...Object.values(ELEMENTS)],
};

/**
 * Rolldown's log, less one expected notice: the widgets import `<ncte-feed>`
 * lazily (for the single-widget CDN bundles, src/feed/feed-controller.ts), and
 * where it is bundled statically anyway (`ncte-all.js`, the npm entries) that
 * import moves nothing. Any other ineffective dynamic import is still reported.
 */
export function onLog(level, log, handler) {
  if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /ncte-feed\.element\.ts/.test(log.message ?? '')) return;
  handler(level, log);
}

/** Production settings for every browser build (Lit's production build, no dev warnings); Vite's shape. */
export const productionResolve = {
  define: {'process.env.NODE_ENV': JSON.stringify('production')},
  resolve: {conditions: ['browser', 'production', 'import', 'module', 'default']},
};

/**
 * Marks Leaflet's class definitions (`var Foo = Bar.extend({…})`) as pure, so
 * the classes the map engine never reaches (GeoJSON, image and video overlays,
 * WMS tiles, the layers and scale controls, …) are shaken out of its chunk.
 * `extend` only builds a new constructor; it changes nothing outside it. So
 * `L.control.layers` and `L.control.scale` do not exist in our bundles.
 */
function leafletPureClasses() {
  return {
    name: 'ncte-leaflet-pure-classes',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
      const pure = code.replace(/^(var \w+ = )(\w+\.extend\()/gm, '$1/* @__PURE__ */ $2');
      // The layers and scale controls are never used: unhook them so they go too.
      return {code: pure.replace(/^(Control\.Layers = Layers|Control\.Scale = Scale|control\.layers = layers|control\.scale = scale);$/gm, ''), map: null};
    },
  };
}

/**
 * The licence notices of the third-party code a chunk carries, once per file at
 * its top. The packages' own notices (Lit repeats one in each of its modules, up
 * to 18 per bundle, about 0.1–0.3 KB gzip) are dropped in favour of these.
 */
const NOTICES = [
  [/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/, 'Lit, @lit/context: Copyright 2017-2021 Google LLC, BSD-3-Clause'],
  [/[\\/]node_modules[\\/]leaflet[\\/]/, 'Leaflet 1.9.4: (c) 2010-2023 Vladimir Agafonkin, (c) 2010-2011 CloudMade, BSD-2-Clause'],
  [/[\\/]node_modules[\\/]zod[\\/]/, 'zod: Copyright (c) 2025 Colin McDonnell, MIT'],
];
/** `/*! … *\/` naming the licences of the third-party code in `chunk`; '' for none. */
export function licenceNotice(chunk) {
  const found = NOTICES.filter(([test]) => chunk.moduleIds.some((id) => test.test(id))).map(([, notice]) => notice);
  return found.length ? `/*! ${found.join('; ')} */` : '';
}

const englishOf = (id) => /[\\/]src[\\/]([\w-]+)[\\/]strings\.en\.ts$/.exec(id ?? '')?.[1]?.concat('.en');

/**
 * Builds one self-contained CDN bundle, with lazily loaded chunks beside it in
 * `chunks/`. Built by rolldown (Vite's bundler) directly rather than by Vite:
 * Vite's library mode leaves the white space of ES bundles unminified (2–4 KB
 * gzip per bundle), and its app mode wraps every dynamic import in a preload
 * helper (about 0.5 KB) that resolves chunk URLs against the host page's root
 * and dispatches `vite:preloadError` on the host's window: wrong for a bundle
 * that is embedded in other people's pages.
 */
export async function buildCdnBundle(name, elements, outDir = resolve(root, 'dist/cdn'), extraPlugins = []) {
  const entry = `\0ncte-cdn-entry:${name}`;
  const entryCode = elements.map((path) => `import ${JSON.stringify(resolve(root, path))};`).join('\n');
  await bundleEntry(name, entry, entryCode, outDir, extraPlugins);
}

/**
 * The embed builder, `dist/cdn/ncte-builder.js` (loaded by builder.html beside
 * it). It carries the widgets' attributes from custom-elements.json, cut down to
 * what the builder reads; the widget bundles it previews load only when previewed.
 */
export async function buildBuilderBundle(outDir = resolve(root, 'dist/cdn')) {
  const entry = '\0ncte-cdn-entry:ncte-builder';
  const entryCode = `import ${JSON.stringify(resolve(root, 'src/builder/builder-page.ts'))};`;
  await bundleEntry('ncte-builder', entry, entryCode, outDir, [slimManifest()]);
}

const BUILDER_TAGS = new Set(['ncte-etalage', 'ncte-eligibility-check', 'ncte-partner-map', 'ncte-event-list']);

/** custom-elements.json as the builder reads it: the widgets' attributes (name, description, type, default). */
function slimManifest() {
  const pick = (attribute) => ({name: attribute?.name, description: attribute?.description, type: attribute?.type, default: attribute?.default});
  return {
    name: 'ncte-slim-manifest',
    transform(code, id) {
      if (!id.endsWith('custom-elements.json')) return null;
      const manifest = JSON.parse(code);
      const declarations = (manifest.modules ?? [])
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => BUILDER_TAGS.has(declaration?.tagName))
        .map((declaration) => ({tagName: declaration.tagName, attributes: (declaration.attributes ?? []).map(pick)}));
      return {code: JSON.stringify({modules: [{declarations}]}), moduleType: 'json', map: {mappings: ''}};
    },
  };
}

async function bundleEntry(name, entry, entryCode, outDir, extraPlugins) {
  const bundle = await rolldown({
    input: {[name]: entry},
    cwd: root,
    platform: 'browser',
    tsconfig: resolve(root, 'tsconfig.json'),
    plugins: [
      {name: 'ncte-cdn-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? entryCode : null)},
      minifyCssLiterals(),
      minifyHtmlTemplates(),
      leafletPureClasses(),
      ...extraPlugins,
    ],
    resolve: {conditionNames: productionResolve.resolve.conditions},
    transform: {target: 'es2022', define: productionResolve.define},
    onLog,
    // A CDN bundle is loaded for its elements, not imported from: keeping its
    // exports would keep every exported helper from being shaken out.
    preserveEntrySignatures: false,
  });
  try {
    await bundle.write({
      dir: outDir,
      format: 'es',
      minify: true,
      // The minifier keeps `/* @__PURE__ */` marks for later bundlers; nothing bundles a CDN file.
      // Licence comments: one notice per file (licenceNotice) instead of one per module.
      comments: {annotation: false, jsdoc: false, legal: false},
      postBanner: licenceNotice,
      sourcemap: true,
      entryFileNames: '[name].js',
      // A widget's English words: `chunks/<widget>.en-<hash>.js`; the words they share: `chunks/i18n.en-<hash>.js`.
      chunkFileNames: (chunk) => `chunks/${englishOf(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
    });
  } finally {
    await bundle.close();
  }
}
