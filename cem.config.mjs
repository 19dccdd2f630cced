// custom-elements.json from the JSDoc of the elements (npm run analyze).

/**
 * The analyzer also records each `dispatchEvent(new SomeEvent(…))` as an event
 * without a name (our event classes carry the name inside); the `@fires` tags
 * already document every event, so those nameless entries are dropped.
 */
const dropNamelessEvents = () => ({
  name: 'drop-nameless-events',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/strings.ts', 'src/data/**', 'src/feed/node.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [dropNamelessEvents()],
};
