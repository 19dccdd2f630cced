// custom-elements.json from the JSDoc of the elements (npm run analyze).
//
// Scope: the element modules and the event classes they fire, nothing else (the
// widgets' pure logic is documented by its TypeScript declarations). Module
// paths are those of the published files a user imports (`dist/etalage.js`),
// and attribute and property types that name a union of fixed values
// (`mode: Mode`) are written out (`'public' | 'members'`), so that tools reading
// the manifest (the generated framework types, the builder, IDEs) need no
// TypeScript sources.
import {readFileSync} from 'node:fs';
import ts from 'typescript';

/** The package entries in the order a declaration is assigned to one (the root `index` re-exports them all). */
const ENTRIES = ['feed', 'etalage', 'eligibility-check', 'partner-map', 'event-list'];

/** `src/events/initiative-open.ts` → `dist/etalage.js`: the first entry whose index.ts exports from that module. */
function publishedPath(sourcePath) {
  for (const entry of ENTRIES) {
    const index = readFileSync(`src/${entry}/index.ts`, 'utf8');
    const fromEntry = sourcePath.startsWith(`src/${entry}/`) ? `./${sourcePath.slice(entry.length + 5)}` : `../${sourcePath.slice(4)}`;
    const spec = fromEntry.replace(/\.ts$/, '.js');
    if (new RegExp(`^export [^;]*from '${spec.replace(/[.]/g, '\\.')}';`, 'm').test(index)) return `dist/${entry}.js`;
  }
  throw new Error(`${sourcePath} is not exported from any package entry (src/<entry>/index.ts)`);
}

/**
 * The literal values of a declared type in the order they are written, following
 * type aliases (`view?: PartnerMapView` → `'map'`, `'list'`). TypeScript's own
 * order of a union depends on what the checker met first, which changes with
 * unrelated files.
 */
function writtenLiterals(checker, node, seen = new Set()) {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  if (ts.isLiteralTypeNode(node)) return [node.literal.getText()];
  if (ts.isUnionTypeNode(node)) return node.types.flatMap((member) => writtenLiterals(checker, member, seen));
  if (ts.isParenthesizedTypeNode(node)) return writtenLiterals(checker, node.type, seen);
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    return alias ? writtenLiterals(checker, alias.type, seen) : [];
  }
  return [];
}

/** The written-out union for a property whose type is (or includes) a union of literal values; undefined otherwise. */
function literalUnion(checker, type, declaredType) {
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.some((part) => part.isStringLiteral() || part.isNumberLiteral())) return undefined;
  // Single quotes, as in the sources: `'cards' | 'list'`.
  const quote = (text) => text.replace(/^"([^"']*)"$/, "'$1'");
  const texts = parts.map((part) => quote(checker.typeToString(part)));
  // TypeScript splits `boolean` into `false | true`.
  const booleans = texts.includes('false') && texts.includes('true');
  const written = writtenLiterals(checker, declaredType).map(quote);
  // Literals in written order (else alphabetical), then other types, `undefined` last.
  const rank = (text) => (text === 'undefined' ? 3 : /^['\d-]/.test(text) ? (written.includes(text) ? 0 : 1) : 2);
  return [...texts.filter((text) => !booleans || (text !== 'false' && text !== 'true')), ...(booleans ? ['boolean'] : [])]
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? written.indexOf(a) - written.indexOf(b) : a.localeCompare(b)))
    .join(' | ');
}

/** Fills in and writes out the types of the elements' attributes and fields from the TypeScript checker. */
function resolveTypes(manifest) {
  const files = manifest.modules.map((module) => module.path);
  const {config} = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const {options} = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  const program = ts.createProgram(files, {...options, noEmit: true, types: []});
  const checker = program.getTypeChecker();
  for (const module of manifest.modules) {
    const source = program.getSourceFile(module.path);
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const node = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
      const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));
      const typeOf = (name) => {
        const symbol = instance.getProperty(name);
        return symbol && checker.getTypeOfSymbol(symbol);
      };
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (item.kind === 'method' || item.privacy || item.static) continue;
        const type = typeOf(item.fieldName ?? item.name);
        if (!type) continue;
        const declared = instance.getProperty(item.fieldName ?? item.name)?.declarations?.[0];
        const union = literalUnion(checker, type, declared && 'type' in declared ? declared.type : undefined);
        if (union) item.type = {text: union};
        else if (!item.type?.text) item.type = {text: checker.typeToString(type)};
      }
    }
  }
}

/**
 * Reactive properties are declared in `static properties` (src/README.md). The
 * analyzer's Lit support marks each entry `privacy: 'public'` (a field of ours
 * without a modifier has no privacy) and makes every entry an attribute, also
 * internal state (`{state: true}`, which Lit gives no attribute). This puts both
 * right, so the manifest reads as it did with decorators.
 */
function stateIsNoAttribute(manifest) {
  for (const module of manifest.modules) {
    const source = ts.createSourceFile(module.path, readFileSync(module.path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const node = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
      const properties = node?.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword),
      );
      const entries = properties?.initializer && ts.isObjectLiteralExpression(properties.initializer) ? properties.initializer.properties : [];
      const states = new Set(
        entries
          .filter((entry) => ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer))
          .filter((entry) => entry.initializer.properties.some((o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword))
          .map((entry) => entry.name.getText()),
      );
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !states.has(a.fieldName));
      for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
    }
  }
}

/**
 * The analyzer also records each `dispatchEvent(new SomeEvent(…))` as an event
 * without a name (our event classes carry the name inside); the `@fires {Class}
 * name` tags document every event, so those nameless entries are dropped.
 * Modules are sorted by path so that the output does not depend on the file system.
 */
const tidyManifest = () => ({
  name: 'tidy-manifest',
  packageLinkPhase({customElementsManifest}) {
    const manifest = customElementsManifest;
    stateIsNoAttribute(manifest);
    resolveTypes(manifest);
    for (const module of manifest.modules) {
      // The elements and their event classes; constants beside an element are documented by its types.
      const kept = (module.declarations ?? []).filter((d) => d.customElement || d.superclass?.name === 'Event');
      module.declarations = kept;
      module.exports = (module.exports ?? []).filter((e) => e.kind === 'js' && kept.some((d) => d.name === e.declaration?.name));
      // Registered through our guarded define(), which the analyzer does not follow.
      for (const d of kept.filter((d) => d.customElement)) {
        module.exports.push({kind: 'custom-element-definition', name: d.tagName, declaration: {name: d.name, module: module.path}});
      }
      for (const declaration of kept) {
        // What a user of the element can reach: no private or protected members, no `static styles`.
        if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy && !(m.static && m.name === 'styles'));
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        for (const event of declaration.events ?? []) {
          if (!event.type?.text) throw new Error(`${declaration.name}: @fires ${event.name} names no event class (@fires {SomeEvent} ${event.name})`);
        }
      }
    }
    // Source paths → the published files; modules that land in one file are merged.
    const byPath = new Map();
    for (const module of manifest.modules) {
      const path = publishedPath(module.path);
      for (const exported of module.exports ?? []) {
        if (exported.declaration?.module) exported.declaration.module = path;
      }
      const merged = byPath.get(path);
      if (merged) {
        merged.declarations.push(...(module.declarations ?? []));
        merged.exports.push(...(module.exports ?? []));
      } else {
        byPath.set(path, {...module, path, declarations: [...(module.declarations ?? [])], exports: [...(module.exports ?? [])]});
      }
    }
    manifest.modules = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
    for (const module of manifest.modules) {
      // Custom elements first, then the event classes, each by name.
      module.declarations.sort((a, b) => Number(!a.customElement) - Number(!b.customElement) || a.name.localeCompare(b.name));
      module.exports.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    }
  },
});

export default {
  // <ncte-builder> is the page of dist/cdn/builder.html, not an element of the package's entries.
  globs: ['src/*/*.element.ts', 'src/events/*.ts'],
  exclude: ['src/builder/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points at custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [tidyManifest()],
};
