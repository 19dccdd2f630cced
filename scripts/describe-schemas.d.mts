// Types for describe-schemas.mjs (imported by test/feed/compiled-parsers.test.ts).

/** The description of some schemas as calls of src/feed/parser-kit.ts's combinators. */
export interface SchemaDescription {
  /** Shared parts, `const pN = …;`, before the exports that use them. */
  constants: string[];
  /** Each target's expression, by its name. */
  exports: Array<{name: string; code: string}>;
  /** The parser-kit combinators and our own functions it calls. */
  kit: string[];
  own: string[];
}

/** Describes `targets` (zod schemas by parser name); throws for a construct it cannot express. */
export function describeSchemas(targets: Record<string, unknown>, ownFunctions: Record<string, unknown>): SchemaDescription;
