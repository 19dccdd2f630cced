// The framework declarations generated from custom-elements.json (npm run build
// writes them to dist/types/): `ncte-widgets/react` (React 19 JSX
// IntrinsicElements), `ncte-widgets/vue` (Vue GlobalComponents) and
// `ncte-widgets/svelte` (Svelte 5 SvelteHTMLElements). Each element's
// attributes and properties are typed by the element class's own property
// types and each `@fires {EventClass} name` by its event class, so handlers get
// the real event (`event.detail.id`), not `CustomEvent`.
//
// Written here rather than with the @wc-toolkit generators: checked against our
// manifest, their Vue and Svelte output types every handler as
// `CustomEvent<EventClass>` (our events are Event subclasses, so a correctly
// typed handler fails), the Svelte output uses Svelte 4's `on:` and `bind:`
// and imports one name several times; the JSX output augments nine JSX
// namespaces (Preact, Qwik, Stencil, Hono, React Native, Solid, global JSX)
// whether or not they are installed and types React's `ref` so that `useRef`
// objects are refused.

/** The elements of the manifest with the props and events a framework template can use. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).filter((a) => a.fieldName);
      const settable = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly);
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: (declaration.summary ?? declaration.description ?? '').split('\n\n')[0].replace(/\s+/g, ' ').trim(),
        // Attribute names that differ from their property (`page-size` for `pageSize`).
        attributes: attributes.filter((a) => a.name !== a.fieldName).map((a) => ({name: a.name, field: a.fieldName, description: a.description})),
        properties: settable.map((m) => ({name: m.name, description: m.description})),
        events: (declaration.events ?? []).map((e) => ({name: e.name, type: e.type.text, description: e.description})),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase());

/** The types every framework file shares: the element's own props, attributes by their HTML names, and `on<event>` handlers. */
function props(element, handlerKey) {
  const lines = [];
  for (const p of element.properties) lines.push(`${doc(p.description, '  ')}  ${key(p.name)}?: ${element.className}['${p.name}'];`);
  for (const a of element.attributes) lines.push(`${doc(a.description, '  ')}  ${key(a.name)}?: ${element.className}['${a.field}'];`);
  for (const e of element.events) lines.push(`${doc(e.description, '  ')}  ${key(handlerKey(e.name))}?: (event: ${e.type}) => void;`);
  return lines.join('\n');
}

function imports(elements, from) {
  const names = [...new Set(elements.flatMap((e) => [e.className, ...e.events.map((ev) => ev.type)]))].sort();
  return `import type {${names.join(', ')}} from '${from}';`;
}

const header = (what) => `// Generated from custom-elements.json by scripts/framework-types.mjs at build time; do not edit.\n// ${what}\n`;

/** React 19: `<ncte-etalage layout="list" feed={feed} onncte-initiative-open={(e) => e.detail.id} />`. */
export function reactTypes(manifest, from) {
  const elements = elementsOf(manifest);
  return `${header("React 19 JSX types: import type {} from 'ncte-widgets/react'; (or list it in tsconfig `types`).")}${imports(elements, from)}
import type {DetailedHTMLProps, HTMLAttributes} from 'react';

${elements
  .map(
    (e) => `/** The props of \`<${e.tag}>\` in React 19 (properties, attributes and \`on<event>\` handlers). */
export interface ${e.className}Props extends DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> {
${props(e, (name) => `on${name}`)}
}`,
  )
  .join('\n\n')}

/** Every ncte-widgets element, for JSX's IntrinsicElements. */
export interface NcteIntrinsicElements {
${elements.map((e) => `${doc(e.summary, '  ')}  '${e.tag}': ${e.className}Props;`).join('\n')}
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends NcteIntrinsicElements {}
  }
}
`;
}

/** Vue 3 (vue-tsc, strictTemplates): `<ncte-etalage layout="list" :feed.prop="feed" @ncte-initiative-open="(e) => e.detail.id" />`. */
export function vueTypes(manifest, from) {
  const elements = elementsOf(manifest);
  return `${header("Vue 3 template types: import type {} from 'ncte-widgets/vue'; (or list it in tsconfig `types`).")}${imports(elements, from)}
import type {DefineComponent, HTMLAttributes} from 'vue';

${elements
  .map(
    (e) => `/** The props of \`<${e.tag}>\` in Vue templates (properties, attributes and \`@event\` handlers). */
export interface ${e.className}VueProps extends HTMLAttributes {
${props(e, (name) => `on${pascal(name)}`)}
}`,
  )
  .join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': DefineComponent<${e.className}VueProps>;`).join('\n')}
  }
}
`;
}

/** Svelte 5 (svelte-check): `<ncte-etalage layout="list" feed={feed} onncte-initiative-open={(e) => e.detail.id} />`. */
export function svelteTypes(manifest, from) {
  const elements = elementsOf(manifest);
  return `${header("Svelte 5 element types: import type {} from 'ncte-widgets/svelte'; (or list it in tsconfig `types`).")}${imports(elements, from)}
import type {HTMLAttributes} from 'svelte/elements';

${elements
  .map(
    (e) => `/** The attributes of \`<${e.tag}>\` in Svelte 5 (properties, attributes and \`on<event>\` handlers). */
export interface ${e.className}SvelteProps extends HTMLAttributes<${e.className}> {
${props(e, (name) => `on${name}`)}
}`,
  )
  .join('\n\n')}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': ${e.className}SvelteProps;`).join('\n')}
  }
}
`;
}

export const FRAMEWORKS = {react: reactTypes, vue: vueTypes, svelte: svelteTypes};
