/**
 * The loading and error states every widget shows, rendered the same way
 * everywhere: a skeleton that holds the widget's height while loading, and an
 * error with a retry button. What a state says goes through the widget's one
 * live region, owned by its `AnnouncerController` (`controllers/announcer.ts`).
 */
import {html, nothing, type LitElement, type TemplateResult} from 'lit';
import type {FeedState} from './feed-state.js';
import {commonStrings} from '../i18n/strings.js';
import type {Lang} from '../i18n/lang.js';

/** Renders the state when it is not `ready`; returns `nothing` once the feed is there. */
export function renderFeedState(state: FeedState, lang: Lang, retry: () => void): TemplateResult | typeof nothing {
  const t = commonStrings[lang];
  switch (state.status) {
    case 'ready':
      return nothing;
    case 'idle':
      return html`<div class="feed-state" part="feed-state" tabindex="-1"><p>${t.noFeed}</p></div>`;
    case 'loading':
      return html`<div class="feed-state loading" part="feed-state" aria-busy="true" tabindex="-1">
        <p class="visually-hidden">${t.loading}</p>
        <div class="skeleton" aria-hidden="true"></div>
        <div class="skeleton" aria-hidden="true"></div>
        <div class="skeleton short" aria-hidden="true"></div>
      </div>`;
    case 'error':
      return html`<div class="feed-state error" part="feed-state feed-error" tabindex="-1">
        <p class="title">${t.errorTitle}</p>
        <p>${t.errorKinds[state.error.kind]}</p>
        <button type="button" class="button" part="retry-button" @click=${retry}>${t.retry}</button>
      </div>`;
  }
}

/** What the live region says for a feed state (empty once ready: the widget says what it shows). */
export function feedStateAnnouncement(state: FeedState, lang: Lang): string {
  const t = commonStrings[lang];
  if (state.status === 'loading') return t.loading;
  if (state.status === 'error') return `${t.errorTitle} ${t.errorKinds[state.error.kind]}`;
  if (state.status === 'idle') return t.noFeed;
  return '';
}

// Where focus goes once a retried load is done, in order of preference.
const FOCUS_AFTER_LOAD = ['[data-focus-after-load]', '.feed-state', 'a[href], button, input, select, [tabindex]'];

/**
 * Retries the feed and keeps keyboard focus inside the widget: the retry button
 * goes away while loading, so focus moves to the loading box; when the load is
 * done that box goes too, and focus moves to the widget's `[data-focus-after-load]`
 * element (give it `tabindex="-1"`; typically the results heading), or to the
 * error box again, or to the first focusable thing in the widget.
 */
export async function retryKeepingFocus(host: LitElement, feed: {retry(): void; settled(): Promise<void>}): Promise<void> {
  feed.retry();
  await host.updateComplete;
  const root = host.shadowRoot;
  root?.querySelector<HTMLElement>('.feed-state')?.focus();
  await feed.settled();
  for (const selector of FOCUS_AFTER_LOAD) {
    if (!root || root.activeElement) break;
    root.querySelector<HTMLElement>(selector)?.focus();
  }
}
