// The npm package as an app's bundler sees it: `import 'ncte-widgets/<entry>'`
// must register the entry's elements even though the bundler honours the
// package's `sideEffects` list and drops modules it says are pure (the element
// modules end up in shared chunks). Bundled with rolldown, as an app would.
// Needs the npm build's JavaScript (npm test builds it first: --lib-only).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rolldown} from 'rolldown';

const ENTRIES = {
  'ncte-widgets': ['ncte-feed', 'ncte-etalage', 'ncte-eligibility-check', 'ncte-partner-map', 'ncte-event-list'],
  'ncte-widgets/feed': ['ncte-feed'],
  'ncte-widgets/etalage': ['ncte-feed', 'ncte-etalage'],
  'ncte-widgets/eligibility-check': ['ncte-feed', 'ncte-eligibility-check'],
  'ncte-widgets/partner-map': ['ncte-feed', 'ncte-partner-map'],
  'ncte-widgets/event-list': ['ncte-feed', 'ncte-event-list'],
};
const ALL_TAGS = ENTRIES['ncte-widgets'];

/**
 * The app's bundle of one line, `import '<specifier>';` (the package resolves itself by name): all
 * its code, or (split) the first chunk's code and the lazily loaded chunks' code.
 */
async function bundleOf(specifier, split = false) {
  const entry = 'app-entry';
  const bundle = await rolldown({
    input: entry,
    cwd: process.cwd(),
    logLevel: 'silent',
    external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^leaflet($|\/)/],
    plugins: [{name: 'app', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? `import '${specifier}';` : null)}],
  });
  try {
    const {output} = await bundle.generate({format: 'es'});
    if (split) {
      const chunks = output.filter((chunk) => chunk.type === 'chunk');
      return {first: chunks.find((c) => c.isEntry).code, lazy: chunks.filter((c) => c.isDynamicEntry).map((c) => c.code)};
    }
    return output.map((chunk) => chunk.code ?? '').join('\n');
  } finally {
    await bundle.close();
  }
}

const registers = (code, tag) => new RegExp(`\\bdefine\\(\\s*["'\`]${tag}["'\`]`).test(code);

for (const [specifier, tags] of Object.entries(ENTRIES)) {
  test(`import '${specifier}' registers ${tags.map((t) => `<${t}>`).join(', ')}`, async () => {
    const code = await bundleOf(specifier);
    for (const tag of ALL_TAGS) {
      assert.equal(registers(code, tag), tags.includes(tag), `<${tag}> ${tags.includes(tag) ? 'missing from' : 'should not be in'} the bundle of '${specifier}'`);
    }
  });
}

test('the add-to-calendar code is a lazily loaded chunk of the npm build', async () => {
  const {readdirSync, readFileSync} = await import('node:fs');
  const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
  const calendar = chunks.filter((name) => name.startsWith('add-to-calendar-'));
  assert.equal(calendar.length, 1, `one add-to-calendar chunk in ${chunks.join(', ')}`);
  const PRODID = 'ncte-widgets event list//NL';
  assert.ok(readFileSync(`dist/chunks/${calendar[0]}`, 'utf8').includes(PRODID), 'the chunk holds the ICS code');
  const elementChunk = chunks.find((name) => name.startsWith('event-list-'));
  const elementCode = readFileSync(`dist/chunks/${elementChunk}`, 'utf8');
  assert.ok(!elementCode.includes(PRODID), 'the event list chunk does not hold the ICS code');
  assert.match(elementCode, /import\(["']\.\/add-to-calendar-[\w-]+\.js["']\)/, 'the event list imports it when needed');

  // An app that imports the event list: its first chunk has no calendar code, a lazy one has.
  const code = await bundleOf('ncte-widgets/event-list', true);
  assert.ok(!code.first.includes(PRODID), "the app's first chunk has no calendar code");
  assert.ok(code.lazy.some((chunk) => chunk.includes(PRODID)), 'a lazily loaded chunk of the app has it');
});
