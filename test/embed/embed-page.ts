/** Opening the embedding test pages (`test/embed/*.html`, served with the strict CSP) in an iframe. */

/** A test page's window, with what csp-listener.js records. */
export interface EmbedWindow extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
}

export async function openPage(path: string): Promise<{frame: HTMLIFrameElement; win: EmbedWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '1200px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return {frame, win: frame.contentWindow as EmbedWindow, doc: frame.contentDocument!};
}
