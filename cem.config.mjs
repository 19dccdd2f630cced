// custom-elements.json from the JSDoc of the elements (npm run analyze).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/strings.ts', 'src/data/**', 'src/feed/node.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
