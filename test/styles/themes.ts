/**
 * The published NL Design System themes the tests put widgets in (devDependencies),
 * with the tokens each theme's own components use for what we compare.
 */
export interface Theme {
  name: string;
  /** The theme's CSS, as served by the test server. */
  href: string;
  /** The class that switches it on; Den Haag sets its tokens on :root. */
  className: string;
  /** The theme's own tokens for body text font, primary button background and text, link and focus outline colour. */
  own: {font: string; buttonBackground: string; buttonColor?: string; link: string; focus: string};
}

export const THEMES: Theme[] = [
  {
    name: 'Utrecht (@utrecht/design-tokens)',
    href: '/node_modules/@utrecht/design-tokens/dist/index.css',
    className: 'utrecht-theme',
    own: {
      font: '--utrecht-document-font-family',
      buttonBackground: '--utrecht-button-primary-action-background-color',
      buttonColor: '--utrecht-button-primary-action-color',
      link: '--utrecht-link-color',
      focus: '--utrecht-focus-outline-color',
    },
  },
  {
    name: 'Den Haag (@gemeente-denhaag/design-tokens-components)',
    href: '/node_modules/@gemeente-denhaag/design-tokens-components/dist/index.css',
    className: '',
    own: {
      font: '--utrecht-document-font-family',
      buttonBackground: '--utrecht-button-primary-action-background-color',
      link: '--utrecht-link-color',
      focus: '--utrecht-focus-outline-color',
    },
  },
  {
    // Built on the basis tokens; its candidate components (nl-*) read them.
    name: 'Voorbeeld (@nl-design-system-unstable/voorbeeld-design-tokens)',
    href: '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    className: 'voorbeeld-theme',
    own: {
      font: '--nl-paragraph-font-family',
      buttonBackground: '--nl-button-primary-background-color',
      buttonColor: '--nl-button-primary-color',
      link: '--nl-link-color',
      focus: '--basis-focus-outline-color',
    },
  },
];

/** Adds a theme's stylesheet to the page; resolves once it is applied. Returns the function that removes it. */
export async function loadTheme(theme: Theme): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = theme.href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), {once: true});
    link.addEventListener('error', () => reject(new Error(`${theme.href} did not load`)), {once: true});
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** What `property` computes to when set to `var(token)` inside `scope`: the theme's own value. */
export function themeValue(scope: Element, property: string, token: string): string {
  const set = getComputedStyle(scope).getPropertyValue(token).trim();
  if (!set) throw new Error(`the theme does not set ${token}`);
  const probe = document.createElement('span');
  probe.style.setProperty(property, `var(${token})`);
  scope.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

/** Collects console warnings while `run` runs. */
export async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
