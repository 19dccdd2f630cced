// The demo page: every widget, one shared feed, a language switch and a theme switch.
import '../src/index.js';
import {NL_THEMES, applyNlTheme} from '../stories/nl-themes.js';

const toggle = document.querySelector<HTMLButtonElement>('#language')!;
toggle.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'nl';
  toggle.textContent = english ? 'Nederlands' : 'English';
  toggle.setAttribute('aria-pressed', String(english));
});

// The theme switch: a published NL Design System theme around the widgets (docs/theming.md).
const themes = document.querySelector<HTMLSelectElement>('#theme')!;
for (const [value, theme] of Object.entries(NL_THEMES)) themes.add(new Option(theme.title, value));
themes.addEventListener('change', () => void applyNlTheme(themes.value, document.body));

for (const name of ['ncte-feed-issues', 'ncte-filter-change', 'ncte-initiative-open', 'ncte-partner-select', 'ncte-event-select', 'ncte-eligibility-result', 'ncte-step-change']) {
  document.addEventListener(name, (event) => console.info(name, 'detail' in event ? event.detail : event));
}
