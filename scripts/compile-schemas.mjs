// Compiles the feed's zod schemas ahead of time into plain parsers:
// src/feed/compiled-parsers.ts. zod's own compiler (`compileFn` from zod/v4/core)
// writes the parsing code; at run time zod would turn it into a function with
// `new Function`, which a strict Content-Security-Policy forbids, so this script
// writes that same code into a module instead (with one rewrite that keeps its
// meaning and allocates less: see inlineFieldParsers). The zod schemas stay the single
// source of truth: a parser answers only for input it accepts, everything else
// goes to zod's runtime, which also reports the problems.
//
//   node scripts/compile-schemas.mjs           writes the module
//   node scripts/compile-schemas.mjs --check   fails when the module is stale
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'vite';
import {compileFn} from 'zod/v4/core';

const OUT = new URL('../src/feed/compiled-parsers.ts', import.meta.url);
const CACHE = fileURLToPath(new URL('../node_modules/.cache/ncte-schemas/', import.meta.url));

// schema.ts for Node, with zod left as an import so the compiler sees these very schema objects.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: CACHE,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: fileURLToPath(new URL('../src/feed/schema.ts', import.meta.url)),
    rolldownOptions: {external: [/^node:/, /^zod($|\/)/], output: {entryFileNames: 'schema.mjs', format: 'es'}},
  },
});
const schemas = await import(pathToFileURL(`${CACHE}schema.mjs`).href);

/** Schemas to compile, by the name of their parser. */
const TARGETS = {
  parseIsoDateTime: 'isoDateTimeSchema',
  parseInitiative: 'InitiativeSchema',
  parsePartner: 'PartnerSchema',
  parseEvent: 'EventSchema',
  parseCriterion: 'CriterionSchema',
};
/** Functions of our own that the schemas call (refinements), exported by vocabulary.ts. */
const OWN_FUNCTIONS = ['eventEndsAfterStart', 'eventHasPlace', 'minOnlyForNumbers'];
/** zod's helpers that generated code calls; url-check.ts has the same, so bundles need no zod. */
const ZOD_FUNCTIONS = ['validateURL', 'urlProtocolOk'];

/** Runs zod's compiler and catches the code and constants it would hand to `new Function`. */
function compile(schema) {
  const RealFunction = globalThis.Function;
  let names;
  let values;
  globalThis.Function = function (...args) {
    names = args.slice(0, -1);
    const factory = RealFunction(...args);
    return (...constants) => {
      values = constants;
      return factory(...constants);
    };
  };
  try {
    const parser = compileFn(schema);
    return {code: parser.toString(), names, values};
  } finally {
    globalThis.Function = RealFunction;
  }
}

const imports = new Set();
function literal(value, where) {
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (value instanceof Set) return `new Set(${JSON.stringify([...value])})`;
  if (typeof value === 'function') {
    const own = OWN_FUNCTIONS.find((name) => schemas[name] === value);
    if (own) {
      imports.add(`own:${own}`);
      return own;
    }
    if (ZOD_FUNCTIONS.includes(value.name)) {
      imports.add(`zod:${value.name}`);
      return value.name;
    }
    if (value.name === 'throwAsync') return `() => { throw new Error('async validation is not supported'); }`;
    throw new Error(`${where}: no source for function ${value.name || value.toString().slice(0, 60)}`);
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${literal(v, where)}`).join(', ')}}`;
  }
  throw new Error(`${where}: cannot write constant ${String(value)}`);
}

/**
 * zod's compiler parses each optional field in an arrow function it calls at
 * once: `let v5 = (() => { let v6; if (…) { … return INVALID; … } return v6; })();`.
 * Run per field per item, those closures are much of what validating allocates
 * (10,000 events: 14.7 MB before, 8.8 MB after, measured in Node), and the garbage
 * collections that follow are what makes a large first render slow. This rewrites
 * each of them as a labelled block with the same meaning, innermost first:
 * `let v5 = INVALID; b_v5: { let v6; if (…) { … break b_v5; … } v5 = v6; }`.
 * It throws on any other shape, so a changed compiler is noticed here.
 */
function inlineFieldParsers(code, where) {
  const lines = code.split('\n');
  const opening = /^(\s*)let (v\d+) = \(\(\) => \{$/;
  for (;;) {
    const open = [];
    let found;
    for (let i = 0; i < lines.length && !found; i++) {
      const match = opening.exec(lines[i]);
      if (match) open.push({start: i, indent: match[1], name: match[2]});
      else if (open.length && lines[i] === `${open.at(-1).indent}})();`) found = {...open.pop(), end: i};
    }
    if (!found) break;
    const {start, end, indent, name} = found;
    const body = lines.slice(start + 1, end);
    const last = /^(\s*)return (v\d+);$/.exec(body.at(-1) ?? '');
    if (!last || last[1] !== `${indent}  `) throw new Error(`${where}: unexpected end of the parser of ${name}: ${body.at(-1)}`);
    // A `return` inside another function in the body would not be this parser's.
    if (body.some((line) => /=>|\bfunction\b/.test(line))) throw new Error(`${where}: a nested function in the parser of ${name}`);
    const label = `b_${name}`;
    const rewritten = body.slice(0, -1).map((line) => {
      if (!/\breturn\b/.test(line)) return line;
      if (!line.includes('return INVALID;')) throw new Error(`${where}: unexpected return in the parser of ${name}: ${line}`);
      return line.replace('return INVALID;', `break ${label};`);
    });
    lines.splice(start, end - start + 1, `${indent}let ${name} = INVALID;`, `${indent}${label}: {`, ...rewritten, `${indent}  ${name} = ${last[2]};`, `${indent}}`);
  }
  return lines.join('\n');
}

const parsers = Object.entries(TARGETS).map(([parserName, schemaName]) => {
  const {code, names, values} = compile(schemas[schemaName]);
  const [, ...constantNames] = names; // the first is INVALID
  const constants = values.slice(1).map((value, i) => literal(value, `${schemaName}.${constantNames[i]}`));
  // The compiled function's source is `(input) => { … }`: wrap it in a factory that receives the constants.
  const body = inlineFieldParsers(code.replace(/^\(input\) => \{\n?/, '').replace(/\n?\}$/, ''), schemaName);
  return `/** Parses one item like \`${schemaName}\`; \`INVALID\` where zod's runtime must decide. */
export const ${parserName}: Parser = /* @__PURE__ */ ((INVALID: symbol, ${constantNames.map((n) => `${n}: any`).join(', ')}) =>
  (input: any): any => {
${body.split('\n').map((line) => `    ${line}`).join('\n')}
  })(INVALID, ${constants.join(', ')});`;
});

const own = [...imports].filter((i) => i.startsWith('own:')).map((i) => i.slice(4)).sort();
const zod = [...imports].filter((i) => i.startsWith('zod:')).map((i) => i.slice(4)).sort();
const source = `// Generated by scripts/compile-schemas.mjs from the zod schemas in schema.ts: do not edit.
// zod's compiler wrote the parsing code; see that script for why it lives here.
/* eslint-disable */
// @ts-nocheck
import {${zod.join(', ')}} from './url-check.js';
import {${own.join(', ')}} from './vocabulary.js';

/** Returned by a parser for input it does not accept; zod's runtime then decides and reports. */
export const INVALID: unique symbol = Symbol('invalid');

/** A compiled parser: the parsed item, or \`INVALID\`. */
export type Parser = (input: unknown) => unknown;

${parsers.join('\n\n')}
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== source) {
    console.error('src/feed/compiled-parsers.ts is stale: run `node scripts/compile-schemas.mjs` and commit it.');
    process.exit(1);
  }
  console.log('src/feed/compiled-parsers.ts is up to date.');
} else {
  writeFileSync(OUT, source);
  console.log(`wrote src/feed/compiled-parsers.ts (${Object.keys(TARGETS).length} parsers, ${source.length} characters)`);
}
