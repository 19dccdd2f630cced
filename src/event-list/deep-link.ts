/**
 * A deep link to one activity (`?activiteit=<id>` in the page URL): once the
 * feed shows, the list opens that activity, shows enough of the list to hold
 * it, scrolls it into view and focuses it, once. An id the feed does not hold
 * is let go.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {domId} from './event-list.templates.js';

export class DeepLinkController implements ReactiveController {
  /** The activity the URL asks for, until it is shown and focused (or found missing). */
  id?: string;
  private done = false;
  private readonly host: ReactiveElement;
  private readonly read: () => string;
  private readonly ready: () => boolean;

  /**
   * @param read the id in the page URL ('' when none)
   * @param ready whether the host shows its feed
   */
  constructor(host: ReactiveElement, read: () => string, ready: () => boolean) {
    (this.host = host).addController(this);
    this.read = read;
    this.ready = ready;
  }

  /** Whether an activity is still to be shown and focused. */
  get pending(): boolean {
    return !this.done && this.id !== undefined;
  }

  hostConnected(): void {
    this.id = this.read() || undefined;
  }

  /**
   * Where the activity is among `items` (the list as filtered) while it is still to
   * be shown and the feed shows; -1 otherwise. An activity not among them is let go.
   */
  find(items: readonly {event: {id: string}}[]): number {
    if (!this.pending || !this.ready()) return -1;
    const index = items.findIndex((p) => p.event.id === this.id);
    if (index < 0) this.done = true;
    return index;
  }

  hostUpdated(): void {
    if (!this.pending || !this.ready()) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(domId({id: this.id!}))}`);
    if (target) {
      this.done = true;
      target.scrollIntoView({block: 'start'});
      target.focus({preventScroll: true});
    }
  }
}
