/**
 * A module loaded on first use: a lazily loaded chunk (the event list's
 * calendar and distance code, the partner map's province outline). Loaded once;
 * after a failure (offline) the next `load()` tries again. The host renders again
 * when the module is in, so a template can show what needs it from then on.
 */
import type {ReactiveControllerHost} from 'lit';

export class LazyModule<T> {
  /** The module, once loaded. */
  value?: T;
  #loading?: Promise<T>;
  readonly #host: ReactiveControllerHost;
  readonly #importModule: () => Promise<T>;

  /** @param importModule `() => import('./module.js')`, so the bundler makes it a chunk of its own */
  constructor(host: ReactiveControllerHost, importModule: () => Promise<T>) {
    this.#host = host;
    this.#importModule = importModule;
  }

  /** The module: loads it the first time (and again after a failure). */
  load(): Promise<T> {
    return (this.#loading ??= this.#importModule().then(
      (module) => {
        this.value = module;
        this.#host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }

  /** The load under way, if the module is not in yet. */
  get pending(): Promise<T> | undefined {
    return this.value ? undefined : this.#loading;
  }
}
