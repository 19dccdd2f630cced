/**
 * Loading a feed over HTTP: one request per URL per page, shared by every widget
 * (even across two copies of the bundle), with a timeout, and aborted when the
 * last widget that wants it leaves the page. The text is parsed once, when the
 * first widget asks for the feed itself (a widget far from the viewport only
 * fetches it early, `requestFeed`).
 */
import {FeedError, messageOf, readEnvelope, type FeedEnvelope, type FeedIssue} from './envelope.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  /** Aborts this caller's interest; the request itself stops when nobody is left. */
  signal?: AbortSignal;
  timeout?: number;
  /** Ignore a finished or failed earlier load of the same URL (the retry button). */
  reload?: boolean;
}

/** Parses a fetched feed (once, however often it is called); throws a `FeedError`. */
export type ReadFeed = () => FeedEnvelope;

interface SharedRequest {
  promise: Promise<ReadFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  /** A caller without a signal (the public `loadFeed(url)`) waits too: never aborted for the others. */
  kept?: boolean;
}

// One registry per page, shared by every copy of this library.
const REGISTRY_KEY = Symbol.for('ncte-widgets.feed-requests');
type Registry = Map<string, SharedRequest>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = new Map());

/** Resolves `src` against the page, so `feed.json` and `./feed.json` share one request. */
export function resolveFeedUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

// Where each feed came from, for the console report.
const sources = new WeakMap<FeedEnvelope, string>();

/** The URL (or 'inline feed', 'feed property') a feed came from. */
export function feedSource(envelope: FeedEnvelope): string {
  return sources.get(envelope) ?? 'feed';
}

/** Reports problems of a feed once, in one collapsed console group. */
export function reportIssues(source: string, issues: readonly FeedIssue[]): void {
  if (issues.length === 0) return;
  console.groupCollapsed(`ncte-widgets: ${issues.length} problem(s) in feed ${source}; those items are left out`);
  for (const issue of issues) console.warn(`${issue.path}: ${issue.message}`);
  console.groupEnd();
}

async function fetchFeed(url: string, controller: AbortController, timeout: number): Promise<ReadFeed> {
  const timer = setTimeout(() => controller.abort(new FeedError('timeout', `no answer within ${timeout} ms`)), timeout);
  // Aborted (timeout, or nobody wants the feed any more): why; otherwise the network failed.
  const unreachable = (error: unknown) => {
    throw controller.signal.aborted ? controller.signal.reason : new FeedError('network', messageOf(error));
  };
  try {
    const response = await fetch(url, {signal: controller.signal, headers: {accept: 'application/json'}, credentials: 'same-origin'}).catch(unreachable);
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, response.status);
    let text = await readText(response).catch(unreachable);
    let result: {envelope: FeedEnvelope} | {error: unknown} | undefined;
    return () => {
      if (!result) {
        try {
          result = {envelope: parseFeedText(text, url)};
        } catch (error) {
          result = {error};
        }
        text = ''; // the parsed feed is what is kept
      }
      if ('error' in result) throw result.error;
      return result.envelope;
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, decoded chunk by chunk as it arrives: a large feed (10 MB)
 * decoded in one piece would block the page for tens of milliseconds.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body || typeof TextDecoderStream !== 'function') return response.text();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return parts.join('');
    parts.push(value);
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('aborted', 'AbortError');
}

/**
 * Loads the feed at `src` and checks its version. Callers asking for the same URL
 * share one request and one parse. Rejects with a `FeedError`, or with the
 * signal's reason when the caller aborts.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<FeedEnvelope> {
  return requestFeed(src, options).then((read) => read());
}

/**
 * Fetches the feed at `src` (shared like `loadFeed`) without parsing it: resolves
 * with a function that parses it (once per request) when the caller needs it.
 */
export function requestFeed(src: string, options: LoadOptions = {}): Promise<ReadFeed> {
  const url = resolveFeedUrl(src);
  const {signal, timeout = DEFAULT_TIMEOUT_MS, reload = false} = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let request = registry.get(url);
  // A finished request is shared until a retry (`reload`) asks again.
  if (!request || (reload && request.settled)) {
    const controller = new AbortController();
    const fresh: SharedRequest = (request = {controller, waiting: 0, settled: false, promise: fetchFeed(url, controller, timeout)});
    registry.set(url, fresh);
    void fresh.promise.then(
      () => (fresh.settled = true),
      () => {
        fresh.settled = true;
        // A failed load is not kept: the next widget (or retry) tries again. (Nobody may be listening
        // any more when it fails; that is not an unhandled rejection.)
        if (registry.get(url) === fresh) registry.delete(url);
      },
    );
  }
  if (!signal) request.kept = true;
  if (request.settled || !signal) return request.promise;
  const shared = request;
  shared.waiting++;
  return new Promise<ReadFeed>((resolve, reject) => {
    let done = false;
    // Whoever comes first, the load or the abort: this caller leaves the request once.
    const leave = () => {
      const first = !done;
      done = true;
      if (first) {
        shared.waiting--;
        signal.removeEventListener('abort', onAbort);
      }
      return first;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (shared.waiting === 0 && !shared.settled && !shared.kept) {
        shared.controller.abort(); // an AbortError, for nobody: every caller has left
        if (registry.get(url) === shared) registry.delete(url);
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, {once: true});
    shared.promise.then(
      (value) => leave() && resolve(value),
      (error: unknown) => leave() && reject(error),
    );
  });
}

/** Parses a feed given as JSON text (an inline `<script type="application/json">`) and checks its version. */
export function parseFeedText(text: string, source = 'inline feed'): FeedEnvelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FeedError('json', messageOf(error));
  }
  return acceptFeedObject(raw, source);
}

/** Checks the version of a feed given as a JavaScript object (sections are validated by the widgets). */
export function acceptFeedObject(raw: unknown, source = 'feed property'): FeedEnvelope {
  const envelope = readEnvelope(raw);
  if (!sources.has(envelope)) sources.set(envelope, source);
  return envelope;
}

/** Forgets every finished request (tests). */
export function clearFeedCache(): void {
  for (const [url, request] of registry) if (request.settled) registry.delete(url);
}
