/**
 * Printing: a widget shows everything on paper (every result, not one page;
 * every detail, not folded). `printing` is true from the page's `beforeprint`
 * to its `afterprint`, whoever started the printout (a print button, Ctrl+P,
 * the host page's `window.print()`). The browser lays the page out for print
 * right after `beforeprint`, before Lit's next update, so the controller calls
 * `renderNow` (the host's synchronous `performUpdate`) in that event.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class PrintController implements ReactiveController {
  /** Whether the page is being printed now. */
  printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #renderNow: () => void;
  readonly #onBeforePrint = () => {
    this.printing = true;
    this.#host.requestUpdate();
    this.#renderNow();
  };
  readonly #onAfterPrint = () => {
    this.printing = false;
    this.#host.requestUpdate();
  };

  /** @param renderNow renders the host at once (`() => this.performUpdate()`); without it, the next update. */
  constructor(host: ReactiveControllerHost, renderNow: () => void = () => undefined) {
    (this.#host = host).addController(this);
    this.#renderNow = renderNow;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#onBeforePrint);
    addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#onBeforePrint);
    removeEventListener('afterprint', this.#onAfterPrint);
  }

  /** Prints the page (a print button's action); the widget renders for paper first. */
  print(): void {
    print();
  }
}
