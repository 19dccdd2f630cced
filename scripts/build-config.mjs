// Entries and the CDN bundle config, shared by vite.config.ts, the build script and the benchmarks.
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {minifyCssLiterals} from './minify-css-literals.mjs';

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

/** The CDN bundles: `dist/cdn/<name>.js`. */
export const CDN_ENTRIES = {
  'ncte-etalage': LIBRARY_ENTRIES.etalage,
  'ncte-eligibility-check': LIBRARY_ENTRIES['eligibility-check'],
  'ncte-partner-map': LIBRARY_ENTRIES['partner-map'],
  'ncte-event-list': LIBRARY_ENTRIES['event-list'],
  // The provider and the all-in-one bundle register elements only (no API exports).
  'ncte-feed': resolve(root, 'src/feed/ncte-feed.element.ts'),
  'ncte-all': resolve(root, 'src/elements.ts'),
};

/** Production settings for every browser build (Lit's production build, no dev warnings). */
export const productionResolve = {
  define: {'process.env.NODE_ENV': JSON.stringify('production')},
  resolve: {conditions: ['browser', 'production', 'import', 'module', 'default']},
};

/**
 * One self-contained CDN bundle, with lazily loaded chunks beside it in `chunks/`.
 * An app build rather than Vite's library mode: library mode leaves the white
 * space of ES bundles unminified, which costs 2–4 KB gzip per bundle.
 */
export function cdnConfig(name, entry, outDir = resolve(root, 'dist/cdn')) {
  return {
    ...productionResolve,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {[name]: entry},
        // A CDN bundle is loaded for its elements, not imported from: its exports
        // would keep every exported helper (and the schemas) from being shaken out.
        preserveEntrySignatures: 'exports-only',
        output: {format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]'},
      },
    },
  };
}
