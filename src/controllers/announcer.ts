/**
 * The announcer: what a widget tells screen-reader users, said one way in every
 * widget. It owns the widget's one polite live region (`render()`, put in the
 * element's `render()` on every state, always in the same place).
 *
 * One policy: `announce()` says a message now (a page turned, a step, a notice,
 * a load); `announceAfterPause()` is for changes that come in bursts (typing,
 * ticking filters) and says the message once the visitor has paused for
 * `ANNOUNCE_PAUSE` ms, so the count is heard once, not on every key. A message
 * given as a function is read when it is said, so it tells the latest result.
 * Every announcement is a new node in the region, so the same text said twice is
 * heard twice (screen readers ignore a region whose text does not change).
 */
import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

/** Quiet time after the last of a burst of changes before it is announced, in ms. */
export const ANNOUNCE_PAUSE = 500;

export type Message = string | (() => string);

export class AnnouncerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #said = '';
  /** Bumped on every announcement: a new key gives a new node in the live region. */
  #count = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** What the live region says now (without a `render()` override). */
  get message(): string {
    return this.#said;
  }

  /** Whether a message waits for the visitor to pause. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /** Says `message` now, replacing one that waits for a pause. */
  announce(message: Message): void {
    this.hostDisconnected();
    this.#said = typeof message === 'function' ? message() : message;
    this.#count++;
    this.#host.requestUpdate();
  }

  /** Says `message` once no other change has come for `ANNOUNCE_PAUSE` ms. */
  announceAfterPause(message: Message): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.announce(message), ANNOUNCE_PAUSE);
  }

  /**
   * The polite live region. `instead` is said in place of the announcements
   * while it is given (the feed's loading or error state).
   */
  render(instead?: string): TemplateResult {
    const text = instead || this.#said;
    // Lit puts a new text node in the region whenever its value turns from text to a list or back.
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${!instead && this.#count % 2 ? [text] : text}</div>`;
  }
}
