// npm run build: the npm build (ES modules + types), the CDN bundles, the feed
// JSON Schema, the sample feed, the Node validator and the `npx ncte-feed` command.
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'vite';
import {buildBuilderBundle, buildCdnBundle, CDN_ENTRIES} from './build-config.mjs';
import {buildEmbed} from './build-embed.mjs';
import {FRAMEWORKS} from './framework-types.mjs';

// --cdn-only, --node-only, --lib-only (the npm build's JavaScript without types, for the package tests).
const only = ['cdn', 'node', 'lib'].find((part) => process.argv.includes(`--${part}-only`)) ?? 'all';
const started = Date.now();

if (only === 'all') rmSync('dist', {recursive: true, force: true});
mkdirSync('dist/cdn', {recursive: true});

if (only === 'all' || only === 'cdn') {
  rmSync('dist/cdn', {recursive: true, force: true});
  for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
    await buildCdnBundle(name, entry);
    // One file per bundle: a static import of a chunk is a second request every page waits for.
    // (rolldown splits shared modules into a chunk when a lazy chunk needs them too and it cannot merge them back.)
    const statics = readFileSync(`dist/cdn/${name}.js`, 'utf8').match(/\bimport\s*(?:[\w{][^;]*?from\s*)?["'`]\.\/chunks\/[^"'`]+/g);
    if (statics) throw new Error(`dist/cdn/${name}.js loads ${statics.length} chunk(s) at once (${statics.join(', ')}): a bundle must be one file`);
  }
  await buildEmbed();
  // The embed builder beside the bundles, with the sample feed it starts from.
  await buildBuilderBundle();
  for (const file of ['builder.html', 'builder.css']) copyFileSync(`src/builder/${file}`, `dist/cdn/${file}`);
  copyFileSync('src/data/sample-feed.json', 'dist/cdn/sample-feed.json');
  console.log(`built dist/cdn/ (${Object.keys(CDN_ENTRIES).length} bundles, embed.html, ncte-embed.js and builder.html)`);
}

if (only === 'all' || only === 'node') {
  // The validator for Node, and the `ncte-feed` command (src/feed-tools/): the schemas bundled with zod, no DOM.
  // The command's spreadsheet libraries stay dependencies of the command, never part of any widget bundle.
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/node',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      ssr: true,
      // zod stays a dependency, so scripts/compile-schemas.mjs compiles these very schema objects.
      // (Node validates with zod up front, so the widgets' lazy import of the schemas is moot here.)
      rolldownOptions: {
        input: {validate: 'src/feed/node.ts', cli: 'src/feed-tools/cli.ts', 'feed-tools': 'src/feed-tools/index.ts'},
        external: [/^node:/, /^zod($|\/)/, /^exceljs($|\/)/, /^csv-parse($|\/)/],
        checks: {ineffectiveDynamicImport: false},
        output: {entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es'},
      },
    },
  });
  const {FeedSchema} = await import('../dist/node/validate.js');
  const {toJSONSchema} = await import('zod/mini');
  const schema = toJSONSchema(FeedSchema, {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'});
  writeFileSync(
    'dist/feed.schema.json',
    JSON.stringify({$id: 'https://unpkg.com/ncte-widgets/dist/feed.schema.json', title: 'ncte-widgets feed, version 1', ...schema}, null, 2),
  );
  copyFileSync('src/data/sample-feed.json', 'dist/sample-feed.json');
  console.log('built dist/node/validate.js, dist/node/cli.js, dist/feed.schema.json, dist/sample-feed.json');
}

if (only === 'all' || only === 'lib') {
  rmSync('dist/chunks', {recursive: true, force: true});
  await build({configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production'});
  if (only === 'all') {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});
    // tsc does not copy our declarations of Leaflet's ES build; without them an app's
    // `tsc` (skipLibCheck off) fails on map-engine.d.ts.
    copyFileSync('src/partner-map/leaflet.d.ts', 'dist/types/partner-map/leaflet.d.ts');
    const engine = 'dist/types/partner-map/map-engine.d.ts';
    writeFileSync(engine, `/// <reference path="./leaflet.d.ts" />\n${readFileSync(engine, 'utf8')}`);
    // ncte-widgets/react, /vue, /svelte: JSX and template types from custom-elements.json.
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    for (const [name, generate] of Object.entries(FRAMEWORKS)) writeFileSync(`dist/types/${name}.d.ts`, generate(manifest, './index.js'));
  }
  console.log(only === 'all' ? 'built dist/*.js and dist/types/ (with react, vue and svelte .d.ts)' : 'built dist/*.js');
}
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
