/**
 * Vite config for the demo server (`npm run demo`) and the npm library build
 * (ES modules per entry, Lit, zod and Leaflet left as dependencies). The CDN
 * bundles are built by scripts/build.mjs from scripts/build-config.mjs.
 */
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import {LIBRARY_ENTRIES, onLog, productionResolve} from './scripts/build-config.mjs';
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
            onLog,
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^leaflet($|\/)/],
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // The add-to-calendar code in its own chunk, as in the CDN build: the event list's
              // element imports it when an activity is first opened. (The `ncte-widgets/event-list`
              // entry also re-exports eventsToIcs and the calendar links, so importing that entry
              // still loads the chunk at once.)
              codeSplitting: {groups: [{name: 'add-to-calendar', test: /[\\/]src[\\/]event-list[\\/](add-to-calendar|ics|calendar-links)\.ts$/}]},
            },
          },
        },
      },
);
