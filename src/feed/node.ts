/** The feed validator without the DOM parts, bundled for Node (`npx ncte-feed validate`). */
export * from './schema.js';
export * from './validate.js';
export * from './validate-feed.js';
export * from './sections.js';
