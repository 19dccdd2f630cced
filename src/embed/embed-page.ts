/**
 * The script of `embed.html`: shows the one widget its URL query names, themes
 * it, loads only that widget's bundle, and tells the parent window its height
 * and the widget's events (for `ncte-embed.js`, and WordPress's embed script
 * when the URL carries its secret). Built into `dist/cdn/ncte-embed-page.js`.
 */
import widgets from 'virtual:ncte-embed-widgets';
import {EVENT, eventDetail, eventFields, HEIGHT, SIZED, type FrameMessage} from './protocol.js';
import {readEmbedQuery, wordpressSecret} from './query.js';
import {contentHeight, openDialogs} from './size.js';

const MESSAGES = {
  nl: {
    widget: (allowed: string[]) => `Deze widget bestaat niet. Kies in het adres met widget= een van: ${allowed.join(', ')}.`,
    src: 'Het adres van de feed (src=) is geweigerd: gebruik een relatief adres of een adres dat met https:// begint.',
    load: 'De widget kon niet worden geladen. Probeer het later opnieuw.',
  },
  en: {
    widget: (allowed: string[]) => `This widget does not exist. Choose one of these with widget= in the address: ${allowed.join(', ')}.`,
    src: 'The feed address (src=) was refused: use a relative address or one that starts with https://.',
    load: 'The widget could not be loaded. Please try again later.',
  },
};

/** Where messages go: the parent window's origin where the browser tells it, else any. */
function parentOrigin(): string {
  const origin = location.ancestorOrigins?.[0];
  return origin && origin !== 'null' ? origin : '*';
}

function post(message: FrameMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, parentOrigin());
}

function showProblem(text: string): void {
  const message = document.createElement('p');
  message.className = 'ncte-embed-problem';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  document.body.replaceChildren(message);
}

/** Tells the parent the content height whenever it changes, dialogs included. */
function reportHeight(widget: HTMLElement | undefined): void {
  const secret = wordpressSecret(location.hash);
  let last = -1;
  const report = () => {
    const height = contentHeight(document.body, openDialogs(widget?.shadowRoot));
    if (height === last) return;
    last = height;
    post({type: HEIGHT, height});
    // WordPress's wp-embed.js sizes `iframe[data-secret]` frames from this message.
    if (secret && window.parent !== window) window.parent.postMessage({message: 'height', value: height, secret}, '*');
  };
  const resizes = new ResizeObserver(report);
  resizes.observe(document.body);
  // A modal dialog is outside the page's flow: watch it, and its content, while it is open.
  const watchDialogs = () => {
    for (const dialog of openDialogs(widget?.shadowRoot)) {
      resizes.observe(dialog);
      for (const child of dialog.children) resizes.observe(child);
    }
    report();
  };
  if (widget) {
    customElements.whenDefined(widget.localName).then(() => {
      const root = widget.shadowRoot;
      if (!root) return;
      new MutationObserver(watchDialogs).observe(root, {subtree: true, attributes: true, attributeFilter: ['open'], childList: true});
      watchDialogs();
    });
  }
  // The host sizes the frame: no scrollbar of the page's own from now on.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as {type?: unknown} | null)?.type === SIZED) {
      document.documentElement.toggleAttribute('data-sized', true);
    }
  });
}

/** Links that leave the widget open in a new tab, never inside the frame. */
function linksLeaveTheFrame(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
      if (!link || link.hasAttribute('download') || link.target) return;
      const url = new URL(link.href, document.baseURI);
      if (!/^(?:https?|mailto|tel):$/.test(url.protocol)) return;
      // A link within the page (`#q1`, the widget's own URL state) stays.
      if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search) return;
      link.target = '_blank';
      link.rel = `${link.rel} noopener`.trim();
    },
    true,
  );
}

function start(): void {
  const config = readEmbedQuery(new URLSearchParams(location.search), widgets, location.href, (property, value) => CSS.supports(property, value));
  const t = MESSAGES[config.lang];
  document.documentElement.lang = config.lang;
  if (config.unknown.length) console.warn(`ncte-embed: onbekende parameters genegeerd: ${config.unknown.join(', ')}`);
  for (const line of config.refused) console.warn(`ncte-embed: geweigerd: ${line}`);
  for (const [property, value] of config.theme) document.documentElement.style.setProperty(property, value);
  if (config.theme.some(([property]) => property === '--ncte-color-background')) document.documentElement.toggleAttribute('data-background', true);

  if (config.problem || !config.widget || !config.tag) {
    showProblem(config.problem?.kind === 'widget' ? t.widget(config.problem.allowed) : t.src);
    reportHeight(undefined);
    return;
  }
  const widget = document.createElement(config.tag);
  for (const [name, value] of config.attributes) widget.setAttribute(name, value);
  document.body.replaceChildren(widget);
  for (const name of widgets[config.widget]!.events) {
    document.addEventListener(name, (event) => post({type: EVENT, name, detail: eventDetail(event), fields: eventFields(event)}));
  }
  linksLeaveTheFrame();
  reportHeight(widget);
  // Only this widget's bundle, from beside this script; the name comes from the generated list, not the query.
  import(/* @vite-ignore */ new URL(`./${config.tag}.js`, import.meta.url).href).catch((error: unknown) => {
    console.warn(`ncte-embed: ${config.tag}.js kon niet worden geladen`, error);
    showProblem(t.load);
  });
}

start();
