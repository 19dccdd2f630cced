// npm start / npm run demo: the demo page with every widget on the sample feed.
import {spawnSync} from 'node:child_process';
import {createServer} from 'vite';

// The CDN build first: the iframe embed demo (demo/embed.html) shows dist/cdn/embed.html.
const built = spawnSync('node', ['scripts/build.mjs', '--cdn-only'], {stdio: 'inherit'});
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await createServer({configFile: 'vite.config.ts', server: {port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost'}});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`\n  ncte-widgets demo: ${url}demo/   iframe embed: ${url}demo/embed.html\n  Storybook: npm run storybook   Stop: Ctrl+C\n`);
