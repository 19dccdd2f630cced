// npm start / npm run demo: the demo page with every widget on the sample feed.
import {createServer} from 'vite';

const server = await createServer({configFile: 'vite.config.ts', server: {port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost'}});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`\n  ncte-widgets demo: ${url}demo/\n  Storybook: npm run storybook   Stop: Ctrl+C\n`);
