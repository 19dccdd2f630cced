/**
 * A heading at the level the embedding page chooses (the widgets' `heading-level`),
 * clamped to 1–6. Lit cannot bind a tag name, so each level is its own template;
 * every level takes the same attributes.
 */
import {html, nothing, type TemplateResult} from 'lit';

export interface HeadingAttributes {
  class?: string;
  part?: string;
  id?: string;
  /** Focusable from script (`tabindex="-1"`), e.g. as the target of a step or a retried load. */
  focusable?: boolean;
  /** Marks where focus goes once a retried load is done (`data-focus-after-load`, see feed-state-view.ts). */
  focusAfterLoad?: boolean;
  /** Marks what takes focus when its popup opens (`data-autofocus`). */
  autofocus?: boolean;
}

export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const c = attributes.class ?? nothing;
  const p = attributes.part ?? nothing;
  const i = attributes.id ?? nothing;
  const t = attributes.focusable ? '-1' : nothing;
  const f = attributes.focusAfterLoad ? '' : nothing;
  const a = attributes.autofocus ? '' : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h1>`;
    case 2:
      return html`<h2 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h2>`;
    case 3:
      return html`<h3 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h3>`;
    case 4:
      return html`<h4 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h4>`;
    case 5:
      return html`<h5 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h5>`;
    default:
      return html`<h6 class=${c} part=${p} id=${i} tabindex=${t} data-focus-after-load=${f} data-autofocus=${a}>${content}</h6>`;
  }
}
