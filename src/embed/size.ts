/**
 * How tall the embed page's content is: the page itself, or an open modal dialog
 * when that needs more (a dialog sits in the top layer, outside the page's
 * height, and is at most the frame's height less its margins: the frame grows
 * until all of the dialog fits, so nothing scrolls inside it on a phone).
 */

/** Space kept above and below a modal dialog: the widgets' dialogs are at most `100% - 2rem` tall. */
export const DIALOG_MARGIN = 32;

/** The modal dialogs open in `root` (a widget's shadow root). */
export function openDialogs(root: ParentNode | null | undefined): HTMLDialogElement[] {
  return root ? [...root.querySelectorAll<HTMLDialogElement>('dialog:modal')] : [];
}

/** The height the frame needs, in whole CSS pixels. */
export function contentHeight(body: HTMLElement, dialogs: readonly HTMLElement[]): number {
  let height = body.getBoundingClientRect().height;
  for (const dialog of dialogs) {
    const borders = dialog.offsetHeight - dialog.clientHeight;
    height = Math.max(height, dialog.scrollHeight + borders + DIALOG_MARGIN);
  }
  return Math.ceil(height);
}
