// The iframe demo's host script: lists the widget events that ncte-embed.js
// dispatches on the iframes, as a site's analytics code would receive them.
const log = document.querySelector<HTMLOListElement>('#log')!;
const names = ['ncte-filter-change', 'ncte-initiative-open', 'ncte-eligibility-result', 'ncte-step-change', 'ncte-partner-select', 'ncte-event-select', 'ncte-feed-issues'];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const frame = event.target as HTMLIFrameElement;
    const item = document.createElement('li');
    item.textContent = `${name} from “${frame.title}”: ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild!.remove();
  });
}
