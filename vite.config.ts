/**
 * Vite config for the demo server (`npm run demo`) and the npm library build
 * (ES modules per entry, Lit, zod and Leaflet left as dependencies). The CDN
 * bundles are built by scripts/build.mjs from scripts/build-config.mjs.
 */
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import {LIBRARY_ENTRIES, productionResolve} from './scripts/build-config.mjs';
import {sampleFeedPlugin} from './scripts/vite-sample-feed.mjs';
import {cdnFilesPlugin} from './scripts/vite-cdn-files.mjs';

export default defineConfig(({command}) =>
  command === 'serve'
    ? {plugins: [sampleFeedPlugin(), cdnFilesPlugin()], server: {port: 5173, open: false}}
    : {
        ...productionResolve,
        build: {
          outDir: resolve(import.meta.dirname, 'dist'),
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          reportCompressedSize: false,
          lib: {entry: LIBRARY_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js`},
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^leaflet($|\/)/],
            output: {chunkFileNames: 'chunks/[name]-[hash].js'},
          },
        },
      },
);
