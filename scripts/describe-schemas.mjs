// Turns zod schemas into a compact description for src/feed/parser-kit.ts: calls of
// its combinators (`obj({id: str(/\S/), …})`), shared parts hoisted into constants.
// It walks `schema._zod.def` and knows the constructs the feed uses; anything else
// (a new check, a transform, a strict object, an unknown option) throws, so a
// schema change can never silently produce a parser that differs from zod.
// Used by scripts/compile-schemas.mjs; test/node/compiled-parsers.node.test.mjs
// checks what it refuses.

/** The zod traits (besides `$ZodType`) each construct may have; any other trait is refused. */
const TRAITS = {
  string: ['$ZodString'],
  format: ['$ZodString', '$ZodStringFormat', '$ZodCheckStringFormat', '$ZodCheck'],
  number: ['$ZodNumber'],
  int: ['$ZodNumber', '$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck'],
  boolean: ['$ZodBoolean'],
  enum: ['$ZodEnum'],
  literal: ['$ZodLiteral'],
  array: ['$ZodArray'],
  object: ['$ZodObject'],
  union: ['$ZodUnion'],
  optional: ['$ZodOptional'],
  nullable: ['$ZodNullable'],
  default: ['$ZodDefault'],
};
/** String formats whose whole check is their `pattern` (zod/v4/core schemas.js), by their trait. */
const PATTERN_FORMATS = {email: '$ZodEmail', date: '$ZodISODate', datetime: '$ZodISODateTime'};
/** Definition keys that do not change a verdict (messages, abort-after-failure). */
const HARMLESS = ['type', 'error', 'abort'];

/** Throws for a construct the description cannot express. */
function refuse(where, what) {
  throw new Error(`compile-schemas: ${where}: ${what}; teach scripts/describe-schemas.mjs this construct (and test it) first`);
}

/** Checks that `def` has no keys beyond `allowed` (plus the harmless ones). */
function onlyKeys(def, allowed, where) {
  const extra = Object.keys(def).filter((key) => def[key] !== undefined && !HARMLESS.includes(key) && !allowed.includes(key));
  if (extra.length) refuse(where, `unsupported option ${extra.join(', ')} of ${def.type}`);
}

/** Checks that a schema has exactly the traits of `kind` (and `extra`). */
function onlyTraits(schema, kind, where, extra = []) {
  const expected = new Set(['$ZodType', ...TRAITS[kind], ...extra]);
  const traits = [...schema._zod.traits].filter((trait) => trait.startsWith('$'));
  const odd = traits.filter((trait) => !expected.has(trait));
  if (odd.length || traits.length !== expected.size) refuse(where, `a ${kind} with traits ${traits.join(', ')}`);
}

/** A JavaScript literal for a primitive value a parser compares with. */
function primitive(value, where) {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return String(value);
  return refuse(where, `the value ${String(value)}`);
}

/**
 * Describes schemas as parser-kit calls. `targets` maps a parser's name to its
 * schema; `ownFunctions` maps the names of our refinement functions to them.
 * Returns the module's body (constants and exports) and what it imports.
 */
export function describeSchemas(targets, ownFunctions) {
  /** Each distinct expression once: its parts are text or the index of another entry. */
  const entries = [];
  const index = new Map();
  const kit = new Set();
  const own = new Set();

  /** The entry for an expression built from `parts`, shared when it occurs again. */
  function entry(parts) {
    const key = JSON.stringify(parts);
    let id = index.get(key);
    if (id === undefined) {
      id = entries.push({parts}) - 1;
      index.set(key, id);
    }
    return id;
  }

  /** A call of the kit's `name` with `args` (entries or text). */
  function call(name, args) {
    kit.add(name);
    const parts = [`/* @__PURE__ */ ${name}(`];
    args.forEach((arg, i) => parts.push(...(i ? [', '] : []), arg));
    parts.push(')');
    return entry(parts);
  }

  // With a `g` or `y` flag, a test would depend on the pattern's `lastIndex`. Written as
  // `new RegExp("…")`, as zod's sources spell these patterns: the chunk that carries zod
  // as well gzips smaller so (30 bytes), the bundles without it grow by a few bytes.
  const regex = (pattern, where) => {
    if (!(pattern instanceof RegExp) || /[gy]/.test(pattern.flags)) refuse(where, `the pattern ${String(pattern)}`);
    const flags = pattern.flags ? `, ${JSON.stringify(pattern.flags)}` : '';
    return entry([`new RegExp(${JSON.stringify(pattern.source)}${flags})`]);
  };

  /** A string that the patterns match: `str` takes one at most. */
  function str(patterns, where) {
    if (patterns.length > 1) refuse(where, 'a string with several patterns');
    return call('str', patterns);
  }

  /** The checks of a string: each must be a regex. */
  function stringChecks(checks = [], where) {
    return checks.map((check, i) => {
      const def = check._zod.def;
      onlyKeys(def, ['check', 'format', 'pattern'], `${where} check ${i}`);
      if (def.check !== 'string_format' || def.format !== 'regex' || !check._zod.traits.has('$ZodCheckRegex')) {
        refuse(`${where} check ${i}`, `the string check ${def.check}/${def.format}`);
      }
      return regex(def.pattern, where);
    });
  }

  function string(schema, def, where) {
    if (def.coerce) refuse(where, 'coercion');
    if (def.format === undefined) {
      onlyTraits(schema, 'string', where);
      onlyKeys(def, ['checks'], where);
      return str(stringChecks(def.checks, where), where);
    }
    if (def.format === 'url') {
      onlyTraits(schema, 'format', where, ['$ZodURL']);
      onlyKeys(def, ['check', 'format', 'protocol', 'normalize'], where);
      if (def.normalize !== true || !(def.protocol instanceof RegExp)) refuse(where, 'a URL without normalize and protocol');
      return call('url', [regex(def.protocol, where)]);
    }
    const trait = PATTERN_FORMATS[def.format];
    if (!trait) refuse(where, `the string format ${def.format}`);
    onlyTraits(schema, 'format', where, [trait]);
    // The pattern of a date-time already holds its options (offset, local, precision).
    onlyKeys(def, ['check', 'format', 'pattern', 'checks', ...(def.format === 'datetime' ? ['offset', 'local', 'precision'] : [])], where);
    return str([regex(def.pattern, where), ...stringChecks(def.checks, where)], where);
  }

  function number(schema, def, where) {
    if (def.coerce) refuse(where, 'coercion');
    const int = def.format !== undefined;
    if (int && def.format !== 'safeint') refuse(where, `the number format ${def.format}`);
    onlyTraits(schema, int ? 'int' : 'number', where);
    onlyKeys(def, ['checks', ...(int ? ['check', 'format'] : [])], where);
    let min = -Infinity;
    let max = Infinity;
    for (const [i, check] of (def.checks ?? []).entries()) {
      const c = check._zod.def;
      onlyKeys(c, ['check', 'value', 'inclusive'], `${where} check ${i}`);
      if (c.inclusive !== true || typeof c.value !== 'number') refuse(`${where} check ${i}`, `the number check ${c.check} (exclusive or not a number)`);
      if (c.check === 'greater_than') min = Math.max(min, c.value);
      else if (c.check === 'less_than') max = Math.min(max, c.value);
      else refuse(`${where} check ${i}`, `the number check ${c.check}`);
    }
    const args = [int ? '1' : '0'];
    if (min !== -Infinity || max !== Infinity) args.push(min === -Infinity ? 'undefined' : String(min));
    if (max !== Infinity) args.push(String(max));
    return call('num', args);
  }

  /** `oneOf` with the values zod compares input with. */
  function values(schema, where) {
    return call('oneOf', [...schema._zod.values].map((value) => primitive(value, where)));
  }

  function object(schema, def, where) {
    onlyTraits(schema, 'object', where);
    onlyKeys(def, ['shape', 'checks'], where);
    if (Object.getOwnPropertySymbols(def.shape).length) refuse(where, 'a symbol key');
    const fields = Object.entries(def.shape).map(([key, field]) => {
      // zod skips `__proto__`, and assigning a key the prototype has would not make an own property.
      if (key in {}) refuse(where, `the key ${key}`);
      return [`${JSON.stringify(key)}: `, node(field, `${where}.${key}`), ', '];
    });
    const shape = entry(['{', ...fields.flat().slice(0, -1), '}']);
    const checks = (def.checks ?? []).map((check, i) => {
      const c = check._zod.def;
      onlyKeys(c, ['check', 'fn', 'path', 'params'], `${where} check ${i}`);
      const name = Object.keys(ownFunctions).find((n) => ownFunctions[n] === c.fn);
      if (c.check !== 'custom' || !name) refuse(`${where} check ${i}`, `a ${c.check} check that is not one of vocabulary.ts's functions`);
      own.add(name);
      return name;
    });
    return call('obj', [shape, ...checks]);
  }

  function union(schema, def, where) {
    onlyTraits(schema, 'union', where);
    onlyKeys(def, ['options'], where);
    const options = def.options.map((option, i) => ({option, where: `${where}|${i}`}));
    // A union of literals and enums returns its input when one of them accepts it: one set does.
    if (options.every(({option}) => ['literal', 'enum'].includes(option._zod.def.type))) {
      options.forEach(({option, where: w}) => node(option, w)); // for their checks
      return call('oneOf', options.flatMap(({option, where: w}) => [...option._zod.values].map((value) => primitive(value, w))));
    }
    return call('or', options.map(({option, where: w}) => node(option, w)));
  }

  /** The description of one schema. */
  function node(schema, where) {
    const def = schema?._zod?.def;
    if (!def) refuse(where, 'not a zod schema');
    switch (def.type) {
      case 'string':
        return string(schema, def, where);
      case 'number':
        return number(schema, def, where);
      case 'boolean':
        onlyTraits(schema, 'boolean', where);
        onlyKeys(def, [], where);
        if (def.coerce) refuse(where, 'coercion');
        return call('oneOf', ['true', 'false']);
      case 'enum':
        onlyTraits(schema, 'enum', where);
        onlyKeys(def, ['entries'], where);
        return values(schema, where);
      case 'literal':
        onlyTraits(schema, 'literal', where);
        onlyKeys(def, ['values'], where);
        return values(schema, where);
      case 'array':
        onlyTraits(schema, 'array', where);
        onlyKeys(def, ['element'], where);
        return call('arr', [node(def.element, `${where}[]`)]);
      case 'object':
        return object(schema, def, where);
      case 'union':
        return union(schema, def, where);
      case 'optional':
        onlyTraits(schema, 'optional', where);
        onlyKeys(def, ['innerType'], where);
        // zod's optional runs a defaulted inner schema on `undefined`; `opt` does not.
        if (def.innerType._zod.optin === 'defaulted') refuse(where, 'an optional default');
        return call('opt', [node(def.innerType, where)]);
      case 'nullable':
        onlyTraits(schema, 'nullable', where);
        onlyKeys(def, ['innerType'], where);
        return call('nul', [node(def.innerType, where)]);
      case 'default':
        onlyTraits(schema, 'default', where);
        onlyKeys(def, ['innerType', 'defaultValue'], where);
        return call('dflt', [node(def.innerType, where), primitive(def.defaultValue, where)]);
      default:
        return refuse(where, `the zod type ${def.type}`);
    }
  }

  const roots = Object.entries(targets).map(([name, schema]) => [name, node(schema, name)]);
  return {...write(entries, roots), kit: [...kit].sort(), own: [...own].sort()};
}

/**
 * The module body: an expression referred to more than once (by the other
 * distinct expressions and the exports) becomes a constant (`pN`), declared
 * before its users; the rest are written in place.
 */
function write(entries, roots) {
  const uses = entries.map(() => 0);
  for (const {parts} of entries) for (const part of parts) if (typeof part === 'number') uses[part]++;
  for (const [, id] of roots) uses[id]++;
  const text = (id) => entries[id].parts.map((part) => (typeof part === 'number' ? reference(part) : part)).join('');
  const reference = (id) => (uses[id] > 1 ? `p${id}` : text(id));
  const constants = entries.flatMap((_, id) => (uses[id] > 1 ? [`const p${id} = ${text(id)};`] : []));
  const exports = roots.map(([name, id]) => ({name, code: reference(id)}));
  return {constants, exports};
}
