/**
 * The messages between the embed page (`embed.html`, inside the iframe) and
 * `ncte-embed.js` (on the host page). Shared by both sides; kept small, for
 * `ncte-embed.js` carries it.
 *
 * - frame → host: `{type: 'ncte-embed:height', height}` and
 *   `{type: 'ncte-embed:event', name, detail}`;
 * - host → frame: `{type: 'ncte-embed:sized'}` (the host sizes the frame, so the
 *   page can drop its own scrollbar).
 */
export const HEIGHT = 'ncte-embed:height';
export const EVENT = 'ncte-embed:event';
export const SIZED = 'ncte-embed:sized';

export interface HeightMessage {
  type: typeof HEIGHT;
  /** The content height in CSS pixels, a whole number. */
  height: number;
}

export interface EventMessage {
  type: typeof EVENT;
  /** A widget event's name, `ncte-<noun>-<verb>`. */
  name: string;
  /** A JSON copy of the event's detail. */
  detail: unknown;
  /** The event's other fields (`issues` of `ncte-feed-issues`), set on the host's event too. */
  fields?: Record<string, unknown>;
}

export type FrameMessage = HeightMessage | EventMessage;

/** Widget event names: `ncte-` and kebab-case words; never a native event name. */
export const EVENT_NAME = /^ncte-[a-z]+(?:-[a-z]+)+$/;

/**
 * Names of extra event fields: plain words that no `CustomEvent` has, own (`isTrusted`) or
 * inherited (so a frame cannot replace `preventDefault`, `composedPath` or
 * `detail` of the event the host page's listeners receive).
 */
const fieldName = (key: string): boolean => /^[a-z][a-zA-Z]{0,30}$/.test(key) && !(key in new CustomEvent('ncte-probe'));

/** The tallest height accepted, against a frame that would make the host page endless. */
export const MAX_HEIGHT = 100_000;

const jsonCopy = (value: unknown): unknown => {
  try {
    return JSON.parse(JSON.stringify(value ?? null)) as unknown;
  } catch {
    return null;
  }
};

/**
 * A JSON copy of what a widget event carries: its `detail`, or else its own
 * fields (`{issues}` of `ncte-feed-issues`); `null` when it cannot be copied.
 */
export function eventDetail(event: Event): unknown {
  return jsonCopy('detail' in event ? event.detail : eventFields(event));
}

/** The event's own fields besides `detail` (`{issues}` of `ncte-feed-issues`), as JSON. */
export function eventFields(event: Event): Record<string, unknown> {
  const fields = Object.entries(event).filter(([key]) => key !== 'isTrusted' && key !== 'detail');
  return (jsonCopy(Object.fromEntries(fields)) as Record<string, unknown> | null) ?? {};
}

/** The message when `data` is a well-formed message from an embed page, otherwise `undefined`. */
export function readFrameMessage(data: unknown): FrameMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === HEIGHT) {
    const height = message.height;
    return typeof height === 'number' && Number.isInteger(height) && height >= 0 && height <= MAX_HEIGHT ? {type: HEIGHT, height} : undefined;
  }
  if (message.type === EVENT && typeof message.name === 'string' && EVENT_NAME.test(message.name)) {
    const fields = typeof message.fields === 'object' && message.fields !== null ? Object.entries(message.fields).filter(([key]) => fieldName(key)) : [];
    return {type: EVENT, name: message.name, detail: message.detail ?? null, ...(fields.length ? {fields: Object.fromEntries(fields)} : {})};
  }
  return undefined;
}

/**
 * The origin a message from an iframe must come from when the frame shows an
 * embed page: the origin of its `src` when that is an `http(s):` URL whose path
 * ends in `/embed.html`, otherwise
 * `undefined` (the frame is not an embed page; its messages are ignored).
 */
export function embedOrigin(src: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.pathname.endsWith('/embed.html') ? url.origin : undefined;
}
