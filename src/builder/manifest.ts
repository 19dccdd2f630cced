/**
 * The builder's options, read from custom-elements.json: every attribute of a
 * widget, with its description, its documented default and a control chosen by
 * its type. Read defensively: any field may be missing or differently shaped
 * (the manifest grows), and an attribute added to an element appears here
 * without touching the builder.
 */

/** The four widgets, by the name the embed page and the builder's query use. */
export const WIDGETS = ['etalage', 'eligibility-check', 'partner-map', 'event-list'] as const;
export type WidgetName = (typeof WIDGETS)[number];

export const tagOf = (widget: WidgetName) => `ncte-${widget}` as const;
export const isWidgetName = (value: unknown): value is WidgetName => (WIDGETS as readonly unknown[]).includes(value);

/** How an option is edited. */
export type OptionKind = 'boolean' | 'number' | 'choice' | 'text';

export interface WidgetOption {
  /** The attribute name (`show-past`), also the query parameter name. */
  name: string;
  description: string;
  kind: OptionKind;
  /** The allowed values of a `choice`. */
  values: string[];
  /** Values named in the description of a text option (`membership`, `etalage`), offered as suggestions. */
  suggestions: string[];
  /** The documented default as an attribute value (`'cards'` → `cards`, `10_000` → `10000`); undefined when none. */
  default?: string;
}

/** What the builder keeps of the manifest: the attributes of each widget's element. */
export type WidgetOptions = Record<WidgetName, WidgetOption[]>;

/** Attributes that are not options: the feed (`src`) has a field of its own. */
const NOT_OPTIONS = new Set(['src']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The parts of a TypeScript type text, without `undefined` and `null`: `'a' | 'b' | undefined` → `'a'`, `'b'`. */
function typeParts(typeText: string): string[] {
  return typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'undefined' && part !== 'null');
}

const QUOTED = /^(['"`])(.*)\1$/s;

/** A JavaScript literal from the manifest as an attribute value: `'cards'` → `cards`, `10_000` → `10000`, `undefined` → none. */
export function literalValue(literal: unknown): string | undefined {
  if (typeof literal !== 'string') return undefined;
  const trimmed = literal.trim();
  if (trimmed === '' || trimmed === 'undefined' || trimmed === 'null') return undefined;
  const quoted = QUOTED.exec(trimmed);
  if (quoted) return quoted[2];
  if (/^-?[\d_]+(\.[\d_]+)?$/.test(trimmed)) return trimmed.replace(/_/g, '');
  if (trimmed === 'true' || trimmed === 'false') return trimmed;
  // An expression (a constant's name, a call): not a value an editor can use.
  return undefined;
}

/** Decides the control for one attribute from its type text. */
function kindOf(typeText: string): {kind: OptionKind; values: string[]} {
  const parts = typeParts(typeText);
  if (parts.length === 0) return {kind: 'text', values: []};
  if (parts.every((part) => part === 'boolean')) return {kind: 'boolean', values: []};
  if (parts.every((part) => part === 'number')) return {kind: 'number', values: []};
  const literals = parts.map((part) => QUOTED.exec(part)?.[2]);
  if (literals.every((value) => value !== undefined)) return {kind: 'choice', values: literals as string[]};
  return {kind: 'text', values: []};
}

/** Words in backticks in a description that look like values (`membership`, `pdok-grijs`). */
function namedValues(description: string, attributeNames: ReadonlySet<string>): string[] {
  const found = [...description.matchAll(/`([a-z0-9][a-z0-9-]*)`/g)].map((match) => match[1]);
  return [...new Set(found)].filter((value) => !attributeNames.has(value));
}

/** The options of one element declaration (`attributes[]` of the manifest). */
export function optionsOfDeclaration(declaration: unknown): WidgetOption[] {
  if (!isObject(declaration) || !Array.isArray(declaration.attributes)) return [];
  const attributes = declaration.attributes.filter(
    (attribute): attribute is Record<string, unknown> => isObject(attribute) && typeof attribute.name === 'string' && attribute.name !== '',
  );
  const names = new Set(attributes.map((attribute) => attribute.name as string));
  const seen = new Set<string>();
  const options: WidgetOption[] = [];
  for (const attribute of attributes) {
    const name = attribute.name as string;
    if (NOT_OPTIONS.has(name) || seen.has(name) || !/^[a-z][a-z0-9-]*$/.test(name)) continue;
    seen.add(name);
    const description = text(attribute.description).trim();
    const {kind, values} = kindOf(isObject(attribute.type) ? text(attribute.type.text) : '');
    let fallback = literalValue(attribute.default);
    if (fallback === '') fallback = undefined;
    if (kind === 'boolean' && fallback === 'false') fallback = undefined;
    if (kind === 'choice' && fallback !== undefined && !values.includes(fallback)) fallback = undefined;
    options.push({
      name,
      description,
      kind,
      values,
      suggestions: kind === 'text' ? namedValues(description, names) : [],
      ...(fallback !== undefined ? {default: fallback} : {}),
    });
  }
  return options;
}

/** Every widget's options from a custom-elements.json; a widget missing from it has none. */
export function widgetOptions(manifest: unknown): WidgetOptions {
  const declarations = new Map<string, unknown>();
  const modules = isObject(manifest) && Array.isArray(manifest.modules) ? manifest.modules : [];
  for (const module of modules) {
    if (!isObject(module) || !Array.isArray(module.declarations)) continue;
    for (const declaration of module.declarations) {
      if (isObject(declaration) && typeof declaration.tagName === 'string' && !declarations.has(declaration.tagName)) {
        declarations.set(declaration.tagName, declaration);
      }
    }
  }
  return Object.fromEntries(WIDGETS.map((widget) => [widget, optionsOfDeclaration(declarations.get(tagOf(widget)))])) as WidgetOptions;
}
