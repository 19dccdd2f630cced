/**
 * The two URL checks the compiled parsers call, written to do exactly what zod's
 * own `validateURL` and `urlProtocolOk` (zod/v4/core) do for our link schema
 * (`z.url({protocol: /^https?$/, normalize: true})`), so the widgets' bundles need
 * no zod at all. test/feed/compiled-parsers.test.ts checks the compiled parsers
 * against zod's runtime on thousands of items, links of every odd kind included.
 */

/** zod's codes for a URL its guard or the URL parser rejected. */
const URL_BAD_FORMAT = 1;
const URL_UNPARSEABLE = 2;

/** Parses `trimmed` as zod does for a URL schema with `protocol` and `normalize`. */
export function validateURL(trimmed: string, def: {normalize?: boolean; protocol?: RegExp}): URL | number {
  if (!def.normalize && def.protocol?.source === '^https?$' && !/^https?:\/\//i.test(trimmed)) return URL_BAD_FORMAT;
  try {
    const parse = (URL as unknown as {parse?: (input: string) => URL | null}).parse;
    return typeof parse === 'function' ? (parse(trimmed) ?? URL_UNPARSEABLE) : new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}

/** Whether the URL's protocol (without its colon) matches `protocol`. */
export function urlProtocolOk(url: URL, protocol: RegExp): boolean {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(':') ? url.protocol.slice(0, -1) : url.protocol);
}
