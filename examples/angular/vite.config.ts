import {defineConfig} from 'vite';

// The components are compiled in the browser (see src/main.ts), so the bundle
// carries Angular's compiler (about 1.2 MB); Vite only bundles.
export default defineConfig({logLevel: 'warn', build: {chunkSizeWarningLimit: 2000}});
