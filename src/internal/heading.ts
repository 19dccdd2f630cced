/**
 * A heading at the level the embedding page chooses (the widgets' `heading-level`),
 * clamped to 1–6. Lit cannot bind a tag name, so each level is its own template
 * (the same strings with the level's tag); every level takes the same attributes.
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

/** One template per level, made on first use (as lit/static-html.js makes its templates). */
const templates: TemplateStringsArray[] = [];

function template(level: number): TemplateStringsArray {
  const parts = [`<h${level} class=`, ' part=', ' id=', ' tabindex=', ' data-focus-after-load=', ' data-autofocus=', '>', `</h${level}>`];
  return (templates[level] ??= Object.assign(parts, {raw: parts}));
}

export function heading(level: number, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  return html(
    template(Math.min(6, Math.max(1, Math.round(level) || 2))),
    attributes.class ?? nothing,
    attributes.part ?? nothing,
    attributes.id ?? nothing,
    attributes.focusable ? '-1' : nothing,
    attributes.focusAfterLoad ? '' : nothing,
    attributes.autofocus ? '' : nothing,
    content,
  );
}
