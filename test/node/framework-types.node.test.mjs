// The framework declarations generated from custom-elements.json
// (scripts/framework-types.mjs). React's are compiled with tsc against the
// element sources: correct use compiles, and each misuse is an error on its own
// line. Vue's and Svelte's are checked by vue-tsc and svelte-check in the
// examples (npm run test:examples); here their shape is checked.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {elementsOf, reactTypes, svelteTypes, vueTypes} from '../../scripts/framework-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = elementsOf(manifest);

test('every element of the manifest, with every event typed by its class', () => {
  assert.deepEqual(
    elements.map((e) => e.tag),
    ['ncte-eligibility-check', 'ncte-etalage', 'ncte-event-list', 'ncte-feed', 'ncte-partner-map'],
  );
  const etalage = elements.find((e) => e.tag === 'ncte-etalage');
  assert.deepEqual(
    etalage.events.map((e) => `${e.name}: ${e.type}`),
    ['ncte-filter-change: FilterChangeEvent', 'ncte-initiative-open: InitiativeOpenEvent', 'ncte-feed-issues: FeedIssuesEvent'],
  );
  assert.ok(etalage.attributes.some((a) => a.name === 'page-size' && a.field === 'pageSize'));
  assert.ok(etalage.properties.some((p) => p.name === 'feed'));
  assert.ok(!etalage.properties.some((p) => p.name === 'issues'), 'read-only properties are not props');
});

test('Vue: GlobalComponents with @event handlers as on<PascalCase> props of the event class', () => {
  const vue = vueTypes(manifest, 'ncte-widgets');
  assert.match(vue, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
  assert.match(vue, /'ncte-etalage': DefineComponent<NcteEtalageVueProps>;/);
  assert.match(vue, /onNcteInitiativeOpen\?: \(event: InitiativeOpenEvent\) => void;/);
  assert.doesNotMatch(vue, /CustomEvent/);
});

test('Svelte 5: SvelteHTMLElements with on<event> attributes of the event class', () => {
  const svelte = svelteTypes(manifest, 'ncte-widgets');
  assert.match(svelte, /declare module 'svelte\/elements' \{\n {2}interface SvelteHTMLElements \{/);
  assert.match(svelte, /'onncte-initiative-open'\?: \(event: InitiativeOpenEvent\) => void;/);
  assert.doesNotMatch(svelte, /on:|bind:|CustomEvent/);
});

test('React 19: tsc accepts correct JSX and refuses a wrong value, handler or attribute type', {timeout: 180_000}, () => {
  const dir = join('node_modules', '.cache', 'framework-types');
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const source = relative(dir, 'src/index.js').replaceAll('\\', '/');
  writeFileSync(join(dir, 'react.d.ts'), reactTypes(manifest, source));
  writeFileSync(
    join(dir, 'good.tsx'),
    `import type {} from './react.js';
import {useRef} from 'react';
import type {NcteEtalage, InitiativeOpenEvent} from '${source}';
export function App({feed}: {feed: object}) {
  const ref = useRef<NcteEtalage>(null);
  const open = (event: InitiativeOpenEvent) => console.log(event.detail.id);
  return (
    <>
      <ncte-etalage ref={ref} feed={feed} layout="list" page-size={6} sync-url onncte-initiative-open={open}
        onncte-filter-change={(event) => console.log(event.detail.resultCount)} />
      <ncte-eligibility-check track="membership" mode="single-page" heading-level={3}
        onncte-eligibility-result={(event) => console.log(event.detail.eligible)} />
      <ncte-event-list layout="compact" now={new Date()} onncte-event-select={(event) => console.log(event.detail.id)} />
      <ncte-partner-map view="list" group-by="sector" onncte-partner-select={(event) => console.log(event.detail.id)} />
      <ncte-feed src="/feed.json"><ncte-etalage /></ncte-feed>
    </>
  );
}
`,
  );
  // One misuse per line; each must be an error on exactly that line.
  const misuses = [
    `<ncte-etalage layout="grid" />`,
    `<ncte-etalage onncte-initiative-open={(event: number) => event} />`,
    `<ncte-etalage page-size="many" />`,
    `<ncte-eligibility-check track="everyone" />`,
    `<ncte-partner-map group-by="city" />`,
    `<ncte-event-list onncte-event-select={(event: StepChangeEvent) => event} />`,
    `<ncte-etalage issues={[]} />`,
    `<ncte-etalage feed={42} />`,
  ];
  writeFileSync(
    join(dir, 'misuse.tsx'),
    `import type {} from './react.js';\nimport type {StepChangeEvent} from '${source}';\n${misuses.map((m, i) => `export const m${i} = ${m};`).join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, noEmit: true,
        experimentalDecorators: true, useDefineForClassFields: false, resolveJsonModule: true, skipLibCheck: true, types: [],
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      },
      // Our declarations of Leaflet's ES build, which the sources' own tsconfig includes.
      files: ['good.tsx', 'misuse.tsx', relative(dir, 'src/partner-map/leaflet.d.ts')],
    }),
  );
  const result = spawnSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], {encoding: 'utf8'});
  const errors = result.stdout.split('\n').filter((line) => /error TS/.test(line));
  assert.deepEqual(errors.filter((line) => !line.includes('misuse.tsx')), [], 'correct use compiles');
  const lines = new Set(errors.map((line) => Number(/misuse\.tsx\((\d+),/.exec(line)?.[1])));
  assert.deepEqual([...lines].sort((a, b) => a - b), misuses.map((_m, i) => i + 3), `each misuse is refused:\n${errors.join('\n')}`);
});
