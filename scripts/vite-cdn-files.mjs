// Serves dist/cdn/ as built (no Vite transforms) on the demo server, so the
// iframe embed demo (demo/embed.html) shows the real embed.html and ncte-embed.js.
import {existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json'};

export function cdnFilesPlugin() {
  return {
    name: 'ncte-cdn-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split(/[?#]/)[0] ?? '';
        if (!path.startsWith('/dist/cdn/')) return next();
        const file = normalize(join(CDN, decodeURIComponent(path.slice('/dist/cdn/'.length))));
        if (!file.startsWith(CDN) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`);
        res.end(readFileSync(file));
      });
    },
  };
}
