/**
 * The helpers every widget test uses, written once: queries in a widget's shadow
 * root, text as a visitor reads it, and waiting for what the live region says
 * (instead of sleeping for a debounce delay).
 */
import {fixture, waitUntil} from '@open-wc/testing';
import {render, type ReactiveElement, type TemplateResult} from 'lit';

/** The first element in the shadow root of `el` that matches `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector as never) as T | null;

/** Every element in the shadow root of `el` that matches `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<T & Element>(selector as never)] as T[];

/** The text of a node with white space collapsed, as a visitor reads it; '' for none. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the widget's polite live region says now. */
export const liveText = (el: Element) => text($(el, '[role="status"][aria-live="polite"]'));

/**
 * Resolves once the widget's live region says `expected` (the announcer has
 * settled); fails after `timeout` ms with what it said instead.
 */
export async function announced(el: Element, expected: string | RegExp, timeout = 3000): Promise<void> {
  const matches = () => (typeof expected === 'string' ? liveText(el) === expected : expected.test(liveText(el)));
  await waitUntil(matches, `live region to say ${expected}`, {timeout}).catch(() => {
    throw new Error(`the live region says "${liveText(el)}", not ${expected}`);
  });
}

/** A story as the tests read it from a stories module (CSF). */
export interface StoryLike {
  args?: object;
  render?: (args: never, context: never) => unknown;
  play?: (context: {canvasElement: HTMLElement}) => unknown;
}

/**
 * The one story harness: renders a story as Storybook does (its own `render` or the
 * meta's, with the meta's and its own args merged) into a fresh fixture, waits for
 * the widgets' first update, runs its `play`, and returns the canvas.
 */
export async function renderStory(meta: StoryLike, story: StoryLike): Promise<HTMLElement> {
  const args = {...meta.args, ...story.args} as never;
  const output = (story.render ?? meta.render)!(args, {} as never);
  const canvas = await fixture<HTMLElement>(document.createElement('div'));
  if (output instanceof Node) canvas.append(output);
  else render(output as TemplateResult, canvas);
  const updates = () => Promise.all([...canvas.querySelectorAll('*')].map((el) => (el as Partial<ReactiveElement>).updateComplete));
  await updates();
  await story.play?.({canvasElement: canvas});
  await updates();
  return canvas;
}

/** Counts the frames the page draws until `stop()`: few or none while work holds the main thread. */
export function countFrames(): {stop(): number} {
  let frames = 0;
  let counting = true;
  const frame = () => {
    frames++;
    if (counting) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    stop() {
      counting = false;
      return frames;
    },
  };
}
