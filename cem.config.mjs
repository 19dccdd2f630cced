// custom-elements.json from the JSDoc of the elements (npm run analyze).

/**
 * The analyzer also records each `dispatchEvent(new SomeEvent(…))` as an event
 * without a name (our event classes carry the name inside); the `@fires` tags
 * already document every event, so those nameless entries are dropped. Modules
 * are sorted by path so that the output does not depend on the file system.
 */
const tidyManifest = () => ({
  name: 'tidy-manifest',
  packageLinkPhase({customElementsManifest}) {
    // The analyzer's module order follows the file system; sort it so the file is stable.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/feed/compiled-parsers.ts', 'src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/strings.ts', 'src/data/**', 'src/feed/node.ts', 'src/feed-tools/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [tidyManifest()],
};
