/// <reference types="vite/client" />
/**
 * The published NL Design System themes (devDependencies) that Storybook's
 * "Thema" toolbar menu and the demo page switch among. Each theme's CSS is loaded
 * on first use (Vite `?inline`) into one <style>; its class goes on the element
 * given. Den Haag sets its tokens on :root, so it has no class.
 */
export interface NlTheme {
  title: string;
  className: string;
  css: () => Promise<{default: string}>;
}

export const NL_THEMES: Record<string, NlTheme> = {
  utrecht: {title: 'Utrecht', className: 'utrecht-theme', css: () => import('@utrecht/design-tokens/dist/index.css?inline')},
  denhaag: {title: 'Den Haag', className: '', css: () => import('@gemeente-denhaag/design-tokens-components/dist/index.css?inline')},
  voorbeeld: {
    title: 'Voorbeeld (basis)',
    className: 'voorbeeld-theme',
    css: () => import('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?inline'),
  },
};

let applied = 'none';

/** Switches the page to theme `name` (a key of NL_THEMES, or 'none'), with its class on `scope`. */
export async function applyNlTheme(name: string, scope: HTMLElement): Promise<void> {
  if (name === applied) return;
  applied = name;
  const theme = NL_THEMES[name];
  const css = theme ? (await theme.css()).default : '';
  if (applied !== name) return; // switched again while loading
  let style = document.querySelector<HTMLStyleElement>('style[data-nl-theme]');
  if (!style) {
    style = document.createElement('style');
    style.dataset.nlTheme = '';
    document.head.append(style);
  }
  style.textContent = css;
  for (const other of Object.values(NL_THEMES)) if (other.className) scope.classList.remove(other.className);
  if (theme?.className) scope.classList.add(theme.className);
}
