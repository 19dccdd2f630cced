// A frame that is not an embed page posts what an embed page would, to its parent
// and to every frame beside it: a host page must ignore all of it.
const forged = [
  {type: 'ncte-embed:height', height: 4321},
  {type: 'ncte-embed:event', name: 'ncte-filter-change', detail: {query: 'forged', filters: {}, resultCount: 0}},
  {type: 'ncte-embed:event', name: 'click', detail: null},
];
function forge() {
  for (const message of forged) {
    window.parent.postMessage(message, '*');
    for (let i = 0; i < window.parent.frames.length; i++) window.parent.frames[i].postMessage(message, '*');
  }
  window.parent.postMessage({type: 'forger-done'}, '*');
}
window.addEventListener('load', forge);
