/**
 * `ncte-embed.js`: loaded once on a host page, it sizes every `<iframe>` that
 * shows the embed page (`embed.html`) to its content, and dispatches the
 * widget's events on that `<iframe>` as bubbling `CustomEvent`s of the same name
 * and `detail`. A message counts only when it comes from an iframe's own window,
 * from the origin of that iframe's `src`, and is well formed; all else is ignored.
 * No dependencies, no configuration.
 */
import {embedOrigin, EVENT, readFrameMessage, SIZED} from './protocol.js';

/** The iframe whose window sent a message, if any. */
function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
  return undefined;
}

/** The extra height of an iframe's border and padding when the host styles it `box-sizing: border-box`. */
function frameChrome(frame: HTMLIFrameElement): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, key) => sum + (parseFloat(style[key as 'borderTopWidth']) || 0), 0);
}

function onMessage(event: MessageEvent): void {
  // The message's shape first: it is cheap, and most messages a page receives are not ours.
  const message = readFrameMessage(event.data);
  if (!message) return;
  const frame = frameOf(event.source);
  if (!frame || event.origin !== embedOrigin(frame.src, document.baseURI)) return;
  if (message.type === EVENT) {
    // Fields besides the detail (`issues` of `ncte-feed-issues`) as on the widget's own event.
    frame.dispatchEvent(Object.assign(new CustomEvent(message.name, {detail: message.detail, bubbles: true, composed: true}), message.fields));
    return;
  }
  frame.style.height = `${message.height + frameChrome(frame)}px`;
  // The page may hide its own scrollbar now (told each time: the frame may have loaded another page).
  (event.source as Window).postMessage({type: SIZED}, event.origin);
}

// Two copies on one page (two script URLs) listen once.
const key = Symbol.for('ncte-embed');
const host = window as unknown as Record<symbol, boolean>;
if (!host[key]) {
  host[key] = true;
  window.addEventListener('message', onMessage);
}
