// Serves the sample feed at /sample-feed.json on the demo server, with its events
// moved to the next Week tegen Eenzaamheid (so the demo always shows upcoming events).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const SAMPLE = fileURLToPath(new URL('../src/data/sample-feed.json', import.meta.url));

export function sampleFeedPlugin() {
  return {
    name: 'ncte-sample-feed',
    async configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== '/sample-feed.json') return next();
        const {withEventsInNextEdition} = await server.ssrLoadModule('/src/data/next-edition.ts');
        const feed = withEventsInNextEdition(JSON.parse(readFileSync(SAMPLE, 'utf8')));
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(feed));
      });
    },
  };
}
