import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'examples/', 'dist-storybook/', 'bench/out/', 'node_modules/', 'custom-elements.json', 'storybook-static/', 'src/feed/compiled-parsers.ts']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: {...litA11y.configs.recommended.rules},
  },
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      // Feed text must never become HTML.
      'no-restricted-imports': ['error', {paths: [{name: 'lit/directives/unsafe-html.js', message: 'Feed text is always text.'}, {name: 'lit/directives/style-map.js', message: 'styleMap breaks a strict CSP on first render; use classes.'}, {name: 'lit/decorators.js', message: 'Declare reactive properties in `static properties` (src/README.md): the decorators cost 0.4–0.6 KB per bundle.'}], patterns: [{group: ['lit/decorators/*'], message: 'Declare reactive properties in `static properties` (src/README.md).'}]}],
    },
  },
  {
    // Widgets take types from the schemas, never values: that would put zod in their bundles.
    files: ['src/etalage/**', 'src/eligibility-check/**', 'src/partner-map/**', 'src/event-list/**', 'src/feed/feed-controller.ts', 'src/feed/sections.ts', 'src/feed/validate.ts', 'src/feed/ncte-feed.element.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {patterns: [{group: ['**/feed/schema.js', './schema.js'], allowTypeImports: true, message: 'Import values from vocabulary.ts or sections.ts: schema.ts brings zod into the bundle.'}]},
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/*.mjs', 'bin/**', 'test/**/*.mjs', '*.config.*', '.storybook/**', 'src/feed-tools/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['test/**', 'stories/**', 'bench/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
