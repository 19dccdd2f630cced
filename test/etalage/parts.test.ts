import {expect, waitUntil} from '@open-wc/testing';
import {render, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Initiative} from '../../src/feed/schema.js';
import type {FeedState} from '../../src/feed/feed-state.js';
import {badges, card, detail, where, type CardView} from '../../src/etalage/card.js';
import {CatalogueController, SLICED_FROM} from '../../src/etalage/catalogue-controller.js';
import {chips, empty, facet, pager} from '../../src/etalage/controls.js';
import {marks} from '../../src/etalage/highlight.js';
import {printList} from '../../src/etalage/print-list.js';
import {testInitiatives} from './helpers.js';

const initiatives = testInitiatives as unknown as Initiative[];
const ready = (list: readonly Initiative[]): FeedState => ({status: 'ready', feed: {version: 1, initiatives: [...list]}, issues: []});

const boxes: HTMLElement[] = [];
/** Renders a template into a fresh element on the page. */
function shown(template: TemplateResult): HTMLElement {
  const box = document.body.appendChild(document.createElement('div'));
  boxes.push(box);
  render(template, box);
  return box;
}
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));
const texts = (box: Element, selector: string) => [...box.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** A host that records what the controller asks of it. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
}

describe('etalage parts', () => {
  describe('CatalogueController', () => {
    const selection = () => ({query: '', filters: {}});

    it('builds the catalogue of a new feed once, keeps it for the same feed, selects again when asked', () => {
      const feed = {state: ready(initiatives), changed: true};
      const controller = new CatalogueController(new FakeHost(), feed);
      expect(controller.update(selection, false), 'a new feed: say the count').to.equal(true);
      const {catalogue, outcome} = controller;
      expect(outcome!.results.map((i) => i.id)).to.deep.equal(['zilverlijn', 'eetmee', 'schuldhulp', 'kaal']);
      feed.changed = false;
      expect(controller.update(selection, false)).to.equal(false);
      expect(controller.catalogue).to.equal(catalogue);
      expect(controller.outcome).to.equal(outcome, 'nothing changed: no new selection');
      expect(controller.update(() => ({query: 'eten', filters: {}}), true)).to.equal(false);
      expect(controller.catalogue).to.equal(catalogue);
      expect(controller.outcome!.results.map((i) => i.id)).to.deep.equal(['eetmee']);
      feed.state = ready(initiatives.slice(0, 1));
      feed.changed = true;
      expect(controller.update(selection, false)).to.equal(true);
      expect(controller.catalogue).not.to.equal(catalogue);
      expect(controller.outcome!.results).to.have.length(1);
    });

    it('keeps the catalogue while the feed is loading again or failed', () => {
      const feed: {state: FeedState; changed: boolean} = {state: ready(initiatives), changed: true};
      const controller = new CatalogueController(new FakeHost(), feed);
      controller.update(selection, false);
      const {catalogue} = controller;
      feed.state = {status: 'loading'};
      controller.update(selection, false);
      expect(controller.catalogue).to.equal(catalogue);
    });

    it('builds a big feed in slices, and again after leaving the page unfinished', async () => {
      const many = Array.from({length: SLICED_FROM}, (_, n) => ({...initiatives[0], id: `i${n}`, name: `Initiatief ${n}`}));
      const host = new FakeHost();
      const feed = {state: ready(many), changed: true};
      const controller = new CatalogueController(host, feed);
      expect(controller.update(selection, false), 'nothing to say yet').to.equal(false);
      expect(controller.catalogue).to.equal(undefined);
      // Leaves before the build is done: the build stops.
      controller.hostDisconnected();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(host.updates).to.equal(0);
      expect(controller.catalogue).to.equal(undefined);
      // Back on the page, the same feed (not new): built again.
      feed.changed = false;
      controller.update(selection, false);
      await waitUntil(() => host.updates > 0, 'built', {timeout: 5000});
      expect(controller.update(selection, false), 'now the count').to.equal(true);
      expect(controller.outcome!.results).to.have.length(SLICED_FROM);
    });
  });

  describe('templates', () => {
    const view: CardView = {lang: 'nl', tokens: [], level: 2, year: 2026};

    it('a card opens its initiative and marks the query words', () => {
      const opened: string[] = [];
      const box = shown(card({...view, tokens: ['geld'], mark: marks}, initiatives[0], (id) => opened.push(id)));
      expect(box.querySelector('h4 button')!.textContent!.trim()).to.equal('Financiële hulp voor jongeren');
      expect(texts(box, 'mark'), 'organisation, summary, tags').to.deep.equal(['Geld', 'geld', 'geld']);
      expect(texts(box, '.badge')).to.deep.equal(['al 11 jaar actief', 'bereikt 1.200 mensen per jaar', 'in 2 gemeenten']);
      box.querySelector('button')!.click();
      expect(opened).to.deep.equal(['schuldhulp']);
      const unmarked = shown(card({...view, tokens: ['geld']}, initiatives[0], () => {}));
      expect(unmarked.querySelector('mark'), 'without the highlight chunk: the same text, unmarked').to.be.null;
      expect(unmarked.textContent).to.equal(box.textContent);
    });

    it('badges and where: national, gemeenten or provinces', () => {
      expect(badges(initiatives[1], 'nl', 2026)).to.deep.equal(['al 6 jaar actief', 'bereikt 5.000 mensen per jaar', 'landelijk']);
      expect(badges({...initiatives[0], activeSince: 2026, reachPerYear: undefined, area: {provinces: ['Utrecht']}}, 'nl', 2026)).to.deep.equal(['in 1 provincie']);
      expect(where(initiatives[0], 'nl')).to.equal('Overijssel, Zwolle, Kampen');
      expect(where(initiatives[1], 'nl')).to.equal('landelijk');
    });

    it('the detail leaves out unsafe links and links to the initiative only when asked', () => {
      const hostile = {...initiatives[0], website: 'javascript:alert(1)'};
      let closed = 0;
      const box = shown(detail(view, hostile, undefined, () => closed++));
      expect(texts(box, '.contact li')).to.deep.equal(['E-mail: info@geldzaken.example', 'Telefoon: 030 123 45 67']);
      expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:info@geldzaken.example', 'tel:0301234567']);
      (box.querySelector('.close') as HTMLButtonElement).click();
      expect(closed).to.equal(1);
      const linked = shown(detail(view, initiatives[1], 'https://gemeente.example/?initiatief=zilverlijn', () => {}));
      expect(linked.querySelector('a')!.getAttribute('href')).to.equal('https://gemeente.example/?initiatief=zilverlijn');
    });

    it('a filter group shows six options until expanded, and chosen or counted ones only', () => {
      const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'nul'];
      const counts = new Map(values.map((v) => [v, v === 'nul' ? 0 : 1]));
      const toggled: string[] = [];
      const box = shown(facet('nl', 'theme', values, counts, new Set(['h']), false, (v, on) => toggled.push(`${v}:${on}`), () => {}));
      expect(texts(box, 'li label span:first-of-type')).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'h']);
      expect(box.querySelector('.more')!.textContent!.trim()).to.equal('Toon alle 8');
      const first = box.querySelector('input')!;
      first.click();
      expect(toggled).to.deep.equal(['a:true']);
      const open = shown(facet('nl', 'theme', values, counts, new Set(), true, () => {}, () => {}));
      expect(open.querySelectorAll('li')).to.have.length(8);
      expect(open.querySelector('.more')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('chips: locked presets as text, the search and filters as buttons', () => {
      const removed: string[] = [];
      const box = shown(
        chips('nl', [{group: 'gemeente', value: 'Zwolle'}], [{group: 'lonelinessType', value: 'sociaal'}], 'jong', () => removed.push('search'), (f, i) => removed.push(`${f.value}@${i}`), () => removed.push('all')),
      );
      expect(texts(box, '.locked')).to.deep.equal(['Alleen initiatieven voor Gemeente: Zwolle']);
      expect([...box.querySelectorAll('.chip')].map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Filter Zoekterm: jong verwijderen',
        'Filter Vorm van eenzaamheid: Sociaal verwijderen',
      ]);
      box.querySelectorAll<HTMLButtonElement>('button').forEach((b) => b.click());
      expect(removed).to.deep.equal(['search', 'sociaal@0', 'all']);
      expect(shown(chips('nl', [], [], '  ', () => {}, () => {}, () => {})).querySelector('.chips')).to.equal(null);
    });

    it('empty and pager', () => {
      const box = shown(empty('nl', {group: 'audience', value: 'ouderen'}, false, () => {}, () => {}));
      expect(texts(box, '.actions button')).to.deep.equal(['Filter Doelgroep: ouderen weghalen']);
      const pages: number[] = [];
      const nav = shown(pager('nl', 1, 3, (p) => pages.push(p)));
      const [previous, next] = nav.querySelectorAll('button');
      expect(previous.disabled).to.equal(true);
      next.click();
      expect(pages).to.deep.equal([2]);
      expect(texts(nav, 'span')).to.deep.equal(['Pagina 1 van 3']);
    });

    it('the print list holds every result with where and how to reach it', () => {
      const box = shown(printList(initiatives.slice(0, 2), 'nl'));
      expect(texts(box, 'li')).to.deep.equal([
        'Financiële hulp voor jongeren (Stichting Geldzaken)Jongeren krijgen hulp bij geldzorgen. Overijssel, Zwolle, Kampen · https://geldzaken.example/ · info@geldzaken.example · 030 123 45 67',
        'De Zilverlijn (Stichting Zilverlijn)Een belletje voor ouderen. landelijk',
      ]);
    });
  });
});
