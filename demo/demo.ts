// The demo page: every widget, one shared feed, a language switch.
import '../src/index.js';

const toggle = document.querySelector<HTMLButtonElement>('#language')!;
toggle.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'nl';
  toggle.textContent = english ? 'Nederlands' : 'English';
  toggle.setAttribute('aria-pressed', String(english));
});

for (const name of ['ncte-feed-issues', 'ncte-filter-change', 'ncte-initiative-open', 'ncte-partner-select', 'ncte-event-select', 'ncte-eligibility-result', 'ncte-step-change']) {
  document.addEventListener(name, (event) => console.info(name, 'detail' in event ? event.detail : event));
}
